"""Every page of a paged OC query, and the totals desk users read off the result."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.text import translate
from ocdesk.jobs.base import Call, Cancelled, Progress, stopped, tell

PAGE_SIZE = 200
# No OC query has this many pages; a server that ignores the page number cannot loop us forever.
MAX_PAGES = 10_000
_SNAPSHOT_TEXT = ("MFSKUID", "serviceRegion", "sellerSkuId", "sellerSKUID")


def all_pages(
    call: Call,
    endpoint_id: str,
    data: dict[str, Any] | None = None,
    *,
    page_key: str = "pageNumber",
    size_key: str = "pageSize",
    size: int = PAGE_SIZE,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[dict[str, Any]]:
    """The rows of every page, first page first; what was fetched so far when cancelled.

    Stops at a page shorter than `size` (OC's vendor queries give no total) or, where the
    answer carries one (returns dialect), once `total` rows are in. A page that brings nothing
    new also stops it: a server ignoring the page number would otherwise repeat forever.
    """
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for page in range(1, MAX_PAGES + 1):
        if stopped(cancelled):
            break
        result = call(endpoint_id, {**(data or {}), page_key: page, size_key: size})
        page_rows = result.rows()
        fresh = [row for row in page_rows if _identity(row) not in seen]
        seen.update(_identity(row) for row in fresh)
        rows += fresh
        total = _total(result.payload)
        pages = math.ceil(total / size) if total is not None else 0
        fetched = translate("paging", "Fetched page {page}: {count} rows")
        tell(progress, page, pages, fetched.format(page=page, count=len(rows)))
        if len(page_rows) < size or not fresh or (total is not None and len(rows) >= total):
            break
    return rows


def _identity(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, default=str)


def _total(payload: Any) -> int | None:
    number = lenient.as_number(lenient.get(payload, "total"))
    return int(number) if number is not None else None


def stock_snapshot(
    call: Call,
    regions: Sequence[str],
    *,
    mfskuids: Sequence[str] = (),
    endpoint_id: str = "stock.snapshot",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[dict[str, Any]]:
    """Every snapshot row (one per SKU and warehouse) for `regions`, optionally only some SKUs.

    `endpoint_id` "stock.age" gives the age buckets the same way.
    """
    data: dict[str, Any] = {"serviceRegionList": [{"serviceRegion": r} for r in regions]}
    if mfskuids:
        data["skuList"] = [{"mfSkuId": sku} for sku in mfskuids]
    return all_pages(call, endpoint_id, data, progress=progress, cancelled=cancelled)


def snapshot_totals(rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """region -> quantity field -> units: every numeric column of the snapshot, summed."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        region = str(lenient.get(row, "serviceRegion") or "")
        for name, value in row.items():
            number = lenient.as_number(value)
            if name in _SNAPSHOT_TEXT or number is None:
                continue
            totals[region][name] += int(number)
    return {region: dict(fields) for region, fields in totals.items()}


def fee_totals(rows: Iterable[dict[str, Any]]) -> dict[tuple[str, str], float]:
    """(feeType, currency) -> amount; summed in decimal so cents do not drift."""
    totals: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for row in rows:
        amount = lenient.as_number(lenient.get(row, "amount"))
        if amount is None:
            continue
        key = (str(lenient.get(row, "feeType") or ""), str(lenient.get(row, "currency") or ""))
        totals[key] += Decimal(str(amount))
    return {key: float(total) for key, total in sorted(totals.items())}
