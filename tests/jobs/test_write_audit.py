"""Open writes (cut off by a crash, or ended unknown) settled by looking them up at OC."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from samples import Seeded, samples
from workflow_helpers import dead_owner, new_orders, sent

from ocdesk.api import catalog
from ocdesk.api.errors import BusinessError, ServerError
from ocdesk.api.result import OcResult
from ocdesk.jobs.bulk_create import create_outbound_orders
from ocdesk.jobs.write_audit import (
    PROCESSING_WINDOW,
    AuditedCall,
    AuditTrail,
    resolve_open_writes,
)
from ocdesk.jobs.write_lookups import LOOKUPS, lookup_for
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.audit import AuditEntry, AuditLog, WriteState
from ocdesk.store.db import Database


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    return AuditLog(Database(tmp_path / "audit.sqlite3"))


def crash_mid_chunk(
    audit: AuditLog, session: Session, chunk: list[dict[str, Any]], reached_oc: int, monkeypatch
) -> tuple[AuditEntry, dict[str, str]]:
    """A chunk begun by a process that was killed after OC created its first `reached_oc`."""
    refs = [o["referenceNumber"] for o in chunk]
    with dead_owner(monkeypatch):
        entry = audit.begin("desk", "outbound.create", "create from CSV", refs)
    created = session.client.call("outbound.create", chunk[:reached_oc]).rows() if reached_oc else []
    return entry, {row["referenceNumber"]: row["orderNumber"] for row in created}


def test_a_chunk_cut_off_by_a_kill_is_settled_done_with_ocs_numbers(
    oc_session: Session, audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunk = new_orders(oc_session, 50)
    entry, created = crash_mid_chunk(audit, oc_session, chunk, 20, monkeypatch)
    assert [e.id for e in audit.open_writes("desk")] == [entry.id]
    (young,) = resolve_open_writes(oc_session.client.call, audit, "desk")
    assert not young.settled and young.numbers == created  # the rest may still be processing
    assert young.note.startswith("20 found at OC, 30 not yet")
    later = entry.at + PROCESSING_WINDOW + 1

    (resolution,) = resolve_open_writes(oc_session.client.call, audit, "desk", now=lambda: later)

    refs = [o["referenceNumber"] for o in chunk]
    assert resolution.state == WriteState.DONE and resolution.numbers == created
    assert resolution.verdict.missing == tuple(refs[20:])
    (settled,) = audit.entries()
    assert settled.state == WriteState.DONE
    assert set(created.values()) <= set(settled.key_numbers)
    assert "20 found at OC" in settled.outcome and refs[49] in settled.outcome
    assert audit.open_writes("desk") == []
    assert resolve_open_writes(oc_session.client.call, audit, "desk", now=lambda: later) == []


def test_a_write_oc_never_got_is_not_done_only_once_oc_had_time_to_process_it(
    oc_session: Session, audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry, _ = crash_mid_chunk(audit, oc_session, new_orders(oc_session, 3), 0, monkeypatch)

    (young,) = resolve_open_writes(oc_session.client.call, audit, "desk", now=lambda: entry.at + 5)
    assert young.state == WriteState.SENDING and not young.settled
    assert "OC may still be processing it" in young.note
    later = entry.at + PROCESSING_WINDOW + 1
    (old,) = resolve_open_writes(oc_session.client.call, audit, "desk", now=lambda: later)

    assert old.state == WriteState.NOT_DONE
    assert audit.entries()[0].state == WriteState.NOT_DONE
    assert "not done: none of" in audit.entries()[0].outcome


def test_a_write_in_flight_is_never_touched_but_one_that_ended_unknown_is(
    own_sandbox: Sandbox, own_session: Session, audit: AuditLog
) -> None:
    chunk = new_orders(own_session, 2)
    refs = [o["referenceNumber"] for o in chunk]
    in_flight = audit.begin("desk", "outbound.create", "create", refs[:1])
    ended = audit.begin("desk", "outbound.create", "create", refs[1:])
    audit.settle(ended.id, WriteState.UNKNOWN, "unknown: the connection broke")
    own_session.client.call("outbound.create", chunk)  # both reached OC

    resolutions = resolve_open_writes(own_session.client.call, audit, "desk")

    assert [r.entry.id for r in resolutions] == [ended.id]
    lookups = [r["body"] for r in sent(own_sandbox, "outbound.query")]
    assert len(lookups) == 1 and refs[0] not in lookups[0]
    states = {e.id: e.state for e in audit.entries()}
    assert states == {in_flight.id: WriteState.SENDING, ended.id: WriteState.DONE}


CREATES = [e.id for e in catalog.business_endpoints() if e.creates and LOOKUPS[e.id].proves_done]


@pytest.mark.parametrize("endpoint_id", CREATES)
def test_every_create_kind_with_a_lookup_is_found_by_its_reference(
    oc_session: Session, audit: AuditLog, monkeypatch: pytest.MonkeyPatch, endpoint_id: str
) -> None:
    data = samples(Seeded(oc_session))[endpoint_id].ok
    endpoint, lookup = catalog.get(endpoint_id), lookup_for(endpoint_id)
    assert lookup is not None
    with dead_owner(monkeypatch):
        audit.begin("desk", endpoint_id, "create", endpoint.references_in(data))
    answer = oc_session.client.call(endpoint_id, data)
    assert lookup.read is not None
    numbers = {str(row[lookup.read.number_key]) for row in _created_rows(answer)}

    (resolution,) = resolve_open_writes(oc_session.client.call, audit, "desk")

    assert resolution.state == WriteState.DONE
    assert set(resolution.numbers) == set(endpoint.references_in(data))
    assert set(resolution.numbers.values()) == numbers and numbers


def _created_rows(answer: OcResult) -> list[dict[str, Any]]:
    return answer.rows() if isinstance(answer.payload, list) else [answer.payload]


def test_a_cancel_is_settled_by_status_and_kinds_the_log_cannot_feed_say_what_to_check(
    oc_session: Session, audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    cancel_data = samples(Seeded(oc_session))["outbound.cancel"].ok
    number = cancel_data["orderNumber"]
    with dead_owner(monkeypatch):
        audit.begin("desk", "outbound.cancel", "cancel", [number])
        audit.begin("desk", "returns.link_stock", "link", ["RI0000000002"])
        audit.begin("desk", "inbound.upload_tracking", "upload", ["OCI4GB00000001"])
    oc_session.client.call("outbound.cancel", cancel_data)

    cancel, link, tracking = resolve_open_writes(oc_session.client.call, audit, "desk")

    assert cancel.settled and cancel.state == WriteState.DONE
    assert cancel.numbers == {number: "cancelled"}
    assert not link.settled and not tracking.settled
    assert link.note == "check at OC whether the returned items are linked to their SKUs"
    assert "do not list uploaded tracking numbers" in tracking.note
    assert len(audit.open_writes("desk")) == 2


def test_a_lookup_that_fails_leaves_the_write_open(
    oc_session: Session, audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    crash_mid_chunk(audit, oc_session, new_orders(oc_session, 2), 2, monkeypatch)

    def down(endpoint_id: str, data: Any = None) -> OcResult:
        raise ServerError("HTTP 503: Service Unavailable", http_status=503)

    (resolution,) = resolve_open_writes(down, audit, "desk")
    assert not resolution.settled and "OC could not be asked: HTTP 503" in resolution.note
    assert len(audit.open_writes("desk")) == 1


def test_importing_the_file_again_after_a_kill_settles_the_old_chunk_and_refuses_nothing(
    oc_session: Session, audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunk = new_orders(oc_session, 50)
    old, created = crash_mid_chunk(audit, oc_session, chunk, 30, monkeypatch)

    report = create_outbound_orders(oc_session.client.call, chunk, audit=AuditTrail(audit, "desk", "csv"))

    assert not report.refused and not report.unknown and len(report.created) == 50
    assert report.already_at_oc == created
    audited = {n for e in audit.entries() for n in e.key_numbers}
    assert set(report.created.values()) <= audited
    assert [e.id for e in audit.open_writes("desk")] == [old.id]  # 20 missing, and it is young
    resolve_open_writes(oc_session.client.call, audit, "desk", now=lambda: old.at + PROCESSING_WINDOW)
    assert audit.open_writes("desk") == []


def test_the_import_after_a_kill_settles_what_the_killed_run_left_open(
    oc_session: Session, audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunk = new_orders(oc_session, 50)
    old, created = crash_mid_chunk(audit, oc_session, chunk, 50, monkeypatch)

    create_outbound_orders(oc_session.client.call, chunk, audit=AuditTrail(audit, "desk", "csv"))

    (settled,) = [e for e in audit.entries() if e.id == old.id]
    assert settled.state == WriteState.DONE and "50 found at OC" in settled.outcome
    assert set(created.values()) <= set(settled.key_numbers)


def test_a_single_write_is_recorded_before_it_leaves_and_settled_by_its_answer(
    oc_session: Session, audit: AuditLog
) -> None:
    trail = AuditTrail(audit, "desk", "create")
    first, second = new_orders(oc_session, 2)
    seen: list[str] = []

    def call(endpoint_id: str, data: Any = None) -> OcResult:
        seen.append(audit.entries()[0].state)  # what the log says while the request is out
        return oc_session.client.call(endpoint_id, data)

    audited = AuditedCall(call, trail)
    audited("outbound.create", [first])
    with pytest.raises(BusinessError):
        audited("outbound.create", [first, second])  # first is a duplicate

    assert seen == [WriteState.SENDING, WriteState.SENDING]
    partly, done = audit.entries()
    assert done.state == WriteState.DONE and done.outcome == "ok"
    assert partly.state == WriteState.DONE and partly.outcome.startswith("done in part:")
    assert "Duplicate referenceNumber" in partly.outcome
    assert partly.key_numbers[:2] == (first["referenceNumber"], second["referenceNumber"])
    assert len(partly.key_numbers) == 3 and partly.key_numbers[2].startswith("OCO")
