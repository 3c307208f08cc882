"""The receiver: what it stores and acknowledges, and every way it refuses a request."""

from __future__ import annotations

import json
import logging
import secrets
import socket
import sqlite3
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from webhook_calls import callback, post

from ocdesk.api.signing import sign
from ocdesk.webhook import (
    InboxEntry,
    ReceiverError,
    ReceiverSettings,
    WebhookInbox,
    WebhookReceiver,
    send_test_event,
)

Start = Callable[..., WebhookReceiver]
PATH = "/oc/webhook/outbound"


@pytest.fixture
def keys() -> tuple[str, str]:
    """A client key and a secret key made up for this test."""
    return str(uuid.uuid4()), secrets.token_hex(16)


def signed(client_key: str, secret_key: str, path: str = PATH) -> dict[str, str]:
    return {
        "clientKey": client_key,
        "TimeStamp": "1741687331000",
        "vAuthorization": sign(path, client_key, secret_key),
    }


def test_a_valid_callback_is_stored_then_acknowledged(
    start_receiver: Start, inbox: WebhookInbox
) -> None:
    seen: list[tuple[InboxEntry, int]] = []
    receiver = start_receiver(on_event=lambda e: seen.append((e, inbox.unhandled_count())))
    envelope = callback(status="packed")

    status, reply = post(receiver, envelope)

    assert (status, reply) == (
        200,
        {"code": 0, "success": True, "message": "OK", "messageId": envelope["messageId"]},
    )
    (entry,) = inbox.entries()
    assert entry.event_id == envelope["data"]["eventId"] and entry.status == "packed"
    assert json.loads(entry.body) == envelope
    assert seen == [(entry, 1)]  # the listener hears of it once it is in the inbox


def test_a_callback_that_cannot_be_stored_is_not_acknowledged(
    start_receiver: Start, inbox: WebhookInbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: Any) -> bool:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(inbox, "store", broken)
    receiver = start_receiver()

    status, reply = post(receiver, callback())

    assert status == 500 and reply["success"] is False  # so OC sends it again later


def test_a_repeated_event_id_is_stored_once_and_acknowledged_each_time(
    start_receiver: Start, inbox: WebhookInbox
) -> None:
    seen: list[InboxEntry] = []
    receiver = start_receiver(on_event=seen.append)
    envelope = callback()

    first, second = post(receiver, envelope), post(receiver, envelope)

    assert first[0] == second[0] == 200 and first[1]["code"] == second[1]["code"] == 0
    assert len(inbox.entries()) == 1 and len(seen) == 1


def test_a_failing_listener_does_not_cost_the_callback(
    start_receiver: Start, inbox: WebhookInbox
) -> None:
    def fail(_: InboxEntry) -> None:
        raise RuntimeError("listener bug")

    receiver = start_receiver(on_event=fail)

    assert post(receiver, callback())[1]["code"] == 0
    assert inbox.unhandled_count() == 1


def test_with_a_secret_a_wrong_signature_is_refused(
    start_receiver: Start, inbox: WebhookInbox, keys: tuple[str, str]
) -> None:
    client_key, secret_key = keys
    receiver = start_receiver(client_key=client_key, secret_key=secret_key)

    wrong = post(receiver, callback(), signed(client_key, secrets.token_hex(16)))
    unsigned = post(receiver, callback(), {"clientKey": client_key})
    other_client = post(receiver, callback(), signed(str(uuid.uuid4()), secret_key))
    good = post(receiver, callback(), signed(client_key, secret_key))

    assert wrong == (
        200,
        {"code": 1, "success": False, "message": "Authentication Fail:vAuthorization invalid"},
    )
    assert unsigned[1]["code"] == 1
    assert other_client[1]["message"] == "Authentication Fail:clientKey invalid"
    assert good[1]["code"] == 0
    assert len(inbox.entries()) == 1


