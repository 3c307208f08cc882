"""The print queue: strict order, failures set aside, cancel, and no double print after a crash."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from ocdesk.labels.document import LabelDocument
from ocdesk.labels.history import PrintHistory
from ocdesk.labels.printing import PrintOutcome
from ocdesk.labels.queue import (
    CLAIM_LEASE_S,
    BatchReport,
    Job,
    JobSpec,
    JobState,
    PrintQueue,
    QueueError,
    run_batch,
)
from ocdesk.sandbox import labels as sandbox_labels
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import MIGRATIONS, Database
from ocdesk.store.operator import Operator
from ocdesk.store.sql import DatabaseUnavailable, Params, Store, Written

NUMBERS = [f"OC00000000000{n}" for n in range(10, 16)]


def specs(numbers: list[str]) -> list[JobSpec]:
    return [JobSpec(i, "sku", n, "Zebra-1", "60x30@203") for i, n in enumerate(numbers, 1)]


def fetch_label(spec: JobSpec) -> LabelDocument:
    pdf = sandbox_labels.sku_labels([(spec.number, 1, "demo")], date="2025-03-13")
    return LabelDocument(pdf, label_type="sku", number=spec.number, source_endpoint="sku.label")


class Printer:
    """A stand-in printer that records what it printed and may refuse some labels."""

    def __init__(self, refuse: Iterable[str] = ()) -> None:
        self.printed: list[str] = []
        self.refuse = set(refuse)

    def __call__(self, doc: LabelDocument, job: Job) -> PrintOutcome:
        if doc.number in self.refuse:
            return PrintOutcome(False, None, "paper out")
        self.printed.append(doc.number or "")
        return PrintOutcome(True, f"Zebra-1-{len(self.printed)}", "sent")


def run(
    db: Database,
    batch_id: str,
    printer: Printer,
    *,
    fetch: Callable[[JobSpec], LabelDocument] = fetch_label,
    stop_after: int | None = None,
    audit_db: Database | None = None,
) -> BatchReport:
    """Run a batch as the GUI would; `stop_after` presses Cancel after that many labels.

    `audit_db` holds the history and audit log when `db` is a file from an older version.
    """
    seen: list[int] = []
    return run_batch(
        PrintQueue(db),
        batch_id,
        fetch,
        printer,
        PrintHistory(audit_db or db),
        audit=AuditLog(audit_db or db),
        profile="desk",
        cancelled=lambda: stop_after is not None and len(seen) >= stop_after,
        progress=lambda done, total: seen.append(done),
    )


def test_a_batch_prints_in_order_even_when_labels_arrive_out_of_order(db: Database) -> None:
    first_may_finish = threading.Event()

    def slow_first(spec: JobSpec) -> LabelDocument:
        # The first label arrives last: the printer must still get it first.
        if spec.seq == 1:
            first_may_finish.wait(timeout=10)
        elif spec.seq == 4:
            first_may_finish.set()
        return fetch_label(spec)

    batch = PrintQueue(db).add_batch(specs(NUMBERS[:4]))
    printer = Printer()
    report = run(db, batch, printer, fetch=slow_first)
    assert printer.printed == NUMBERS[:4]
    assert (report.sent, report.failed, report.remaining, report.ok) == (4, [], 0, True)
    assert {e.number for e in PrintHistory(db).entries(10)} == set(NUMBERS[:4])


def test_a_failed_label_is_set_aside_and_retried_alone(db: Database) -> None:
    queue = PrintQueue(db)
    batch = queue.add_batch(specs(NUMBERS[:3]))
    report = run(db, batch, Printer(refuse={NUMBERS[1]}))
    assert report.sent == 2
    (failed,) = report.failed
    assert (failed.number, failed.error) == (NUMBERS[1], "paper out")
    assert batch in queue.pending_batches()

    queue.retry(failed.id)
    printer = Printer()
    assert run(db, batch, printer).ok
    assert printer.printed == [NUMBERS[1]]
    assert batch not in queue.pending_batches()


def test_a_label_that_cannot_be_fetched_fails_only_that_job(db: Database) -> None:
    def fetch(spec: JobSpec) -> LabelDocument:
        if spec.seq == 2:
            raise ConnectionError("OC did not answer")
        return fetch_label(spec)

    batch = PrintQueue(db).add_batch(specs(NUMBERS[:3]))
    printer = Printer()
    report = run(db, batch, printer, fetch=fetch)
    assert printer.printed == [NUMBERS[0], NUMBERS[2]]
    assert "OC did not answer" in report.failed[0].error


def test_cancel_stops_cleanly_and_leaves_the_rest_queued(db: Database) -> None:
    batch = PrintQueue(db).add_batch(specs(NUMBERS))
    printer = Printer()
    report = run(db, batch, printer, stop_after=2)
    assert printer.printed == NUMBERS[:2]
    assert (report.cancelled, report.sent, report.remaining) == (True, 2, 4)

    rest = Printer()
    assert run(db, batch, rest).ok
    assert rest.printed == NUMBERS[2:]


def test_a_crash_mid_batch_never_prints_a_label_twice(tmp_path: Path) -> None:
    path = tmp_path / "ocdesk.sqlite3"
    printed: list[str] = []

    # First run: one label printed, then the process dies just after claiming the second.
    db = Database(path)
    queue = PrintQueue(db)
    batch = queue.add_batch(specs(NUMBERS[:4]))
    printer = Printer()
    run(db, batch, printer, stop_after=1)
    printed += printer.printed
    # Another process claims the next label, begins sending it, and dies.
    subprocess.run([sys.executable, "-c", CLAIM_AND_EXIT, str(path), batch], check=True)
    claimed = queue.jobs(batch)[1]
    del queue
    db.close()

    # Next start: the claimed label is unknown, not queued, so nothing re-sends it silently.
    db = Database(path)
    queue = PrintQueue(db)
    (unknown,) = queue.recover()
    assert (unknown.id, unknown.state, unknown.number) == (claimed.id, JobState.UNKNOWN, NUMBERS[1])
    assert queue.pending_batches() == [batch]
    printer = Printer()
    report = run(db, batch, printer)
    printed += printer.printed
    assert [job.number for job in report.unknown] == [NUMBERS[1]]
    assert not report.ok
    assert printed == [NUMBERS[0], NUMBERS[2], NUMBERS[3]]

    # The user says it did not come out: it is queued again and prints once.
    queue.resolve_unknown(unknown.id, printed=False)
    printer = Printer()
    assert run(db, batch, printer).ok
    printed += printer.printed
    assert sorted(printed) == NUMBERS[:4]
    db.close()


def test_an_unknown_label_the_user_saw_print_is_not_printed_again(tmp_path: Path) -> None:
    db = Database(tmp_path / "ocdesk.sqlite3")
    queue = PrintQueue(db)
    batch = queue.add_batch(specs(NUMBERS[:1]))
    subprocess.run([sys.executable, "-c", CLAIM_AND_EXIT, str(db.path), batch], check=True)
    (job,) = queue.recover()
    queue.resolve_unknown(job.id, printed=True)
    printer = Printer()
    assert run(db, batch, printer).ok
    assert printer.printed == []


def test_a_job_cannot_be_claimed_or_sent_twice(db: Database) -> None:
    queue = PrintQueue(db)
    batch = queue.add_batch(specs(NUMBERS[:1]))
    first, second = queue.new_run(), queue.new_run()
    (job,) = queue.claim(batch, first, 5)

    assert queue.claim(batch, second, 5) == []
    assert not queue.mark_sending(job.id, second)  # not its claim: nothing is sent
    assert queue.mark_sending(job.id, first)
    with pytest.raises(QueueError, match="is sending, cannot become sending"):
        queue.mark_sending(job.id, first)


class WritesLost:
    """A store whose writes fail as a shared database that just went down does."""

    def __init__(self, db: Store) -> None:
        self._db = db

    def execute(self, sql: str, params: Params = ()) -> Written:
        raise DatabaseUnavailable("The shared database cannot be reached (server stopped).")

    def __getattr__(self, name: str) -> object:
        return getattr(self._db, name)


def test_a_print_the_history_could_not_record_is_never_marked_sent(db: Store) -> None:
    queue = PrintQueue(db)
    batch = queue.add_batch(specs(NUMBERS[:1]))
    printer = Printer()
    with pytest.raises(DatabaseUnavailable):
        run_batch(queue, batch, fetch_label, printer, PrintHistory(WritesLost(db)),  # type: ignore[arg-type]
                  audit=AuditLog(db), cancelled=lambda: False, progress=lambda d, t: None)  # fmt: skip

    (job,) = queue.jobs(batch)
    # The printer took it but nothing says so: "sent" would hide it from the reprint guard;
    # still "sending", it becomes unknown at the next start and the user is asked.
    assert printer.printed == NUMBERS[:1] and PrintHistory(db).entries() == []
    assert job.state == JobState.SENDING


def test_a_sent_job_keeps_its_cups_job_id(db: Database) -> None:
    queue = PrintQueue(db)
    batch = queue.add_batch(specs(NUMBERS[:1]))
    run(db, batch, Printer())
    (job,) = queue.jobs(batch)
    assert (job.state, job.cups_job_id) == (JobState.SENT, "Zebra-1-1")
    assert job.content_hash  # the bytes that were printed, for a later reprint check


def test_an_empty_batch_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="at least one label"):
        PrintQueue(db).add_batch([])


def test_a_failed_job_can_be_discarded_and_the_batch_then_counts_as_finished(
    db: Database,
) -> None:
    queue = PrintQueue(db)
    batch = queue.add_batch(specs(NUMBERS[:3]))
    (failed,) = run(db, batch, Printer(refuse={NUMBERS[1]})).failed
    queue.discard(failed.id)
    assert queue.job(failed.id).state == JobState.DISCARDED
    assert batch not in queue.pending_batches()
    printer = Printer()
    assert run(db, batch, printer).ok
    assert printer.printed == []  # a discarded label is never printed


def test_an_unknown_job_can_be_discarded_but_a_printed_one_cannot(db: Database) -> None:
    queue = PrintQueue(db)
    batch = queue.add_batch(specs(NUMBERS[:2]))
    gone, alive = f"{socket.gethostname()}:999999999:1#gone", queue.new_run()
    (cut_off,) = queue.claim(batch, gone, 1)
    queue.mark_sending(cut_off.id, gone)
    queue.recover()
    queue.discard(cut_off.id)
    (sent,) = queue.claim(batch, alive, 1)
    queue.mark_sending(sent.id, alive)
    queue.mark_sent(sent.id, None)
    with pytest.raises(QueueError, match="is sent, cannot become discarded"):
        queue.discard(sent.id)
    assert queue.pending_batches() == []


def test_batch_prints_are_audited_as_prints_and_then_reprints(db: Database) -> None:
    queue = PrintQueue(db)
    run(db, queue.add_batch(specs(NUMBERS[:2])), Printer(refuse={NUMBERS[1]}))
    run(db, queue.add_batch(specs(NUMBERS[:1])), Printer())
    entries = list(reversed(AuditLog(db).entries()))
    seen = [(e.endpoint_id, e.action, e.key_numbers, e.outcome, e.profile) for e in entries]
    assert seen == [
        ("label.print", "print", (NUMBERS[0],), "printed", "desk"),
        ("label.print", "print", (NUMBERS[1],), "failed", "desk"),
        ("label.print", "reprint", (NUMBERS[0],), "printed", "desk"),
    ]
    assert "paper out" in entries[1].detail and "Zebra-1" in entries[0].detail
    reprint, first = PrintHistory(db).entries(2, search=NUMBERS[0])
    assert reprint.reprint_of == first.id


def test_a_queue_from_before_discard_existed_keeps_its_jobs(tmp_path: Path) -> None:
    path = tmp_path / "ocdesk.sqlite3"
    with Database(path, migrations=MIGRATIONS[:2]) as old:  # as that version left its jobs
        old.execute(
            "INSERT INTO print_jobs (created_at, batch_id, seq, label_type, number, content_hash,"
            " printer, preset, state, error, updated_at) VALUES"
            " (1, 'b1', 1, 'sku', ?, 'h1', 'Zebra-1', '60x30@203', 'failed', 'paper out', 2),"
            " (1, 'b1', 2, 'sku', ?, 'h2', 'Zebra-1', '60x30@203', 'sent', NULL, 3)",
            NUMBERS[:2],
        )

    with Database(path) as new:
        queue = PrintQueue(new)
        failed, sent = queue.jobs("b1")
        assert [(j.number, j.state) for j in (failed, sent)] == [
            (NUMBERS[0], JobState.FAILED),
            (NUMBERS[1], JobState.SENT),
        ]
        queue.discard(failed.id)
        assert queue.pending_batches() == []


# --- two consoles on one data folder ---------------------------------------------------------


class HeldPrinter(Printer):
    """A printer that keeps the first label in its hand until told to let it go."""

    def __init__(self) -> None:
        super().__init__()
        self.holding = threading.Event()
        self.let_go = threading.Event()

    def __call__(self, doc: LabelDocument, job: Job) -> PrintOutcome:
        self.holding.set()
        assert self.let_go.wait(30)
        return super().__call__(doc, job)


def test_a_second_console_starting_leaves_the_first_ones_label_alone(tmp_path: Path) -> None:
    path = tmp_path / "ocdesk.sqlite3"
    first_db = Database(path)
    batch = PrintQueue(first_db).add_batch(specs(NUMBERS[:2]))
    printer = HeldPrinter()
    reports: list[BatchReport] = []
    first = threading.Thread(target=lambda: reports.append(run(first_db, batch, printer)))
    first.start()
    assert printer.holding.wait(30)  # the first label is "sending" in the first console

    second_db = Database(path)  # a second console opens the same folder and recovers
    recovered = PrintQueue(second_db).recover()
    sending = PrintQueue(second_db).jobs(batch)[0]
    printer.let_go.set()
    first.join(30)

    assert recovered == [] and sending.state == JobState.SENDING
    (report,) = reports
    assert report.ok and printer.printed == NUMBERS[:2]  # the batch went on, each label once
    second_db.close()
    first_db.close()


def test_two_consoles_share_a_batch_and_no_label_prints_on_both(tmp_path: Path) -> None:
    path = tmp_path / "ocdesk.sqlite3"
    first_db, second_db = Database(path), Database(path)
    numbers = [f"OC{n:013}" for n in range(30)]
    batch = PrintQueue(first_db).add_batch(specs(numbers))
    printer = HeldPrinter()
    first = threading.Thread(target=lambda: run(first_db, batch, printer))
    first.start()
    assert printer.holding.wait(30)  # the first console is sending its first label

    second_printer = Printer()
    report = run(second_db, batch, second_printer)  # takes what the first has not claimed
    printer.let_go.set()
    first.join(30)

    both = printer.printed + second_printer.printed
    assert sorted(both) == numbers and second_printer.printed  # each label once, work shared
    assert report.failed == [] and report.unknown == []
    assert {job.state for job in PrintQueue(first_db).jobs(batch)} == {JobState.SENT}
    second_db.close()
    first_db.close()


def test_a_claim_lapses_so_a_vanished_desks_unsent_labels_go_to_another(db: Database) -> None:
    queue = PrintQueue(db)
    batch = queue.add_batch(specs(NUMBERS[:2]))
    vanished = queue.new_run()
    claimed = queue.claim(batch, vanished, 2)
    db.execute("UPDATE print_jobs SET claimed_at = claimed_at - ?", [CLAIM_LEASE_S + 1])

    printer = Printer()
    assert run(db, batch, printer).ok

    assert printer.printed == NUMBERS[:2]
    assert not queue.mark_sending(claimed[0].id, vanished)  # its late send is refused


CLAIM_AND_HANG = """
import sys, time
from ocdesk.labels.queue import PrintQueue
from ocdesk.store.db import Database
queue = PrintQueue(Database(sys.argv[1]))
run = queue.new_run()
(job,) = queue.claim(sys.argv[2], run, 1)
queue.mark_sending(job.id, run, "hash")
print("sending", flush=True)
time.sleep(60)
"""
# The same, but the process ends right after sending began (a crash).
CLAIM_AND_EXIT = CLAIM_AND_HANG.replace("time.sleep(60)", "")


def test_a_label_cut_off_by_a_killed_console_becomes_unknown(tmp_path: Path) -> None:
    path = tmp_path / "ocdesk.sqlite3"
    db = Database(path)
    queue = PrintQueue(db)
    batch = queue.add_batch(specs(NUMBERS[:1]))
    console = subprocess.Popen([sys.executable, "-c", CLAIM_AND_HANG, str(path), batch],
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert console.stdout is not None and console.stdout.readline() == "sending\n"
        assert queue.recover() == []  # alive: its label is still on its way
    finally:
        console.kill()
        console.wait(10)

    (unknown,) = queue.recover()  # gone: only the user can say whether it printed

    assert (unknown.number, unknown.state) == (NUMBERS[0], JobState.UNKNOWN)
    db.close()


def test_a_claim_is_recorded_under_the_desk_the_console_names(db: Database) -> None:
    desk = Operator("Li Wei", "DESK-A", named=True)
    queue = PrintQueue(db, lambda: desk)
    batch = queue.add_batch(specs(NUMBERS[:1]))

    (claimed,) = queue.claim(batch, queue.new_run(), 1)

    assert claimed.workstation == "DESK-A"  # not the computer's name
