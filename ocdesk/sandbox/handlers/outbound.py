"""Outbound endpoints (§6): create, query, cancel and third-party-label orders."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ocdesk.sandbox.core import EmuError, EmuRequest, Reply
from ocdesk.sandbox.handlers.common import (
    STATE,
    batch_reply,
    duplicate,
    item_error,
    lookup,
    not_found,
    warehouse,
)
from ocdesk.sandbox.keys import Keys, body_items, body_object, invalid
from ocdesk.sandbox.world import World
from ocdesk.sandbox.world.dates import read
from ocdesk.sandbox.world.model import Line, Outbound
from ocdesk.sandbox.world.orders import new_outbound
from ocdesk.sandbox.world.progress import set_outbound
from ocdesk.sandbox.world.services import SERVICES
from ocdesk.sandbox.world.views import outbound_row

QUERY_LIMIT = 1000
NOT_CANCELLABLE = ("picked", "packed", "shipped", "cancelled")
MAX_LABEL_BYTES = 5 * 1024 * 1024
_GRAMS = {"g": 1.0, "kg": 1000.0, "lb": 453.6, "oz": 28.35}
_EBAY_ORDER_ID = re.compile(r"[0-9]{2}-[0-9]{5}-[0-9]{5}")  # OC's form: 02-05696-00555 (E14)
# (field, required, max length) of an outbound.create order, §6.1
_ORDER_TEXT = (
    ("orderPlatform", False, 50),
    ("consigneeName", True, 100),
    ("companyName", False, 100),
    ("houseNumber", False, 10),
    ("consigneeAddress1", True, 200),
    ("consigneeAddress2", False, 200),
    ("consigneeCity", False, 100),
    ("consigneeProvinceOrState", False, 100),
    ("consigneeZipCode", False, 10),
    ("consigneeCountryCode", True, 2),
    ("consigneePhone", False, 100),
    ("consigneeEmail", False, 100),
    ("fileGroupID", False, 255),
    ("remark", False, 500),
)

Builder = Callable[["World", Keys, str, datetime], Outbound]


def _lines(world: World, item: Keys) -> tuple[list[Line], int]:
    """The product lines and their total weight in grams."""
    lines, grams = [], 0.0
    for product in item.items("productList", required=True):
        mfskuid = product.text("mfSkuId", required=True)
        sku = world.store.skus.get(mfskuid)
        if sku is None:
            raise invalid(f"{product.field('mfSkuId')} {mfskuid} is not a known SKU")
        quantity = product.integer("skuQuantity", required=True, minimum=1) or 1
        lines.append(Line(mfskuid, quantity))
        unit = _GRAMS.get(str(sku.extra.get("weightUnit", "g")).lower(), 1.0)
        grams += float(sku.extra.get("weight") or 500) * unit * quantity
    return lines, int(grams)


def _ebay_ids(item: Keys, platform: str) -> dict[str, str]:
    """An eBay order's buyer and order ids; OC refuses an order id not in its form (E14)."""
    if platform.lower() != "ebay":
        return {}
    ebay_id = item.text("ebayId", required=True, max_length=100)
    order_id = item.text("ebayOrderId", required=True, max_length=100)
    if not _EBAY_ORDER_ID.fullmatch(order_id):
        raise invalid(
            f"{item.field('ebayOrderId')} {order_id} is not an eBay order id in "
            "OC's form 02-05696-00555 (two, five and five digits)"
        )
    return {"ebay_id": ebay_id, "ebay_order_id": order_id}


def _record(
    world: World, item: Keys, reference: str, now: datetime, region: str, platform: str,
    **details: Any,
) -> Outbound:
    """The order both creates open once their own fields passed: eBay ids and products checked."""
    ebay = _ebay_ids(item, platform)
    lines, grams = _lines(world, item)
    return new_outbound(
        world.store, region, reference, now, lines, grams,
        platform=platform, auto=True, **ebay, **details,
    )  # fmt: skip


def _order(world: World, item: Keys, reference: str, now: datetime) -> Outbound:
    region = warehouse(item)
    code = item.text("shippingServiceCode", required=True)
    if code not in SERVICES[region]:
        raise invalid(f"{item.field('shippingServiceCode')} {code} is not offered in {region}")
    text = {name: item.text(name, required=req, max_length=top) for name, req, top in _ORDER_TEXT}
    platform, remark = text.pop("orderPlatform") or "OTHERS", text.pop("remark")
    return _record(
        world, item, reference, now, region, platform,
        service_code=code, remark=remark, consignee=text,
    )  # fmt: skip


