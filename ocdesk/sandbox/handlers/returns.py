"""Return 2.0 endpoints (§11.1-§11.6): orders, labels, RMA changes, return stock, ERP orders."""

from __future__ import annotations

from typing import Any

from ocdesk.sandbox import labels
from ocdesk.sandbox.core import EmuError, EmuRequest, Reply
from ocdesk.sandbox.handlers.common import (
    STATE,
    b64,
    duplicate,
    not_found,
    paging,
    returns_page,
    warehouse,
)
from ocdesk.sandbox.keys import Keys, body_object, check_batch, invalid
from ocdesk.sandbox.world import World
from ocdesk.sandbox.world.dates import fmt, read
from ocdesk.sandbox.world.model import ReturnItem, ReturnOrder
from ocdesk.sandbox.world.progress import set_return
from ocdesk.sandbox.world.views import return_row

ARRIVED = ("received", "inspected", "completed")


def find_return(world: World, number: str) -> ReturnOrder:
    order = world.store.returns.get(number)
    if order is None:
        raise not_found("Return", number)
    return order


def returns_orders(world: World, req: EmuRequest) -> Reply:
    keys = Keys(req.data)
    number, size = paging(keys)
    wanted = {name: keys.text(name) for name in ("orderNumber", "referenceNumber", "status")}
    start, end = read(keys, "startTime"), read(keys, "endTime")
    rows = [
        o
        for o in world.store.returns.values()
        if (not wanted["orderNumber"] or o.order_number == wanted["orderNumber"])
        and (not wanted["referenceNumber"] or o.reference == wanted["referenceNumber"])
        and (not wanted["status"] or o.status.lower() == wanted["status"].lower())
        and (start is None or o.created >= start)
        and (end is None or o.created <= end)
    ]
    rows.sort(key=lambda o: o.created, reverse=True)
    return Reply(payload=returns_page([return_row(o) for o in rows], number, size))


def returns_label(world: World, req: EmuRequest) -> Reply:
    order = find_return(world, Keys(req.data).text("orderNumber", required=True))
    if order.status == "cancelled":
        raise EmuError(
            STATE,
            f"Return {order.order_number} is cancelled; it has no label",
            item_id=order.order_number,
        )
    pdf = labels.return_label(
        order.order_number,
        region=order.region,
        date=req.now.strftime("%Y-%m-%d"),
        carrier=order.carrier,
        tracking=order.tracking,
    )
    return Reply(
        payload={
            "orderNumber": order.order_number,
            "fileName": f"{order.order_number}.pdf",
            "file": b64(pdf),
            "carrierName": order.carrier,
            "trackingNumber": order.tracking,
        }
    )


def cancel_rma(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    number = keys.text("orderNumber", required=True)
    cancel_type = keys.integer("cancelType", required=True)
    if cancel_type not in (1, 2):
        raise invalid("cancelType must be 1 or 2")
    if cancel_type == 2:
        tracking = keys.text("trackingNumber", required=True)
        carrier = keys.text("carrierName", required=True)
    order = find_return(world, number)
    action = "cancelled" if cancel_type == 1 else "given new tracking"
    if order.status == "cancelled":
        raise EmuError(STATE, f"Return {number} is already cancelled", item_id=number)
    if order.status in ARRIVED:
        raise EmuError(
            STATE,
            f"Return {number} is {order.status} and can no longer be {action}",
            item_id=number,
        )
    if cancel_type == 1:
        set_return(world.store, order, "cancelled", req.now)
    else:
        order.tracking, order.carrier, order.changed = tracking, carrier, req.now
    return Reply()


def _stock_row(order: ReturnOrder, item: ReturnItem) -> dict[str, Any]:
    return {
        "returnItemId": item.item_id,
        "orderNumber": order.order_number,
        "MFSKUID": item.mfskuid,
        "sellerSKUID": item.seller_sku,
        "serviceRegion": order.region,
        "quantity": item.received,
        "condition": item.condition,
        "linked": item.linked,
        "inboundTime": fmt(item.received_time),
    }


def returns_stock(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    by_order = keys.choice("serviceType", ("SKU", "ORDER"), required=True) == "ORDER"
    id_list = keys.strings("uniqueIdList")
    check_batch(len(id_list), 200, "uniqueIdList")
    ids = set(id_list)
    region = keys.text("serviceRegion").lower()
    number, size = paging(keys)
    rows = [
        _stock_row(order, item)
        for order in world.store.returns.values()
        if not region or order.region.lower() == region
        for item in order.items
        if item.received_time is not None
        and ((order.order_number in ids) if by_order else (item.mfskuid in ids))
    ]
    return Reply(payload=returns_page(rows, number, size))


def link_stock(world: World, req: EmuRequest) -> Reply:
    items = body_object(req.data).items("itemList")
    check_batch(len(items), 200, "itemList")
    known = {item.item_id: item for order in world.store.returns.values() for item in order.items}
    plan = []
    for entry in items:
        item_id = entry.text("returnItemId", required=True)
        mfskuid = entry.text("mfSkuId", required=True)
        item = known.get(item_id)
        if item is None:
            raise not_found("returnItemId", item_id)
        if item.linked:
            raise EmuError(STATE, f"returnItemId {item_id} is already linked", item_id=item_id)
        sku = world.store.skus.get(mfskuid)
        if sku is None:
            raise not_found("MFSKUID", mfskuid)
        plan.append((item, sku))
    for item, sku in plan:  # all or nothing: change only once every item passed
        item.mfskuid, item.seller_sku = sku.mfskuid, sku.seller_sku
    return Reply()


def _return_items(world: World, keys: Keys) -> list[ReturnItem]:
    items = []
    for line in keys.items("skuList", required=True):
        mfskuid = line.text("mfSkuId", required=True)
        sku = world.store.skus.get(mfskuid)
        if sku is None:
            raise invalid(f"{line.field('mfSkuId')} {mfskuid} is not a known SKU")
        quantity = line.integer("quantity", required=True, minimum=1) or 1
        items.append(
            ReturnItem(world.store.ids.serial("RI", 10), mfskuid, sku.seller_sku, quantity)
        )
    return items


def erp_submit(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    reference = keys.text("referenceNumber", required=True)
    if reference in world.store.return_refs:
        raise duplicate("referenceNumber", reference)
    region = warehouse(keys)
    order = ReturnOrder(
        world.store.ids.return_order(region),
        reference,
        region,
        "created",
        req.now,
        req.now,
        _return_items(world, keys),
        original_order=keys.text("originalOrderNumber"),
        ebay_order_id=keys.text("ebayOrderId"),
        reason=keys.text("returnReason"),
        buyer=keys.text("buyerName"),
        carrier=keys.text("carrierName"),
        tracking=keys.text("trackingNumber"),
        auto=True,
    )
    world.store.add_return(order)
    world.track(order)
    return Reply(
        payload={
            "orderNumber": order.order_number,
            "referenceNumber": reference,
            "status": order.status,
        }
    )


HANDLERS = {
    "returns.orders": returns_orders,
    "returns.label": returns_label,
    "returns.cancel_rma": cancel_rma,
    "returns.stock": returns_stock,
    "returns.link_stock": link_stock,
    "returns.erp_submit": erp_submit,
}
