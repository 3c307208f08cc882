"""OcClient against a fake OC: what goes on the wire, retries, the auth retry, the raw exchange."""

from __future__ import annotations

import hashlib
import secrets
import socket
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from client_kit import (
    AUTH_FAIL,
    CREATE,
    LOOKUP,
    QUERY,
    RETURNS,
    SERVICES,
    Refresher,
    make_client,
    token_manager,
    valid_order,
)
from fake_oc import (
    HANG,
    RESET,
    FakeOC,
    Received,
    Reply,
    html,
    oc_fixture,  # noqa: F401 (provides the `oc` fixture)
    returns_ok,
    vendor_fail,
    vendor_ok,
)

from ocdesk.api.client import Connection, OcClient
from ocdesk.api.errors import (
    AuthError,
    OcTimeout,
    OutcomeUnknown,
    ReauthRequired,
    ServerError,
    TransportError,
    ValidationError,
)
from ocdesk.api.result import RawExchange
from ocdesk.api.retry import RetryPolicy
from ocdesk.api.tokens import TokenManager


def _md5(text: bytes) -> str:
    return hashlib.md5(text).hexdigest()


def _accepts_only_current(tokens: TokenManager, reply: Reply) -> Any:
    """A responder that, like OC, refuses any token but the manager's current one."""

    def respond(received: Received) -> Reply:
        current = tokens.tokens.access_token if tokens.tokens else None
        if received.header("Access-Token") != f"Bearer {current}":
            return vendor_fail(1, AUTH_FAIL)
        return reply

    return respond


# --- the wire ---


def test_post_headers_envelope_and_path_signature(oc: FakeOC) -> None:
    oc.queue(QUERY, vendor_ok([{"orderNumber": "OCO2000009385032GB"}]))
    client = make_client(oc)
    result = client.call("outbound.query", LOOKUP)
    assert result.rows() == [{"orderNumber": "OCO2000009385032GB"}]
    (sent,) = oc.received
    body = sent.json()
    assert set(body) == {"messageId", "timestamp", "apiVersion", "data"}
    assert body["apiVersion"] == "2.0" and len(body["messageId"]) == 32
    assert sent.header("TimeStamp") == str(body["timestamp"])
    assert sent.header("Content-Type") == "application/json"
    assert sent.header("Access-Token") == f"Bearer {client.tokens.access_token()}"
    conn = client.conn
    assert sent.header("clientKey") == conn.client_id
    expected = _md5(f"{QUERY}||{conn.client_id}|{conn.secret_key}".encode())
    assert sent.header("vAuthorization") == expected


def test_body_mode_signs_the_bytes_actually_sent(oc: FakeOC) -> None:
    oc.queue(CREATE, vendor_ok([]))
    client = make_client(oc, mode="body")
    order = valid_order()
    order["consigneeName"] = "Zoë Ünal"  # non-ASCII must be signed as the UTF-8 bytes sent
    client.call("outbound.create", [order])
    (sent,) = oc.received
    conn = client.conn
    middle = CREATE.encode() + b"|" + sent.body + f"|{conn.client_id}|{conn.secret_key}".encode()
    assert sent.header("vAuthorization") == _md5(middle)
    assert "apiVersion" not in sent.json()
    assert sent.json()["data"][0]["consigneeName"] == "Zoë Ünal"


def test_each_call_has_its_own_message_id(oc: FakeOC) -> None:
    oc.always(QUERY, vendor_ok([]))
    client = make_client(oc)
    for _ in range(2):
        client.call("outbound.query", LOOKUP)
    ids = {r.json()["messageId"] for r in oc.received}
    assert len(ids) == 2


def test_get_encodes_plus_in_query_and_signs_path_only(oc: FakeOC) -> None:
    oc.queue(RETURNS, returns_ok({"total": 0, "list": []}))
    client = make_client(oc)
    params = {"startTime": "2025-03-11T10:15:00+0800", "endTime": "2025-03-12T10:15:00+0800"}
    result = client.call("returns.orders", params)
    assert result.ok and result.rows() == []
    (sent,) = oc.received
    assert sent.method == "GET" and sent.body == b""
    assert "startTime=2025-03-11T10%3A15%3A00%2B0800" in sent.query
    conn = client.conn
    assert sent.header("vAuthorization") == _md5(
        f"{RETURNS}||{conn.client_id}|{conn.secret_key}".encode()
    )


