"""Status changes and what they set off: tracking, fees, stock movements and webhook events."""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from ocdesk.sandbox.world.dates import fmt
from ocdesk.sandbox.world.model import (
    INBOUND_FLOW,
    OUTBOUND_FLOW,
    RETURN_FLOW,
    VAS_FLOW,
    Inbound,
    Outbound,
    ReturnOrder,
    VasOrder,
    country_of,
    currency_of,
)
from ocdesk.sandbox.world.pricing import order_fee, stable_rng
from ocdesk.sandbox.world.store import Store
from ocdesk.sandbox.world.views import outbound_row

# Last-mile carriers per country: (code, name, tracking prefix, digits).
CARRIERS: dict[str, tuple[tuple[str, str, str, int], ...]] = {
    "GB": (("XDP", "XDP", "ZDBBXK", 10), ("RM", "Royal Mail", "RM", 11)),
    "DE": (("DHL", "DHL", "00340434", 12), ("GLS", "GLS", "GLS", 11)),
    "AU": (("AUP", "Australia Post", "AP", 12), ("PFL", "PFL", "PFL", 10)),
    "US": (("UPS", "UPS", "1Z", 16), ("USPS", "USPS", "9400", 18)),
}
_SURCHARGE_ODDS = (
    ("REMOTE_SURCHARGE", 0.05),
    ("CONGESTION_SURCHARGE", 0.05),
    ("BULKY_SURCHARGE", 0.05),
    ("PEAK_SURCHARGE", 0.08),
    ("HOME_DELIVERY_SURCHARGE", 0.05),
)


def set_outbound(store: Store, order: Outbound, status: str, when: datetime) -> None:
    """Move an outbound order to `status`, with its side effects, and queue a §10.1 event."""
    order.status, order.changed = status, when
    if status in ("packed", "shipped") and not order.tracking:
        code, name, prefix, digits = store.rng.choice(CARRIERS[country_of(order.region)])
        order.tracking = store.ids.serial(prefix, digits)
        order.carrier = (code, name)
    if status == "shipped":
        _ship(store, order, when)
    if store.record_events:
        event = outbound_row(order)
        event.update(eventId=str(uuid.uuid4()), status=status, eventTime=fmt(when))
        store.events.append(event)


def _ship(store: Store, order: Outbound, when: datetime) -> None:
    order.shipped = when
    order.fee_actual = (
        order.fee_estimate
        if order.third_party
        else order_fee(order.order_number, order.weight_g)[1]
    )
    for line in order.lines:
        store.move_stock(
            line.mfskuid, order.region, -line.quantity, "OEH", order.order_number, when
        )
    currency = currency_of(order.region)

    def charge(fee_type: str, amount: float) -> None:
        store.add_fee(
            order.order_number,
            order.reference,
            "OUTBOUND",
            fee_type,
            amount,
            currency,
            order.region,
            when,
        )

    charge("FULFILLMENT", order.fee_actual)
    charge("PACKAGING", 0.35)
    rng = stable_rng(order.order_number, "surcharges")
    for fee_type, odds in _SURCHARGE_ODDS:
        if rng.random() < odds:
            charge(fee_type, rng.uniform(0.2, 2.5))


def set_inbound(store: Store, order: Inbound, status: str, when: datetime) -> None:
    order.status, order.changed = status, when
    if status == "in_transit" and not order.asn_numbers:
        order.asn_numbers.append(store.ids.serial("ASN", 8))
        order.booking_number = store.ids.serial("BK", 10)
    elif status == "arrived":
        order.arrival = when
    elif status in ("receiving", "completed"):
        _receive(store, order, status, when)


def _receive(store: Store, order: Inbound, status: str, when: datetime) -> None:
    """Receiving counts half the units in; completion puts every unit away into stock."""
    complete = status == "completed"
    for carton in order.cartons:
        for line in carton.lines:
            line.done = line.quantity if complete else line.quantity // 2
            if complete:
                store.move_stock(
                    line.mfskuid, order.region, line.quantity, "IBR", order.inbound_number, when
                )
    if status == "completed":
        amount = 0.45 * sum(ln.quantity for c in order.cartons for ln in c.lines)
        store.add_fee(
            order.inbound_number,
            order.seller_number,
            "INBOUND",
            "INBOUND_HANDLING",
            amount,
            currency_of(order.region),
            order.region,
            when,
        )


def set_return(store: Store, order: ReturnOrder, status: str, when: datetime) -> None:
    order.status, order.changed = status, when
    if status == "label_issued" and not order.tracking:
        code, name, prefix, digits = CARRIERS[country_of(order.region)][0]
        order.carrier, order.tracking = name, store.ids.serial(prefix, digits)
    elif status == "received":
        for item in order.items:
            item.received, item.received_time = item.quantity, when
    elif status == "inspected":
        for item in order.items:
            item.condition = "SELLABLE" if store.rng.random() < 0.8 else "UNSELLABLE"
    elif status == "completed":
        _restock(store, order, when)


def _restock(store: Store, order: ReturnOrder, when: datetime) -> None:
    for item in order.items:
        if item.mfskuid and item.condition == "SELLABLE":
            store.move_stock(
                item.mfskuid, order.region, item.received, "RTN", order.order_number, when
            )
    store.add_fee(
        order.order_number,
        order.reference,
        "RETURN",
        "RETURN_HANDLING",
        1.5 * len(order.items),
        currency_of(order.region),
        order.region,
        when,
    )


def set_vas(store: Store, order: VasOrder, status: str, when: datetime) -> None:
    order.status, order.changed = status, when
    for line in order.lines:
        line.done = line.quantity if status == "completed" else line.done
    if status == "completed":
        order.completed = when
        order.fee = round(0.3 * sum(ln.quantity for ln in order.lines), 2)
        store.add_fee(
            order.vas_number,
            order.seller_number,
            "VAS",
            "VAS",
            order.fee,
            currency_of(order.region),
            order.region,
            when,
        )


Setter = Callable[[Store, Any, str, datetime], None]
FLOWS: dict[type, tuple[tuple[str, ...], Setter]] = {
    Outbound: (OUTBOUND_FLOW, set_outbound),
    Inbound: (INBOUND_FLOW, set_inbound),
    ReturnOrder: (RETURN_FLOW, set_return),
    VasOrder: (VAS_FLOW, set_vas),
}


def moving(order: Any) -> bool:
    """True while an order can still take a step along its normal flow."""
    return order.status in FLOWS[type(order)][0][:-1]


def advance(store: Store, live: list[Any], now: datetime, step_s: float) -> list[Any]:
    """Walk API-created orders along their flows, one step per `step_s`; return those still moving.

    Each step is dated `step_s` after the order's previous change and all due steps are applied
    oldest first, so a big clock jump replays history in order (stock ledgers stay sorted).
    """
    if step_s <= 0:
        return live
    step = timedelta(seconds=step_s)
    due = [(o.changed + step, i, o) for i, o in enumerate(live) if moving(o)]
    heapq.heapify(due)
    while due and due[0][0] <= now:
        when, index, order = heapq.heappop(due)
        flow, setter = FLOWS[type(order)]
        setter(store, order, flow[flow.index(order.status) + 1], when)
        if moving(order):
            heapq.heappush(due, (when + step, index, order))
    return [o for o in live if moving(o)]
