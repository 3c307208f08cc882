"""A crash-safe print queue: batches of labels printed in order, each at most once."""

from __future__ import annotations

import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ocdesk.api.text import translate
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.history import PrintHistory, PrintRecord, audit_print
from ocdesk.labels.printing import PrintOutcome
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database, row_to, text
from ocdesk.store.locks import FileLock

BATCH_REPRINT_REASON = "printed again in a batch"
# Beside the database: one lock file per batch being printed, held by the process printing it.
BATCH_LOCK_FOLDER = "print-batches"


class JobState(StrEnum):
    """A job's life: queued -> sending -> sent | failed; sending -> unknown after a crash.

    failed or unknown -> discarded when the user gives the label up; it ends like a sent job.
    """

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"
    DISCARDED = "discarded"


# Batches with jobs in these states still need the user or the printer.
_OPEN_STATES = (JobState.QUEUED, JobState.SENDING, JobState.FAILED, JobState.UNKNOWN)


class QueueError(Exception):
    """A job is not in the state the requested step needs (e.g. sending one twice)."""


class BatchBusy(QueueError):
    """Another run (in this process or another ocdesk) is printing the batch right now."""


@dataclass(frozen=True)
class JobSpec:
    """One label to print: what it is, where, on which media preset (by key)."""

    seq: int
    label_type: str
    number: str
    printer: str
    preset: str


@dataclass(frozen=True)
class Job:
    """A row of print_jobs."""

    id: int
    batch_id: str
    seq: int
    label_type: str
    number: str
    content_hash: str
    printer: str
    preset: str
    state: JobState
    error: str
    cups_job_id: str | None
    created_at: float
    updated_at: float

    @property
    def spec(self) -> JobSpec:
        return JobSpec(self.seq, self.label_type, self.number, self.printer, self.preset)


