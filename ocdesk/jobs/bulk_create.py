"""Create many outbound orders or SKUs: check each locally, send in chunks, never create one twice.

Every chunk is sent once. When its answer is lost (the connection broke, OC timed out or
answered garbage), its references are looked up, patiently, as OC may still be processing it;
only the references OC lacks after that are sent once more, and never a third time. A reference
OC refuses (a resend after all, or a CSV imported again) is looked up too: one OC holds is
reported as created, with OC's number, never as refused. Each request is in the audit log as
"sending" before it leaves and is settled after, so a crash cannot hide it.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ocdesk.api import catalog, lenient, validation
from ocdesk.api.batches import chunks, limit_for
from ocdesk.api.errors import BusinessError, FieldProblem, OcError, OutcomeUnknown
from ocdesk.api.result import OcResult
from ocdesk.api.text import QT_TRANSLATE_NOOP, translate
from ocdesk.jobs.base import Call, Cancelled, Progress, stopped, tell
from ocdesk.jobs.bulk_report import (
    ALREADY_AT_OC,
    CREATED,
    INVALID,
    NOT_SENT,
    REFUSED,
    UNKNOWN,
    BulkReport,
    ItemOutcome,
)
from ocdesk.jobs.csv_items import SourceItem
from ocdesk.jobs.write_audit import AuditTrail, resolve_open_writes
from ocdesk.jobs.write_lookups import LOOKUP_WAITS, ByReference, Sleep, find_patiently, lookup_for
from ocdesk.store.audit import Words, WriteState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BulkKind:
    """What differs between creating orders and creating SKUs."""

    endpoint_id: str
    key: str
    number_key: str
    noun: str  # marked for translation; `words` is what messages show

    @property
    def words(self) -> str:
        return translate("bulk_create", self.noun)

    @property
    def chunk_size(self) -> int:
        """OC's per-call limit from the catalog (50 orders, 200 SKUs)."""
        return limit_for(self.endpoint_id) or 1

    @property
    def lookup(self) -> ByReference:
        found = lookup_for(self.endpoint_id)
        if found is None or found.read is None or not found.proves_done:
            raise ValueError(f"{self.endpoint_id} has no lookup by reference")
        return found.read


ORDERS = BulkKind(
    "outbound.create", "referenceNumber", "orderNumber", QT_TRANSLATE_NOOP("bulk_create", "orders")
)
SKUS = BulkKind("sku.create", "referenceSKUID", "MFSKUID", QT_TRANSLATE_NOOP("bulk_create", "SKUs"))

_MISSING = "not at OC"  # an unknown request's reference OC does not hold: it may be sent again
_LATE = QT_TRANSLATE_NOOP("bulk_create", "created late: OC processed it after the checks")
# The parts of a request's outcome in the audit log.
_CREATED_WORDS = QT_TRANSLATE_NOOP("audit", "created {created} of {total}")
_CREATED_ALREADY_WORDS = QT_TRANSLATE_NOOP(
    "audit", "created {created} of {total} ({already} already at OC)"
)
_REFUSED_WORDS = QT_TRANSLATE_NOOP("audit", "refused {count}")
_UNKNOWN_WORDS = QT_TRANSLATE_NOOP("audit", "unknown {count}")
_SENT_AGAIN_WORDS = QT_TRANSLATE_NOOP("audit", "not at OC, sent again {count}")
_NOT_SENT_WORDS = QT_TRANSLATE_NOOP("audit", "not sent {count}: {why}")


@dataclass(frozen=True)
class _Fate:
    """What one request did with one reference."""

    status: str
    number: str = ""
    why: str = ""


class _Recorder:
    """The audit log for one job's requests (none without an AuditTrail)."""

    def __init__(self, audit: AuditTrail | None, endpoint_id: str) -> None:
        self._audit, self._endpoint_id = audit, endpoint_id

    def begin(self, references: list[str]) -> int | None:
        if self._audit is None:
            return None
        try:
            return self._audit.begin(self._endpoint_id, references)
        except Exception:
            # Sending anyway is what a caller without an audit log gets; it is logged.
            log.exception("could not record %s as sending", self._endpoint_id)
            return None

    def settle(self, entry: int | None, references: list[str], fates: dict[str, _Fate]) -> None:
        if self._audit is None:
            return
        numbers = [fates[r].number for r in references if fates[r].number]
        state, outcome = _state(fates), _outcome(fates)
        try:
            if entry is None:
                self._audit.record(self._endpoint_id, [*references, *numbers], state, outcome)
            else:
                self._audit.settle(entry, state, outcome, numbers)
        except Exception:
            # The orders exist whatever the audit log says; losing the report would be worse.
            log.exception("could not record %s in the audit log", self._endpoint_id)


