"""A crash-safe print queue: batches of labels printed in order, each at most once.

Several desks may work through one batch (on a shared database): each claims the next few
queued labels for itself before fetching them, and sends only what it still holds, so a label
never prints on two desks. A claim lapses after CLAIM_LEASE_S, so labels a vanished desk had
only claimed go to the others; a label a desk was *sending* when it died waits for a person.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ocdesk.api.text import QT_TRANSLATE_NOOP
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.history import PrintHistory, PrintRecord, audit_print
from ocdesk.labels.printing import PrintOutcome
from ocdesk.store.audit import AuditLog, Words
from ocdesk.store.db import row_to, text
from ocdesk.store.operator import Operator, resolve
from ocdesk.store.owners import is_gone, owners_folder, this_process
from ocdesk.store.sql import Store

BATCH_REPRINT_REASON = "printed again in a batch"
# A batch print's audit detail; a reprint's part says the reason above.
BATCH_PRINT_DETAIL = QT_TRANSLATE_NOOP(
    "audit", "{printer}, {preset}, batch {batch} #{seq}: {message}"
)
BATCH_REPRINT_DETAIL = QT_TRANSLATE_NOOP("audit", "reprint: printed again in a batch")
# A desk fetches a few labels ahead; if it has not sent one this long after claiming it, it is
# taken to be gone and the label goes to another desk (it was never sent: nothing can double).
CLAIM_LEASE_S = 300.0


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
    owner: str  # the run that claimed or sent it: "host:pid:start#run"
    workstation: str  # the desk of that run, for "being printed on DESK-A"

    @property
    def spec(self) -> JobSpec:
        return JobSpec(self.seq, self.label_type, self.number, self.printer, self.preset)


class PrintQueue:
    """The print_jobs table.

    Every state change is its own committed transaction, and `mark_sending` is committed
    before anything goes to the printer: after a crash, a job found in `sending` may or may
    not have printed, so `recover` makes it `unknown` and only the user decides.

    A run claims jobs (`claim`) under an owner name of its own; only the claiming run may send
    them. A `sending` job of a run whose process still lives, here or on another desk, is left
    alone: that run finishes it.
    """

    def __init__(self, db: Store, who: Callable[[], Operator] = resolve) -> None:
        """`who` names the desk a claim is recorded under (the console's choice, as the print
        history's), for "being printed on DESK-A"."""
        self._db = db
        self.who = who
        self._owners = owners_folder(db.local_dir)
        # Runs are named after this folder too: another desk on the same PC (a folder of its
        # own) keeps its locks elsewhere, so only this folder's runs can be judged from here.
        self._folder = hashlib.sha256(str(self._owners.resolve()).encode()).hexdigest()[:8]
        # Another desk's claim on a row is skipped, not waited for (PostgreSQL); SQLite has
        # one writer at a time, so its claims cannot overlap anyway.
        self._skip_locked = " FOR UPDATE SKIP LOCKED" if db.kind == "postgresql" else ""

    def new_run(self) -> str:
        """An owner name for one run of a batch: this process, its folder, and which run."""
        return f"{this_process(self._owners)}#{self._folder}.{uuid.uuid4().hex[:8]}"

    def claim(self, batch_id: str, run: str, count: int) -> list[Job]:
        """Up to `count` of the batch's next queued jobs, now held by `run`, in print order."""
        now = time.time()
        free = "state = ? AND (owner = '' OR claimed_at < ?)"
        # MATERIALIZED: the picked ids are chosen once; PostgreSQL could otherwise run the
        # subquery again per row, and with SKIP LOCKED each run may pick other rows.
        rows = self._db.query(
            f"WITH picked AS MATERIALIZED (SELECT id FROM print_jobs WHERE batch_id = ? AND {free}"
            f" ORDER BY seq LIMIT ?{self._skip_locked})"
            " UPDATE print_jobs SET owner = ?, workstation = ?, claimed_at = ?, updated_at = ?"
            f" WHERE id IN (SELECT id FROM picked) AND {free} RETURNING *",
            [batch_id, JobState.QUEUED, now - CLAIM_LEASE_S, count,
             run, self.who().workstation, now, now, JobState.QUEUED, now - CLAIM_LEASE_S],
        )  # fmt: skip
        return sorted((_job(row) for row in rows), key=lambda job: job.seq)

    def waiting(self, batch_id: str) -> int:
        """How many of the batch's jobs are still queued (claimed or not)."""
        rows = self._db.query(
            "SELECT count(*) FROM print_jobs WHERE batch_id = ? AND state = ?",
            [batch_id, JobState.QUEUED],
        )
        return int(rows[0][0])

    def release(self, batch_id: str, run: str) -> None:
        """Give back the jobs `run` claimed but did not send (it was cancelled, or is done)."""
        self._db.execute(
            "UPDATE print_jobs SET owner = '', claimed_at = NULL WHERE batch_id = ?"
            " AND state = ? AND owner = ?",
            [batch_id, JobState.QUEUED, run],
        )

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

    def mark_sending(self, job_id: int, run: str, content_hash: str = "") -> bool:
        """`run` sends a job it claimed; committed before the job goes to the printer.

        False when the claim lapsed and another desk took the job: it is theirs to print.
        """
        written = self._db.execute(
            "UPDATE print_jobs SET state = ?, updated_at = ?, content_hash = ?"
            " WHERE id = ? AND state = ? AND owner = ?",
            [JobState.SENDING, time.time(), content_hash, job_id, JobState.QUEUED, run],
        )
        if written.rowcount == 1:
            return True
        job = self.job(job_id)
        if job.state == JobState.QUEUED or job.owner != run:
            return False
        raise QueueError(f"print job {job_id} is {job.state}, cannot become {JobState.SENDING}")

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

        Only jobs of runs whose process is gone (of this PC and this folder: another desk's
        are never judged from here); their claimed, unsent jobs are freed for anyone. Returns
        every unknown job (also those from earlier runs not yet resolved), for the GUI to ask
        "did these print?".
        """
        held = self._db.query(
            "SELECT DISTINCT owner FROM print_jobs WHERE owner != '' AND state IN (?, ?)",
            [JobState.QUEUED, JobState.SENDING],
        )
        for row in held:
            process, _, run = row["owner"].partition("#")
            if self._judges(run) and is_gone(process, self._owners):
                self._settle_gone(row["owner"])
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

    def _judges(self, run: str) -> bool:
        """Whether a run's process holds its lock in this folder. A run named before runs
        carried their folder is judged here: it could only be of this SQLite file's folder."""
        folder, named, _ = run.partition(".")
        return not named or folder == self._folder

    def _settle_gone(self, owner: str) -> None:
        """A gone run's `sending` jobs become `unknown`; its merely claimed ones are free."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE print_jobs SET state = ?, updated_at = ? WHERE owner = ? AND state = ?",
                [JobState.UNKNOWN, time.time(), owner, JobState.SENDING],
            )
            conn.execute(
                "UPDATE print_jobs SET owner = '', claimed_at = NULL WHERE owner = ? AND state = ?",
                [owner, JobState.QUEUED],
            )

    def _move(
        self, job_id: int, sources: Sequence[JobState], target: JobState, **fields: Any
    ) -> None:
        """Change state only from `sources`: a job is never claimed or finished twice."""
        if target == JobState.QUEUED:  # back in the queue: anyone's to claim
            fields |= {"owner": "", "claimed_at": None}
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
    return row_to(Job, row, printer=text, preset=text, state=JobState, error=text, owner=text,
                  workstation=text)  # fmt: skip


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
    """Print the batch's queued jobs in order, each at most once, alongside any other desk.

    This run claims a few jobs ahead and fetches their labels on a small thread pool (OC is
    the slow part), then sends its own jobs one by one in `seq` order. A failed fetch or send
    marks that job failed and the run goes on. Every send is recorded in the print history and
    the audit log (as `profile`), as a reprint when the label was printed before, here or on
    another desk. `cancelled` is checked before each job: what this run had claimed goes back
    to the queue. `progress(done, total)`: of the jobs queued when this run started, how many
    no longer wait (printed, failed or taken by any desk).
    """
    records = _Records(history, audit, profile)
    run = queue.new_run()
    total = sum(1 for job in queue.jobs(batch_id) if job.state == JobState.QUEUED)
    stopped = False
    ahead = max_fetch_workers * 2  # a bounded window: a 1000-label batch never holds 1000 PDFs
    with ThreadPoolExecutor(max_workers=max_fetch_workers, thread_name_prefix="label-fetch") as pool:
        pending: deque[tuple[Job, Future[LabelDocument]]] = deque()
        try:
            while True:
                if len(pending) < ahead // 2:
                    for job in queue.claim(batch_id, run, ahead - len(pending)):
                        pending.append((job, pool.submit(fetch, job.spec)))
                if not pending:
                    break
                if cancelled():
                    stopped = True
                    break
                job, future = pending.popleft()
                _print_one(queue, records, run, job, future, send)
                progress(max(total - queue.waiting(batch_id), 0), total)
        finally:
            for _job_ahead, future in pending:
                future.cancel()
            queue.release(batch_id, run)
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
        printed = Words.of(BATCH_PRINT_DETAIL, printer=job.printer, preset=job.preset,
                           batch=job.batch_id[:8], seq=job.seq, message=outcome.message)  # fmt: skip
        detail = Words.joined(printed, Words(BATCH_REPRINT_DETAIL)) if earlier else printed
        audit_print(
            self.audit, self.profile, job.number, reprint=earlier is not None, ok=outcome.ok,
            detail=detail,
        )  # fmt: skip


def _print_one(
    queue: PrintQueue,
    records: _Records,
    run: str,
    job: Job,
    future: Future[LabelDocument],
    send: Callable[[LabelDocument, Job], PrintOutcome],
) -> None:
    """Send one claimed job, unless another desk took it over meanwhile (its claim lapsed)."""
    try:
        doc = future.result()
    except Exception as exc:  # any fetch failure fails only this job
        queue.mark_failed(job.id, f"could not get the label: {exc}")
        return
    earlier = records.earlier_print(job)
    if not queue.mark_sending(job.id, run, doc.content_hash):
        return
    try:
        outcome = send(doc, job)
    except Exception as exc:  # a printer error must not stop the batch
        outcome = PrintOutcome(False, None, str(exc))
    # On record before the job is done: should the store fail in between, the job stays
    # "sending" (unknown at the next start), never "sent" with no print the guard can see.
    records.add(job, doc, outcome, earlier)
    if outcome.ok:
        queue.mark_sent(job.id, outcome.job_id)
    elif outcome.maybe_printed:
        queue.mark_unknown(job.id, outcome.message)
    else:
        queue.mark_failed(job.id, outcome.message)


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
