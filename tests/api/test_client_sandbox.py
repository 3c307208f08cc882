"""The client against the sandbox over real HTTP: refresh, retries, refusals before sending."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests
from samples import outbound_order

from ocdesk.api.client import OcClient
from ocdesk.api.dates import format_datetime
from ocdesk.api.errors import OutcomeUnknown, ServerError, TransportError, ValidationError
from ocdesk.api.retry import RetryPolicy
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session

NO_WAIT = RetryPolicy(base_delay=0.01, max_delay=0.02, sleep=lambda _: None)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=2) as sb:
        yield sb


@pytest.fixture
def session(sandbox: Sandbox) -> Session:
    return sandbox_session(sandbox.base_url)


def received(sb: Sandbox, path_part: str) -> list[dict]:
    log = requests.get(f"{sb.base_url}/__emu/requests", timeout=5).json()
    entries = log if isinstance(log, list) else log.get("requests", [])
    return [r for r in entries if path_part in r["path"]]


def fault(sb: Sandbox, **spec: object) -> None:
    requests.post(f"{sb.base_url}/__emu/faults", json=spec, timeout=5).raise_for_status()


def week() -> dict[str, str]:
    now = datetime.now(UTC)
    return {"startTime": format_datetime(now - timedelta(days=6)), "endTime": format_datetime(now)}


def test_login_code_went_out_encoded_once_more(sandbox: Sandbox, session: Session) -> None:
    exchange = received(sandbox, "/oauth/token")[0]
    # The sandbox takes only the address-bar form, percent-encoded again on the wire (E5); its
    # log hides the code itself.
    assert exchange["status"] == 200 and "code=***" in exchange["query"]


def test_expired_access_token_is_refreshed_once_then_the_call_succeeds(sandbox, session) -> None:
    sandbox.advance_clock(3601)
    assert session.client.call("warehouse.services").ok
    assert session.client.call("outbound.query", week()).rows()
    assert len(received(sandbox, "/oauth/token")) == 2  # the login and one refresh


def test_ten_concurrent_calls_with_an_expired_token_cause_one_refresh(sandbox, session) -> None:
    sandbox.advance_clock(3601)
    results: list[bool] = []

    def call() -> None:
        results.append(session.client.call("outbound.query", week()).ok)

    threads = [threading.Thread(target=call) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert results == [True] * 10
    assert len(received(sandbox, "/oauth/token")) == 2


def test_a_token_rejected_by_oc_is_refreshed_and_the_call_retried_once(sandbox, session) -> None:
    fault(sandbox, endpoint="outbound.query", kind="token_expiry", count=1)
    assert session.client.call("outbound.query", week()).rows()
    assert len(received(sandbox, "/outbound/v2/query")) == 2
    assert len(received(sandbox, "/oauth/token")) == 2


def test_a_read_is_retried_after_a_502(sandbox: Sandbox, session: Session) -> None:
    client = OcClient(session.client.conn, session.tokens, retry=NO_WAIT)
    fault(sandbox, endpoint="outbound.query", kind="http_502", count=1)
    assert client.call("outbound.query", week()).rows()
    assert len(received(sandbox, "/outbound/v2/query")) == 2


def test_a_read_gives_up_after_three_502s_with_the_status(sandbox, session) -> None:
    client = OcClient(session.client.conn, session.tokens, retry=NO_WAIT)
    fault(sandbox, endpoint="outbound.query", kind="http_502", count=5)
    with pytest.raises(ServerError) as caught:
        client.call("outbound.query", week())
    assert caught.value.http_status == 502
    assert len(received(sandbox, "/outbound/v2/query")) == 3


def test_a_create_is_not_retried_after_a_reset(sandbox: Sandbox, session: Session) -> None:
    client = OcClient(session.client.conn, session.tokens, retry=NO_WAIT)
    sku = session.client.call(
        "stock.snapshot",
        {"pageNumber": 1, "pageSize": 1, "serviceRegionList": [{"serviceRegion": "UK"}]},
    ).rows()
    fault(sandbox, endpoint="outbound.create", kind="reset", count=1)
    order = outbound_order(sku[0]["MFSKUID"])
    with pytest.raises(OutcomeUnknown) as caught:
        client.call("outbound.create", [order])
    assert isinstance(caught.value.cause, TransportError)
    assert caught.value.references == [order["referenceNumber"]]
    assert "look it up" in caught.value.hint
    assert len(received(sandbox, "/outbound/v1/creation")) == 1


def test_a_create_is_not_retried_after_a_502(sandbox: Sandbox, session: Session) -> None:
    client = OcClient(session.client.conn, session.tokens, retry=NO_WAIT)
    fault(sandbox, endpoint="outbound.create", kind="http_502", count=1)
    with pytest.raises(OutcomeUnknown):
        client.call("outbound.create", [outbound_order("OC0000000000001")])
    assert len(received(sandbox, "/outbound/v1/creation")) == 1


def test_invalid_data_names_every_field_and_nothing_is_sent(sandbox, session) -> None:
    orders = [outbound_order("OC0000000000001") for _ in range(51)]
    orders[3]["consigneeCountryCode"] = "GBR"
    del orders[7]["consigneeName"]
    with pytest.raises(ValidationError) as caught:
        session.client.call("outbound.create", orders)
    paths = {p.path for p in caught.value.problems}
    assert {"data", "data[3].consigneeCountryCode", "data[7].consigneeName"} <= paths
    long_ago = {"startTime": format_datetime(datetime.now(UTC) - timedelta(days=400))}
    with pytest.raises(ValidationError) as caught:
        session.client.call("stock.movement", long_ago)
    assert "12 months" in str(caught.value)
    assert received(sandbox, "/outbound/v1/creation") == []
    assert received(sandbox, "/inventory/") == []


def test_body_signature_mode_is_accepted(sandbox: Sandbox, session: Session) -> None:
    from dataclasses import replace

    client = OcClient(replace(session.client.conn, signature_mode="body"), session.tokens)
    assert client.call("outbound.query", week()).rows()