def test_the_client_key_may_come_from_the_callback(
    start_receiver: Start, inbox: WebhookInbox, keys: tuple[str, str]
) -> None:
    client_key, secret_key = keys
    receiver = start_receiver(secret_key=secret_key)

    assert post(receiver, callback(), signed(client_key, secret_key))[1]["code"] == 0
    missing = post(receiver, callback(), {"vAuthorization": sign(PATH, client_key, secret_key)})
    assert missing[1]["message"] == "Authentication Fail:clientKey missing"
    assert len(inbox.entries()) == 1


def test_without_a_secret_unsigned_callbacks_are_accepted(
    start_receiver: Start, inbox: WebhookInbox
) -> None:
    receiver = start_receiver()

    assert not receiver.settings.checks_signature
    assert post(receiver, callback(), {"vAuthorization": "not-a-signature"})[1]["code"] == 0
    assert len(inbox.entries()) == 1


def test_a_body_over_the_limit_is_refused_unstored(
    start_receiver: Start, inbox: WebhookInbox
) -> None:
    receiver = start_receiver(max_body_bytes=2048)
    envelope = callback(remark="x" * 4096)

    status, reply = post(receiver, envelope)

    assert status == 413 and reply["success"] is False and "2048" in reply["message"]
    assert inbox.entries() == []


def test_a_deeply_nested_body_gets_400_not_a_dropped_connection(
    start_receiver: Start, inbox: WebhookInbox
) -> None:
    receiver = start_receiver()
    depth = 100_000  # far past the interpreter's recursion limit, well within the size limit
    body = b'{"messageId": "m-9", "data": ' + b"[" * depth + b"]" * depth + b"}"

    status, reply = post(receiver, body)

    assert (status, reply["code"]) == (400, 3)
    assert reply["message"] == "Invalid callback: body is nested too deeply to be a callback"
    assert inbox.entries() == []
    assert post(receiver, callback())[0] == 200  # and the receiver goes on serving


def test_the_receiver_queues_a_burst_of_connections(start_receiver: Start) -> None:
    receiver = start_receiver()
    server = receiver._httpd
    assert server is not None

    # Python's default queue is 5: past it, a connection attempt waits a second or more.
    assert server.request_queue_size >= 128


def test_a_body_without_content_length_is_refused(
    start_receiver: Start, inbox: WebhookInbox
) -> None:
    receiver = start_receiver()

    status, _ = post(receiver, json.dumps(callback()).encode(), content_length=False)

    assert status == 411 and inbox.entries() == []


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (b'{"messageId": "m-1", "data": {"eventId": ', "not UTF-8 JSON"),
        (b"\xff\xfe not text", "not UTF-8 JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"messageId": "m-1", "data": [{"eventId": "e"}]}', "data must be an object"),
        (b'{"messageId": "m-1", "data": {"eventId": "e", "status": ""}}', "data.status"),
    ],
)
def test_a_malformed_callback_gets_400_naming_the_problem(
    start_receiver: Start, inbox: WebhookInbox, body: bytes, named: str
) -> None:
    receiver = start_receiver()

    status, reply = post(receiver, body)

    assert status == 400 and reply["code"] == 3 and reply["success"] is False
    assert named in reply["message"]
    assert inbox.entries() == []


def test_missing_fields_are_all_named_and_the_message_id_echoed(start_receiver: Start) -> None:
    receiver = start_receiver()

    _, reply = post(receiver, {"messageId": "m-7", "data": {"status": "shipped"}})

    assert "data.eventId" in reply["message"] and "data.orderNumber" in reply["message"]
    assert reply["messageId"] == "m-7"


def test_only_post_on_the_configured_path_is_served(
    start_receiver: Start, inbox: WebhookInbox
) -> None:
    receiver = start_receiver()

    assert post(receiver, callback(), path="/oc/webhook/other")[0] == 404
    assert post(receiver, b"", method="GET", content_length=False)[0] == 405
    assert post(receiver, b"", method="GET", path="/", content_length=False)[0] == 404
    assert post(receiver, callback(), path=f"{PATH}?source=oc")[0] == 200
    assert len(inbox.entries()) == 1


