"""Bulk creates under every way OC fails: each reference held once, reported truly, audited.

The sandbox's own faults (reset, gateway pages, a truncated answer after processing, token
expiry, latency) are injected through /__emu/faults. The kinds it cannot stage yet (a Spring 500
or a timeout after processing, processing that finishes only later, a batch cut off part-way)
are staged by `StagedOc`: it really sends the request to the sandbox, then raises what the
client raises, OutcomeUnknown with the matching cause.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from workflow_helpers import emu, new_orders, sent

from ocdesk.api import catalog
from ocdesk.api.errors import OcError, OcTimeout, OutcomeUnknown, ServerError, TransportError
from ocdesk.api.result import OcResult
from ocdesk.jobs.bulk_create import ORDERS, SKUS, BulkKind, create_in_bulk
from ocdesk.jobs.bulk_report import ALREADY_AT_OC, REFUSED
from ocdesk.jobs.write_audit import AuditTrail
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database

SANDBOX_KINDS = ("reset", "http_500", "http_502", "http_504", "malformed_json", "token_expiry",
                 "latency")  # fmt: skip
STAGED_KINDS = ("spring_500", "timeout_after_processing", "processed_during_checks",
                "processed_after_checks", "cut_off_part_way")  # fmt: skip
# OC processed these at the first send; token expiry is refused first and resent by the client
SENT_ONCE = {"malformed_json", "latency", "spring_500", "timeout_after_processing",
             "processed_during_checks"}  # fmt: skip


class StagedOc:
    """`session.client.call`, with the first create call of `endpoint_id` failing the `kind` way."""

    def __init__(self, session: Session, endpoint_id: str, kind: str) -> None:
        self.session, self.endpoint_id, self.kind = session, endpoint_id, kind
        self.struck = False
        self.held: list[Any] = []  # requests OC received but has not processed yet
        self.slept = 0.0

    def __call__(self, endpoint_id: str, data: Any = None) -> OcResult:
        if endpoint_id == self.endpoint_id and self.kind == "processed_after_checks":
            self._process_held()  # OC gets to the old request just before the resend arrives
        if endpoint_id != self.endpoint_id or self.struck or self.kind not in STAGED_KINDS:
            return self.session.client.call(endpoint_id, data)
        self.struck = True
        cause: OcError = OcTimeout("OC did not answer in time", outcome_unknown=True)
        if self.kind == "spring_500":
            self.session.client.call(endpoint_id, data)
            cause = ServerError("HTTP 500: Internal Server Error", http_status=500)
        elif self.kind == "timeout_after_processing":
            self.session.client.call(endpoint_id, data)
        elif self.kind == "cut_off_part_way":
            self.session.client.call(endpoint_id, data[: len(data) // 3])
            cause = TransportError("The connection to OC broke", outcome_unknown=True)
        else:
            self.held.append(data)
        raise OutcomeUnknown(cause, catalog.get(endpoint_id).references_in(data))

    def sleep(self, seconds: float) -> None:
        """The wait between lookups; OC finishes a held request 6 s into them."""
        self.slept += seconds
        if self.kind == "processed_during_checks" and self.slept >= 6:
            self._process_held()

    def _process_held(self) -> None:
        while self.held:
            self.session.client.call(self.endpoint_id, self.held.pop())


def new_skus(session: Session, count: int) -> list[dict[str, Any]]:
    tag = uuid.uuid4().hex[:8]
    return [{"referenceSKUID": f"FS-{tag}-{n:03d}",
             "SKUNameList": [{"SKUName": "Desk lamp", "languageCode": "en-US"}]}
            for n in range(count)]  # fmt: skip


KINDS: dict[str, tuple[BulkKind, Callable[[Session, int], list[dict[str, Any]]], int]] = {
    "outbound.create": (ORDERS, new_orders, 60),  # two chunks: the fault hits the first
    "sku.create": (SKUS, new_skus, 5),
}


def held_at_oc(session: Session, kind: BulkKind, refs: list[str]) -> Counter[str]:
    """How many of each reference OC holds, by an ordinary query."""
    lookup = kind.lookup
    rows = [
        row for data in lookup.requests(refs) for row in session.client.call(lookup.read_id, data).rows()
    ]
    return Counter(str(row[kind.key]) for row in rows if row[kind.key] in refs)


@pytest.mark.parametrize("kind_name", [*SANDBOX_KINDS, *STAGED_KINDS])
@pytest.mark.parametrize("endpoint_id", list(KINDS))
def test_every_fault_leaves_each_reference_once_at_oc_reported_and_audited(
    own_sandbox: Sandbox, own_session: Session, tmp_path: Path, endpoint_id: str, kind_name: str
) -> None:
    kind, make, count = KINDS[endpoint_id]
    items = make(own_session, count)
    refs = [item[kind.key] for item in items]
    if kind_name in SANDBOX_KINDS:
        emu(own_sandbox, "POST", "faults", {"endpoint": endpoint_id, "kind": kind_name,
                                            "delay_ms": 50})  # fmt: skip
    oc = StagedOc(own_session, endpoint_id, kind_name)
    log = AuditLog(Database(tmp_path / "audit.sqlite3"))

    report = create_in_bulk(
        kind, oc, items, audit=AuditTrail(log, "desk", "import"), sleep=oc.sleep
    )

    at_oc = held_at_oc(own_session, kind, refs)
    assert at_oc == Counter({r: 1 for r in refs})  # every one created, none twice
    assert not report.refused and not report.unknown
    rows = {str(r[kind.key]): str(r[kind.number_key]) for data in kind.lookup.requests(refs)
            for r in own_session.client.call(kind.lookup.read_id, data).rows()}  # fmt: skip
    assert report.created == {r: rows[r] for r in refs}  # with OC's own numbers
    audited = {n for e in log.entries() for n in e.key_numbers}
    assert set(report.created.values()) <= audited
    assert not [e for e in log.entries() if e.is_open]
    bodies = [json.loads(r["body"])["data"] for r in sent(own_sandbox, endpoint_id)]
    sent_refs = Counter(item[kind.key] for body in bodies for item in body)
    if kind_name in SENT_ONCE:
        assert set(sent_refs.values()) == {1}  # OC had them: nothing was sent again
    assert max(sent_refs.values()) <= 2  # never a third time
    if kind_name == "processed_after_checks":
        assert set(report.already_at_oc) == set(refs[: kind.chunk_size])


def failing_reads(session: Session, read_id: str) -> Callable[[str, Any], OcResult]:
    """`session.client.call`, with every `read_id` call failing as after the client's last retry."""

    def call(endpoint_id: str, data: Any = None) -> OcResult:
        if endpoint_id == read_id:
            raise ServerError("HTTP 502: Bad Gateway", http_status=502, endpoint_id=read_id)
        return session.client.call(endpoint_id, data)

    return call


