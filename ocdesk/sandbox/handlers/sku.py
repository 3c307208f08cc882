"""SKU endpoints (§3): create, query, labels, eBay Fulfilment services."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ocdesk.sandbox import labels
from ocdesk.sandbox.core import EmuError, EmuRequest, Reply
from ocdesk.sandbox.handlers.common import (
    b64,
    batch_reply,
    duplicate,
    item_error,
    lookup,
    not_found,
    page,
)
from ocdesk.sandbox.keys import Keys, body_items, body_object, check_batch, invalid
from ocdesk.sandbox.world import World
from ocdesk.sandbox.world.dates import read
from ocdesk.sandbox.world.model import Sku
from ocdesk.sandbox.world.services import SERVICES
from ocdesk.sandbox.world.views import sku_row

MAX_LABEL_PAGES = 5000  # keeps one call's PDF to a size a desk printer queue can take
_ENUMS = {
    "batteryForm": ("PB", "BCE", "BPE"),
    "batteryType": ("BC", "OLB", "OT"),
    "batteryTypeNew": ("PLB", "ALB", "OPB", "OAB", "BB", "BLB", "OBB"),
    "dimensionUnit": ("cm", "m", "in", "ft"),
    "weightUnit": ("g", "kg", "lb", "oz"),
}
_PASSED = (
    "SKUPictureURLList",
    "salesURL",
    "withBattery",
    "countryOfOrigin",
    "SIOC",
    "fileList",
    "barcodeList",
    "hscodeList",
    "WeeeRegistrationNo",
    "serviceRegionList",
)


def _sku_fields(item: Keys) -> dict[str, Any]:
    """The stored (and later queried) fields of one §3.1 item, checked."""
    extra: dict[str, Any] = {"SKUDescription": item.text("SKUdescription")}
    for name, allowed in _ENUMS.items():
        if item.get(name) not in (None, ""):
            extra[name] = item.choice(name, allowed)
    for name in ("length", "width", "height", "weight"):
        if item.get(name) not in (None, ""):
            extra[name] = item.number(name)
    if any(n in extra for n in ("length", "width", "height")) and "dimensionUnit" not in extra:
        raise invalid(f"{item.field('dimensionUnit')} is required when a length is sent")
    if "weight" in extra and "weightUnit" not in extra:
        raise invalid(f"{item.field('weightUnit')} is required with weight")
    for region in item.items("serviceRegionList"):
        region.text("serviceRegion", required=True)
        region.choice("withBrand", ("WB", "WOB"))
    for barcode in item.items("barcodeList"):
        barcode.choice("barcodeType", ("EAN", "UPC", "OTHER"))
    if item.get("batteryNumber") not in (None, ""):
        extra["batteryNumber"] = item.integer("batteryNumber", minimum=0)
    for name in _PASSED:
        if item.get(name) is not None:
            extra[name] = item.get(name)
    return extra


def _new_sku(world: World, item: Keys, now: datetime) -> Sku:
    reference = item.text("referenceSKUID", required=True)
    names = []
    for name in item.items("SKUNameList", required=True):
        names.append(
            {
                "SKUName": name.text("SKUName", required=True),
                "attributeDescription": name.text("attributeDescription"),
                "languageCode": name.text("languageCode") or "en-US",
            }
        )
    extra = _sku_fields(item)
    regions = [Keys(r).text("serviceRegion") for r in extra.get("serviceRegionList") or []]
    return Sku(
        world.store.ids.sku(),
        reference,
        reference,
        names,
        regions,
        "draft",
        now,
        now,
        extra,
        auto=True,
    )


def sku_create(world: World, req: EmuRequest) -> Reply:
    items = body_items(req.data, 200)
    created, errors = [], []
    for item in items:
        reference = item.text("referenceSKUID")
        try:
            if reference in world.store.sku_refs:  # earlier items of this batch too
                raise duplicate("referenceSKUID", reference)
            sku = _new_sku(world, item, req.now)
        except EmuError as exc:
            errors.append(item_error(exc, reference))
            continue
        world.store.add_sku(sku)
        created.append({"referenceSKUID": reference, "MFSKUID": sku.mfskuid, "status": sku.status})
    return batch_reply(created, errors, len(items))


def _time_range(keys: Keys) -> tuple[datetime | None, datetime | None]:
    """sku.query's dates: a date-only end covers its whole day."""
    start, end = read(keys, "startTime"), read(keys, "endTime")
    if end is not None and "T" not in str(keys.get("endTime")):
        end += timedelta(days=1)
    return start, end


