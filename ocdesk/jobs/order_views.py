"""The saved views of the outbound orders list: which orders each one holds (no widgets).

Statuses are OC's outbound statuses (docs/OC-API.md, "Outbound order status"). "Label not
printed" needs the numbers this desk has printed a label for (the print history), read by the
caller off the GUI thread and passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.dates import parse_datetime

ALL = "all"
EXCEPTIONS = "exceptions"
AWAITING_PICK = "awaiting_pick"
LABEL_NOT_PRINTED = "label_not_printed"
SHIPPED_TODAY = "shipped_today"
VIEW_KEYS = (ALL, EXCEPTIONS, AWAITING_PICK, LABEL_NOT_PRINTED, SHIPPED_TODAY)

# Accepted by OC or released to the warehouse, and not yet picked.
BEFORE_PICK = frozenset({"created", "processing"})


@dataclass(frozen=True)
class Facts:
    """What a view judges besides the order itself: the day, and the numbers printed here."""

    today: date
    printed: Collection[str] = ()


def status(row: dict[str, Any]) -> str:
    return str(lenient.get(row, "status") or "").lower()


def order_numbers(row: dict[str, Any]) -> list[str]:
    """The numbers a label of this order may be filed under: its OC number and tracking numbers."""
    numbers = [str(lenient.get(row, "orderNumber") or "")]
    for parcel in lenient.get(row, "trackingNumberList") or []:
        numbers.append(str(lenient.get(parcel, "trackingNumber") or ""))
    return [n for n in numbers if n]


def shipped_on(row: dict[str, Any]) -> date | None:
    """The local day the order shipped; None before it shipped or when OC's time is unreadable."""
    value = lenient.get(row, "shippedTime")
    if value in (None, "") or status(row) != "shipped":
        return None
    try:
        return parse_datetime(value).astimezone().date()
    except ValueError:
        return None


def _label_not_printed(row: dict[str, Any], facts: Facts) -> bool:
    if status(row) == "cancelled":
        return False
    return not any(number in facts.printed for number in order_numbers(row))


_TESTS: dict[str, Callable[[dict[str, Any], Facts], bool]] = {
    ALL: lambda _row, _facts: True,
    EXCEPTIONS: lambda row, _facts: status(row) == "exception",
    AWAITING_PICK: lambda row, _facts: status(row) in BEFORE_PICK,
    LABEL_NOT_PRINTED: _label_not_printed,
    SHIPPED_TODAY: lambda row, facts: shipped_on(row) == facts.today,
}


def in_view(key: str, row: dict[str, Any], facts: Facts) -> bool:
    """Whether the view `key` holds this order (an unknown key holds every order)."""
    return _TESTS.get(key, _TESTS[ALL])(row, facts)


def rows_in_view(key: str, rows: Iterable[dict[str, Any]], facts: Facts) -> list[dict[str, Any]]:
    return [row for row in rows if in_view(key, row, facts)]


def view_counts(rows: Sequence[dict[str, Any]], facts: Facts) -> dict[str, int]:
    """How many of `rows` each view holds."""
    return {key: len(rows_in_view(key, rows, facts)) for key in VIEW_KEYS}
