"""A year of seeded demo business, replayed in time order so every side effect lines up."""

from __future__ import annotations

import functools
import random
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from ocdesk.sandbox.world.dates import fmt_date
from ocdesk.sandbox.world.model import (
    FEE_TYPES,
    INBOUND_FLOW,
    OUTBOUND_FLOW,
    REGIONS,
    RETURN_FLOW,
    VAS_TYPES,
    Carton,
    Inbound,
    Line,
    Outbound,
    ReturnItem,
    ReturnOrder,
    Sku,
    VasOrder,
    country_of,
    currency_of,
)
from ocdesk.sandbox.world.orders import new_outbound
from ocdesk.sandbox.world.progress import FLOWS
from ocdesk.sandbox.world.seed_skus import (
    CITIES,
    FIRST_NAMES,
    LAST_NAMES,
    STREETS,
    pick_region,
    seed_skus,
    skus_by_region,
)
from ocdesk.sandbox.world.services import SERVICES
from ocdesk.sandbox.world.store import Store

Action = Callable[[], None]
Order = Outbound | Inbound | ReturnOrder | VasOrder
_FEE_ORDER_TYPE = {
    "INBOUND_HANDLING": "INBOUND",
    "RETURN_HANDLING": "RETURN",
    "VAS": "VAS",
    "STORAGE": "STORAGE",
}
_REASONS = (
    "Item not as described",
    "Changed mind",
    "Arrived damaged",
    "Wrong size",
    "Does not work",
)


class Seeder:
    """Plans every record's history as timed steps, then plays them back oldest first."""

    def __init__(self, store: Store, now: datetime) -> None:
        self.store, self.now, self.rng = store, now, store.rng
        self.steps: list[tuple[datetime, int, Action]] = []
        self.demand: dict[tuple[str, str], int] = defaultdict(int)
        self.shipped: list[Outbound] = []  # will have shipped a while ago: returns refer to them

    def at(self, when: datetime, action: Action) -> None:
        self.steps.append((when, len(self.steps), action))

    def move(self, when: datetime, key: tuple[str, str], qty: int, reason: str, order: str) -> None:
        self.at(when, functools.partial(self.store.move_stock, *key, qty, reason, order, when))

    def days_ago(self, low: float, high: float) -> datetime:
        return self.now - timedelta(days=self.rng.uniform(low, high))

    def history(self, order: Order, path: tuple[str, ...], gap_hours: tuple[float, float]) -> None:
        """Schedule `order` to walk `path` (after its first status), fitted before now."""
        gaps = [self.rng.uniform(*gap_hours) for _ in path[1:]]
        room = (self.now - order.created).total_seconds() / 3600 * 0.95
        scale = min(1.0, room / sum(gaps)) if gaps else 1.0
        setter = FLOWS[type(order)][1]
        when = order.created
        for status, gap in zip(path[1:], gaps, strict=True):
            when += timedelta(hours=gap * scale)
            self.at(when, functools.partial(setter, self.store, order, status, when))

    def play(self) -> None:
        self.steps.sort(key=lambda step: (step[0], step[1]))
        for _, _, action in self.steps:
            action()


def _path(flow: tuple[str, ...], target: str, via: int) -> tuple[str, ...]:
    """The statuses up to `target`; off-flow targets branch off after `via` steps."""
    if target in flow:
        return flow[: flow.index(target) + 1]
    return (*flow[:via], target)


def _outbound_target(rng: random.Random, age_days: float) -> str:
    if age_days < 2:
        return rng.choice((*OUTBOUND_FLOW, "exception"))
    roll = rng.random()
    return "shipped" if roll < 0.88 else "cancelled" if roll < 0.95 else "exception"


def _consignee(rng: random.Random, region: str) -> dict[str, str]:
    country = country_of(region)
    city, zip_code = rng.choice(CITIES[country])
    return {
        "consigneeName": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        "consigneeAddress1": f"{rng.randint(1, 240)} {rng.choice(STREETS)}",
        "consigneeCity": city,
        "consigneeZipCode": zip_code,
        "consigneeCountryCode": country,
    }


