"""Create many outbound orders or SKUs: check each locally, send in chunks, never create one twice.

A chunk whose outcome is unknown (the connection broke, OC timed out or answered garbage) is
never resent as it is: its references are looked up first, the ones OC has count as created,
and only the missing ones are sent once more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ocdesk.api import catalog, lenient, validation
from ocdesk.api.batches import chunks, limit_for
from ocdesk.api.errors import BusinessError, FieldProblem, OcError, OutcomeUnknown
from ocdesk.api.result import OcResult
from ocdesk.workflows.bulk_report import (
    CREATED,
    FAILED,
    INVALID,
    NOT_SENT,
    UNKNOWN,
    UNKNOWN_ADVICE,
    BulkReport,
    ItemOutcome,
)
from ocdesk.workflows.csv_items import SourceItem
from ocdesk.workflows.jobs import Call, Cancelled, Progress, stopped, tell

log = logging.getLogger(__name__)

Audit = Callable[[str, list[str], str], None]
"""(endpoint id, key numbers, outcome): records one write call in the audit log."""


@dataclass(frozen=True)
class BulkKind:
    """What differs between creating orders and creating SKUs."""

    endpoint_id: str
    lookup_id: str
    key: str
    number_key: str
    list_key: str
    noun: str
    extra_lookup: tuple[tuple[str, Any], ...] = ()

    @property
    def chunk_size(self) -> int:
        """OC's per-call limit from the catalog (50 orders, 200 SKUs)."""
        return limit_for(self.endpoint_id) or 1

    def lookup_data(self, references: Sequence[str]) -> dict[str, Any]:
        """The query that finds these references at OC."""
        return {self.list_key: [{self.key: r} for r in references], **dict(self.extra_lookup)}


ORDERS = BulkKind(
    "outbound.create", "outbound.query", "referenceNumber", "orderNumber",
    "referenceNumberList", "orders",
)  # fmt: skip
SKUS = BulkKind(
    "sku.create", "sku.query", "referenceSKUID", "MFSKUID", "referenceSKUIDList", "SKUs",
    extra_lookup=(("limit", 200),),
)  # fmt: skip


@dataclass(frozen=True)
class _Job:
    """One bulk run: what it creates, how it calls OC, where it reports."""

    kind: BulkKind
    call: Call
    report: BulkReport
    audit: Audit | None

    def settle(
        self, index: int, item: SourceItem, status: str, number: str = "", why: str = ""
    ) -> None:
        reference = str(item.data.get(self.kind.key) or "")
        self.report.add(ItemOutcome(index, item, reference, status, number, why))

    def record(self, references: list[str], numbers: list[str], outcome: str) -> None:
        if self.audit is None:
            return
        try:
            self.audit(self.kind.endpoint_id, [*references, *numbers], outcome)
        except Exception:
            # The orders exist whatever the audit log says; losing the report would be worse.
            log.exception("could not record %s in the audit log", self.kind.endpoint_id)


Batch = list[tuple[int, SourceItem]]


def create_outbound_orders(
    call: Call,
    orders: Sequence[SourceItem | dict[str, Any]],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    audit: Audit | None = None,
) -> BulkReport:
    """Create `orders` (at most 50 per call, one call at a time); see the module text."""
    return create_in_bulk(ORDERS, call, orders, progress=progress, cancelled=cancelled, audit=audit)


def create_skus(
    call: Call,
    items: Sequence[SourceItem | dict[str, Any]],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    audit: Audit | None = None,
) -> BulkReport:
    """Create SKUs (at most 200 per call, one call at a time); see the module text."""
    return create_in_bulk(SKUS, call, items, progress=progress, cancelled=cancelled, audit=audit)


def create_in_bulk(
    kind: BulkKind,
    call: Call,
    items: Sequence[SourceItem | dict[str, Any]],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    audit: Audit | None = None,
) -> BulkReport:
    """Check every item, then send the valid ones chunk by chunk (rule C12: one write at a time)."""
    job = _Job(kind, call, BulkReport(kind.endpoint_id), audit)
    sources = [i if isinstance(i, SourceItem) else SourceItem(dict(i)) for i in items]
    valid = _triage(job, sources)
    sent = 0
    for batch in chunks(valid, kind.chunk_size):
        if stopped(cancelled):
            job.report.cancelled = True
            for index, item in valid[sent:]:
                job.settle(index, item, NOT_SENT, why="not sent: the job was cancelled")
            break
        tell(progress, sent, len(valid), f"Sending {kind.noun} {sent + 1}-{sent + len(batch)}")
        _send(job, batch, may_resend=True)
        sent += len(batch)
    tell(progress, sent, len(valid), job.report.summary())
    return job.report


