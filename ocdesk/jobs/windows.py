"""Any date range against OC's short query windows: split, fetch concurrently, merge, de-duplicate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ocdesk.api import catalog, dates, lenient
from ocdesk.api.batches import chunks
from ocdesk.api.errors import FieldProblem, ValidationError
from ocdesk.api.result import OcResult
from ocdesk.api.text import translate
from ocdesk.jobs.base import Call, Cancelled, Progress
from ocdesk.jobs.concurrent import MAX_WORKERS, RowsOf, fetch_many

Window = tuple[datetime, datetime]

_MOVEMENT = catalog.get("stock.movement")
_OUTBOUND = catalog.get("outbound.query")
MOVEMENT_SKUS_PER_CALL = _MOVEMENT.item_limit("mfSkuList")
OUTBOUND_CAP = _OUTBOUND.row_cap or 0
OUTBOUND_WINDOW = timedelta(days=_OUTBOUND.query_days or 0)
SMALLEST_SPLIT = timedelta(hours=1)
# The id that makes a row unique, most specific first: a movement row also names its order.
_ROW_IDS = ("moventmentID", "feeId", "inboundNumber", "orderNumber")
_ROW_TIMES = ("orderCreationTime", "updateTime", "createTime", "chargeTime")


def window_span(endpoint: catalog.Endpoint) -> timedelta:
    """The longest window one call of `endpoint` accepts (7 days - 1 s when OC says 'under 7')."""
    rule = endpoint.window
    if rule is None:
        return dates.MAX_WINDOW
    span = timedelta(days=rule.max_days)
    return span if rule.inclusive else span - timedelta(seconds=1)


def check_range(endpoint_id: str, start: datetime, end: datetime, now: datetime | None) -> None:
    """Refuse, before anything is sent, a range OC would refuse: reversed or too old."""
    endpoint = catalog.get(endpoint_id)
    rule = endpoint.window
    problems = []
    if end < start:
        before = translate("validation", "must not be before {start}").format(start="startTime")
        problems.append(FieldProblem("endTime", before))
    if rule is not None:
        refusal = dates.check_lookback(start, now or datetime.now(), rule.lookback_months)
        if refusal:
            problems.append(FieldProblem(rule.start, refusal))
    if problems:
        raise ValidationError(problems, endpoint_id=endpoint_id)


def window_data(data: dict[str, Any], window: Window) -> dict[str, Any]:
    return {
        **data,
        "startTime": dates.format_datetime(window[0]),
        "endTime": dates.format_datetime(window[1]),
    }


def fetch_windows(
    call: Call,
    endpoint_id: str,
    data: dict[str, Any],
    start: datetime,
    end: datetime,
    *,
    max_workers: int = MAX_WORKERS,
    rows_of: RowsOf = OcResult.rows,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[dict[str, Any]]:
    """Every row of [start, end]: one call per window the endpoint allows, merged in time order.

    A start older than OC's lookback raises ValidationError before anything is sent. When
    cancelled, the rows of the windows already fetched are returned.
    """
    check_range(endpoint_id, start, end, now)
    windows = dates.split_window(start, end, window_span(catalog.get(endpoint_id)))
    requests = [window_data(data, w) for w in windows]
    fetched = fetch_many(
        call, endpoint_id, requests, rows_of=rows_of, max_workers=max_workers,
        progress=progress, cancelled=cancelled,
    )  # fmt: skip
    return merge_rows(fetched, [w[0] for w in windows])


def row_time(row: dict[str, Any]) -> datetime | None:
    value = lenient.get(row, *_ROW_TIMES)
    try:
        return dates.parse_datetime(value) if value not in (None, "") else None
    except ValueError:
        return None


def row_id(row: dict[str, Any]) -> str | None:
    for name in _ROW_IDS:
        value = lenient.get(row, name)
        if value not in (None, ""):
            return f"{name}:{value}"
    return None


def merge_rows(
    per_window: Sequence[list[dict[str, Any]] | None], window_starts: Sequence[datetime]
) -> list[dict[str, Any]]:
    """All rows once each (by their id), oldest first; a row without a time sorts at its window."""
    keyed: list[tuple[datetime, int, dict[str, Any]]] = []
    seen: set[str] = set()
    for rows, window_start in zip(per_window, window_starts, strict=True):
        for row in rows or []:
            identity = row_id(row)
            if identity is not None:
                if identity in seen:
                    continue
                seen.add(identity)
            keyed.append((row_time(row) or window_start, len(keyed), row))
    keyed.sort(key=lambda entry: (entry[0], entry[1]))
    return [row for _, _, row in keyed]


# --- stock movement ---------------------------------------------------------------------------


def movement_rows(result: OcResult) -> list[dict[str, Any]]:
    """One flat row per movement: the SKU, region and status it belongs to, then its fields."""
    flat = []
    for sku in result.rows():
        owner = {
            "MFSKUID": lenient.get(sku, "MFSKUID"),
            "sellerSkuId": lenient.get(sku, "sellerSkuId"),
        }
        for region in lenient.get(sku, "serviceRegionList") or []:
            where = {**owner, "serviceRegion": lenient.get(region, "serviceRegion")}
            for stock in lenient.get(region, "inventoryList") or []:
                status = {**where, "inventoryStatus": lenient.get(stock, "inventoryStatus")}
                flat += [{**status, **move} for move in lenient.get(stock, "movementList") or []]
    return flat


def stock_movements(
    call: Call,
    mfskuids: Sequence[str],
    start: datetime,
    end: datetime,
    *,
    max_workers: int = MAX_WORKERS,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[dict[str, Any]]:
    """Every stock movement of `mfskuids` in [start, end], flat, oldest first.

    One call per (50 SKUs, window); a range older than 12 months is refused before sending.
    """
    check_range("stock.movement", start, end, now)
    windows = dates.split_window(start, end, window_span(_MOVEMENT))
    requests, starts = [], []
    for group in chunks(list(mfskuids), MOVEMENT_SKUS_PER_CALL):
        sku_list = {"mfSkuList": [{"mfSkuId": sku} for sku in group]}
        for window in windows:
            requests.append(window_data(sku_list, window))
            starts.append(window[0])
    fetched = fetch_many(
        call, "stock.movement", requests, rows_of=movement_rows, max_workers=max_workers,
        progress=progress, cancelled=cancelled,
    )  # fmt: skip
    return merge_rows(fetched, starts)


def quantity_series(
    rows: Sequence[dict[str, Any]], mfskuid: str, *, service_region: str | None = None
) -> list[tuple[datetime, int]]:
    """(time, units on hand) after each movement of one SKU, for a chart.

    `actualCount` is the balance of one (region, status) pair; with several pairs the point is
    the sum of each pair's latest balance, so the line shows the SKU's whole stock.
    """
    latest: dict[tuple[Any, Any], int] = {}
    series = []
    moves = [r for r in rows if lenient.get(r, "MFSKUID") == mfskuid]
    if service_region is not None:
        moves = [r for r in moves if lenient.get(r, "serviceRegion") == service_region]
    timed = [(when, r) for r in moves if (when := row_time(r)) is not None]
    for when, row in sorted(timed, key=lambda pair: pair[0]):
        count = lenient.as_number(lenient.get(row, "actualCount"))
        if count is None:
            continue
        latest[(lenient.get(row, "serviceRegion"), lenient.get(row, "inventoryStatus"))] = int(
            count
        )
        series.append((when, sum(latest.values())))
    return series


# --- outbound orders over long ranges -----------------------------------------------------------


@dataclass
class OutboundWindows:
    """Outbound orders of a range, and which windows had to be split under OC's 1,000 cap."""

    rows: list[dict[str, Any]]
    split: list[Window] = field(default_factory=list)
    truncated: list[Window] = field(default_factory=list)

    @property
    def message(self) -> str:
        """What the user should know about how the rows were fetched ('' when nothing special)."""
        parts = []
        if self.split:
            count = len(self.split)
            if count == 1:
                parts.append(translate("windows", "split 1 window that hit OC's 1,000-order cap"))
            else:
                split = translate("windows", "split {count} windows that hit OC's 1,000-order cap")
                parts.append(split.format(count=count))
        if self.truncated:
            missing = translate(
                "windows",
                "{count} one-hour windows still returned 1,000 orders: some orders are missing; "
                "query those hours by order number",
            )
            parts.append(missing.format(count=len(self.truncated)))
        return "; ".join(parts)


