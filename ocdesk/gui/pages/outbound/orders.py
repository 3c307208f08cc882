"""Outbound orders as a desk user reads them: queries by pasted numbers, rows for the table, status pills."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ocdesk.api import lenient
from ocdesk.api.batches import chunks
from ocdesk.api.dates import parse_datetime
from ocdesk.api.identifiers import IdKind, classify, normalise
from ocdesk.gui.statuses import status_text
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.base import Call, Cancelled, Progress, stopped, tell
from ocdesk.jobs.requests import order_query

IDS_PER_CALL = 100
RAW = "_raw"  # the row as OC sent it, kept beside the columns shown


def id_lines(text: str) -> list[str]:
    """The numbers in pasted text: one per line (or separated by commas, tabs or spaces)."""
    found: dict[str, None] = {}
    for line in text.replace(",", "\n").replace("\t", "\n").splitlines():
        cleaned = normalise(line)
        if cleaned:
            found.setdefault(cleaned, None)
    return list(found)


def orders_by_ids(
    call: Call,
    numbers: Sequence[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[dict[str, Any]]:
    """The orders these numbers name, in chunks of IDS_PER_CALL; each order once."""
    found: dict[str, dict[str, Any]] = {}
    groups = chunks(list(numbers), IDS_PER_CALL)
    asking = QCoreApplication.translate("OutboundOrders", "Asking OC for {count} numbers")
    for done, group in enumerate(groups):
        if stopped(cancelled):
            break
        tell(progress, done, len(groups), asking.format(count=len(group)))
        for row in call("outbound.query", order_query(group)).rows():
            found.setdefault(str(lenient.get(row, "orderNumber") or len(found)), row)
    tell(progress, len(groups), len(groups), QCoreApplication.translate("OutboundOrders", "Done"))
    return list(found.values())


def missing_numbers(numbers: Sequence[str], orders: Sequence[dict[str, Any]]) -> list[str]:
    """Order numbers and references asked for that no order carries (eBay ids are not echoed)."""
    known = set()
    for row in orders:
        known.add(str(lenient.get(row, "orderNumber") or ""))
        known.add(str(lenient.get(row, "referenceNumber") or ""))
    return [n for n in numbers if classify(n) is not IdKind.EBAY_ORDER and n not in known]


def short_time(value: Any) -> str:
    """OC's time as `2025-03-11 10:15` in the desk's zone: readable, and it sorts as text."""
    if value in (None, ""):
        return ""
    try:
        return parse_datetime(value).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(value)


def _parcels(row: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in lenient.get(row, "trackingNumberList") or [] if isinstance(p, dict)]


def _fees(parcels: list[dict[str, Any]]) -> str:
    totals: dict[str, float] = {}
    for parcel in parcels:
        amount = lenient.as_number(lenient.get(parcel, "feeAmount"))
        if amount is not None:
            currency = str(lenient.get(parcel, "feeAmountCurrency") or "")
            totals[currency] = totals.get(currency, 0.0) + float(amount)
    return ", ".join(f"{amount:.2f} {currency}".strip() for currency, amount in totals.items())


def _units(parcels: list[dict[str, Any]]) -> int:
    return sum(
        int(lenient.as_number(lenient.get(sku, "SKUQuantity")) or 0)
        for parcel in parcels
        for sku in lenient.get(parcel, "SKUList") or []
    )


COLUMNS = (
    QT_TRANSLATE_NOOP("OutboundOrders", "Order number"),
    QT_TRANSLATE_NOOP("OutboundOrders", "Reference"),
    QT_TRANSLATE_NOOP("OutboundOrders", "Status"),
    QT_TRANSLATE_NOOP("OutboundOrders", "Region"),
    QT_TRANSLATE_NOOP("OutboundOrders", "Created"),
    QT_TRANSLATE_NOOP("OutboundOrders", "Shipped"),
    QT_TRANSLATE_NOOP("OutboundOrders", "Tracking"),
    QT_TRANSLATE_NOOP("OutboundOrders", "Carrier"),
    QT_TRANSLATE_NOOP("OutboundOrders", "Fees"),
    QT_TRANSLATE_NOOP("OutboundOrders", "Units"),
)


def column_titles() -> list[str]:
    """The table's column titles in the user's language."""
    return [QCoreApplication.translate("OutboundOrders", name) for name in COLUMNS]


def table_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the orders table shows of each order, under the translated column titles."""
    titles = column_titles()  # once: a table of 100,000 orders would translate a million times
    return [{**dict(zip(titles, _shown_values(row), strict=True)), RAW: row} for row in rows]


def _shown_values(row: dict[str, Any]) -> tuple[Any, ...]:
    """One order's cells, in the order of COLUMNS."""
    parcels = _parcels(row)
    carriers = dict.fromkeys(str(lenient.get(p, "LMCarrierName", "LMCarrierCode") or "")
                             for p in parcels)  # fmt: skip
    return (
        lenient.get(row, "orderNumber") or "",
        lenient.get(row, "referenceNumber") or "",
        status_text(str(lenient.get(row, "status") or "")),
        lenient.get(row, "serviceRegion") or "",
        short_time(lenient.get(row, "orderCreationTime")),
        short_time(lenient.get(row, "shippedTime")),
        ", ".join(str(lenient.get(p, "trackingNumber") or "") for p in parcels),
        ", ".join(c for c in carriers if c),
        _fees(parcels),
        _units(parcels) or "",
    )


def period_text(start: datetime, end: datetime) -> str:
    return f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"
