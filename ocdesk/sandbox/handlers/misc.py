"""Warehouse services (§7), pricing (§8, §6.5) and finance fee detail (§11.8) endpoints."""

from __future__ import annotations

from typing import Any

from ocdesk.sandbox.core import EmuError, EmuRequest, Reply
from ocdesk.sandbox.handlers.common import NOT_FOUND, duplicate, paging, returns_page
from ocdesk.sandbox.keys import Keys, body_object, invalid
from ocdesk.sandbox.world import World
from ocdesk.sandbox.world.dates import fmt, window
from ocdesk.sandbox.world.model import FEE_TYPES
from ocdesk.sandbox.world.pricing import quote, warehouse_of
from ocdesk.sandbox.world.services import SERVICES, service_list
from ocdesk.sandbox.world.store import PricingRequest

ORDER_TYPES = ("OUTBOUND", "INBOUND", "RETURN", "VAS", "STORAGE")
FEE_NAMES = {fee_type: fee_type.replace("_", " ").capitalize() for fee_type in FEE_TYPES}
FEE_NAMES.update(FULFILLMENT="Fulfilment fee", VAS="Value-added service fee")


def warehouse_services(world: World, req: EmuRequest) -> Reply:
    return Reply(payload=service_list())


def _parcel_grams(world: World, keys: Keys, by_sku_id: bool) -> tuple[int, list[Any]]:
    """Total weight of the parcel in grams, and the SKU lines as hashed into the price."""
    grams, lines = 0.0, []
    for line in keys.items("skuList", required=True):
        sku_id = line.text("skuId", required=True)
        pieces = line.integer("pieceQuantity", required=True, minimum=1) or 1
        if by_sku_id:
            sku = world.store.skus.get(sku_id)
            if sku is None or sku.status != "approved":
                raise invalid(f"{line.field('skuId')} {sku_id} is not an approved SKU")
            weight = float(sku.extra.get("weight") or 500)
        else:
            for name in ("length", "width", "height"):
                line.number(name, required=True)
            weight = line.number("weight", required=True) or 0.0
        grams += weight * pieces
        lines.append([sku_id, pieces, weight])
    return max(1, int(grams)), lines


def _quote(world: World, keys: Keys) -> tuple[str, list[dict[str, Any]]]:
    """Check a §8.1 request and price it; returns (referenceId, §8.2 rows)."""
    reference = keys.text("referenceId", required=True)
    asked = keys.text("serviceRegion", required=True)
    region = warehouse_of(asked)
    if region is None:
        raise invalid(f"serviceRegion {asked} is not a pricing region")
    country = keys.text("consigneeCountryCode", required=True, max_length=2).upper()
    post_code = keys.text("consigneePostCode", required=True)
    keys.choice("serviceType", ("EF", "OCN"))
    codes = [str(c) for c in keys.array("shippingServiceCode") if c]
    for code in codes:
        if code not in SERVICES[region]:
            raise invalid(f"shippingServiceCode {code} is not offered in {region}")
    grams, lines = _parcel_grams(world, keys, keys.flag("skuType"))
    inputs = {
        "region": region,
        "country": country,
        "postCode": post_code,
        "lines": lines,
        "eBay": keys.flag("mfservice"),
    }
    calc_id = world.store.ids.serial("CT", 12)
    return reference, quote(region, codes, grams, inputs, calc_id)


def pricing_estimate(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    reference = keys.text("referenceId", required=True)
    if reference in world.store.pricing:
        raise duplicate("referenceId", reference)
    reference, rows = _quote(world, keys)
    world.store.pricing[reference] = PricingRequest(reference, req.now, rows)
    return Reply(payload={"referenceId": reference})


def pricing_result(world: World, req: EmuRequest) -> Reply:
    reference = body_object(req.data).text("referenceId", required=True)
    request = world.store.pricing.get(reference)
    if request is None:
        raise EmuError(NOT_FOUND, f"referenceId {reference} does not exist", item_id=reference)
    if (req.now - request.received).total_seconds() < world.pricing_delay_s:
        return Reply(payload=[])  # known but still being computed
    return Reply(payload=request.result)


def freight_sync(world: World, req: EmuRequest) -> Reply:
    return Reply(payload=_quote(world, body_object(req.data))[1])


def fee_detail(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    start, end = window(keys, req.now, max_days=31, inclusive=True)
    order_type = keys.choice("orderType", ORDER_TYPES)
    numbers = set(keys.strings("orderNumberList"))
    region = keys.text("serviceRegion").lower()
    number, size = paging(keys)
    rows = [
        {
            "feeId": f.fee_id,
            "orderNumber": f.order_number,
            "referenceNumber": f.reference,
            "orderType": f.order_type,
            "feeType": f.fee_type,
            "feeName": FEE_NAMES[f.fee_type],
            "amount": f.amount,
            "currency": f.currency,
            "serviceRegion": f.region,
            "chargeTime": fmt(f.charged),
        }
        for f in world.store.fees
        if start <= f.charged <= end
        and (not order_type or f.order_type == order_type)
        and (not numbers or f.order_number in numbers)
        and (not region or f.region.lower() == region)
    ]
    return Reply(payload=returns_page(rows, number, size))


HANDLERS = {
    "warehouse.services": warehouse_services,
    "pricing.estimate": pricing_estimate,
    "pricing.result": pricing_result,
    "outbound.freight_sync": freight_sync,
    "finance.fee_detail": fee_detail,
}