@pytest.mark.parametrize(
    ("option", "value"), [("path", "oc/webhook"), ("port", 70000), ("max_body_bytes", 0)]
)
def test_impossible_settings_are_refused_up_front(option: str, value: object) -> None:
    with pytest.raises(ValueError):
        ReceiverSettings(**{option: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("host", ["0.0.0.0", "", "192.0.2.10", "desk.example.com"])
def test_a_non_loopback_address_needs_allow_remote(inbox: WebhookInbox, host: str) -> None:
    receiver = WebhookReceiver(ReceiverSettings(host=host, port=0), inbox)

    with pytest.raises(ReceiverError, match="127.0.0.1"):
        receiver.start()
    assert not receiver.running


def test_allow_remote_binds_every_interface(start_receiver: Start, inbox: WebhookInbox) -> None:
    receiver = start_receiver(host="0.0.0.0", allow_remote=True)

    assert receiver.url == f"http://127.0.0.1:{receiver.port}{PATH}"
    assert post(receiver, callback())[0] == 200


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_hosts_need_no_opt_in(start_receiver: Start, host: str) -> None:
    receiver = start_receiver(host=host)

    assert receiver.port > 0 and receiver.url.endswith(f":{receiver.port}{PATH}")


def test_a_taken_port_is_reported_clearly(inbox: WebhookInbox) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        receiver = WebhookReceiver(ReceiverSettings(port=port), inbox)

        with pytest.raises(ReceiverError, match=f"Port {port} .* already in use"):
            receiver.start()


def test_stop_frees_the_port(start_receiver: Start, inbox: WebhookInbox) -> None:
    receiver = start_receiver()
    port = receiver.port
    receiver.stop()

    again = WebhookReceiver(ReceiverSettings(port=port), inbox).start()
    try:
        assert post(again, callback())[0] == 200
    finally:
        again.stop()


def test_the_test_callback_is_stored_as_a_real_one(
    start_receiver: Start, inbox: WebhookInbox, keys: tuple[str, str]
) -> None:
    client_key, secret_key = keys
    receiver = start_receiver(client_key=client_key, secret_key=secret_key)

    status, reply = send_test_event(receiver.url, client_key=client_key, secret_key=secret_key)
    refused = send_test_event(receiver.url, client_key=client_key, secret_key="wrong-secret")

    assert status == 200 and isinstance(reply, dict) and reply["code"] == 0
    assert refused[1]["code"] == 1  # type: ignore[index]
    (entry,) = inbox.entries()
    assert entry.status == "shipped" and entry.order_number.startswith("OCO")
    assert entry.event_time  # parsed by latest_status like any other
    assert inbox.latest_status(entry.order_number) == "shipped"


def test_the_test_callback_reports_a_refusal(start_receiver: Start) -> None:
    receiver = start_receiver()

    status, reply = send_test_event(receiver.url.replace(PATH, "/elsewhere"))

    assert status == 404 and isinstance(reply, dict) and reply["success"] is False


def test_secrets_never_reach_the_log(
    start_receiver: Start, keys: tuple[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    client_key, secret_key = keys
    token = secrets.token_urlsafe(24)
    receiver = start_receiver(client_key=client_key, secret_key=secret_key)
    headers = signed(client_key, secret_key) | {"Access-Token": f"Bearer {token}"}
    bad = signed(client_key, secrets.token_hex(16))

    with caplog.at_level(logging.DEBUG, logger="ocdesk.webhook"):
        post(receiver, callback(), headers, path=f"{PATH}?access_token={token}")
        post(receiver, callback(), bad, path=f"{PATH}?access_token={token}")

    text = caplog.text
    assert "order OCO2000011384024GB is shipped" in text and "vAuthorization invalid" in text
    for secret in (token, secret_key, headers["vAuthorization"], bad["vAuthorization"]):
        assert secret not in text
