"""The lookup card's facts name OC's service codes in words, the code never shown bare."""

from __future__ import annotations

import pytest

from ocdesk.api.identifiers import IdKind
from ocdesk.jobs.code_words import service_words
from ocdesk.jobs.number_search import lookup
from ocdesk.jobs.record_actions import Match
from ocdesk.jobs.record_fields import card_data
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session

VAS_WORDS = {"Relabel", "Repack", "Kitting", "Inspection", "Photos"}


def test_a_vas_order_and_an_inbound_say_their_service_in_words(
    shared_sandbox: Sandbox, oc_session: Session
) -> None:
    world = shared_sandbox.world.store
    vas_number = next(iter(world.vas))
    inbound_number = next(iter(world.inbound))
    (vas,) = lookup(oc_session.client.call, vas_number).matches
    (inbound,) = lookup(oc_session.client.call, inbound_number).matches
    assert vas.kind is IdKind.VAS and inbound.kind is IdKind.INBOUND
    assert vas.record["vasType"].isupper()  # OC sends a code: KITTING, REPACK…
    assert card_data(vas).service in VAS_WORDS
    assert inbound.record["shippingMethod"] in ("TK", "EX")
    assert card_data(inbound).service in ("Truck", "Express (courier)")


def test_an_outbound_order_says_its_shipping_service_in_words() -> None:
    # OC's order query leaves the service out; an order the desk created or was sent has it.
    record = {"orderNumber": "OCO0000011225074GB", "shippingServiceCode": "GBDomStd_RMOnly"}
    order = Match(IdKind.OUTBOUND, "OCO0000011225074GB", record)
    assert card_data(order).service == "GB Domestic Standard, RM only"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("GBDomesticStandard", "GB Domestic Standard"),
        ("GBDomStd_RMOnly", "GB Domestic Standard, RM only"),
        ("USDomestic_UPSGroundOnly", "US Domestic, UPS Ground only"),
        ("DEIntStd_GLSOnly", "DE International Standard, GLS only"),
    ],
)
def test_service_codes_read_as_words(code: str, words: str) -> None:
    assert service_words(code) == words
