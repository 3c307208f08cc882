"""Check at OC against the sandbox: every create and change is found by what it acted on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from samples import Sample, Seeded, samples

from ocdesk.api import catalog
from ocdesk.api.catalog import Effect
from ocdesk.api.errors import TransportError
from ocdesk.gui.workflows.kit.audit import SentWrite
from ocdesk.gui.workflows.kit.lookups import CHECKS, look_up
from ocdesk.sandbox.server import Sandbox
from ocdesk.session import Session, sandbox_session
from ocdesk.store.audit import WriteState

WRITES = sorted(
    e.id for e in catalog.ENDPOINTS.values() if e.is_business and e.effect is not Effect.READ
)
CANNOT_TELL = {"inbound.upload_tracking"}  # OC's answers never show uploaded tracking numbers


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    with Sandbox(seed=23) as sb:
        yield sandbox_session(sb.base_url)


@pytest.fixture(scope="module")
def sample(session: Session) -> dict[str, Sample]:
    return samples(Seeded(session))


def sent(endpoint_id: str, data: Any) -> SentWrite:
    references = catalog.get(endpoint_id).references_in(data)
    return SentWrite(endpoint_id, data, tuple(references))


def test_every_write_of_the_catalog_has_a_way_to_be_checked() -> None:
    assert set(WRITES) == set(CHECKS)


@pytest.mark.parametrize("endpoint_id", sorted(set(WRITES) - CANNOT_TELL))
def test_not_done_before_it_is_sent_and_done_after(
    endpoint_id: str, session: Session, sample: dict[str, Sample]
) -> None:
    data = sample[endpoint_id].ok
    before = look_up(session.call, sent(endpoint_id, data))
    assert (before.state, before.found) == (WriteState.NOT_DONE, ())
    assert before.missing == sent(endpoint_id, data).references

    result = session.call(endpoint_id, data)
    after = look_up(session.call, sent(endpoint_id, data))
    assert after.state == WriteState.DONE and after.missing == ()
    assert [ref for ref, _ in after.found] == list(sent(endpoint_id, data).references)
    if catalog.get(endpoint_id).creates:
        answered = [n for row in result.rows() or [result.payload] for n in row.values()]
        assert set(after.numbers) <= {str(n) for n in answered}  # OC's own numbers


def test_a_write_oc_cannot_show_stays_unknown_with_the_reason(
    session: Session, sample: dict[str, Sample]
) -> None:
    verdict = look_up(session.call, sent("inbound.upload_tracking",
                                         sample["inbound.upload_tracking"].ok))  # fmt: skip
    assert verdict.state == WriteState.UNKNOWN and "tracking numbers" in verdict.why


def test_a_check_that_cannot_reach_oc_stays_unknown(sample: dict[str, Sample]) -> None:
    def unreachable(endpoint_id: str, data: Any) -> Any:
        raise TransportError("Could not reach OC (connection refused)")

    verdict = look_up(unreachable, sent("outbound.create", sample["outbound.create"].ok))
    assert verdict.state == WriteState.UNKNOWN
    assert verdict.why == "OC could not be asked: Could not reach OC (connection refused)"