class PrintQueue:
    """The print_jobs table.

    Every state change is its own committed transaction, and `mark_sending` is committed
    before anything goes to the printer: after a crash, a job found in `sending` may or may
    not have printed, so `recover` makes it `unknown` and only the user decides.

    Whoever prints a batch holds its lock (`printing`) for the whole run; the system frees it
    when that process ends. So a `sending` job whose batch is locked is being printed right
    now, by this process or another console on the same data folder, and is left alone.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock_folder = db.path.parent / BATCH_LOCK_FOLDER

    @contextmanager
    def printing(self, batch_id: str) -> Iterator[None]:
        """Hold the batch while it prints; BatchBusy if someone else is printing it."""
        lock = self._lock(batch_id)
        if not lock.try_acquire():
            raise BatchBusy(translate(
                "printing",
                "This batch is being printed by another ocdesk window right now; let that one "
                "finish, then look again.",
            ))
        try:
            yield
        finally:
            lock.release()

    def add_batch(self, items: Iterable[JobSpec]) -> str:
        """Queue every item under a new batch id, all or nothing."""
        batch_id = uuid.uuid4().hex
        now = time.time()
        rows = [
            (now, batch_id, i.seq, i.label_type, i.number, "", i.printer, i.preset, now)
            for i in items
        ]
        if not rows:
            raise ValueError("a print batch needs at least one label")
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO print_jobs (created_at, batch_id, seq, label_type, number,"
                " content_hash, printer, preset, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return batch_id

    def jobs(self, batch_id: str) -> list[Job]:
        """All jobs of a batch, in print order."""
        rows = self._db.query(
            "SELECT * FROM print_jobs WHERE batch_id = ? ORDER BY seq", [batch_id]
        )
        return [_job(row) for row in rows]

    def job(self, job_id: int) -> Job:
        rows = self._db.query("SELECT * FROM print_jobs WHERE id = ?", [job_id])
        if not rows:
            raise QueueError(f"no print job {job_id}")
        return _job(rows[0])

    def next_queued(self, batch_id: str) -> Job | None:
        """The first job of the batch still waiting to print."""
        rows = self._db.query(
            "SELECT * FROM print_jobs WHERE batch_id = ? AND state = ? ORDER BY seq LIMIT 1",
            [batch_id, JobState.QUEUED],
        )
        return _job(rows[0]) if rows else None

    def mark_sending(self, job_id: int, content_hash: str = "") -> None:
        """Claim a queued job for sending; committed before the job goes to the printer."""
        self._move(job_id, [JobState.QUEUED], JobState.SENDING, content_hash=content_hash)

    def mark_sent(self, job_id: int, cups_job_id: str | None) -> None:
        self._move(job_id, [JobState.SENDING], JobState.SENT, cups_job_id=cups_job_id)

    def mark_failed(self, job_id: int, error: str) -> None:
        """A job that did not print (fetch or send failed); it waits for `retry`."""
        self._move(job_id, [JobState.QUEUED, JobState.SENDING], JobState.FAILED, error=error)

    def mark_unknown(self, job_id: int, error: str) -> None:
        """A job cut off while it was being sent: it may have printed; the user decides."""
        self._move(job_id, [JobState.SENDING], JobState.UNKNOWN, error=error)

    def retry(self, job_id: int) -> None:
        self._move(job_id, [JobState.FAILED], JobState.QUEUED, error=None)

    def discard(self, job_id: int) -> None:
        """The user gives up a failed job, or an unknown one that did not print: never printed."""
        self._move(job_id, [JobState.FAILED, JobState.UNKNOWN], JobState.DISCARDED)

    def recover(self) -> list[Job]:
        """At start-up: jobs a crash left in `sending` become `unknown`, never re-sent.

        Only batches nobody is printing: a live run's `sending` job is its own business.
        Returns every unknown job (also those from earlier runs not yet resolved), for the
        GUI to ask "did these print?".
        """
        cut_off = self._db.query(
            "SELECT DISTINCT batch_id FROM print_jobs WHERE state = ?", [JobState.SENDING]
        )
        for row in cut_off:
            self._settle_cut_off(row["batch_id"])
        rows = self._db.query(
            "SELECT * FROM print_jobs WHERE state = ? ORDER BY created_at, batch_id, seq",
            [JobState.UNKNOWN],
        )
        return [_job(row) for row in rows]

    def resolve_unknown(self, job_id: int, printed: bool) -> None:
        """The user's answer: printed -> sent; not printed -> queued again."""
        target = JobState.SENT if printed else JobState.QUEUED
        self._move(job_id, [JobState.UNKNOWN], target)

    def pending_batches(self) -> list[str]:
        """Batches with jobs still queued, failed or unknown, oldest first."""
        marks = ", ".join("?" for _ in _OPEN_STATES)
        rows = self._db.query(
            f"SELECT batch_id FROM print_jobs WHERE state IN ({marks})"
            " GROUP BY batch_id ORDER BY min(created_at), batch_id",
            list(_OPEN_STATES),
        )
        return [row["batch_id"] for row in rows]

    def _settle_cut_off(self, batch_id: str) -> None:
        """The batch's `sending` jobs become `unknown`, if the process printing it is gone."""
        lock = self._lock(batch_id)
        if not lock.try_acquire():
            return  # alive: that run finishes its job itself
        try:
            self._db.execute(
                "UPDATE print_jobs SET state = ?, updated_at = ? WHERE batch_id = ? AND state = ?",
                [JobState.UNKNOWN, time.time(), batch_id, JobState.SENDING],
            )
        finally:
            lock.release()

    def _lock(self, batch_id: str) -> FileLock:
        return FileLock(self._lock_folder / f"{Path(batch_id).name}.lock")

    def _move(
        self, job_id: int, sources: Sequence[JobState], target: JobState, **fields: Any
    ) -> None:
        """Change state only from `sources`: a job is never claimed or finished twice."""
        sets = "".join(f", {name} = ?" for name in fields)
        marks = ", ".join("?" for _ in sources)
        written = self._db.execute(
            f"UPDATE print_jobs SET state = ?, updated_at = ?{sets}"
            f" WHERE id = ? AND state IN ({marks})",
            [target, time.time(), *fields.values(), job_id, *sources],
        )
        if written.rowcount != 1:
            current = self.job(job_id).state
            raise QueueError(f"print job {job_id} is {current}, cannot become {target}")


def _job(row: Any) -> Job:
    return row_to(Job, row, printer=text, preset=text, state=JobState, error=text)


@dataclass(frozen=True)
class BatchReport:
    """How a run of a batch ended; `failed` and `unknown` are the jobs needing attention.

    `printed` are the batch's jobs the printer took (this run's and an earlier run's), each
    with its printer and when (`updated_at`), for "Printed on <printer> at <time>".
    """

    batch_id: str
    printed: list[Job]
    failed: list[Job]
    unknown: list[Job]
    remaining: int
    cancelled: bool

    @property
    def sent(self) -> int:
        return len(self.printed)

    @property
    def ok(self) -> bool:
        return not (self.failed or self.unknown or self.remaining)