def _triage(job: _Job, sources: list[SourceItem]) -> Batch:
    """The items that may be sent; every other one goes in the report with all its problems."""
    endpoint = catalog.get(job.kind.endpoint_id)
    first_seen: dict[str, str] = {}
    valid: Batch = []
    for index, item in enumerate(sources):
        problems = list(item.problems)
        problems += [_field_text(p) for p in validation.problems_for(endpoint, [item.data])]
        reference = str(item.data.get(job.kind.key) or "")
        if reference in first_seen:
            problems.append(
                f"{job.kind.key} {reference} is already used by {first_seen[reference]}"
            )
        if problems:
            job.settle(index, item, INVALID, why="; ".join(problems))
            continue
        first_seen[reference] = item.where or f"item {index + 1}"
        valid.append((index, item))
    return valid


def _field_text(problem: FieldProblem) -> str:
    """A problem of `data[0].consigneeName` as the user knows it: `consigneeName: is required`."""
    path = problem.path.removeprefix("data[0]").lstrip(".")
    return f"{path}: {problem.message}" if path else problem.message


def _references(job: _Job, batch: Batch) -> list[str]:
    return [str(item.data.get(job.kind.key)) for _, item in batch]


def _send(job: _Job, batch: Batch, *, may_resend: bool) -> None:
    """One create call for `batch`; every item ends up settled in the report."""
    references = _references(job, batch)
    try:
        result = job.call(job.kind.endpoint_id, [item.data for _, item in batch])
    except BusinessError as exc:
        _settle_answer(job, batch, exc.result, fallback=str(exc))
    except OutcomeUnknown as exc:
        _recover(job, batch, exc, may_resend=may_resend)
    except OcError as exc:
        why = f"not sent: {exc}" + (f" ({exc.hint})" if exc.hint else "")
        for index, item in batch:
            job.settle(index, item, FAILED, why=why)
        job.record(references, [], f"not sent: {exc}")
    else:
        _settle_answer(job, batch, result, fallback="")


def _settle_answer(job: _Job, batch: Batch, result: OcResult | None, *, fallback: str) -> None:
    """Read created numbers and per-item errors (matched by reference) from OC's answer."""
    created = _created_numbers(job.kind, result.rows() if result is not None else [])
    refused = _item_errors(result.errors if result is not None else [])
    for index, item in batch:
        reference = str(item.data.get(job.kind.key))
        if reference in created:
            job.settle(index, item, CREATED, created[reference])
        elif reference in refused:
            job.settle(index, item, FAILED, why=refused[reference])
        elif fallback:
            job.settle(index, item, FAILED, why=fallback)
        else:
            why = f"OC's answer does not mention it; {UNKNOWN_ADVICE}"
            job.settle(index, item, UNKNOWN, why=why)
    numbers = [created[r] for r in _references(job, batch) if r in created]
    outcome = f"created {len(numbers)} of {len(batch)}"
    job.record(_references(job, batch), numbers, outcome + (f"; {fallback}" if fallback else ""))


def _created_numbers(kind: BulkKind, rows: list[dict[str, Any]]) -> dict[str, str]:
    found = {}
    for row in rows:
        reference, number = lenient.get(row, kind.key), lenient.get(row, kind.number_key)
        if reference not in (None, "") and number not in (None, ""):
            found[str(reference)] = str(number)
    return found


def _item_errors(errors: list[dict[str, Any]]) -> dict[str, str]:
    """OC's reasons by item id; several errors for one item are joined."""
    found: dict[str, list[str]] = {}
    for error in errors:
        item_id = error.get("id")
        if item_id in (None, ""):
            continue
        code, message = error.get("code"), error.get("message") or "refused"
        found.setdefault(str(item_id), []).append(f"{message} ({code})" if code else message)
    return {key: "; ".join(texts) for key, texts in found.items()}


def _recover(job: _Job, batch: Batch, error: OcError, *, may_resend: bool) -> None:
    """After an unknown outcome: count what OC has as created, resend the rest at most once."""
    references = _references(job, batch)
    found = _look_up(job, references)
    if found is None:
        why = f"the answer was lost ({error}) and the lookup failed; {UNKNOWN_ADVICE}"
        for index, item in batch:
            job.settle(index, item, UNKNOWN, why=why)
        job.record(references, [], f"unknown: {error}")
        return
    missing: Batch = []
    for index, item in batch:
        reference = str(item.data.get(job.kind.key))
        if reference in found:
            job.settle(index, item, CREATED, found[reference])
        else:
            missing.append((index, item))
    numbers = [found[r] for r in references if r in found]
    action = "resending" if may_resend else "still unknown"
    outcome = f"unknown ({error}); found {len(numbers)} at OC, {action} {len(missing)}"
    job.record(references, numbers, outcome)
    if missing and may_resend:
        _send(job, missing, may_resend=False)
        return
    for index, item in missing:
        job.settle(index, item, UNKNOWN, why=f"{UNKNOWN_ADVICE} (last answer lost: {error})")


def _look_up(job: _Job, references: list[str]) -> dict[str, str] | None:
    """reference -> number for those OC has; None when OC could not be asked."""
    try:
        result = job.call(job.kind.lookup_id, job.kind.lookup_data(references))
    except OcError as exc:
        log.warning("could not look up %d references: %s", len(references), exc)
        return None
    wanted = set(references)
    return {r: n for r, n in _created_numbers(job.kind, result.rows()).items() if r in wanted}
