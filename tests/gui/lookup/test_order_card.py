"""The lookup card of an outbound order: recipient, progress timeline, carrier tracking links."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QPushButton

from ocdesk.api.identifiers import IdKind  # noqa: E402
from ocdesk.gui.lookup.card import LookupCard  # noqa: E402
from ocdesk.jobs.record_actions import Match  # noqa: E402
from ocdesk.jobs.requests import order_query  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402
from ocdesk.session import Session  # noqa: E402


def order_row(sb: Sandbox, session: Session, **wanted: Any) -> dict[str, Any]:
    """OC's row for the first sandbox order with these attributes (status, carrier, ...)."""
    order = next(
        o
        for _, o in sorted(sb.world.store.outbound.items())
        if all(getattr(o, key) == value for key, value in wanted.items())
    )
    rows = session.client.call("outbound.query", order_query([order.order_number])).rows()
    assert len(rows) == 1
    return rows[0]


def card_for(qtbot: Any, row: dict[str, Any]) -> LookupCard:
    card = LookupCard()
    qtbot.addWidget(card)
    card.set_match(Match(IdKind.OUTBOUND, row["orderNumber"], row), can_print=False)
    return card


def shipped_by(
    qtbot: Any, sb: Sandbox, session: Session, carrier: tuple[str, str]
) -> tuple[LookupCard, str]:
    """The card of an order `carrier` (code, name) shipped, and its tracking number."""
    row = order_row(sb, session, status="shipped", carrier=carrier)
    return card_for(qtbot, row), row["trackingNumberList"][0]["trackingNumber"]


def buttons(card: LookupCard) -> dict[str, QPushButton]:
    return {b.text(): b for b in card.order_details.tracking.findChildren(QPushButton)}


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(url.toString()) or True
    )
    return urls


def test_a_shipped_order_links_to_its_carriers_tracking_page(
    qtbot: Any, shared_sandbox: Sandbox, oc_session: Session, opened: list[str]
) -> None:
    card, tracking = shipped_by(qtbot, shared_sandbox, oc_session, ("RM", "Royal Mail"))

    track = buttons(card)["Track at Royal Mail ↗"]
    track.click()
    assert opened == [f"https://www.royalmail.com/track-your-item#/tracking-results/{tracking}"]
    assert QUrl(opened[0]).isValid()
    assert card.order_details.tracking.isVisibleTo(card)  # in the card's head, by the status
    buttons(card)[f"Copy {tracking}"].click()
    assert QGuiApplication.clipboard().text() == tracking


def test_an_unknown_carrier_shows_the_number_to_copy_and_no_link(
    qtbot: Any, shared_sandbox: Sandbox, oc_session: Session, opened: list[str]
) -> None:
    card, tracking = shipped_by(qtbot, shared_sandbox, oc_session, ("PFL", "PFL"))

    assert list(buttons(card)) == [f"Copy {tracking}"]
    assert f"Copy {tracking}" in card.details_text()
    assert card.order_details.tracking.links == {} and opened == []


def test_the_timeline_runs_from_created_to_the_current_status_with_times(
    qtbot: Any, shared_sandbox: Sandbox, oc_session: Session
) -> None:
    shipped = card_for(qtbot, order_row(shared_sandbox, oc_session, status="shipped"))
    steps = [line for line in shipped.details_text().splitlines() if line[:1] in "✓●○"]
    assert [s.split()[1] for s in steps] == ["Created", "Processing", "Picked", "Packed", "Shipped"]
    assert steps[-1].startswith("● Shipped ") and len(steps[-1].split()) > 2  # with its time
    assert len(steps[0].split()) > 2 and steps[1] == "✓ Processing"  # no time for processing

    picked = card_for(qtbot, order_row(shared_sandbox, oc_session, status="picked"))
    lines = picked.details_text().splitlines()
    assert "● Picked" in lines and "○ Packed" in lines and "○ Shipped" in lines

    cancelled = card_for(qtbot, order_row(shared_sandbox, oc_session, status="cancelled"))
    steps = [line for line in cancelled.details_text().splitlines() if line[:1] in "✓●○"]
    assert steps[0].startswith("✓ Created ") and steps[-1] == "● Cancelled"


def test_the_recipient_is_shown_when_the_order_names_one_and_its_absence_explained(
    qtbot: Any, shared_sandbox: Sandbox, oc_session: Session
) -> None:
    row = order_row(shared_sandbox, oc_session, status="shipped")
    card = card_for(qtbot, row)  # OC's order query documents no recipient fields
    assert card.order_details.recipient_label.text() == "Not in OC's order data"

    consignee = shared_sandbox.world.store.outbound[row["orderNumber"]].consignee
    card = card_for(qtbot, {**row, **consignee, "consigneeAddress2": "Flat 2"})
    assert card.order_details.recipient_label.text() == ", ".join(
        (
            consignee["consigneeName"],
            consignee["consigneeAddress1"],
            "Flat 2",
            f"{consignee['consigneeZipCode']} {consignee['consigneeCity']}",
            consignee["consigneeCountryCode"],
        )
    )


def test_other_records_have_no_order_details(qtbot: Any) -> None:
    card = LookupCard()
    qtbot.addWidget(card)
    row = {"orderNumber": "OCS1DE000453014", "status": "received", "carrierName": "DHL",
           "trackingNumber": "00340434161234567890"}  # fmt: skip
    card.set_match(Match(IdKind.RETURN, row["orderNumber"], row), can_print=False)
    assert card.order_details.isHidden() and card.order_details.texts() == []
    assert card.order_details.tracking.isHidden()
