"""One desk as its own process, for the tests and benchmarks of several desks on one store.

    python tests/desk_process.py run BATCH --printer cups|record --log FILE [--queue Q]
                                 [--pace S] [--hang-at N]
    python tests/desk_process.py recover

The desk is whatever the environment says: OCDESK_HOME (its own folders on this PC),
OCDESK_WORKSTATION, and OCDESK_DATABASE_URL (the shared store; none means the SQLite file).
`run` prints the batch as the console's batch printer does (`run_batch`); its labels are the
sandbox's SKU labels. Each label the printer took is a line `number<TAB>job id` in the log
(flushed at once, so a desk killed mid-batch leaves what it really sent), and the run ends with
one JSON line on stdout (what it printed, and when the run began and ended, epoch
seconds). `--printer cups` sends to the CUPS queue `--queue` (ocdesk-pdf), `record` only
logs. `--hang-at N` says `sending NUMBER` on stdout when the N-th label
reaches the printer and then never lets it go, for a test to kill the desk there. `recover` is
the console's start-up recovery; it prints the unknown labels' numbers as JSON. A store failure
ends the process with exit 5 and `ErrorName: message` on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path
from typing import IO

from ocdesk.labels.document import LabelDocument
from ocdesk.labels.history import PrintHistory
from ocdesk.labels.presets import preset_for
from ocdesk.labels.printing import PrintOutcome, print_cups
from ocdesk.labels.queue import Job, JobSpec, PrintQueue, run_batch
from ocdesk.sandbox import labels as sandbox_labels
from ocdesk.store.audit import AuditLog
from ocdesk.store.location import open_store
from ocdesk.store.paths import app_paths
from ocdesk.store.sql import DatabaseError, Store

CUPS_QUEUE = "ocdesk-pdf"
EXIT_STORE = 5  # as the CLI's exit code for a store that cannot be used


def fetch_label(spec: JobSpec) -> LabelDocument:
    """The label of a job, as OC's SKU label endpoint would give it (no network)."""
    pdf = sandbox_labels.sku_labels([(spec.number, 1, "demo")], date="2026-12-06")
    return LabelDocument(pdf, label_type=spec.label_type, number=spec.number,
                         source_endpoint="sku.label")  # fmt: skip


class Printer:
    """Sends labels (to CUPS, or nowhere) and logs each one the printer took."""

    def __init__(
        self, how: str, queue: str, log: IO[str], pace_s: float, hang_at: int | None
    ) -> None:
        self.how = how
        self.queue = queue
        self.log = log
        self.pace_s = pace_s
        self.hang_at = hang_at
        self.sent: list[str] = []

    def __call__(self, doc: LabelDocument, job: Job) -> PrintOutcome:
        number = doc.number or ""
        if self.hang_at is not None and len(self.sent) + 1 == self.hang_at:
            print(f"sending {number}", flush=True)
            threading.Event().wait()  # the label never leaves: the test kills this desk here
        time.sleep(self.pace_s)
        if self.how == "cups":
            outcome = print_cups(doc, self.queue, preset_for(*doc.page_size_mm(0)))
        else:
            outcome = PrintOutcome(True, f"{job.workstation}-{len(self.sent) + 1}", "sent")
        if outcome.ok:
            self.sent.append(number)
            self.log.write(f"{number}\t{outcome.job_id}\n")
            self.log.flush()
        return outcome


def run(db: Store, args: argparse.Namespace) -> dict[str, object]:
    with Path(args.log).open("a", encoding="utf-8") as log:
        printer = Printer(args.printer, args.queue, log, args.pace, args.hang_at)
        started = time.time()
        report = run_batch(
            PrintQueue(db), args.batch, fetch_label, printer, PrintHistory(db),
            audit=AuditLog(db), profile="desk", cancelled=lambda: False,
            progress=lambda done, total: None,
        )  # fmt: skip
    return {
        "printed": printer.sent,
        "started": started,
        "ended": time.time(),
        "failed": [job.error for job in report.failed],
        "unknown": [job.number for job in report.unknown],
        "remaining": report.remaining,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="desk_process")
    commands = parser.add_subparsers(dest="command", required=True)
    batch = commands.add_parser("run")
    batch.add_argument("batch")
    batch.add_argument("--printer", choices=("cups", "record"), required=True)
    batch.add_argument("--log", required=True)
    batch.add_argument("--queue", default=CUPS_QUEUE)
    batch.add_argument("--pace", type=float, default=0.0)
    batch.add_argument("--hang-at", type=int)
    commands.add_parser("recover")
    args = parser.parse_args(argv)
    try:
        db = open_store(app_paths()).db
        try:
            if args.command == "run":
                outcome: object = run(db, args)
            else:
                outcome = [job.number for job in PrintQueue(db).recover()]
        finally:
            db.close()
    except DatabaseError as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_STORE
    print(json.dumps(outcome), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