def sku_query(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    limit = keys.integer("limit", default=200, minimum=1)
    if limit > 200:
        raise EmuError("EMU_BATCH_LIMIT", "limit must be at most 200")
    number = keys.integer("page", default=1, minimum=1)
    by_mf = keys.strings("mfskulist", "mfskuid")
    by_ref = keys.strings("referenceSKUIDList", "referenceSKUID")
    by_seller = keys.strings("sellerSKUIDList", "sellerSKUID")
    store = world.store
    if by_mf or by_ref or by_seller:
        sellers = {s.seller_sku: s for s in store.skus.values()}
        refs = {ref: store.skus[mf] for ref, mf in store.sku_refs.items()}
        rows = lookup(store.skus, by_mf) + lookup(refs, by_ref) + lookup(sellers, by_seller)
        rows = list({sku.mfskuid: sku for sku in rows}.values())
    else:
        start, end = _time_range(keys)
        if start is None and end is None:
            raise invalid(
                "one of mfskulist, referenceSKUIDList, sellerSKUIDList or startTime/endTime is required"
            )
        rows = [
            s
            for s in store.skus.values()
            if (start is None or s.updated >= start) and (end is None or s.updated < end)
        ]
        rows.sort(key=lambda s: (s.updated, s.mfskuid))
    return Reply(payload=[sku_row(s) for s in page(rows, number, limit)])


def sku_label(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    lines = keys.items("skuList")
    check_batch(len(lines), 200, "skuList")
    printed = []
    for line in lines:
        mfskuid = line.text("mfSkuId", required=True)
        sku = world.store.skus.get(mfskuid)
        if sku is None:
            raise not_found("MFSKUID", mfskuid)
        quantity = line.integer("printQuantity", default=1, minimum=1, maximum=999)
        printed.append((sku.mfskuid, quantity, sku.caption))
    if sum(q for _, q, _ in printed) > MAX_LABEL_PAGES:
        raise invalid(f"skuList asks for more than {MAX_LABEL_PAGES} labels in one call")
    pdf = labels.sku_labels(printed, date=req.now.strftime("%Y-%m-%d"))
    return Reply(
        payload={
            "fileName": f"sku-label-{req.now:%Y%m%d%H%M%S}.pdf",
            "file": b64(pdf),
            "labelList": [{"MFSKUID": m, "printQuantity": q} for m, q, _ in printed],
        }
    )


def _centers(item: Keys) -> list[dict[str, Any]]:
    """An item's fulfilment centres in documented spelling; unknown warehouses are refused."""
    centers = []
    for center in item.items("fulfillmentCenterList", required=True):
        region = center.text("serviceRegion", required=True)
        if region not in SERVICES:
            raise invalid(f"{center.field('serviceRegion')} {region} is not a warehouse")
        domestic = [
            {"shippingServiceCode": Keys(s).text("shippingServiceCode")}
            for s in center.array("domesticServiceList")
        ]
        international = [
            {
                "shippingServiceCode": s.text("shippingServiceCode"),
                "countryList": [
                    {"countryCode": c.text("countryCode")} for c in s.items("countryList")
                ],
            }
            for s in center.items("internationalServiceList")
        ]
        centers.append(
            {
                "serviceRegion": region,
                "domesticServiceList": domestic,
                "internationalServiceList": international,
            }
        )
    return centers


def sku_setup_ef(world: World, req: EmuRequest) -> Reply:
    results = []
    for item in body_items(req.data, 200):
        mfskuid = item.text("mfSkuId", required=True)
        centers = _centers(item)
        sku = world.store.skus.get(mfskuid)
        if sku is None:
            results.append({"MFSKUID": mfskuid, "success": False, "message": "Unknown MFSKUID"})
            continue
        sku.ef_centers = centers
        results.append({"MFSKUID": mfskuid, "success": True, "message": ""})
    return Reply(payload=results)


def _ef_status(sku: Sku) -> str:
    if not sku.ef_centers:
        return "disabled"
    return "enabled" if sku.status == "approved" else "pending"


def sku_query_ef(world: World, req: EmuRequest) -> Reply:
    ids = body_object(req.data).strings("mfSkuList", "mfSkuId")
    check_batch(len(ids), 200, "mfSkuList")
    rows = [
        {
            "MFSKUID": sku.mfskuid,
            "efStatus": _ef_status(sku),
            "fulfillmentCenterList": sku.ef_centers,
        }
        for sku in lookup(world.store.skus, ids)
    ]
    return Reply(payload=rows)


HANDLERS = {
    "sku.create": sku_create,
    "sku.query": sku_query,
    "sku.label": sku_label,
    "sku.setup_ef_service": sku_setup_ef,
    "sku.query_ef_service": sku_query_ef,
}
