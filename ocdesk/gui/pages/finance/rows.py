"""Fee lines and their totals as the Fee detail page shows and exports them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ocdesk.api import lenient
from ocdesk.gui.pages.stock import text
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs import paging

FEE_COLUMNS = (
    ("chargeTime", QT_TRANSLATE_NOOP("StockText", "Charged")),
    ("orderNumber", QT_TRANSLATE_NOOP("StockText", "Order number")),
    ("referenceNumber", QT_TRANSLATE_NOOP("StockText", "Reference")),
    ("orderType", QT_TRANSLATE_NOOP("StockText", "Order type")),
    ("feeType", QT_TRANSLATE_NOOP("StockText", "Fee")),
    ("amount", QT_TRANSLATE_NOOP("StockText", "Amount")),
    ("currency", QT_TRANSLATE_NOOP("StockText", "Currency")),
    ("serviceRegion", QT_TRANSLATE_NOOP("StockText", "Warehouse")),
)
TOTAL_COLUMNS = (
    ("feeType", QT_TRANSLATE_NOOP("StockText", "Fee")),
    ("currency", QT_TRANSLATE_NOOP("StockText", "Currency")),
    ("lines", QT_TRANSLATE_NOOP("StockText", "Lines")),
    ("amount", QT_TRANSLATE_NOOP("StockText", "Total")),
)


def money(value: Any) -> str:
    """An amount as text with two decimals ('-4.20'): exact, sortable, right-aligned."""
    number = value if isinstance(value, Decimal) else lenient.as_number(value)
    return "" if number is None else f"{Decimal(str(number)):.2f}"


def is_refund(row: dict[str, Any]) -> bool:
    """A negative amount: OC paying back."""
    number = lenient.as_number(lenient.get(row, "amount"))
    return number is not None and number < 0


def fee_row(row: dict[str, Any], refund_note: str) -> dict[str, Any]:
    """One fee line with codes in words, its time local and the amount as money."""
    fee = text.words(text.FEE_TYPES, lenient.get(row, "feeType")) or str(
        lenient.get(row, "feeName") or ""
    )
    return {
        "chargeTime": text.local_time(lenient.get(row, "chargeTime")),
        "orderNumber": lenient.get(row, "orderNumber"),
        "referenceNumber": lenient.get(row, "referenceNumber"),
        "orderType": text.words(text.ORDER_TYPES, lenient.get(row, "orderType")),
        "feeType": f"{fee} ({refund_note})" if is_refund(row) else fee,
        "amount": money(lenient.get(row, "amount")),
        "currency": lenient.get(row, "currency"),
        "serviceRegion": lenient.get(row, "serviceRegion"),
    }


def total_rows(rows: Iterable[dict[str, Any]], all_fees: str) -> list[dict[str, Any]]:
    """One 'all fees' row per currency first, then per (fee type, currency)."""
    rows = list(rows)
    lines: Counter[tuple[str, str]] = Counter()
    per_currency: dict[str, Decimal] = defaultdict(Decimal)
    currency_lines: Counter[str] = Counter()
    for row in rows:
        amount = lenient.as_number(lenient.get(row, "amount"))
        if amount is None:
            continue
        fee_type = str(lenient.get(row, "feeType") or "")
        currency = str(lenient.get(row, "currency") or "")
        lines[(fee_type, currency)] += 1
        currency_lines[currency] += 1
        per_currency[currency] += Decimal(str(amount))
    by_type = [
        {
            "feeType": text.words(text.FEE_TYPES, fee_type),
            "currency": currency,
            "lines": lines[(fee_type, currency)],
            "amount": money(total),
        }
        for (fee_type, currency), total in paging.fee_totals(rows).items()
    ]
    by_currency = [
        {
            "feeType": all_fees,
            "currency": currency,
            "lines": currency_lines[currency],
            "amount": money(per_currency[currency]),
        }
        for currency in sorted(per_currency)
    ]
    return by_currency + by_type
