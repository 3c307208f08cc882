"""End to end: the sandbox calls the receiver back on a status change, signed with the tenant's key."""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from ocdesk.sandbox.http.server import Sandbox
from ocdesk.webhook import InboxEntry, WebhookInbox, WebhookReceiver

Start = Callable[..., WebhookReceiver]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=1) as sb:
        yield sb


def hook(sb: Sandbox, path: str, **kw: Any) -> requests.Response:
    response = requests.post(f"{sb.base_url}/__emu/{path}", timeout=10, **kw)
    assert response.status_code == 200, response.text
    return response


def open_order(sb: Sandbox) -> str:
    """A seeded outbound order that has not shipped yet."""
    return next(
        number
        for number, order in sorted(sb.world.store.outbound.items())
        if order.status in ("created", "processing", "picked")
    )


def test_a_status_change_in_the_sandbox_lands_in_the_inbox(
    sandbox: Sandbox, start_receiver: Start, inbox: WebhookInbox
) -> None:
    tenant = sandbox.info()
    arrived = threading.Event()
    receiver = start_receiver(
        on_event=lambda _: arrived.set(),
        client_key=tenant["client_id"],
        secret_key=tenant["secretKey"],
    )
    hook(sandbox, "config", json={"webhook_url": receiver.url,
                                  "webhook_secret_key": tenant["secretKey"]})  # fmt: skip
    order = open_order(sandbox)

    hook(sandbox, f"outbound/{order}/status", params={"to": "shipped"})
    hook(sandbox, "webhook/flush")

    # the sandbox's own sender may have delivered it first; either way it arrives
    assert arrived.wait(timeout=10)
    (entry,) = inbox.entries()
    assert (entry.order_number, entry.status) == (order, "shipped")
    assert inbox.latest_status(order) == "shipped"
    data = json.loads(entry.body)["data"]
    assert data["eventId"] == entry.event_id and data["shippedTime"] and data["eventTime"]


def test_a_callback_signed_with_another_secret_is_refused_and_kept_out(
    sandbox: Sandbox, start_receiver: Start, inbox: WebhookInbox
) -> None:
    tenant = sandbox.info()
    heard: list[InboxEntry] = []
    receiver = start_receiver(
        on_event=heard.append, client_key=tenant["client_id"], secret_key=tenant["secretKey"]
    )
    hook(sandbox, "config", json={"webhook_url": receiver.url,
                                  "webhook_secret_key": secrets.token_hex(16)})  # fmt: skip
    order = open_order(sandbox)

    hook(sandbox, f"outbound/{order}/status", params={"to": "packed"})

    assert hook(sandbox, "webhook/flush").json()["delivered"] == 0
    assert inbox.entries() == [] and heard == []


def test_a_retried_earlier_event_does_not_undo_a_later_status(
    sandbox: Sandbox,
    start_receiver: Start,
    inbox: WebhookInbox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tenant = sandbox.info()
    receiver = start_receiver(client_key=tenant["client_id"], secret_key=tenant["secretKey"])
    hook(sandbox, "config", json={"webhook_url": receiver.url, "status_step_s": 0})
    sandbox.webhook.stop()  # only flush sends, so the test decides what arrives when
    order = open_order(sandbox)
    store = inbox.store
    refused: list[str] = []

    def fail_packed_once(event: dict[str, Any], body: str) -> bool:
        if event["status"] == "packed" and not refused:
            refused.append(event["eventId"])
            raise sqlite3.OperationalError("database is locked")
        return store(event, body)

    monkeypatch.setattr(inbox, "store", fail_packed_once)
    hook(sandbox, f"outbound/{order}/status", params={"to": "packed"})
    hook(sandbox, "clock/advance", params={"seconds": 120})
    hook(sandbox, f"outbound/{order}/status", params={"to": "shipped"})

    assert hook(sandbox, "webhook/flush").json()["delivered"] == 1  # packed waits for a retry
    assert hook(sandbox, "webhook/flush").json()["delivered"] == 1  # ...which comes after

    mine = [e for e in inbox.entries() if e.order_number == order]
    assert [e.status for e in mine] == ["packed", "shipped"]  # newest arrival first
    assert inbox.latest_status(order) == "shipped"