def run_batch(
    queue: PrintQueue,
    batch_id: str,
    fetch: Callable[[JobSpec], LabelDocument],
    send: Callable[[LabelDocument, Job], PrintOutcome],
    history: PrintHistory,
    *,
    audit: AuditLog,
    profile: str = "",
    cancelled: Callable[[], bool],
    progress: Callable[[int, int], None],
    max_fetch_workers: int = 4,
) -> BatchReport:
    """Print the batch's queued jobs strictly in order, each at most once.

    Labels are fetched ahead on a small thread pool (OC is the slow part), but sent one by
    one in `seq` order. A failed fetch or send marks that job failed and the run goes on.
    Every send is recorded in the print history and the audit log (as `profile`), as a
    reprint when the label was printed before. `cancelled` is checked before each job: the
    rest stay queued for a later run. `progress(done, total)` counts this run's jobs.
    """
    records = _Records(history, audit, profile)
    stopped = False
    with (
        queue.printing(batch_id),
        ThreadPoolExecutor(max_workers=max_fetch_workers, thread_name_prefix="label-fetch") as pool,
    ):
        todo = [job for job in queue.jobs(batch_id) if job.state == JobState.QUEUED]
        # A bounded window ahead: a 1000-label batch never holds 1000 PDFs in memory.
        ahead = max_fetch_workers * 2
        pending = deque(pool.submit(fetch, job.spec) for job in todo[:ahead])
        for done, job in enumerate(todo):
            if cancelled():
                stopped = True
                break
            future = pending.popleft()
            if done + ahead < len(todo):
                pending.append(pool.submit(fetch, todo[done + ahead].spec))
            _print_one(queue, records, job, future, send)
            progress(done + 1, len(todo))
        for future in pending:
            future.cancel()
    return _report(queue, batch_id, stopped)


@dataclass(frozen=True)
class _Records:
    """Where a batch's prints are recorded: the print history and the audit log."""

    history: PrintHistory
    audit: AuditLog
    profile: str

    def earlier_print(self, job: Job) -> PrintRecord | None:
        return self.history.last_print(job.label_type, job.number)

    def add(
        self, job: Job, doc: LabelDocument, outcome: PrintOutcome, earlier: PrintRecord | None
    ) -> None:
        reason = BATCH_REPRINT_REASON if earlier else ""
        self.history.record(
            doc.identity, job.printer, job.preset, outcome, profile=self.profile,
            reprint_of=earlier.id if earlier else None, reason=reason,
            source_endpoint=doc.source_endpoint,
        )  # fmt: skip
        detail = f"{job.printer}, {job.preset}, batch {job.batch_id[:8]} #{job.seq}: "
        detail += outcome.message + (f"; reprint: {reason}" if earlier else "")
        audit_print(
            self.audit, self.profile, job.number, reprint=earlier is not None, ok=outcome.ok,
            detail=detail,
        )  # fmt: skip


def _print_one(
    queue: PrintQueue,
    records: _Records,
    job: Job,
    future: Future[LabelDocument],
    send: Callable[[LabelDocument, Job], PrintOutcome],
) -> None:
    try:
        doc = future.result()
    except Exception as exc:  # any fetch failure fails only this job
        queue.mark_failed(job.id, f"could not get the label: {exc}")
        return
    earlier = records.earlier_print(job)
    queue.mark_sending(job.id, doc.content_hash)
    try:
        outcome = send(doc, job)
    except Exception as exc:  # a printer error must not stop the batch
        outcome = PrintOutcome(False, None, str(exc))
    if outcome.ok:
        queue.mark_sent(job.id, outcome.job_id)
    elif outcome.maybe_printed:
        queue.mark_unknown(job.id, outcome.message)
    else:
        queue.mark_failed(job.id, outcome.message)
    records.add(job, doc, outcome, earlier)


def _report(queue: PrintQueue, batch_id: str, cancelled: bool) -> BatchReport:
    jobs = queue.jobs(batch_id)

    def having(state: JobState) -> list[Job]:
        return [job for job in jobs if job.state == state]

    return BatchReport(
        batch_id=batch_id,
        printed=having(JobState.SENT),
        failed=having(JobState.FAILED),
        unknown=having(JobState.UNKNOWN),
        remaining=len(having(JobState.QUEUED)),
        cancelled=cancelled,
    )
