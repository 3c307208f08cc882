"""Shared desks: 8 desk processes print one batch from a shared PostgreSQL store, against one
desk printing alone from its SQLite file. Labels printed twice and labels lost must both be 0.

Each desk is its own process (tests/desk_process.py: the console's batch printer, `run_batch`)
with folders of its own; the PostgreSQL server is a throwaway one started as the tests start
theirs (tests/pg_server.py). Both rounds are full size, 8 x 500 labels shared against 500
printed alone, on two printers:
- a stand-in that takes each label at once and logs it, so the store and the claims are what
  is measured;
- cups-pdf through the real `print_cups`. cups-pdf writes some 3 labels a second, so the
  shared round keeps CUPS busy for over 20 minutes (run it on a quiet CUPS), and CUPS must
  take 4,000 jobs at once: its default MaxJobs (500) would refuse the rest.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.measures import measure, result, show
from ocdesk.labels.queue import JobSpec, JobState, PrintQueue
from ocdesk.store.db import Database
from ocdesk.store.location import DATABASE_URL_ENV
from ocdesk.store.paths import AppPaths
from ocdesk.store.postgres import PostgresDatabase
from ocdesk.store.sql import Store

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.insert(0, str(TESTS))
from pg_server import PgServer, start_server  # noqa: E402  (the tests' helpers)

DESKS = 8
PER_DESK = 500
QUEUE = "ocdesk-pdf"
CUPS_PDF_DIR = Path(os.environ.get("OCDESK_CUPS_PDF_DIR", "/var/spool/cups-pdf/ocdesk"))
SAFETY_S = 900  # for a desk's run; CUPS gets this plus a second per job to write them all


@dataclass(frozen=True)
class Round:
    """How one batch went: per label, how often the printer took it; and how fast."""

    labels: int
    taken: Counter[str]
    unfinished_jobs: int  # batch jobs not "sent" at the end (a label lost to the queue)
    desks_printing: int
    seconds: float
    cups_jobs: list[str]

    @property
    def twice(self) -> int:
        return sum(count - 1 for count in self.taken.values() if count > 1)

    @property
    def lost(self) -> int:
        return self.labels - len(self.taken) + self.unfinished_jobs

    @property
    def per_minute(self) -> float:
        return sum(self.taken.values()) / self.seconds * 60


def _server() -> PgServer:
    try:
        return start_server()
    except BaseException as exc:  # pytest's skip/fail, said as this benchmark's failure
        raise RuntimeError(f"no PostgreSQL to run on: {exc}") from None


def _store(folder: Path, url: str | None) -> Store:
    if url is None:
        paths = AppPaths(folder / "config", folder / "data", folder / "cache", folder / "logs")
        return Database(paths.ensure().database_file)
    return PostgresDatabase(url, local_dir=folder / "bench")


def _round(folder: Path, url: str | None, desks: int, per_desk: int, printer: str) -> Round:
    """`desks` processes print one batch of `desks * per_desk` labels; the desks' own homes
    are the first desk's (SQLite: its file) or each their own (the shared database)."""
    numbers = [f"OC{n:013}" for n in range(1, desks * per_desk + 1)]
    specs = [JobSpec(i, "sku", n, QUEUE, "60x30@203") for i, n in enumerate(numbers, 1)]
    db = _store(folder / "desk-1", url)
    try:
        batch = PrintQueue(db).add_batch(specs)
        logs = [folder / f"desk-{i}" / "printed.log" for i in range(1, desks + 1)]
        running = [_desk(folder / f"desk-{i}", url, batch, printer, log)
                   for i, log in enumerate(logs, 1)]  # fmt: skip
        reports = [_finished(desk) for desk in running]
        jobs = PrintQueue(db).jobs(batch)
    finally:
        db.close()
    lines = [line.split("\t") for log in logs for line in log.read_text().splitlines()]
    return Round(
        labels=len(numbers),
        taken=Counter(number for number, _job in lines),
        unfinished_jobs=sum(1 for job in jobs if job.state != JobState.SENT),
        desks_printing=sum(1 for report in reports if report["printed"]),
        seconds=max(r["ended"] for r in reports) - min(r["started"] for r in reports),
        cups_jobs=[job for _number, job in lines] if printer == "cups" else [],
    )


def _desk(home: Path, url: str | None, batch: str, printer: str, log: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "OCDESK_HOME": str(home), "OCDESK_WORKSTATION": home.name.upper(),
           "OCDESK_OPERATOR": "benchmark", "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    env.pop(DATABASE_URL_ENV, None)
    if url is not None:
        env[DATABASE_URL_ENV] = url
    home.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, str(TESTS / "desk_process.py"), "run", batch, "--printer", printer,
               "--queue", QUEUE, "--log", str(log)]  # fmt: skip
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)


def _finished(desk: subprocess.Popen[str]) -> dict[str, Any]:
    out, _ = desk.communicate(timeout=SAFETY_S)
    if desk.returncode != 0:
        raise RuntimeError(f"a desk ended with exit code {desk.returncode}")
    return dict(json.loads(out))