def _state(fates: dict[str, _Fate]) -> str:
    """One request's state: unknown while anything is; else done if it created anything."""
    statuses = {f.status for f in fates.values()}
    if UNKNOWN in statuses:
        return WriteState.UNKNOWN
    if CREATED in statuses:
        return WriteState.DONE
    return WriteState.REFUSED if REFUSED in statuses else WriteState.NOT_DONE


def _outcome(fates: dict[str, _Fate]) -> Words:
    """e.g. `created 48 of 50 (2 already at OC); refused 1; not at OC, sent again 1`."""
    count = {s: sum(f.status == s for f in fates.values()) for s in (CREATED, REFUSED, UNKNOWN)}
    already = sum(f.why == ALREADY_AT_OC for f in fates.values())
    missing = sum(f.status == _MISSING for f in fates.values())
    not_sent = sum(f.status == NOT_SENT for f in fates.values())
    created = _CREATED_ALREADY_WORDS if already else _CREATED_WORDS
    counted = ((_REFUSED_WORDS, count[REFUSED]), (_UNKNOWN_WORDS, count[UNKNOWN]),
               (_SENT_AGAIN_WORDS, missing))  # fmt: skip
    parts = [Words.of(words, count=n) for words, n in counted if n]
    if not_sent:
        parts.append(Words.of(_NOT_SENT_WORDS, count=not_sent, why=_first_why(fates, NOT_SENT)))
    return Words.joined(
        Words.of(created, created=count[CREATED], total=len(fates), already=already), *parts
    )


def _first_why(fates: dict[str, _Fate], status: str) -> str:
    return next(f.why for f in fates.values() if f.status == status)


@dataclass
class _Job:
    """One bulk run: what it creates, how it calls OC, where it reports."""

    kind: BulkKind
    call: Call
    audit: _Recorder
    sleep: Sleep
    progress: Progress | None
    cancelled: Cancelled | None
    report: BulkReport
    total: int = 0
    sent: int = 0

    def settle(
        self, index: int, item: SourceItem, status: str, number: str = "", why: str = ""
    ) -> None:
        reference = str(item.data.get(self.kind.key) or "")
        self.report.add(ItemOutcome(index, item, reference, status, number, why))

    def tell(self, text: str) -> None:
        tell(self.progress, self.sent, self.total, text)


Batch = list[tuple[int, SourceItem]]


def create_in_bulk(
    kind: BulkKind,
    call: Call,
    items: Sequence[SourceItem | dict[str, Any]],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    audit: AuditTrail | None = None,
    sleep: Sleep = time.sleep,
) -> BulkReport:
    """Check every item, then send the valid ones chunk by chunk (rule C12: one write at a time).

    With an AuditTrail, the profile's open writes (cut off by a crash, or unknown) are looked up
    and settled first. `sleep` waits between lookups of a chunk whose answer was lost.
    """
    recorder = _Recorder(audit, kind.endpoint_id)
    job = _Job(kind, call, recorder, sleep, progress, cancelled, BulkReport(kind.endpoint_id))
    if audit is not None:
        _resolve_earlier_writes(job, audit)
    sources = [i if isinstance(i, SourceItem) else SourceItem(dict(i)) for i in items]
    valid = _triage(job, sources)
    job.total = len(valid)
    for batch in chunks(valid, kind.chunk_size):
        if stopped(cancelled):
            job.report.cancelled = True
            for index, item in valid[job.sent :]:
                why = translate("bulk_create", "not sent: the job was cancelled")
                job.settle(index, item, NOT_SENT, why=why)
            break
        sending = translate("bulk_create", "Sending {noun} {first}-{last}")
        job.tell(sending.format(noun=kind.words, first=job.sent + 1, last=job.sent + len(batch)))
        _send_chunk(job, batch)
        job.sent += len(batch)
    job.tell(job.report.summary())
    return job.report


create_outbound_orders = functools.partial(create_in_bulk, ORDERS)
"""Create outbound orders (at most 50 per call, one call at a time); see the module text."""
create_skus = functools.partial(create_in_bulk, SKUS)
"""Create SKUs (at most 200 per call, one call at a time); see the module text."""


