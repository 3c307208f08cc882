"""The audit trail of writes: each request recorded before it leaves, open ones settled by lookup.

A write is "sending" in the audit log before its request leaves, so a crash cannot hide it. On
the next start (or the next import), `resolve_open_writes` looks every write that was cut off or
ended unknown up at OC and settles it: done, with OC's numbers, or not done. A write still in
flight in a running process is never touched, and one too young for OC to have processed is left
for a later check.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ocdesk.api import catalog, lenient
from ocdesk.api.errors import AuthError, BusinessError, OcError, OutcomeUnknown
from ocdesk.api.result import OcResult
from ocdesk.jobs.base import Call
from ocdesk.jobs.write_lookups import LOOKUP_WAITS, lookup_for
from ocdesk.store.audit import AuditEntry, AuditLog, WriteState

log = logging.getLogger(__name__)

PROCESSING_WINDOW = sum(LOOKUP_WAITS)
"""Seconds OC may take to process a request: a younger write missing at OC may still appear."""


@dataclass(frozen=True)
class AuditTrail:
    """The audit log of one profile and one user action (e.g. "create from CSV")."""

    log: AuditLog
    profile: str
    action: str

    def begin(self, endpoint_id: str, references: Sequence[str]) -> int:
        """Record a request as "sending" before it leaves; returns the entry to settle."""
        return self.log.begin(self.profile, endpoint_id, self.action, references).id

    def settle(self, entry_id: int, state: str, outcome: str, numbers: Sequence[str] = ()) -> None:
        self.log.settle(entry_id, state, outcome, numbers)

    def record(self, endpoint_id: str, keys: Sequence[str], state: str, outcome: str) -> None:
        """A settled entry at once, for a request whose "sending" entry could not be written."""
        self.log.record(self.profile, endpoint_id, self.action, keys, outcome, state=state)


def send_recorded(call: Call, trail: AuditTrail, endpoint_id: str, data: Any) -> OcResult:
    """One write, recorded as "sending" before it leaves and settled by how it ended.

    The error is raised as it came; a process that dies mid-call leaves the entry "sending".
    """
    entry = trail.begin(endpoint_id, catalog.get(endpoint_id).references_in(data))
    try:
        result = call(endpoint_id, data)
    except OutcomeUnknown as exc:
        trail.settle(entry, WriteState.UNKNOWN, f"unknown: {exc.cause}")
        raise
    except BusinessError as exc:
        numbers = numbers_in(endpoint_id, exc.result)  # a batch can partly succeed
        state = WriteState.DONE if numbers else WriteState.REFUSED
        trail.settle(entry, state, f"{'done in part' if numbers else 'refused'}: {exc}", numbers)
        raise
    except OcError as exc:
        state = WriteState.REFUSED if isinstance(exc, AuthError) else WriteState.NOT_DONE
        trail.settle(entry, state, f"not done: {exc}")
        raise
    trail.settle(entry, WriteState.DONE, "done", numbers_in(endpoint_id, result))
    return result


def numbers_in(endpoint_id: str, result: OcResult | None) -> list[str]:
    """OC's numbers in a write's answer (orderNumber, MFSKUID, inboundNumber, ...)."""
    lookup = lookup_for(endpoint_id)
    if result is None or lookup is None:
        return []
    rows = result.payload if isinstance(result.payload, list) else [result.payload]
    found = (lenient.get(row, lookup.number_key) for row in rows)
    return [str(n) for n in found if n not in (None, "")]


@dataclass(frozen=True)
class Resolution:
    """What a lookup made of one open write. `state` is still open when it settled nothing."""

    entry: AuditEntry
    state: str
    numbers: dict[str, str]
    missing: tuple[str, ...]
    note: str

    @property
    def settled(self) -> bool:
        return self.state not in WriteState.OPEN


def resolve_open_writes(
    call: Call,
    audit: AuditLog,
    profile: str | None,
    *,
    now: Callable[[], float] = time.time,
) -> list[Resolution]:
    """Look every open write of `profile` up at OC and settle those a lookup can decide.

    Creates are found by their references (outbound.query, sku.query, inbound.list, vas.detail,
    returns.orders). Changes and pricing estimates cannot be settled by a lookup (their presence
    proves nothing, or OC's "not found" is an error like any other): they stay open with a note.
    """
    return [_resolve(call, audit, entry, now()) for entry in audit.open_writes(profile)]


def _resolve(call: Call, audit: AuditLog, entry: AuditEntry, at: float) -> Resolution:
    lookup = lookup_for(entry.endpoint_id)
    keys = list(entry.key_numbers)
    if lookup is None or not lookup.proves_done or not keys:
        what = f"check with {lookup.read_id} {lookup.what_to_check}" if lookup else "check in OC"
        return Resolution(entry, entry.state, {}, tuple(keys), f"cannot be settled by a lookup: "
                          f"{what}")  # fmt: skip
    try:
        # Its keys are the references sent plus any numbers OC gave them: a number counts as
        # found when the reference it belongs to is found.
        found = lookup.find(call, keys)
    except OcError as exc:
        log.warning("could not look up open write %s: %s", entry.id, exc)
        return Resolution(entry, entry.state, {}, tuple(keys), f"OC could not be asked: {exc}")
    accounted = set(found) | set(found.values())
    missing = tuple(k for k in keys if k not in accounted)
    if missing and at - entry.at < PROCESSING_WINDOW:
        note = (f"{len(found)} found at OC, {len(missing)} not yet; OC may still be processing "
                "it, so it stays open for a later check")  # fmt: skip
        return Resolution(entry, entry.state, found, missing, note)
    if found:
        state = WriteState.DONE
        outcome = f"done: {len(found)} found at OC by a later lookup" + (
            f"; not at OC: {', '.join(missing)}" if missing else ""
        )
    else:
        state, outcome = WriteState.NOT_DONE, f"not done: none of {', '.join(keys)} is at OC"
    audit.settle(entry.id, state, outcome, sorted(set(found.values())))
    return Resolution(entry, state, found, missing, outcome)