def test_service_list_needs_no_token(oc: FakeOC) -> None:
    oc.queue(SERVICES, vendor_ok([{"serviceRegion": "UK"}]))
    conn = Connection(oc.url, str(uuid.uuid4()), secrets.token_hex(16))
    result = OcClient(conn).call("warehouse.services")
    assert result.rows() == [{"serviceRegion": "UK"}]
    (sent,) = oc.received
    assert sent.header("Access-Token") is None and sent.header("vAuthorization")


def test_token_calls_need_a_login_and_send_nothing_without_one(oc: FakeOC) -> None:
    conn = Connection(oc.url, str(uuid.uuid4()), secrets.token_hex(16))
    with pytest.raises(ReauthRequired):
        OcClient(conn).call("outbound.query", LOOKUP)
    assert oc.received == []


def test_invalid_data_is_never_sent(oc: FakeOC) -> None:
    oc.always(CREATE, vendor_ok([]))
    order = valid_order()
    del order["serviceRegion"]
    with pytest.raises(ValidationError) as caught:
        make_client(oc).call("outbound.create", [order])
    assert "serviceRegion" in str(caught.value)
    assert oc.received == []


def test_unknown_fields_survive_the_round_trip(oc: FakeOC) -> None:
    oc.queue(QUERY, vendor_ok([{"orderNumber": "OCO1", "brandNew": [1, 2]}], extraTop="x"))
    result = make_client(oc).call("outbound.query", LOOKUP)
    assert result.body["extraTop"] == "x" and result.rows()[0]["brandNew"] == [1, 2]


def test_business_error_keeps_the_created_part(oc: FakeOC) -> None:
    created = [{"orderNumber": "OCO2000000000001GB", "referenceNumber": "R1"}]
    errors = [{"code": "EMU_DUPLICATE", "id": "R2", "message": "duplicate referenceNumber"}]
    oc.queue(CREATE, vendor_fail(3, "Partly failed", data=created, errors=errors))
    with pytest.raises(Exception) as caught:
        make_client(oc).call("outbound.create", [valid_order(), valid_order()])
    assert "[EMU_DUPLICATE] R2" in str(caught.value)
    assert caught.value.result.rows() == created


# --- failures and retries ---


def test_html_502_is_a_server_error_with_status(oc: FakeOC) -> None:
    oc.always(QUERY, html(502))
    with pytest.raises(ServerError) as caught:
        make_client(oc).call("outbound.query", LOOKUP)
    assert caught.value.http_status == 502 and "502 Bad Gateway" in str(caught.value)
    assert len(oc.received) == 3  # a read: tried three times in all


def test_read_is_retried_after_502_then_succeeds(oc: FakeOC) -> None:
    oc.queue(QUERY, html(502), html(502), vendor_ok([{"orderNumber": "OCO1"}]))
    slept: list[float] = []
    client = make_client(oc, retry=RetryPolicy(jitter=0, sleep=slept.append))
    result = client.call("outbound.query", LOOKUP)
    assert result.rows() == [{"orderNumber": "OCO1"}]
    assert len(oc.received) == 3 and slept == [2.0, 4.0]


def test_read_is_retried_after_a_reset(oc: FakeOC) -> None:
    oc.queue(QUERY, Reply(action=RESET), vendor_ok([]))
    assert make_client(oc).call("outbound.query", LOOKUP).ok
    assert len(oc.received) == 2


def test_create_is_not_retried_on_502(oc: FakeOC) -> None:
    oc.always(CREATE, html(502))
    order = valid_order()
    with pytest.raises(OutcomeUnknown) as caught:
        make_client(oc).call("outbound.create", [order])
    assert isinstance(caught.value.cause, ServerError)
    assert caught.value.references == [order["referenceNumber"]]
    assert len(oc.received) == 1


def test_create_reset_is_not_retried_and_outcome_unknown(oc: FakeOC) -> None:
    oc.always(CREATE, Reply(action=RESET))
    with pytest.raises(OutcomeUnknown) as caught:
        make_client(oc).call("outbound.create", [valid_order()])
    assert isinstance(caught.value.cause, TransportError)
    assert "look it up" in caught.value.hint
    assert len(oc.received) == 1