def _outbound(seeder: Seeder, index: int, stock: dict[str, list[Sku]]) -> None:
    rng, store = seeder.rng, seeder.store
    region = pick_region(rng)
    created = seeder.days_ago(0.02, 90)
    lines = [
        Line(sku.mfskuid, rng.randint(1, 3)) for sku in rng.sample(stock[region], rng.randint(1, 2))
    ]
    weight = sum(store.skus[ln.mfskuid].extra["weight"] * ln.quantity for ln in lines)
    order = new_outbound(
        store, region, f"#{10001 + index}", created, lines, weight, service_code=SERVICES[region][0]
    )
    order.consignee = _consignee(rng, region)
    kind = rng.random()
    if kind < 0.3:
        order.platform = "eBay"
        order.ebay_id = f"buyer_{rng.randint(1000, 9999)}"
        order.ebay_order_id = (
            f"{rng.randint(1, 28):02d}-{rng.randint(0, 99999):05d}-{rng.randint(0, 99999):05d}"
        )
        order.auto_ef = rng.random() < 0.3
        order.reference = "" if order.auto_ef else order.reference
    elif kind < 0.6:
        order.platform = rng.choice(("AliExpress", "Shopify", "Amazon"))
    store.add_outbound(order)
    target = _outbound_target(rng, (seeder.now - created).total_seconds() / 86400)
    if target == "shipped":
        for line in lines:
            seeder.demand[(line.mfskuid, region)] += line.quantity
        if created < seeder.now - timedelta(days=8):
            seeder.shipped.append(order)
    seeder.history(order, _path(OUTBOUND_FLOW, target, rng.choice((1, 2))), (0.3, 12))


def _inbound(seeder: Seeder, index: int, stock: dict[str, list[Sku]]) -> None:
    rng, store = seeder.rng, seeder.store
    region = pick_region(rng)
    target = (*INBOUND_FLOW, "cancelled")[index % 6]
    created = seeder.days_ago(2, 8) if target == "created" else seeder.days_ago(3, 200)
    cartons = []
    for carton_index in range(rng.randint(1, 4)):
        skus = rng.sample(stock[region], min(len(stock[region]), rng.randint(1, 3)))
        number = f"C{carton_index + 1:03d}"
        cartons.append(
            Carton(
                number,
                number,
                [Line(s.mfskuid, rng.randint(10, 80)) for s in skus],
                origin="CN",
                label_size="2",
            )
        )
    order = Inbound(
        store.ids.inbound(region),
        f"PO-{2400 + index}",
        region,
        "created",
        created,
        created,
        cartons,
        shipping_method=rng.choice(("TK", "EX")),
        transport_method=rng.choice(("OF", "AF", "RF", "TK")),
        eta=fmt_date((created + timedelta(days=rng.randint(15, 40))).date()),
        need_clearance=rng.random() < 0.4,
    )
    if order.need_clearance:
        order.files.append(
            {
                "fileName": "packing-list.PDF",
                "fileType": "PL",
                "file": "",
                "verifyStatus": rng.choice(("pending", "passed", "failed")),
                "failReason": "",
            }
        )
    store.add_inbound(order)
    seeder.history(order, _path(INBOUND_FLOW, target, 1), (4, 200))


def _return(seeder: Seeder, index: int) -> None:
    rng, store = seeder.rng, seeder.store
    target = (*RETURN_FLOW, "cancelled")[index % 7]
    original = rng.choice(seeder.shipped)
    created = max(original.created + timedelta(days=4), seeder.days_ago(1, 60))
    items = [
        ReturnItem(
            store.ids.serial("RI", 10),
            line.mfskuid,
            store.skus[line.mfskuid].seller_sku,
            line.quantity,
        )
        for line in original.lines
    ]
    if rng.random() < 0.12:
        items.append(ReturnItem(store.ids.serial("RI", 10), None, None, 1))
    order = ReturnOrder(
        store.ids.return_order(original.region),
        f"RMA-{5001 + index}",
        original.region,
        "created",
        created,
        created,
        items,
        original_order=original.order_number,
        ebay_order_id=original.ebay_order_id,
        reason=rng.choice(_REASONS),
        buyer=original.consignee.get("consigneeName", ""),
    )
    store.add_return(order)
    seeder.history(order, _path(RETURN_FLOW, target, rng.choice((1, 2))), (6, 60))


