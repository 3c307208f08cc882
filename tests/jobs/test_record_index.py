"""Filling and refreshing the index of recent orders and returns against a sandbox: the first fill
reads 90 days in OC's windows, later ones only what is new or may still have moved."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
import requests
from samples import outbound_order

from ocdesk.api.dates import parse_datetime
from ocdesk.api.identifiers import IdKind
from ocdesk.jobs.record_index import HORIZON, RECHECK, index_for, refresh
from ocdesk.jobs.windows import OUTBOUND_WINDOW, outbound_orders_between
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.db import Database
from ocdesk.store.record_index import RecordIndex


@pytest.fixture
def index(tmp_path: Path, own_session: Session) -> RecordIndex:
    return index_for(Database(tmp_path / "ocdesk.db"), own_session.profile)


def sent(sb: Sandbox, endpoint_id: str) -> list[dict[str, Any]]:
    """The data of every `endpoint_id` call the sandbox received, oldest first."""
    log = requests.get(f"{sb.base_url}/__emu/requests", timeout=10).json()
    calls = [entry for entry in log if entry["endpoint_id"] == endpoint_id]
    return [
        json.loads(e["body"])["data"] if e["body"] else dict(parse_qsl(e["query"])) for e in calls
    ]


def hold_statuses(sb: Sandbox) -> None:
    requests.post(f"{sb.base_url}/__emu/config", json={"status_step_s": 0}, timeout=10)


def test_the_first_fill_holds_every_order_and_return_of_90_days(
    own_sandbox: Sandbox, own_session: Session, index: RecordIndex
) -> None:
    hold_statuses(own_sandbox)
    now = datetime.now().astimezone()

    refreshed = refresh(own_session.client.call, index, now=now)

    assert refreshed is not None and refreshed.first
    windows = sent(own_sandbox, "outbound.query")
    assert len(windows) == -(-HORIZON // OUTBOUND_WINDOW)  # 13 windows of 7 days
    for data in windows:
        span = parse_datetime(data["endTime"]) - parse_datetime(data["startTime"])
        assert span <= OUTBOUND_WINDOW
    orders = outbound_orders_between(own_session.client.call, now - HORIZON, now).rows
    returns = own_session.client.call("returns.orders", {"pageSize": 200}).rows()
    assert refreshed.state.count == len(orders) + len(returns) > 1000
    shipped = next(o for o in orders if o["trackingNumberList"])
    tracking = shipped["trackingNumberList"][0]["trackingNumber"]
    assert [r.number for r in index.find(tracking.lower())] == [shipped["orderNumber"]]


def test_a_refresh_after_the_first_asks_oc_only_for_what_is_new_or_may_have_moved(
    own_sandbox: Sandbox, own_session: Session, index: RecordIndex
) -> None:
    hold_statuses(own_sandbox)
    first = refresh(own_session.client.call, index)
    assert first is not None
    # Since then: one order moved on (packed, so it has a tracking number), one was created.
    now = datetime.now().astimezone()
    recent = outbound_orders_between(own_session.client.call, now - timedelta(days=6), now).rows
    moving = next(o["orderNumber"] for o in recent if o["status"] in ("created", "processing"))
    requests.post(f"{own_sandbox.base_url}/__emu/outbound/{moving}/status",
                  params={"to": "packed"}, timeout=10).raise_for_status()  # fmt: skip
    uk = next(o for o in recent if o["serviceRegion"] == "UK" and o["trackingNumberList"])
    sku = uk["trackingNumberList"][0]["SKUList"][0]["MFSKUID"]
    created = own_session.client.call("outbound.create", [outbound_order(sku)]).payload[0]["orderNumber"]
    calls_before = (
        len(sent(own_sandbox, "outbound.query")),
        len(sent(own_sandbox, "returns.orders")),
    )

    again = refresh(own_session.client.call, index)

    assert again is not None and not again.first
    windows = sent(own_sandbox, "outbound.query")[calls_before[0] :]
    returns = sent(own_sandbox, "returns.orders")[calls_before[1] :]
    oldest_allowed = now - RECHECK[IdKind.OUTBOUND] - timedelta(minutes=1)
    assert 1 <= len(windows) <= 3  # two weeks at most, not the 13 windows of the first fill
    assert all(parse_datetime(w["startTime"]) >= oldest_allowed for w in windows)
    assert len(returns) == 1
    assert parse_datetime(returns[0]["startTime"]) >= now - RECHECK[IdKind.RETURN] - timedelta(1)
    assert [r.number for r in index.find(created)] == [created]
    packed = index.find(moving)[0]
    assert packed.status == "packed" and packed.tracking
    assert [r.number for r in index.find(packed.tracking[0])] == [moving]