def _cups_written(jobs: list[str], since: float) -> tuple[float, int]:
    """Seconds from `since` until cups-pdf had finished every job, and how many left no PDF.

    The PDFs are removed afterwards: they were only written to be counted."""
    waiting = set(jobs)
    deadline = time.monotonic() + SAFETY_S + len(jobs)
    while waiting and time.monotonic() < deadline:
        out = subprocess.run(["lpstat", "-W", "not-completed", "-o", QUEUE],
                             capture_output=True, text=True, check=False).stdout  # fmt: skip
        waiting &= {line.split()[0] for line in out.splitlines() if line.strip()}
        time.sleep(0.5)
    done = time.time() - since
    # cups-pdf names each file "<title>-job_<number>.pdf".
    written = {path.name.rsplit("job_", 1)[-1]: path for path in CUPS_PDF_DIR.glob("*job_*.pdf")}
    mine = [written.get(f"{job.rsplit('-', 1)[1]}.pdf") for job in jobs]
    for path in mine:
        if path is not None:
            path.unlink(missing_ok=True)
    return done, mine.count(None)


def _check_cups_takes(jobs: int) -> None:
    """CUPS refuses jobs beyond MaxJobs (500 unless cupsd.conf says otherwise; 0 is no limit):
    said before the round, not found as lost labels after it."""
    settings = subprocess.run(["cupsctl"], capture_output=True, text=True, check=False).stdout
    values = dict(line.split("=", 1) for line in settings.splitlines() if "=" in line)
    limit = int(values.get("MaxJobs", "500"))
    if 0 < limit < jobs:
        raise RuntimeError(
            f"CUPS takes at most {limit} jobs at once (MaxJobs) and this round sends {jobs}: "
            "raise it first, e.g. `cupsctl MaxJobs=0` (no limit; `cupsctl MaxJobs=500` after "
            "the run, as CUPS keeps every finished job while there is none)"
        )


def _rows(name: str, shared: Round, alone: Round) -> list[dict[str, Any]]:
    return [
        measure(f"{name}: labels printed twice", shared.twice + alone.twice, "", 0),
        measure(f"{name}: labels lost", shared.lost + alone.lost, "", 0),
        measure(f"{name}: {DESKS} desks on PostgreSQL ({shared.labels} labels)",
                shared.per_minute, "labels/min"),  # fmt: skip
        measure(f"{name}: desks that printed part of the batch", shared.desks_printing, ""),
        measure(f"{name}: 1 desk on SQLite ({alone.labels} labels)", alone.per_minute,
                "labels/min"),  # fmt: skip
    ]


def run() -> dict[str, Any]:
    server = _server()
    try:
        with tempfile.TemporaryDirectory(prefix="ocdesk-bench-") as temp:
            folder = Path(temp)
            url = server.new_database()
            with PostgresDatabase(url, local_dir=folder / "admin") as admin:
                # The test server commits lazily; a real one waits for each commit to be written.
                admin.execute(f"ALTER DATABASE {url.rsplit('/', 1)[1]} SET synchronous_commit = on")
            shared = _round(folder / "pg", url, DESKS, PER_DESK, "record")
            alone = _round(folder / "sqlite", None, 1, PER_DESK, "record")
            measures = _rows("stand-in printer", shared, alone)

            _check_cups_takes(DESKS * PER_DESK)
            started = time.time()
            shared_cups = _round(folder / "pg-cups", url, DESKS, PER_DESK, "cups")
            shared_written, shared_missing = _cups_written(shared_cups.cups_jobs, started)
            started = time.time()
            alone_cups = _round(folder / "sqlite-cups", None, 1, PER_DESK, "cups")
            alone_written, alone_missing = _cups_written(alone_cups.cups_jobs, started)
            measures += _rows("cups-pdf", shared_cups, alone_cups)
            measures += [
                measure("cups-pdf: jobs that left no PDF", shared_missing + alone_missing, "", 0),
                measure(f"cups-pdf: {DESKS} desks, until cups-pdf wrote the last",
                        shared_cups.labels / shared_written * 60, "labels/min"),  # fmt: skip
                measure("cups-pdf: 1 desk, until cups-pdf wrote the last",
                        alone_cups.labels / alone_written * 60, "labels/min"),  # fmt: skip
            ]
    finally:
        server.close()
    notes = (
        f"{DESKS} desk processes (tests/desk_process.py: the console's batch printer, each with "
        f"its own OCDESK_HOME and workstation name) work through one batch of {DESKS} x "
        f"{PER_DESK} labels on a throwaway PostgreSQL server on loopback (tests/pg_server.py: "
        "fsync off, synchronous_commit on for this database); the desk alone prints "
        f"{PER_DESK} labels from its SQLite file. Each label is the sandbox's SKU label PDF, "
        "made in the desk. The stand-in printer takes each label at once, so its rates are the "
        "store and the queue's own (claim, mark sending, history, audit, mark sent per label). "
        f"Through cups-pdf (real print_cups: lpstat and lp per label, to {QUEUE}, CUPS's MaxJobs "
        "raised to no limit) the batches are the same size: CUPS accepts the shared batch's "
        "4,000 jobs within minutes and cups-pdf then writes them one after another, a few a "
        "second. 'Printed twice' counts labels the printer "
        "took more than once, 'lost' labels it never took or whose job was not marked sent; "
        "labels/min runs from the first desk's start of its run to the last desk's end "
        "(processes already started), or until cups-pdf had written the last PDF (each PDF "
        "checked to exist, then removed). 2 cores: 8 desks compete for them."
    )
    return result("Shared desks: one batch, 8 desks on PostgreSQL vs 1 on SQLite", measures, notes)


if __name__ == "__main__":
    show(run())
