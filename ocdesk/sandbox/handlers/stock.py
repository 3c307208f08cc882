"""Stock endpoints (§4): movements, the per-warehouse snapshot and stock age."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from ocdesk.sandbox.core import EmuError, EmuRequest, Reply
from ocdesk.sandbox.handlers.common import page
from ocdesk.sandbox.keys import Keys, body_object, invalid
from ocdesk.sandbox.world import World
from ocdesk.sandbox.world.dates import fmt, read, window
from ocdesk.sandbox.world.store import StockRow, Store

AGE_RANGES = (
    (30, "0-30"),
    (60, "31-60"),
    (90, "61-90"),
    (180, "91-180"),
    (365, "181-365"),
    (None, "366+"),
)
_OPEN_OUTBOUND = ("created", "processing", "picked", "packed", "exception")


def _movement_window(keys: Keys, ids: list[str], now: datetime) -> tuple[datetime, datetime]:
    """Named SKUs skip the window rule (E8); without a start they mean the last 7 days."""
    if not ids:
        if keys.get("startTime") in (None, ""):
            raise invalid("one of mfSkuList or startTime is required")
        return window(keys, now)
    start = read(keys, "startTime") or now - timedelta(days=7)
    return start, read(keys, "endTime") or now


def _movement_dicts(row: StockRow, start: datetime, end: datetime) -> list[dict[str, Any]]:
    return [
        {
            "moventmentID": m.movement_id,
            "quantity": m.quantity,
            "actualCount": m.balance,
            "reason": m.reason,
            "orderNumber": m.order_number,
            "updateTime": fmt(m.time),
        }
        for m in row.movements
        if start <= m.time <= end
    ]


def stock_movement(world: World, req: EmuRequest) -> Reply:
    keys = body_object(req.data)
    ids = keys.strings("mfSkuList", "mfSkuId")
    start, end = _movement_window(keys, ids, req.now)
    wanted = set(ids)
    by_sku: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (mfskuid, region), row in sorted(world.store.stock.items()):
        if wanted and mfskuid not in wanted:
            continue
        moves = _movement_dicts(row, start, end)
        if moves:
            by_sku[mfskuid].append(
                {
                    "serviceRegion": region,
                    "inventoryList": [{"inventoryStatus": "AVL", "movementList": moves}],
                }
            )
    skus = world.store.skus
    rows = [
        {
            "MFSKUID": m,
            "sellerSkuId": skus[m].seller_sku if m in skus else "",
            "serviceRegionList": regions,
        }
        for m, regions in by_sku.items()
    ]
    return Reply(payload=rows)


def _selected_rows(keys: Keys, store: Store) -> tuple[list[StockRow], int, int]:
    """Rows matching the snapshot/age filters, plus the requested page."""
    number = keys.integer("pageNumber", required=True, minimum=1) or 1
    size = keys.integer("pageSize", required=True, minimum=1) or 1
    if size > 200:
        raise EmuError("EMU_BATCH_LIMIT", "pageSize must be at most 200")
    skus = set(keys.strings("skuList", "mfSkuId"))
    regions = {r.lower() for r in keys.strings("serviceRegionList", "serviceRegion")}
    if not skus and not regions:
        raise invalid("one of skuList or serviceRegionList is required")
    rows = [
        row
        for (mfskuid, region), row in sorted(store.stock.items())
        if (not skus or mfskuid in skus) and (not regions or region.lower() in regions)
    ]
    return rows, number, size


def _commitments(store: Store) -> dict[str, dict[tuple[str, str], int]]:
    """Quantities held by open orders, per (SKU, warehouse)."""
    totals: dict[str, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    for order in store.outbound.values():
        if order.status in _OPEN_OUTBOUND:
            for line in order.lines:
                totals["reservedAllocated"][(line.mfskuid, order.region)] += line.quantity
    for inbound in store.inbound.values():
        for carton in inbound.cartons:
            for line in carton.lines:
                key = (line.mfskuid, inbound.region)
                if inbound.status in ("in_transit", "arrived"):
                    totals["inTransit"][key] += line.quantity
                elif inbound.status == "receiving":
                    totals["received"][key] += line.done
    for vas in store.vas.values():
        if vas.status in ("created", "processing"):
            for line in vas.lines:
                totals["reservedVAS"][(line.mfskuid, vas.region)] += line.quantity
    return totals


def stock_snapshot(world: World, req: EmuRequest) -> Reply:
    rows, number, size = _selected_rows(body_object(req.data), world.store)
    held = _commitments(world.store)
    out = []
    for row in page(rows, number, size):
        key = (row.mfskuid, row.region)
        reserved, vas = held["reservedAllocated"][key], held["reservedVAS"][key]
        blocked = reserved + vas + row.hold + row.suspend + row.unfulfillable
        out.append(
            {
                "MFSKUID": row.mfskuid,
                "serviceRegion": row.region,
                "available": max(0, row.on_hand - blocked),
                "inTransit": held["inTransit"][key],
                "received": held["received"][key],
                "reservedAllocated": reserved,
                "reservedHold": row.hold,
                "reservedVAS": vas,
                "suspend": row.suspend,
                "unfulfillable": row.unfulfillable,
            }
        )
    return Reply(payload={"SKUList": out})


def _age_buckets(row: StockRow, now: datetime) -> list[dict[str, Any]]:
    """On-hand units split by receipt age, newest receipts first (first in, first out)."""
    left = row.on_hand
    counts = dict.fromkeys((label for _, label in AGE_RANGES), 0)
    for move in reversed(row.movements):
        if left <= 0:
            break
        if move.quantity > 0 and move.reason in ("IBR", "RTN"):
            take = min(left, move.quantity)
            age = (now - move.time).days
            label = next(lbl for days, lbl in AGE_RANGES if days is None or age <= days)
            counts[label] += take
            left -= take
    counts["366+"] += max(0, left)
    return [{"ageRange": label, "quantity": qty} for label, qty in counts.items()]


def stock_age(world: World, req: EmuRequest) -> Reply:
    rows, number, size = _selected_rows(body_object(req.data), world.store)
    out = [
        {
            "MFSKUID": row.mfskuid,
            "serviceRegion": row.region,
            "totalQuantity": row.on_hand,
            "inventoryAgeList": _age_buckets(row, req.now),
        }
        for row in page(rows, number, size)
    ]
    return Reply(payload={"SKUList": out})


HANDLERS = {
    "stock.movement": stock_movement,
    "stock.snapshot": stock_snapshot,
    "stock.age": stock_age,
}
