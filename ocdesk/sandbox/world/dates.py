"""OC's date formats as the sandbox reads and writes them, and the query-window checks (E8)."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from ocdesk.sandbox.core import EmuError
from ocdesk.sandbox.keys import Keys, invalid

# OC's servers speak China time; the sandbox writes its dates the same way.
OC_TZ = timezone(timedelta(hours=8))
WINDOW = "EMU_WINDOW"
SPAN_MESSAGE = "Duration between endTime and startTime should be less than 7days"
LOOKBACK_MESSAGE = "Query timeslot is only valid for the last 12 months."


def fmt(moment: datetime | None) -> str | None:
    """`2025-03-11T10:15:00+0800`, or None for no date."""
    if moment is None:
        return None
    return moment.astimezone(OC_TZ).strftime("%Y-%m-%dT%H:%M:%S%z")


def fmt_date(day: date) -> str:
    """Date-only form `2025-12-27+0800`."""
    return day.strftime("%Y-%m-%d") + "+0800"


def epoch_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def parse(value: Any) -> datetime | None:
    """A date-time, date-only value or epoch-ms number; None when it is none of these."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
        return datetime.fromtimestamp(int(value) / 1000, UTC)
    text = str(value).strip().replace(" ", "+")  # a `+` that a query string turned into a space
    for pattern in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d%z", "%Y-%m-%dT%H:%M:%S.%f%z"):
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read(keys: Keys, name: str, *, required: bool = False) -> datetime | None:
    """A date field of a request, refused (E12) when present but unreadable."""
    raw = keys.get(name)
    moment = parse(raw)
    if moment is None and raw not in (None, ""):
        raise invalid(f"{keys.field(name)} is not a valid date: {raw}")
    if moment is None and required:
        raise invalid(f"{keys.field(name)} is required")
    return moment


def _missing(keys: Keys, name: str) -> datetime:
    raise invalid(f"{keys.field(name)} is required")


def months_ago(now: datetime, months: int) -> datetime:
    """The same wall-clock moment `months` calendar months earlier (day clamped to the month)."""
    total = now.year * 12 + now.month - 1 - months
    year, month = divmod(total, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return now.replace(year=year, month=month + 1, day=min(now.day, last_day))


def window(
    keys: Keys, now: datetime, *, max_days: float = 7, inclusive: bool = False
) -> tuple[datetime, datetime]:
    """Check and return (start, end) of a query window; a missing end means now (E8)."""
    start = read(keys, "startTime") or _missing(keys, "startTime")
    end = read(keys, "endTime") or now
    if start < months_ago(now, 12):
        raise EmuError(WINDOW, LOOKBACK_MESSAGE)
    span = end - start
    limit = timedelta(days=max_days)
    if span > limit or (span == limit and not inclusive):
        message = (
            SPAN_MESSAGE if max_days == 7 else f"The time window must not exceed {max_days:g} days"
        )
        raise EmuError(WINDOW, message)
    if end < start:
        raise invalid("endTime is before startTime")
    return start, end
