"""Inbound endpoints (§5): create, list, detail, carton labels, tracking and customs uploads."""

from __future__ import annotations

import base64
import binascii
from datetime import datetime

from ocdesk.sandbox import labels
from ocdesk.sandbox.core import EmuError, EmuRequest, Reply
from ocdesk.sandbox.handlers.common import b64, duplicate, lookup, warehouse
from ocdesk.sandbox.keys import Keys, body_object, check_batch, invalid
from ocdesk.sandbox.world import World
from ocdesk.sandbox.world.dates import fmt_date, read, window
from ocdesk.sandbox.world.model import Carton, Inbound, Line
from ocdesk.sandbox.world.views import inbound_detail, inbound_summary

MAX_FILE_BYTES = 10 * 1024 * 1024


def unknown_inbound(number: str) -> EmuError:
    """OC's own answer for an inbound number it does not know (DOC)."""
    return EmuError(
        "3A0529",
        f"Query fail. Because inboundNumber [{number}] doesnt exists. "
        "Please check your inboundNumber and try again.",
        item_id=number,
    )


def find_inbound(world: World, number: str) -> Inbound:
    order = world.store.inbound.get(number)
    if order is None:
        raise unknown_inbound(number)
    return order


def _cartons(world: World, keys: Keys) -> list[Carton]:
    cartons = []
    for index, carton in enumerate(keys.items("cartonList", required=True)):
        lines = []
        for product in carton.items("productList", required=True):
            mfskuid = product.text("mfskuid", required=True)
            if mfskuid not in world.store.skus:
                raise invalid(f"{product.field('mfskuid')} {mfskuid} is not a known SKU")
            lines.append(Line(mfskuid, product.integer("quantity", required=True, minimum=1) or 0))
        seller_number = carton.text("sellerCartonNumber", required=True)
        number = carton.text("cartonNumber") or f"C{index + 1:03d}"
        cartons.append(
            Carton(
                number,
                seller_number,
                lines,
                origin=carton.text("cartonOriginCountry"),
                label_size=carton.text("labelSize"),
            )
        )
    return cartons


def _carton_pdf(order: Inbound, now: datetime) -> bytes:
    return labels.carton_labels(
        order.inbound_number,
        [c.carton_number for c in order.cartons],
        region=order.region,
        date=now.strftime("%Y-%m-%d"),
    )


def inbound_create(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    seller_number = keys.text("sellerInboundNumber", required=True)
    if seller_number in world.store.inbound_refs:
        raise duplicate("sellerInboundNumber", seller_number)
    region = warehouse(keys)
    eta = read(keys, "eta", required=True)
    order = Inbound(
        world.store.ids.inbound(region),
        seller_number,
        region,
        "created",
        req.now,
        req.now,
        _cartons(world, keys),
        shipping_from=keys.text("shippingFrom", required=True, max_length=2).upper(),
        shipping_method=keys.choice("shippingMethod", ("TK", "EX"), required=True),
        transport_method=keys.choice("transportMethod", ("OF", "AF", "RF", "TK")),
        eta=fmt_date(eta.date()) if eta else "",
        vat=keys.text("vat"),
        need_clearance=keys.flag("needClearanceDoc"),
        auto=True,
    )
    world.store.add_inbound(order)
    world.track(order)
    return Reply(
        payload={
            "inboundNumber": order.inbound_number,
            "sellerInboundNumber": seller_number,
            "labelFile": b64(_carton_pdf(order, req.now)),
        }
    )


def _matching(world: World, req: EmuRequest, strict: bool) -> list[Inbound]:
    """Orders named by id (ids win), else those created or changed in the window (E8)."""
    keys = body_object(req.data)
    numbers = keys.strings("inboundNumberList")
    sellers = keys.strings("sellerinboundNumberList")
    store = world.store
    if numbers or sellers:
        if strict:
            for number in numbers:
                find_inbound(world, number)
        refs = {ref: store.inbound[n] for ref, n in store.inbound_refs.items()}
        return lookup(store.inbound, numbers) + [
            o for o in lookup(refs, sellers) if o.inbound_number not in numbers
        ]
    if keys.get("startTime") in (None, ""):
        raise invalid("one of inboundNumberList, sellerinboundNumberList or startTime is required")
    start, end = window(keys, req.now)
    rows = [
        o for o in store.inbound.values() if start <= o.created <= end or start <= o.changed <= end
    ]
    return sorted(rows, key=lambda o: o.created)


def inbound_list(world: World, req: EmuRequest) -> Reply:
    rows = _matching(world, req, strict=False)
    return Reply(payload={"inboundOrderList": [inbound_summary(o) for o in rows]})


def inbound_detail_query(world: World, req: EmuRequest) -> Reply:
    rows = _matching(world, req, strict=True)
    return Reply(payload={"inboundOrderList": [inbound_detail(o) for o in rows]})


def inbound_labels(world: World, req: EmuRequest) -> Reply:
    numbers = body_object(req.data).strings("inboundOrderList", "inboundOrder")
    check_batch(len(numbers), 200, "inboundOrderList")
    labels_out = []
    for number in numbers:
        order = find_inbound(world, number)
        labels_out.append(
            {
                "inboundOrder": number,
                "fileName": f"{number}.pdf",
                "file": b64(_carton_pdf(order, req.now)),
            }
        )
    return Reply(payload={"labelList": labels_out})


def upload_tracking(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    order = find_inbound(world, keys.text("inboundNumber", required=True, max_length=100))
    keys.text("referenceNumber", required=True, max_length=50)
    entries = []
    for item in keys.items("trackingList", required=True):
        entries.append(
            {
                "trackingNumber": item.text("trackingNumber", required=True),
                "carrier": item.text("carrier", required=True),
                "cartonNumber": item.text("cartonNumber"),
            }
        )
    order.tracking.extend(entries)
    order.changed = req.now
    return Reply()


def _decoded_size(item: Keys) -> int:
    try:
        return len(base64.b64decode(item.text("file", required=True), validate=True))
    except (binascii.Error, ValueError):
        raise invalid(f"{item.field('file')} is not valid base64") from None


def upload_clearance(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    order = find_inbound(world, keys.text("inboundNumber", required=True))
    files = keys.items("fileList")
    if not 1 <= len(files) <= 10:
        raise invalid("fileList must hold 1 to 10 files")
    stored = []
    for item in files:
        name = item.text("fileName", required=True)
        file_type = item.text("fileType", required=True)
        if _decoded_size(item) > MAX_FILE_BYTES:
            raise invalid(f"{item.field('file')} is larger than 10 MB")
        stored.append(
            {
                "fileName": name,
                "fileType": file_type,
                "file": "",
                "verifyStatus": "pending",
                "failReason": "",
            }
        )
    names = {f["fileName"] for f in stored}
    order.files = [f for f in order.files if f["fileName"] not in names] + stored
    order.changed = req.now
    return Reply()


HANDLERS = {
    "inbound.create": inbound_create,
    "inbound.list": inbound_list,
    "inbound.detail": inbound_detail_query,
    "inbound.labels": inbound_labels,
    "inbound.upload_tracking": upload_tracking,
    "inbound.upload_clearance": upload_clearance,
}
