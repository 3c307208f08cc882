"""What the scan-to-print station does with a scanned number (no widgets): label, order, or
refusal; and which printer each label type starts on."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.identifiers import IdKind, classify, normalise
from ocdesk.jobs.requests import LabelRequest, has_label, label_request, order_query, sku_query

DOUBLE_SCAN_S = 5.0
ORDER_ENDPOINT, SKU_QUERY_ENDPOINT = "outbound.query", "sku.query"


@dataclass(frozen=True)
class Plan:
    """One scan's next step: print `label`, show the order(s) `order_query` finds, or ask OC
    whether a reference is an SKU (`sku_query`). None of them: the station has nothing to do."""

    number: str
    kind: IdKind
    label: LabelRequest | None = None
    order_query: dict[str, Any] | None = None
    sku_query: dict[str, Any] | None = None


def plan_scan(text: str, sku_quantity: int = 1) -> Plan:
    """The first step for a scanned `text`. A seller's own number may be an SKU id or an order
    reference: the SKU is asked for first (a label beats a status), the order after."""
    number, kind = normalise(text), classify(text)
    if has_label(kind):
        return Plan(number, kind, label=label_request(kind, number, sku_quantity))
    if kind is IdKind.REFERENCE:
        return Plan(number, kind, sku_query=sku_query([number]))
    if kind in (IdKind.OUTBOUND, IdKind.EBAY_ORDER):
        return Plan(number, kind, order_query=order_query([number]))
    return Plan(number, kind)


def mfskuid_of(rows: list[dict[str, Any]]) -> str | None:
    """The OC SKU id of the first sku.query row, if any."""
    for row in rows:
        found = lenient.get(row, "MFSKUID", "mfSkuId", "mfskuid")
        if found:
            return str(found)
    return None


@dataclass(frozen=True)
class OrderView:
    """What the station shows of an outbound order, large."""

    number: str
    status: str
    reference: str
    tracking: tuple[str, ...]


def order_view(row: dict[str, Any]) -> OrderView:
    parcels = lenient.get(row, "trackingNumberList") or []
    tracking = []
    for parcel in parcels:
        number = lenient.get(parcel, "trackingNumber") or ""
        carrier = lenient.get(parcel, "LMCarrierName", "LMCarrierCode") or ""
        if number:
            tracking.append(f"{carrier} {number}".strip())
    return OrderView(
        number=str(lenient.get(row, "orderNumber") or ""),
        status=str(lenient.get(row, "status") or ""),
        reference=str(lenient.get(row, "referenceNumber") or ""),
        tracking=tuple(tracking),
    )


class DoubleScanGuard:
    """Remembers when each number was last scanned: a scanner that fires twice must not print
    twice. `clock` is injectable so the window can be tested without waiting."""

    def __init__(
        self, window_s: float = DOUBLE_SCAN_S, clock: Callable[[], float] = time.monotonic
    ):
        self.window_s = window_s
        self.clock = clock
        self._seen: dict[str, float] = {}

    def seconds_since(self, number: str) -> float | None:
        """Seconds since `number` was last scanned, when that is within the window; then
        records this scan. None (and recorded) for a fresh scan."""
        now = self.clock()
        last = self._seen.get(number)
        if last is not None and now - last < self.window_s:
            return now - last
        self._seen = {n: t for n, t in self._seen.items() if now - t < self.window_s}
        self._seen[number] = now
        return None


class PrinterSource(StrEnum):
    """Why the station prints a label type where it does, as the banner says it."""

    CHOSEN = "chosen"  # saved in the print settings
    LAST_USED = "last used"  # the print history's newest print of that type
    DEFAULT = "default"  # the system's default printer
    ONLY = "only"  # no default, but the computer has just one printer
    NONE = "none"  # nothing to print on: the user has to act


@dataclass(frozen=True)
class StartingPrinter:
    """Where one label type prints before anyone pressed F2, and why."""

    label_type: str
    printer: str | None
    source: PrinterSource
    printers_found: int = 0  # how many the system offers, for the words when there is none


def starting_printer(
    label_type: str,
    *,
    chosen: str | None,
    last_used: str | None,
    default: str | None,
    available: list[str],
) -> StartingPrinter:
    """The printer a scan of `label_type` uses: the one chosen (in the print settings), else
    the last one used (if it is still there), else the system default, else the only printer."""
    if chosen:
        # The station saves where it printed, so a saved choice is often just the last one used.
        source = PrinterSource.LAST_USED if chosen == last_used else PrinterSource.CHOSEN
        return StartingPrinter(label_type, chosen, source, len(available))
    if last_used and last_used in available:
        return StartingPrinter(label_type, last_used, PrinterSource.LAST_USED, len(available))
    if default:
        return StartingPrinter(label_type, default, PrinterSource.DEFAULT, len(available))
    if len(available) == 1:
        return StartingPrinter(label_type, available[0], PrinterSource.ONLY, 1)
    return StartingPrinter(label_type, None, PrinterSource.NONE, len(available))
