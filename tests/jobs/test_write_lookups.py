"""Audited writes, and Check at OC against the sandbox: every write is found by what it acted on."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from samples import Sample, Seeded, samples

from ocdesk.api import catalog
from ocdesk.api.catalog import Effect
from ocdesk.api.errors import BusinessError, OutcomeUnknown, TransportError
from ocdesk.jobs.write_audit import AuditedCall, AuditTrail, SentWrite
from ocdesk.jobs.write_lookups import LOOKUPS, Verdict, check
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session
from ocdesk.store.audit import AuditLog, WriteState
from ocdesk.store.db import Database

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


def look_up(call: Any, write: SentWrite) -> Verdict:
    return check(call, write.endpoint_id, write.references, write.data)


def test_every_write_of_the_catalog_has_a_way_to_be_checked() -> None:
    assert set(WRITES) == set(LOOKUPS)


@pytest.mark.parametrize("endpoint_id", sorted(set(WRITES) - CANNOT_TELL))
def test_not_done_before_it_is_sent_and_done_after(
    endpoint_id: str, session: Session, sample: dict[str, Sample]
) -> None:
    data = sample[endpoint_id].ok
    before = look_up(session.client.call, sent(endpoint_id, data))
    assert (before.state, before.found) == (WriteState.NOT_DONE, ())
    assert before.missing == sent(endpoint_id, data).references

    result = session.client.call(endpoint_id, data)
    after = look_up(session.client.call, sent(endpoint_id, data))
    assert after.state == WriteState.DONE and after.missing == ()
    assert [ref for ref, _ in after.found] == list(sent(endpoint_id, data).references)
    if catalog.get(endpoint_id).creates:
        answered = [n for row in result.rows() or [result.payload] for n in row.values()]
        assert set(after.numbers) <= {str(n) for n in answered}  # OC's own numbers


def test_a_write_oc_cannot_show_stays_unknown_with_the_reason(
    session: Session, sample: dict[str, Sample]
) -> None:
    verdict = look_up(session.client.call, sent("inbound.upload_tracking",
                                         sample["inbound.upload_tracking"].ok))  # fmt: skip
    assert verdict.state == WriteState.UNKNOWN and "tracking numbers" in verdict.why


def test_a_check_that_cannot_reach_oc_stays_unknown(sample: dict[str, Sample]) -> None:
    def unreachable(endpoint_id: str, data: Any) -> Any:
        raise TransportError("Could not reach OC (connection refused)")

    verdict = look_up(unreachable, sent("outbound.create", sample["outbound.create"].ok))
    assert verdict.state == WriteState.UNKNOWN
    assert verdict.why == "OC could not be asked: Could not reach OC (connection refused)"


def test_an_audited_write_records_each_way_it_can_end(tmp_path: Any) -> None:
    db = Database(tmp_path / "audit.sqlite3")
    audit = AuditLog(db)
    order = [{"referenceNumber": "REF-A"}]

    def answer(endpoint_id: str, data: Any) -> Any:
        if data[0]["referenceNumber"] == "REF-REFUSED":
            raise BusinessError("Duplicate referenceNumber", code=3)
        if data[0]["referenceNumber"] == "REF-BUG":
            raise KeyError("orderNumber")
        return SimpleNamespace(payload=[{"orderNumber": "OCO1"}], rows=lambda: [])

    call = AuditedCall(answer, AuditTrail(audit, "desk", "create"))
    call("outbound.create", order)
    with pytest.raises(BusinessError):
        call("outbound.create", [{"referenceNumber": "REF-REFUSED"}])
    with pytest.raises(OutcomeUnknown) as lost:
        call("outbound.create", [{"referenceNumber": "REF-BUG"}])
    assert lost.value.references == ["REF-BUG"]
    entries = {e.key_numbers[0]: e for e in audit.entries()}
    assert (entries["REF-A"].state, entries["REF-A"].key_numbers) == ("done", ("REF-A", "OCO1"))
    assert entries["REF-REFUSED"].state == "refused"
    assert entries["REF-BUG"].state == "unknown"
    assert [s.entry_id for s in call.sent] == [e.id for e in reversed(audit.entries())]
    db.close()
