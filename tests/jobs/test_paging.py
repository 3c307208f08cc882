"""All pages of OC's paged queries, once each, and the totals read off them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from workflow_helpers import CallLog, fake_result

from ocdesk.api.dates import format_date, format_datetime
from ocdesk.api.result import OcResult
from ocdesk.jobs.paging import all_pages, fee_totals, snapshot_totals, stock_snapshot
from ocdesk.session import Session


def regions(session: Session) -> list[str]:
    return [row["serviceRegion"] for row in session.client.call("warehouse.services", None).rows()]


def test_snapshot_of_all_regions_returns_every_row_once(oc_session: Session) -> None:
    everywhere = regions(oc_session)
    log = CallLog(oc_session.client.call)
    progress: list[tuple[int, int, str]] = []

    rows = stock_snapshot(log, everywhere, progress=lambda *p: progress.append(p))

    keys = [(r["MFSKUID"], r["serviceRegion"]) for r in rows]
    assert len(keys) == len(set(keys))
    by_region = {
        region: stock_snapshot(oc_session.client.call, [region]) for region in everywhere
    }  # fmt: skip
    assert sorted(keys) == sorted(
        (r["MFSKUID"], r["serviceRegion"]) for rs in by_region.values() for r in rs
    )
    pages = log.of("stock.snapshot")
    assert len(pages) == len(rows) // 200 + 1 and len(rows) > 200
    assert [p["pageNumber"] for p in pages] == list(range(1, len(pages) + 1))
    assert progress[-1][0] == len(pages)


def test_returns_pages_stop_at_the_total_without_asking_for_an_empty_page(
    oc_session: Session,
) -> None:
    total = oc_session.client.call("returns.orders", {"pageNumber": 1, "pageSize": 1}).payload["total"]
    # A size that divides the total: the last page is full, so only `total` can stop the job.
    size = next(s for s in range(total // 2, 1, -1) if total % s == 0)
    log = CallLog(oc_session.client.call)
    rows = all_pages(log, "returns.orders", {}, size=size)
    assert len(rows) == total
    assert len(log.calls) == total // size
    assert len({r["orderNumber"] for r in rows}) == total


def test_sku_query_pages_with_page_and_limit(oc_session: Session) -> None:
    today = datetime.now(UTC).date()
    window = {
        "startTime": format_date(today - timedelta(days=800), UTC),
        "endTime": format_date(today, UTC),
    }
    log = CallLog(oc_session.client.call)
    rows = all_pages(log, "sku.query", window, page_key="page", size_key="limit", size=80)
    assert len(rows) > 160 and len({r["MFSKUID"] for r in rows}) == len(rows)
    assert [c["page"] for c in log.of("sku.query")] == [1, 2, 3]


def test_a_server_that_ignores_the_page_number_does_not_loop_forever() -> None:
    page = [{"MFSKUID": f"OC{n}", "serviceRegion": "UK", "available": 1} for n in range(200)]
    log = CallLog(lambda eid, data: fake_result(eid, {"SKUList": page}))
    rows = all_pages(log, "stock.snapshot", {"serviceRegionList": [{"serviceRegion": "UK"}]})
    assert rows == page and len(log.calls) == 2


def test_cancelling_keeps_the_pages_already_fetched() -> None:
    def pages(endpoint_id: str, data: Any) -> OcResult:
        number = data["pageNumber"]
        rows = [{"MFSKUID": f"OC{number}-{n}", "serviceRegion": "UK"} for n in range(200)]
        return fake_result(endpoint_id, {"SKUList": rows})

    log = CallLog(pages)
    rows = all_pages(log, "stock.snapshot", {}, cancelled=lambda: len(log.calls) >= 2)
    assert len(rows) == 400 and rows[-1]["MFSKUID"] == "OC2-199"


def test_snapshot_totals_sum_every_quantity_per_region() -> None:
    rows = [
        {"MFSKUID": "OC1", "serviceRegion": "UK", "available": 5, "inTransit": "2", "suspend": 0},
        {"MFSKUID": "OC2", "serviceRegion": "UK", "available": 7, "inTransit": 1},
        {"MFSKUID": "OC1", "serviceRegion": "DE", "available": 3, "unfulfillable": 4},
    ]
    assert snapshot_totals(rows) == {
        "UK": {"available": 12, "inTransit": 3, "suspend": 0},
        "DE": {"available": 3, "unfulfillable": 4},
    }


def test_fee_totals_per_type_and_currency_add_up_to_the_cent(oc_session: Session) -> None:
    rows = [
        {"feeType": "FULFILLMENT", "currency": "GBP", "amount": 0.1},
        {"feeType": "FULFILLMENT", "currency": "GBP", "amount": "0.2"},
        {"feeType": "FULFILLMENT", "currency": "EUR", "amount": 1.05},
        {"feeType": "STORAGE", "currency": "GBP", "amount": -0.3},
    ]
    assert fee_totals(rows) == {
        ("FULFILLMENT", "EUR"): 1.05,
        ("FULFILLMENT", "GBP"): 0.3,
        ("STORAGE", "GBP"): -0.3,
    }
    now = datetime.now(UTC)
    month = {
        "startTime": format_datetime(now - timedelta(days=30)),
        "endTime": format_datetime(now),
    }
    fees = all_pages(oc_session.client.call, "finance.fee_detail", month)
    assert len({f["feeId"] for f in fees}) == len(fees) > 200
    totals = fee_totals(fees)
    gbp = sum(f["amount"] for f in fees if (f["feeType"], f["currency"]) == ("STORAGE", "GBP"))
    assert abs(totals.get(("STORAGE", "GBP"), 0) - gbp) < 0.005
