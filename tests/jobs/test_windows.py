"""Date ranges over OC's short windows: movement, the 12-month refusal, and the 1,000-order cap."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from workflow_helpers import CallLog, approved_skus, emu, fake_result

from ocdesk.api import dates
from ocdesk.api.errors import ValidationError
from ocdesk.api.result import OcResult
from ocdesk.jobs.windows import (
    fetch_windows,
    outbound_orders_between,
    quantity_series,
    stock_movements,
)
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session


def test_thirty_days_of_movement_are_five_windows_merged_in_time_order(
    oc_session: Session,
) -> None:
    skus = approved_skus(oc_session)[:60]  # two SKU groups: 50 + 10
    end = datetime.now(UTC)
    start = end - timedelta(days=30)
    log = CallLog(oc_session.client.call)

    rows = stock_movements(log, skus, start, end)

    calls = log.of("stock.movement")
    assert len(calls) == 10  # 5 windows x 2 SKU groups
    assert sorted(len(c["mfSkuList"]) for c in calls) == [10] * 5 + [50] * 5
    spans = {(c["startTime"], c["endTime"]) for c in calls}
    assert len(spans) == 5
    for first, last in spans:
        assert dates.parse_datetime(last) - dates.parse_datetime(first) < timedelta(days=7)
    ids = [r["moventmentID"] for r in rows]
    assert ids and len(ids) == len(set(ids))
    times = [dates.parse_datetime(r["updateTime"]) for r in rows]
    assert times == sorted(times) and start <= times[0] and times[-1] <= end
    assert {"MFSKUID", "sellerSkuId", "serviceRegion", "inventoryStatus", "actualCount"} <= set(
        rows[0]
    )


def test_quantity_series_follows_the_balance_of_every_region() -> None:
    def move(when: str, region: str, count: int) -> dict[str, Any]:
        return {
            "MFSKUID": "OC1", "serviceRegion": region, "inventoryStatus": "AVL",
            "actualCount": count, "updateTime": f"2025-03-0{when}T10:00:00+0000",
        }  # fmt: skip

    rows = [move("3", "UK", 80), move("1", "UK", 100), move("2", "DE", 40), move("4", "UK", 70)]
    rows.append({**move("5", "UK", 1), "MFSKUID": "OC2"})
    series = quantity_series(rows, "OC1")
    assert [count for _, count in series] == [100, 140, 120, 110]
    assert series[0][0] == datetime(2025, 3, 1, 10, tzinfo=UTC)
    assert [c for _, c in quantity_series(rows, "OC1", service_region="UK")] == [100, 80, 70]


def test_a_start_thirteen_months_back_is_refused_before_anything_is_sent(
    own_sandbox: Sandbox, own_session: Session
) -> None:
    sku = approved_skus(own_session)[0]
    emu(own_sandbox, "POST", "reset")
    end = datetime.now(UTC)
    with pytest.raises(ValidationError) as caught:
        stock_movements(own_session.client.call, [sku], end - timedelta(days=396), end)
    assert caught.value.problems[0].path == "startTime"
    assert "only valid for the last 12 months" in str(caught.value)
    assert emu(own_sandbox, "GET", "requests") == []


def test_inbound_list_over_a_month_returns_each_order_once(oc_session: Session) -> None:
    end = datetime.now(UTC)
    start = end - timedelta(days=29)
    rows = fetch_windows(oc_session.client.call, "inbound.list", {}, start, end)
    numbers = [r["inboundNumber"] for r in rows]
    assert numbers and len(numbers) == len(set(numbers))


def test_outbound_orders_over_ninety_days_get_past_the_single_query_cap(
    oc_session: Session,
) -> None:
    end = datetime.now(UTC)
    start = end - timedelta(days=120)
    single = oc_session.client.call(
        "outbound.query",
        {"startTime": dates.format_datetime(start), "endTime": dates.format_datetime(end)},
    ).rows()
    assert len(single) == 1000  # the sandbox holds more: one query is truncated

    result = outbound_orders_between(oc_session.client.call, start, end)

    numbers = [r["orderNumber"] for r in result.rows]
    assert len(numbers) > 1000 and len(numbers) == len(set(numbers))
    assert set(r["orderNumber"] for r in single) <= set(numbers)
    assert result.split == [] and result.message == ""


class CappedOc:
    """A fake outbound.query over `times`: it returns at most 1,000 orders, like OC."""

    def __init__(self, times: list[datetime]) -> None:
        self.orders = [
            {"orderNumber": f"OCO{n:013d}GB", "orderCreationTime": dates.format_datetime(t)}
            for n, t in enumerate(sorted(times))
        ]

    def __call__(self, endpoint_id: str, data: Any = None) -> OcResult:
        start = dates.parse_datetime(data["startTime"])
        end = dates.parse_datetime(data["endTime"])
        rows = [
            o for o in self.orders if start <= dates.parse_datetime(o["orderCreationTime"]) <= end
        ]
        return fake_result(endpoint_id, rows[:1000])


def test_windows_at_the_cap_are_split_until_every_order_is_in() -> None:
    begin = datetime(2025, 3, 1, tzinfo=UTC)
    busy = [begin + timedelta(days=2, seconds=20 * n) for n in range(2500)]  # 14 hours
    quiet = [begin + timedelta(days=9 + n / 10) for n in range(50)]
    oc = CappedOc(busy + quiet)

    result = outbound_orders_between(oc, begin, begin + timedelta(days=14))

    assert [r["orderNumber"] for r in result.rows] == [o["orderNumber"] for o in oc.orders]
    assert result.split[0] == (begin, begin + timedelta(days=7))
    assert len(result.split) >= 2 and result.truncated == []
    assert result.message == f"split {len(result.split)} windows that hit OC's 1,000-order cap"


def test_an_hour_still_at_the_cap_is_reported_not_hidden() -> None:
    begin = datetime(2025, 3, 1, tzinfo=UTC)
    oc = CappedOc([begin + timedelta(seconds=n) for n in range(1200)])  # 20 minutes
    result = outbound_orders_between(oc, begin, begin + timedelta(days=1))
    assert len(result.truncated) == 1
    assert result.truncated[0][1] - result.truncated[0][0] <= timedelta(hours=1)
    assert "some orders are missing" in result.message
