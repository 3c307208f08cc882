"""The inbox: dedupe by eventId, unhandled first, search, mark handled, status by eventTime."""

from __future__ import annotations

import json
import secrets

import pytest
from webhook_calls import callback

from ocdesk.store.logs import register_secret
from ocdesk.webhook import WebhookInbox


def keep(inbox: WebhookInbox, **data: str) -> dict[str, str]:
    envelope = callback(**data)
    inbox.store(envelope["data"], json.dumps(envelope))
    return envelope["data"]


def test_a_callback_is_stored_once_per_event_id(inbox: WebhookInbox) -> None:
    envelope = callback(status="packed")
    body = json.dumps(envelope)

    assert inbox.store(envelope["data"], body) is True
    assert inbox.store(envelope["data"], body) is False

    (entry,) = inbox.entries()
    assert entry.event_id == envelope["data"]["eventId"]
    assert (entry.order_number, entry.status) == ("OCO2000011384024GB", "packed")
    assert entry.event_time == "2025-03-11T18:02:11+0800"
    assert entry.body == body and not entry.handled


def test_keys_are_read_in_any_case(inbox: WebhookInbox) -> None:
    inbox.store({"EVENTID": "e-1", "Status": "picked", "ordernumber": "OCO1"}, "{}")

    assert inbox.latest_status("OCO1") == "picked"


def test_an_event_without_an_event_id_is_refused(inbox: WebhookInbox) -> None:
    with pytest.raises(ValueError, match="eventId"):
        inbox.store({"status": "shipped", "orderNumber": "OCO1"}, "{}")
    assert inbox.entries() == []


def test_unhandled_entries_come_first_newest_first(inbox: WebhookInbox) -> None:
    for n in (1, 2, 3):
        keep(inbox, orderNumber=f"OCO{n}")
    third = next(e for e in inbox.entries() if e.order_number == "OCO3")

    assert inbox.mark_handled([third.id]) == 1

    assert [e.order_number for e in inbox.entries()] == ["OCO2", "OCO1", "OCO3"]
    assert [e.order_number for e in inbox.entries(unhandled_first=False)] == [
        "OCO3",
        "OCO2",
        "OCO1",
    ]
    assert inbox.unhandled_count() == 2
    assert [e.order_number for e in inbox.entries(limit=1)] == ["OCO2"]


def test_entries_after_an_id_are_only_the_newer_ones_newest_first(inbox: WebhookInbox) -> None:
    assert (inbox.last_id(), inbox.count(), inbox.entries_after(0)) == (0, 0, [])
    for n in range(1, 6):
        keep(inbox, orderNumber=f"OCO{n}")
    second = next(e for e in inbox.entries() if e.order_number == "OCO2")
    inbox.mark_handled([second.id])

    after = inbox.entries_after(second.id)

    assert [e.order_number for e in after] == ["OCO5", "OCO4", "OCO3"]
    assert [e.order_number for e in inbox.entries_after(second.id, limit=2)] == ["OCO5", "OCO4"]
    assert inbox.last_id() == after[0].id and inbox.count() == 5
    assert inbox.entries_after(inbox.last_id()) == []


def test_marking_handled_twice_keeps_the_first_time(inbox: WebhookInbox) -> None:
    keep(inbox)
    (entry,) = inbox.entries()

    assert inbox.mark_handled([entry.id]) == 1
    handled_at = inbox.entries()[0].handled_at
    assert inbox.mark_handled([entry.id]) == 0
    assert inbox.mark_handled([]) == 0

    assert inbox.entries()[0].handled_at == handled_at is not None
    assert inbox.unhandled_count() == 0


def test_search_finds_numbers_anywhere_ignoring_case(inbox: WebhookInbox) -> None:
    keep(inbox, orderNumber="OCO2000000000001GB", referenceNumber="shop_1001")
    keep(inbox, orderNumber="OCO2000000000002GB", referenceNumber="shop%1002", status="packed")

    assert [e.order_number for e in inbox.entries(search="oco2000000000001")] == [
        "OCO2000000000001GB"
    ]
    assert [e.order_number for e in inbox.entries(search="SHOP%")] == ["OCO2000000000002GB"]
    assert [e.status for e in inbox.entries(search="packed")] == ["packed"]
    assert len(inbox.entries(search="shop_")) == 1  # "_" is no wildcard
    assert len(inbox.entries(search="shop")) == 2


def test_latest_status_goes_by_event_time_not_arrival(inbox: WebhookInbox) -> None:
    order = "OCO2000011384024GB"
    keep(inbox, orderNumber=order, status="shipped", eventTime="2025-03-11T18:02:11+0800")
    # a retried earlier event arriving late; written in another offset, it is still earlier
    keep(inbox, orderNumber=order, status="packed", eventTime="2025-03-11T10:00:00+00:00")
    keep(inbox, orderNumber="OCO9", status="created")

    assert inbox.latest_status(order) == "shipped"
    assert inbox.latest_status("OCO9") == "created"
    assert inbox.latest_status("OCO-unknown") is None


def test_secrets_in_a_body_are_masked_before_storing(inbox: WebhookInbox) -> None:
    token = secrets.token_urlsafe(24)
    register_secret(token)
    envelope = callback()
    envelope["data"]["note"] = f"sent with {token}"
    envelope["access_token"] = secrets.token_hex(16)

    inbox.store(envelope["data"], json.dumps(envelope))

    body = inbox.entries()[0].body
    assert token not in body and envelope["access_token"] not in body
    assert envelope["data"]["eventId"] in body