def _third_party_order(world: World, item: Keys, reference: str, now: datetime) -> Outbound:
    region = warehouse(item)
    platform = item.text("orderPlatform", required=True, max_length=50)
    service = item.text("serviceCode", required=True)
    carrier = item.text("carrierCode", required=True)
    tracking = item.text("trackingNumber", required=True)
    item.text("labelFileName", required=True)
    try:
        label = base64.b64decode(item.text("labelFile", required=True), validate=True)
    except (binascii.Error, ValueError):
        raise invalid(f"{item.field('labelFile')} is not valid base64") from None
    if len(label) > MAX_LABEL_BYTES:
        raise invalid(f"{item.field('labelFile')} is larger than 5 MB")
    consignee = {
        "consigneeName": item.text("consigneeName"),
        "consigneeCountryCode": item.text("consigneeCountryCode"),
    }
    return _record(
        world, item, reference, now, region, platform,
        service_code=service, remark=item.text("remark"), consignee=consignee,
        tracking=tracking, carrier=(carrier, carrier), third_party=True,
    )  # fmt: skip


def _create_batch(world: World, req: EmuRequest, build: Builder) -> Reply:
    """Create each valid order; refused ones (duplicates, bad fields) go to errors[] (E9)."""
    items = body_items(req.data, 50)
    created, errors = [], []
    for item in items:
        reference = item.text("referenceNumber")
        try:
            item.text("referenceNumber", required=True, max_length=50)
            if reference in world.store.outbound_refs:
                raise duplicate("referenceNumber", reference)
            order = build(world, item, reference, req.now)
        except EmuError as exc:
            errors.append(item_error(exc, reference))
            continue
        world.store.add_outbound(order)
        world.track(order)
        created.append({"orderNumber": order.order_number, "referenceNumber": reference})
    return batch_reply(created, errors, len(items))


def outbound_create(world: World, req: EmuRequest) -> Reply:
    return _create_batch(world, req, _order)


def third_party_label(world: World, req: EmuRequest) -> Reply:
    return _create_batch(world, req, _third_party_order)


def _by_ids(world: World, keys: Keys) -> list[Outbound] | None:
    """Orders named by any id list (union), or None when no list names anything."""
    numbers = keys.strings("orderNumberList", "orderNumber")
    references = keys.strings("referenceNumberList", "referenceNumber")
    ebay_ids = set(keys.strings("ebayOrderIdList", "ebayOrderId"))
    if not (numbers or references or ebay_ids):
        return None
    store = world.store
    refs = {ref: store.outbound[n] for ref, n in store.outbound_refs.items()}
    found = lookup(store.outbound, numbers) + lookup(refs, references)
    if ebay_ids:
        found += [o for o in store.outbound.values() if o.ebay_order_id in ebay_ids]
    return list({o.order_number: o for o in found}.values())


def outbound_query(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    rows = _by_ids(world, keys)
    if rows is None:
        start, end = read(keys, "startTime"), read(keys, "endTime")
        if start is None and end is None:
            raise invalid(
                "one of orderNumberList, referenceNumberList, ebayOrderIdList, startTime or "
                "endTime is required"
            )
        end = end or req.now
        rows = [
            o
            for o in world.store.outbound.values()
            if (start is None or o.created >= start) and o.created <= end
        ]
    rows.sort(key=lambda o: (o.created, o.order_number))
    return Reply(payload=[outbound_row(o) for o in rows[:QUERY_LIMIT]])


def outbound_cancel(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    number = keys.text("orderNumber", required=True)
    read(keys, "cancelTime", required=True)
    order = world.store.outbound.get(number)
    if order is None:
        raise not_found("Order", number)
    if order.status in NOT_CANCELLABLE:
        detail = (
            f"Order {number} is already cancelled"
            if order.status == "cancelled"
            else f"Order {number} is {order.status} and can no longer be cancelled"
        )
        raise EmuError(
            STATE,
            "Order cannot be cancelled",
            item_id=number,
            errors=[{"code": STATE, "id": number, "message": detail}],
        )
    order.remark = keys.text("cancelReason") or order.remark
    set_outbound(world.store, order, "cancelled", req.now)
    return Reply()


HANDLERS = {
    "outbound.create": outbound_create,
    "outbound.query": outbound_query,
    "outbound.cancel": outbound_cancel,
    "outbound.third_party_label": third_party_label,
}