def test_create_timeout_is_not_retried_and_outcome_unknown(oc: FakeOC) -> None:
    oc.always(CREATE, Reply(action=HANG))
    with pytest.raises(OutcomeUnknown) as caught:
        make_client(oc, timeout=(2.0, 0.3)).call("outbound.create", [valid_order()])
    assert isinstance(caught.value.cause, OcTimeout)
    assert len(oc.received) == 1


def test_refused_connection_means_nothing_was_sent() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    conn = Connection(f"http://127.0.0.1:{port}", str(uuid.uuid4()), secrets.token_hex(16))
    client = OcClient(conn, token_manager(Refresher()), retry=RetryPolicy(sleep=lambda _: None))
    with pytest.raises(TransportError) as caught:
        client.call("outbound.create", [valid_order()])
    assert not caught.value.outcome_unknown


# --- rule C5: one refresh, one retry ---


def test_auth_failure_refreshes_once_and_retries_once(oc: FakeOC) -> None:
    refresher = Refresher()
    oc.queue(CREATE, vendor_fail(1, AUTH_FAIL))  # OC has revoked the token we hold
    oc.always(CREATE, vendor_ok([{"orderNumber": "OCO1"}]))
    result = make_client(oc, token_manager(refresher)).call("outbound.create", [valid_order()])
    assert result.ok
    assert refresher.calls == 1 and len(oc.received) == 2
    assert oc.received[1].header("Access-Token") == f"Bearer {refresher.issued[0]}"
    # The create was resent as it was: a refused call did nothing at OC.
    assert oc.received[1].json()["data"] == oc.received[0].json()["data"]


def test_auth_failure_never_loops(oc: FakeOC) -> None:
    refresher = Refresher()
    oc.always(QUERY, vendor_fail(1, "Authentication Fail:vAuthorization invalid"))
    with pytest.raises(AuthError) as caught:
        make_client(oc, token_manager(refresher)).call("outbound.query", LOOKUP)
    assert "other signature setting" in caught.value.hint
    assert refresher.calls == 1 and len(oc.received) == 2


def _ten_concurrent(client: OcClient) -> list[Any]:
    barrier = threading.Barrier(10)

    def one(_: int) -> Any:
        barrier.wait()
        return client.call("outbound.query", LOOKUP)

    with ThreadPoolExecutor(10) as pool:
        return list(pool.map(one, range(10)))


def test_ten_concurrent_calls_with_an_expired_token_refresh_once(oc: FakeOC) -> None:
    refresher = Refresher()
    manager = token_manager(refresher, expires_in=-10)
    oc.always(QUERY, _accepts_only_current(manager, vendor_ok([])))
    results = _ten_concurrent(make_client(oc, manager))
    assert all(r.ok for r in results)
    assert refresher.calls == 1 and len(oc.received) == 10


def test_ten_concurrent_rejections_refresh_once(oc: FakeOC) -> None:
    refresher = Refresher()
    manager = token_manager(refresher)
    revoked = manager.access_token()

    def respond(received: Received) -> Reply:
        if received.header("Access-Token") == f"Bearer {revoked}":
            return vendor_fail(1, AUTH_FAIL)
        return vendor_ok([])

    oc.always(QUERY, respond)
    results = _ten_concurrent(make_client(oc, manager))
    assert all(r.ok for r in results)
    assert refresher.calls == 1


# --- the raw exchange (rule C1) ---


def test_every_exchange_is_reported_with_secrets_masked(oc: FakeOC) -> None:
    oc.queue(QUERY, html(502), vendor_ok([], messageId="m-9"))
    exchanges: list[RawExchange] = []
    client = make_client(oc, exchanges=exchanges)
    result = client.call("outbound.query", LOOKUP)
    assert [e.status for e in exchanges] == [502, 200]
    last = exchanges[-1]
    assert result.exchange == last and result.message_id == "m-9"
    assert last.method == "POST" and last.url == oc.url + QUERY
    assert last.request_headers["Access-Token"] == "Bearer ****"
    assert last.request_headers["vAuthorization"] == "****"
    assert last.request_headers["clientKey"] == client.conn.client_id
    assert last.request_body == oc.received[-1].body.decode()
    assert '"m-9"' in last.response_text and last.elapsed_ms >= 0
    assert client.tokens.access_token() not in repr(last)