def halves(window: Window) -> list[Window]:
    """[start, mid] and [mid + 1 s, end], on whole seconds as OC's times are."""
    start, end = window
    mid = start + timedelta(seconds=int((end - start).total_seconds()) // 2)
    return [(start, mid), (mid + timedelta(seconds=1), end)]


def outbound_orders_between(
    call: Call,
    start: datetime,
    end: datetime,
    *,
    max_workers: int = MAX_WORKERS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> OutboundWindows:
    """Every outbound order created in [start, end], in windows of at most 7 days.

    A window that comes back with exactly 1,000 orders (OC's cap, no paging) is split in half,
    again and again down to one hour, so no order is silently left out.
    """
    check_range("outbound.query", start, end, None)
    result = OutboundWindows([])
    kept: list[tuple[datetime, list[dict[str, Any]] | None]] = []
    todo = dates.split_window(start, end, OUTBOUND_WINDOW)
    while todo:
        fetched = fetch_many(
            call, "outbound.query", [window_data({}, w) for w in todo], max_workers=max_workers,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip
        todo = _split_full(todo, fetched, result, kept)
    result.rows = merge_rows([rows for _, rows in kept], [s for s, _ in kept])
    return result


def _split_full(
    windows: list[Window],
    fetched: list[list[dict[str, Any]] | None],
    result: OutboundWindows,
    kept: list[tuple[datetime, list[dict[str, Any]] | None]],
) -> list[Window]:
    """Keep the complete windows; return the halves of those at the cap, to fetch next."""
    again: list[Window] = []
    for window, rows in zip(windows, fetched, strict=True):
        full = rows is not None and len(rows) >= OUTBOUND_CAP
        if full and window[1] - window[0] > SMALLEST_SPLIT:
            result.split.append(window)
            again += halves(window)
            continue
        if full:
            result.truncated.append(window)
        kept.append((window[0], rows))
    return again
