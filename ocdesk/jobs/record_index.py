"""Fill and refresh the local index of recent outbound orders and returns (store/record_index.py).

OC can only list orders and returns by when they were created; it has no "changed since" query
and no search by tracking number. So:

- The first fill reads everything created in the last `HORIZON` (90 days): outbound orders in
  OC's 7-day query windows (a window at OC's 1,000-order cap is split), returns in one paged
  query (their endpoint has no window limit).
- Every later refresh reads only what it must: what was created since the last refresh ended
  (less `OVERLAP`, for orders OC records a moment late), plus the recent past whose statuses may
  still move. That starts at the oldest record of the last `RECHECK` days whose status was not
  final (shipped or cancelled; completed or cancelled) at the last refresh: a status can only be
  seen to move by reading its creation window again, and final statuses never move. Records
  older than `RECHECK` are not re-read each time (one order stuck in "exception" for weeks would
  make every refresh read weeks of orders); the lookup asks OC for every record it finds anyway,
  so what the desk sees is never stale.
- Records created before the horizon are dropped.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ocdesk.api import dates, lenient
from ocdesk.api.identifiers import IdKind
from ocdesk.jobs.base import Call, Cancelled, Progress, stopped
from ocdesk.jobs.paging import all_pages
from ocdesk.jobs.windows import outbound_orders_between, window_data
from ocdesk.store.profiles import Profile
from ocdesk.store.record_index import IndexedRecord, IndexState, RecordIndex
from ocdesk.store.sql import Store

HORIZON = timedelta(days=90)
RECHECK = {IdKind.OUTBOUND: timedelta(days=14), IdKind.RETURN: timedelta(days=30)}
OVERLAP = timedelta(minutes=10)
FINAL = {IdKind.OUTBOUND: ("shipped", "cancelled"), IdKind.RETURN: ("completed", "cancelled")}
INDEXED = tuple(FINAL)  # the kinds of record the index holds
RETURNS_PAGE = 200  # returns.orders' largest page


@dataclass(frozen=True)
class Refreshed:
    """The index after a refresh; `first` when it was the first fill."""

    state: IndexState
    first: bool
    note: str = ""  # outbound windows OC capped, in words ("" when none)


def index_for(db: Store, profile: Profile) -> RecordIndex:
    """The index of a session's profile in `db`."""
    return RecordIndex(db, profile.name, profile.base_url)


def refresh(
    call: Call,
    index: RecordIndex,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Refreshed | None:
    """Bring the index up to date (see the module text); None when cancelled on the way.

    An OcError is raised as it comes and the index keeps what it had: the next refresh reads
    the same range again.
    """
    # OC's times are whole seconds: reading up to the next one includes this second's orders.
    now = (now or datetime.now().astimezone()).replace(microsecond=0) + timedelta(seconds=1)
    state = index.begin()
    horizon = now - HORIZON
    starts = {kind: _read_from(index, state, kind, now) for kind in INDEXED}
    orders = outbound_orders_between(
        call, starts[IdKind.OUTBOUND], now, progress=progress, cancelled=cancelled
    )
    returns = all_pages(
        call, "returns.orders", window_data({}, (starts[IdKind.RETURN], now)),
        size=RETURNS_PAGE, progress=progress, cancelled=cancelled,
    )  # fmt: skip
    if stopped(cancelled):
        return None
    seen = time.time()
    index.keep(records(IdKind.OUTBOUND, orders.rows, seen))
    index.keep(records(IdKind.RETURN, returns, seen))
    index.finish(horizon.timestamp(), now.timestamp(), seen)
    final = index.state()
    assert final is not None
    return Refreshed(final, state is None, orders.message)


def _read_from(
    index: RecordIndex, state: IndexState | None, kind: IdKind, now: datetime
) -> datetime:
    horizon = now - HORIZON
    if state is None:
        return horizon
    new_since = state.created_until - OVERLAP.total_seconds()
    oldest_open = index.open_since(kind, FINAL[kind], (now - RECHECK[kind]).timestamp())
    start = min(new_since, oldest_open) if oldest_open is not None else new_since
    return max(datetime.fromtimestamp(start, now.tzinfo), horizon)


def records(kind: IdKind, rows: Iterable[dict[str, Any]], seen_at: float) -> list[IndexedRecord]:
    """Index records of OC rows of `kind` (outbound.query or returns.orders rows)."""
    return [record(kind, row, seen_at) for row in rows if lenient.get(row, "orderNumber")]


def record(kind: IdKind, row: dict[str, Any], seen_at: float) -> IndexedRecord:
    """One OC row as the index keeps it: its numbers, status and creation time."""
    created = _created(row)
    return IndexedRecord(
        kind=str(kind),
        number=_text(row, "orderNumber"),
        status=_text(row, "status"),
        reference=_text(row, "referenceNumber"),
        ebay_order_id=_text(row, "ebayOrderId"),
        tracking=tracking_numbers(row),
        created_at=created.timestamp() if created is not None else None,
        seen_at=seen_at,
        body=row,
    )


def tracking_numbers(row: dict[str, Any]) -> tuple[str, ...]:
    """An order's parcel tracking numbers, or a return's own tracking number."""
    parcels = lenient.get(row, "trackingNumberList") or []
    numbers = [lenient.get(p, "trackingNumber") for p in parcels if isinstance(p, dict)]
    numbers.append(lenient.get(row, "trackingNumber"))
    return tuple(dict.fromkeys(str(n).strip() for n in numbers if n not in (None, "")))


def _created(row: dict[str, Any]) -> datetime | None:
    value = lenient.get(row, "orderCreationTime", "createTime")
    try:
        return dates.parse_datetime(value) if value not in (None, "") else None
    except ValueError:
        return None


def _text(row: dict[str, Any], key: str) -> str:
    value = lenient.get(row, key)
    return "" if value is None else str(value).strip()
