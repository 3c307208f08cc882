"""Webhook fixtures: an inbox on a fresh database and receivers on free loopback ports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ocdesk.store.sql import Store
from ocdesk.webhook import ReceiverSettings, WebhookInbox, WebhookReceiver


@pytest.fixture
def inbox(any_store: Store) -> WebhookInbox:
    """Each inbox test runs on SQLite and on PostgreSQL."""
    return WebhookInbox(any_store)


@pytest.fixture
def start_receiver(inbox: WebhookInbox) -> Iterator[Callable[..., WebhookReceiver]]:
    """Start a receiver on a free loopback port with the given settings; stopped afterwards."""
    started: list[WebhookReceiver] = []

    def start(on_event: Any = None, **settings: Any) -> WebhookReceiver:
        options = {"port": 0} | settings
        receiver = WebhookReceiver(ReceiverSettings(**options), inbox, on_event)
        started.append(receiver.start())
        return receiver

    yield start
    for receiver in started:
        receiver.stop()