def _vas(seeder: Seeder, index: int, stock: dict[str, list[Sku]]) -> None:
    rng, store = seeder.rng, seeder.store
    region = rng.choice(("DE", "UK", "AU"))
    target = ("created", "processing", "completed", "cancelled", "exception")[index % 5]
    created = seeder.days_ago(0.5, 10) if target == "created" else seeder.days_ago(3, 120)
    skus = rng.sample(stock[region], 2)
    order = VasOrder(
        store.ids.vas(region),
        f"VAS-{3001 + index}",
        region,
        VAS_TYPES[index % 5],
        "created",
        created,
        created,
        [Line(s.mfskuid, rng.randint(10, 60)) for s in skus],
        remark="demo work order",
    )
    store.add_vas(order)
    seeder.history(
        order, _path(("created", "processing", "completed"), target, index % 2 + 1), (6, 72)
    )


def _background(seeder: Seeder, stock: dict[str, list[Sku]]) -> None:
    """Older stock history per (SKU, warehouse): sales, restocks and stock-take adjustments."""
    rng, ids = seeder.rng, seeder.store.ids
    for region, skus in stock.items():
        for sku in skus:
            key = (sku.mfskuid, region)
            for _ in range(rng.randint(3, 8)):
                qty = rng.randint(1, 3)
                seeder.demand[key] += qty
                seeder.move(seeder.days_ago(91, 355), key, -qty, "OEH", ids.outbound(region))
            for _ in range(rng.randint(1, 2)):
                qty = rng.randint(20, 90)
                seeder.move(seeder.days_ago(30, 350), key, qty, "IBR", ids.inbound(region))
            for _ in range(rng.randint(0, 2)):
                qty = rng.choice((-2, -1, 1, 2))
                seeder.demand[key] += max(0, -qty)
                seeder.move(seeder.days_ago(1, 355), key, qty, "ADJ", "")
            row = seeder.store.stock_row(*key)
            row.hold, row.suspend = rng.choice((0, 0, 0, 1, 2)), rng.choice((0, 0, 0, 0, 1))
            row.unfulfillable = rng.choice((0, 0, 1, 2))


def _opening_stock(seeder: Seeder) -> None:
    """A first receipt per (SKU, warehouse) big enough that no later sale runs short."""
    for key, demand in seeder.demand.items():
        qty = demand + seeder.rng.randint(20, 150)
        seeder.move(seeder.days_ago(356, 362), key, qty, "IBR", seeder.store.ids.inbound(key[1]))


def _monthly_fees(seeder: Seeder) -> None:
    """Storage per warehouse each month, plus one line of every fee type each month."""
    store, rng = seeder.store, seeder.rng
    orders_by_type: dict[str, Mapping[str, Order]] = {
        "OUTBOUND": store.outbound,
        "INBOUND": store.inbound,
        "RETURN": store.returns,
        "VAS": store.vas,
    }
    for month in range(12):
        for region in REGIONS:
            when = seeder.days_ago(month * 30 + 1, month * 30 + 2)
            store.add_fee(
                "", "", "STORAGE", "STORAGE", rng.uniform(5, 80), currency_of(region), region, when
            )
        for fee_type in FEE_TYPES:
            order_type = _FEE_ORDER_TYPE.get(fee_type, "OUTBOUND")
            # A real order of that kind, so every number on a fee line can be looked up.
            orders = orders_by_type.get(order_type)
            number = rng.choice(sorted(orders)) if orders else ""
            region = orders[number].region if orders else pick_region(rng)
            store.add_fee(
                number,
                "",
                order_type,
                fee_type,
                rng.uniform(0.3, 30),
                currency_of(region),
                region,
                seeder.days_ago(month * 30, month * 30 + 29),
            )


def seed(store: Store, now: datetime) -> None:
    """Fill `store` with a deterministic demo year ending at `now`."""
    seed_skus(store, now)
    stock = skus_by_region(store)
    seeder = Seeder(store, now)
    for index in range(1100):
        _outbound(seeder, index, stock)
    for index in range(36):
        _inbound(seeder, index, stock)
    for index in range(12):
        _vas(seeder, index, stock)
    for index in range(63):
        _return(seeder, index)
    _background(seeder, stock)
    _opening_stock(seeder)
    store.record_events = False
    seeder.play()
    _monthly_fees(seeder)
    store.fees.sort(key=lambda fee: fee.charged)
    store.record_events = True