@pytest.mark.parametrize("endpoint_id", list(KINDS))
def test_when_oc_cannot_be_asked_the_rows_are_unknown_with_the_reference_never_refused(
    own_sandbox: Sandbox, own_session: Session, tmp_path: Path, endpoint_id: str
) -> None:
    kind, make, _ = KINDS[endpoint_id]
    items = make(own_session, 3)
    refs = [item[kind.key] for item in items]
    emu(own_sandbox, "POST", "faults", {"endpoint": endpoint_id, "kind": "malformed_json"})
    log = AuditLog(Database(tmp_path / "audit.sqlite3"))
    oc = failing_reads(own_session, kind.lookup.read_id)

    report = create_in_bulk(kind, oc, items, audit=AuditTrail(log, "desk", "import"),
                            sleep=lambda s: None)  # fmt: skip

    assert list(report.unknown) == refs  # OC holds them, but nobody could check: never refused
    for ref, why in report.unknown.items():
        assert f"look up {kind.key} {ref} at OC before sending it again" in why
        assert "HTTP 502" in why
    assert len(sent(own_sandbox, endpoint_id)) == 1
    (entry,) = log.entries()
    assert entry.state == "unknown" and entry.key_numbers == tuple(refs)


def test_a_duplicate_refusal_oc_cannot_confirm_is_unknown_not_refused(
    own_session: Session,
) -> None:
    items = new_orders(own_session, 2)
    create_in_bulk(ORDERS, own_session.client.call, items[:1])

    report = create_in_bulk(ORDERS, failing_reads(own_session, "outbound.query"), items,
                            sleep=lambda s: None)  # fmt: skip

    ref = items[0]["referenceNumber"]
    assert report.with_status(REFUSED) == []
    assert "Duplicate referenceNumber" in report.unknown[ref]
    assert "whether OC already holds it could not be checked" in report.unknown[ref]
    assert report.outcomes[1].status == "created" and report.outcomes[1].reason != ALREADY_AT_OC