def _resolve_earlier_writes(job: _Job, audit: AuditTrail) -> None:
    """Settle what an earlier run left open, so the audit log is whole before this one adds."""
    job.tell(translate("bulk_create", "Checking at OC what earlier runs left unknown"))
    try:
        resolve_open_writes(job.call, audit.log, audit.profile)
    except Exception:
        # The import itself is safe without it: OC refuses a reference twice, and that is read.
        log.exception("could not settle the open writes of profile %s", audit.profile)


def check_items(kind: BulkKind, items: Sequence[SourceItem]) -> list[list[str]]:
    """Each item's problems as this job sees them before sending: the file's, the catalog's
    checks, and a reference used twice. An item with none is sent."""
    endpoint = catalog.get(kind.endpoint_id)
    first_seen: dict[str, str] = {}
    found = []
    for index, item in enumerate(items):
        problems = list(item.problems)
        problems += [_field_text(p) for p in validation.problems_for(endpoint, [item.data])]
        reference = str(item.data.get(kind.key) or "")
        if reference in first_seen:
            used = translate("bulk_create", "{key} {reference} is already used by {first}")
            problems.append(used.format(key=kind.key, reference=reference,
                                        first=first_seen[reference]))  # fmt: skip
        elif not problems:  # an item not sent leaves its reference free
            first_seen[reference] = item.where or translate(
                "bulk_report", "item {number}"
            ).format(number=index + 1)
        found.append(problems)
    return found


def _triage(job: _Job, sources: list[SourceItem]) -> Batch:
    """The items that may be sent; every other one goes in the report with all its problems."""
    valid: Batch = []
    for index, (item, problems) in enumerate(zip(sources, check_items(job.kind, sources),
                                                 strict=True)):  # fmt: skip
        if problems:
            job.settle(index, item, INVALID, why="; ".join(problems))
        else:
            valid.append((index, item))
    return valid


def _field_text(problem: FieldProblem) -> str:
    """A problem of `data[0].consigneeName` as the user knows it: `consigneeName: is required`."""
    path = problem.path.removeprefix("data[0]").lstrip(".")
    return f"{path}: {problem.message}" if path else problem.message


def _reference(job: _Job, item: SourceItem) -> str:
    return str(item.data.get(job.kind.key))


def _send_chunk(job: _Job, batch: Batch) -> None:
    """Send `batch` once, and what OC lacks after a lost answer once more; report every item."""
    references = [_reference(job, item) for _, item in batch]
    entry, fates = _request(job, batch, last=False)
    again = [(i, item) for i, item in batch if fates[_reference(job, item)].status == _MISSING]
    if again:
        again_words = translate("bulk_create", "Sending again the {count} {noun} OC did not get")
        job.tell(again_words.format(count=len(again), noun=job.kind.words))
        retry = _request(job, again, last=True)[1]
        late = {
            r: _Fate(CREATED, f.number, translate("bulk_create", _LATE))
            for r, f in retry.items()
            if f.why == ALREADY_AT_OC
        }
        if late:  # OC refused the resend as a duplicate: it processed the first request after all
            job.audit.settle(entry, references, fates | late)
        fates |= retry
    for index, item in batch:
        fate = fates[_reference(job, item)]
        job.settle(index, item, fate.status, fate.number, fate.why)


def _request(job: _Job, batch: Batch, *, last: bool) -> tuple[int | None, dict[str, _Fate]]:
    """One create call for `batch`, recorded before it leaves: its entry, each reference's fate."""
    references = [_reference(job, item) for _, item in batch]
    entry = job.audit.begin(references)
    try:
        result = job.call(job.kind.endpoint_id, [item.data for _, item in batch])
    except BusinessError as exc:
        fates = _answered(job, references, exc.result, str(exc), last=last)
    except OutcomeUnknown as exc:
        fates = _lost(job, references, str(exc.cause), last=last)
    except OcError as exc:
        # proven not done: OC refused the login, or the connection was never made
        why = translate("bulk_create", "not sent: {error}").format(error=exc)
        why += f" ({exc.hint})" if exc.hint else ""
        fates = {r: _Fate(NOT_SENT, why=why) for r in references}
    else:
        fates = _answered(job, references, result, "", last=last)
    job.audit.settle(entry, references, fates)
    return entry, fates


