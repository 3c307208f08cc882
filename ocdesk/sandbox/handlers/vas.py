"""VAS endpoints (§9): create, detail and cancel value-added-service work orders."""

from __future__ import annotations

from ocdesk.sandbox.core import EmuError, EmuRequest, Reply
from ocdesk.sandbox.handlers.common import STATE, duplicate, lookup, not_found, warehouse
from ocdesk.sandbox.keys import Keys, body_object, invalid
from ocdesk.sandbox.world import World
from ocdesk.sandbox.world.dates import read
from ocdesk.sandbox.world.model import VAS_TYPES, Line, VasOrder
from ocdesk.sandbox.world.progress import set_vas
from ocdesk.sandbox.world.views import vas_row

DETAIL_LIMIT = 100


def _lines(world: World, keys: Keys) -> list[Line]:
    lines = []
    for line in keys.items("skuList", required=True):
        mfskuid = line.text("mfSkuId", required=True)
        if mfskuid not in world.store.skus:
            raise invalid(f"{line.field('mfSkuId')} {mfskuid} is not a known SKU")
        lines.append(Line(mfskuid, line.integer("quantity", required=True, minimum=1) or 1))
    return lines


def vas_create(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    seller_number = keys.text("sellerVasNumber", required=True)
    if seller_number in world.store.vas_refs:
        raise duplicate("sellerVasNumber", seller_number)
    region = warehouse(keys)
    order = VasOrder(
        world.store.ids.vas(region),
        seller_number,
        region,
        keys.choice("vasType", VAS_TYPES, required=True),
        "created",
        req.now,
        req.now,
        _lines(world, keys),
        remark=keys.text("remark"),
        auto=True,
    )
    world.store.add_vas(order)
    world.track(order)
    return Reply(payload={"vasNumber": order.vas_number, "sellerVasNumber": seller_number})


def vas_detail(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    numbers = keys.strings("vasNumberList")
    sellers = keys.strings("sellerVasNumberList")
    if not numbers and not sellers:
        raise invalid("one of vasNumberList or sellerVasNumberList is required")
    if len(numbers) + len(sellers) > DETAIL_LIMIT:
        raise EmuError("EMU_BATCH_LIMIT", f"at most {DETAIL_LIMIT} ids per call")
    store = world.store
    for number in numbers:
        if number not in store.vas:
            raise not_found("VAS order", number)
    refs = {ref: store.vas[n] for ref, n in store.vas_refs.items()}
    rows = lookup(store.vas, numbers) + [
        o for o in lookup(refs, sellers) if o.vas_number not in numbers
    ]
    return Reply(payload={"vasOrderList": [vas_row(o) for o in rows]})


def vas_cancel(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    number = keys.text("vasNumber", required=True)
    read(keys, "cancelTime", required=True)
    order = world.store.vas.get(number)
    if order is None:
        raise not_found("VAS order", number)
    if order.status != "created":
        raise EmuError(
            STATE,
            f"VAS order {number} is {order.status} and can no longer be cancelled",
            item_id=number,
        )
    order.remark = keys.text("cancelReason") or order.remark
    set_vas(world.store, order, "cancelled", req.now)
    return Reply()


HANDLERS = {
    "vas.create": vas_create,
    "vas.detail": vas_detail,
    "vas.cancel": vas_cancel,
}
