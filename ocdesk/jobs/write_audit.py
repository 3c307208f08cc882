"""The audit trail of writes: each request recorded before it leaves, open ones settled by lookup.

A write is "sending" in the audit log before its request leaves, so a crash cannot hide it, and
is settled after with how it ended. `AuditedCall` does this around any call function (the GUI's
screens, the command line); the bulk jobs use the `AuditTrail` directly, one entry per chunk.
Later, `check_and_settle` (Check at OC) and `resolve_open_writes` (once per start, and before an
import) look open writes up at OC and settle them: done, with OC's numbers, or not done. A write
still in flight in a running process is never touched, and one too young for OC to have
processed is left for a later check.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ocdesk.api import catalog, lenient
from ocdesk.api.errors import AuthError, BusinessError, OcError, OutcomeUnknown, ValidationError
from ocdesk.api.text import QT_TRANSLATE_NOOP
from ocdesk.jobs.base import Call
from ocdesk.jobs.write_lookups import LOOKUP_WAITS, Verdict, check
from ocdesk.store.audit import AuditEntry, AuditLog, Words, WriteState

log = logging.getLogger(__name__)

PROCESSING_WINDOW = sum(LOOKUP_WAITS)
"""Seconds OC may take to process a request: a younger write missing at OC may still appear."""

# Fields whose values name what a create/change call was about: the request's references and
# the numbers OC answers with.
KEY_FIELDS = (
    "referenceNumber",
    "orderNumber",
    "inboundNumber",
    "sellerInboundNumber",
    "MFSKUID",
    "mfSkuId",
    "mfskuid",
    "vasNumber",
    "sellerVasNumber",
    "referenceId",
    "returnItemId",
)
MAX_KEY_NUMBERS = 50


def key_numbers(*values: Any) -> list[str]:
    """The numbers (order, reference, SKU...) named anywhere in request data and results."""
    found: dict[str, None] = {}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in KEY_FIELDS and isinstance(item, str | int) and item != "":
                    found.setdefault(str(item), None)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for value in values:
        walk(value)
    return list(found)[:MAX_KEY_NUMBERS]


@dataclass(frozen=True)
class AuditTrail:
    """The audit log of one profile and one user action (e.g. "create from CSV")."""

    log: AuditLog
    profile: str
    action: str
    detail: str | Words = ""

    def begin(self, endpoint_id: str, references: Sequence[str]) -> int:
        """Record a request as "sending" before it leaves; returns the entry to settle."""
        return self.log.begin(self.profile, endpoint_id, self.action, references).id

    def settle(
        self, entry_id: int, state: str, outcome: str | Words, numbers: Sequence[str] = ()
    ) -> None:
        self.log.settle(entry_id, state, outcome, numbers, self.detail)

    def record(
        self, endpoint_id: str, keys: Sequence[str], state: str, outcome: str | Words
    ) -> None:
        """A settled entry at once, for a request whose "sending" entry could not be written."""
        self.log.record(self.profile, endpoint_id, self.action, keys, outcome, self.detail,
                        state=state)  # fmt: skip


@dataclass(frozen=True)
class SentWrite:
    """One create or change as it was sent: what to look up at OC, and its audit entry (0: none)."""

    endpoint_id: str
    data: Any
    references: tuple[str, ...]
    entry_id: int = 0

    @property
    def creates(self) -> bool:
        """It created something (an order, an SKU...), rather than changed one."""
        return catalog.get(self.endpoint_id).creates


class AuditedCall:
    """A call function that records every create and change it sends; reads pass straight through.

    The entry is begun ("sending") before the request leaves and settled after: done with OC's
    numbers (also when OC refused part of a batch), refused or not done when OC's answer proves
    it, or unknown when nothing does (any failure that is not OC's comes out as OutcomeUnknown).
    `sent` lists the writes in order; a GUI screen reads it once its op has reported.
    """

    def __init__(self, call: Call, trail: AuditTrail) -> None:
        self._call = call
        self.trail = trail
        self.sent: list[SentWrite] = []

    @property
    def last(self) -> SentWrite | None:
        return self.sent[-1] if self.sent else None

    def __call__(self, endpoint_id: str, data: Any = None) -> Any:
        endpoint = catalog.get(endpoint_id)
        if endpoint.retry_safe:
            return self._call(endpoint_id, data)
        references = endpoint.references_in(data)
        entry = self.trail.begin(endpoint_id, references)
        self.sent.append(SentWrite(endpoint_id, data, tuple(references), entry))
        try:
            result = self._call(endpoint_id, data)
        except OcError as error:
            self._settle(entry, *_failed(error, references))
            raise
        except Exception as error:  # not OC's answer: nothing proves the request did not leave
            cause = OcError(f"{type(error).__name__}: {error}", endpoint_id=endpoint_id)
            unknown = OutcomeUnknown(cause, references)
            self._settle(entry, *_failed(unknown, references))
            raise unknown from error
        numbers = key_numbers(getattr(result, "payload", None))
        self._settle(entry, WriteState.DONE, done_outcome(result), numbers)
        return result

    def _settle(
        self, entry_id: int, state: str, outcome: Words, numbers: Sequence[str] = ()
    ) -> None:
        try:
            self.trail.settle(entry_id, state, outcome, numbers)
        except Exception:
            # What OC did matters more than the log line; the entry stays open ("sending") and
            # is listed among the writes to look up.
            log.exception("could not settle audit entry %s", entry_id)


def _failed(error: OcError, references: Sequence[str]) -> tuple[str, Words, list[str]]:
    """(state, outcome, OC's numbers) of a write that failed with `error`."""
    from ocdesk.api.client import proves_not_done  # here: the client brings `requests`

    if isinstance(error, BusinessError):  # a batch can partly succeed
        payload = error.result.payload if error.result is not None else None
        numbers = [n for n in key_numbers(payload) if n not in references]
        if numbers:
            done = QT_TRANSLATE_NOOP("audit", "done in part: {error}")
            return WriteState.DONE, Words.of(done, error=error), numbers
    if not proves_not_done(error):
        cause = error.cause if isinstance(error, OutcomeUnknown) else error
        unknown = QT_TRANSLATE_NOOP("audit", "unknown: {error}")
        return WriteState.UNKNOWN, Words.of(unknown, error=cause), []
    if isinstance(error, AuthError | BusinessError | ValidationError):
        refused = QT_TRANSLATE_NOOP("audit", "refused: {error}")
        return WriteState.REFUSED, Words.of(refused, error=error), []
    not_done = QT_TRANSLATE_NOOP("audit", "not done: {error}")
    return WriteState.NOT_DONE, Words.of(not_done, error=error), []


def done_outcome(result: Any) -> Words:
    """ "ok", or the items OC refused inside an answer that succeeded (a batch can partly work)."""
    rows = result.rows() if hasattr(result, "rows") else []
    refused = [row for row in rows if lenient.get(row, "success") is False]
    if not refused:
        return Words(QT_TRANSLATE_NOOP("audit", "ok"))
    some = QT_TRANSLATE_NOOP("audit", "ok; {refused} of {count} refused: {numbers}")
    return Words.of(some, refused=len(refused), count=len(rows),
                    numbers=", ".join(key_numbers(refused)))  # fmt: skip


def check_and_settle(call: Call, trail: AuditTrail, sent: SentWrite) -> Verdict:
    """Look `sent` up at OC once and put what was found in the audit log.

    The write's own entry is settled (done with OC's numbers, or not done); a write sent
    without one (the unknown items of a bulk report) gets an entry of its own for the check. A
    check that could not tell leaves the log as it is: the write stays open.
    """
    verdict = check(call, sent.endpoint_id, sent.references, sent.data)
    if verdict.state == WriteState.UNKNOWN:
        return verdict
    if sent.entry_id:
        trail.log.settle(sent.entry_id, verdict.state, verdict.outcome, verdict.numbers)
    else:
        keys = [*sent.references, *verdict.numbers]
        trail.log.record(trail.profile, sent.endpoint_id, "check at OC", keys, verdict.outcome,
                         state=verdict.state)  # fmt: skip
    return verdict


@dataclass(frozen=True)
class Resolution:
    """What a lookup made of one open write; `settled` is False when it stays open (`note`)."""

    entry: AuditEntry
    verdict: Verdict
    settled: bool
    note: str

    @property
    def state(self) -> str:
        return self.verdict.state if self.settled else self.entry.state

    @property
    def numbers(self) -> dict[str, str]:
        return dict(self.verdict.found)


def resolve_open_writes(
    call: Call,
    audit: AuditLog,
    profile: str | None,
    *,
    now: Callable[[], float] = time.time,
) -> list[Resolution]:
    """Look every open write of `profile` up at OC and settle those a lookup can decide.

    A write whose check needs the request as it was sent (the audit log keeps only its numbers),
    or that OC cannot show, stays open with a note saying what to check.
    """
    return [_resolve(call, audit, entry, now()) for entry in audit.open_writes(profile)]


def _resolve(call: Call, audit: AuditLog, entry: AuditEntry, at: float) -> Resolution:
    # Its keys are the references sent plus any numbers OC gave them: a number counts as found
    # when the reference it belongs to is found.
    verdict = check(call, entry.endpoint_id, entry.key_numbers)
    if verdict.state == WriteState.UNKNOWN:
        log.warning("could not settle open write %s: %s", entry.id, verdict.why)
        return Resolution(entry, verdict, False, verdict.why)
    if verdict.missing and at - entry.at < PROCESSING_WINDOW:
        note = (f"{len(verdict.found)} found at OC, {len(verdict.missing)} not yet; OC may still "
                "be processing it, so it stays open for a later check")  # fmt: skip
        return Resolution(entry, verdict, False, note)
    audit.settle(entry.id, verdict.state, verdict.outcome, verdict.numbers)
    return Resolution(entry, verdict, True, verdict.outcome.english())