def _answered(
    job: _Job, references: list[str], result: OcResult | None, refusal: str, *, last: bool
) -> dict[str, _Fate]:
    """OC's answer read by reference: created, refused (checked at OC), or not mentioned."""
    created = _created_numbers(job.kind, result.rows() if result is not None else [])
    reasons = _item_errors(result.errors if result is not None else [])
    fates = {r: _Fate(CREATED, created[r]) for r in references if r in created}
    refused = {r: reasons.get(r) or refusal for r in references if r not in created}
    unmentioned = [r for r, why in refused.items() if not why]
    refused = {r: why for r, why in refused.items() if why}
    if refused:
        fates |= _check_refused(job, refused)
    if unmentioned:
        unmentioned_why = translate("bulk_create", "OC's answer does not mention them")
        fates |= _lost(job, unmentioned, unmentioned_why, last=last)
    return fates


def _created_numbers(kind: BulkKind, rows: list[dict[str, Any]]) -> dict[str, str]:
    found = {}
    for row in rows:
        reference, number = _value(row, kind.key), _value(row, kind.number_key)
        if reference and number:
            found[reference] = number
    return found


def _value(row: dict[str, Any], key: str) -> str:
    value = lenient.get(row, key)
    return "" if value in (None, "") else str(value)


def _item_errors(errors: list[dict[str, Any]]) -> dict[str, str]:
    """OC's reasons by item id; several errors for one item are joined."""
    found: dict[str, list[str]] = {}
    for error in errors:
        item_id = error.get("id")
        if item_id in (None, ""):
            continue
        code = error.get("code")
        message = error.get("message") or translate("bulk_create", "refused")
        found.setdefault(str(item_id), []).append(f"{message} ({code})" if code else message)
    return {key: "; ".join(texts) for key, texts in found.items()}


def _check_refused(job: _Job, refused: dict[str, str]) -> dict[str, _Fate]:
    """A refused reference OC holds was created before (OC refuses a duplicate): say so."""
    found = find_patiently(
        job.call, job.kind.lookup, list(refused), until_all_found=False, sleep=job.sleep,
        cancelled=job.cancelled,
    )  # fmt: skip
    fates = {}
    for reference, why in refused.items():
        if reference in found.numbers:
            fates[reference] = _Fate(CREATED, found.numbers[reference], ALREADY_AT_OC)
        elif found.answered:
            fates[reference] = _Fate(REFUSED, why=why)
        else:
            unchecked = translate(
                "bulk_create",
                "OC refused it ({why}), but whether OC already holds it could not be checked "
                "({error}); {advice}",
            )
            fates[reference] = _Fate(UNKNOWN, why=unchecked.format(
                why=why, error=found.last_error, advice=_advice(job, reference)
            ))  # fmt: skip
    return fates


def _lost(job: _Job, references: list[str], cause: str, *, last: bool) -> dict[str, _Fate]:
    """After a lost answer: what OC holds is created; the rest is sent again once, or unknown."""
    first, count = job.sent + 1, len(references)

    def checking(check: int, of: int) -> None:
        words = translate(
            "bulk_create",
            "No answer from OC for {count} {noun} from {first}: checking whether they arrived "
            "({check} of {of})",
        )
        job.tell(words.format(count=count, noun=job.kind.words, first=first, check=check, of=of))

    found = find_patiently(
        job.call, job.kind.lookup, references, sleep=job.sleep, cancelled=job.cancelled,
        on_check=checking,
    )  # fmt: skip
    fates = {r: _Fate(CREATED, n) for r, n in found.numbers.items()}
    missing = [r for r in references if r not in found.numbers]
    if not found.answered:
        why = translate(
            "bulk_create", "the answer was lost ({cause}) and OC could not be asked ({error})"
        ).format(cause=cause, error=found.last_error)
    elif last or stopped(job.cancelled):
        waited = sum(LOOKUP_WAITS[: found.checks])
        why = translate(
            "bulk_create",
            "the answer was lost ({cause}) and OC did not hold it after {checks} checks over "
            "{seconds} s",
        ).format(cause=cause, checks=found.checks, seconds=f"{waited:g}")
    else:
        return fates | {r: _Fate(_MISSING) for r in missing}
    return fates | {r: _Fate(UNKNOWN, why=f"{why}; {_advice(job, r)}") for r in missing}


def _advice(job: _Job, reference: str) -> str:
    key = job.kind.key
    advice = translate(
        "bulk_create",
        "look up {key} {reference} at OC before sending it again, and keep its {key} as it is",
    )
    return advice.format(key=key, reference=reference)
