"""Several desks on one shared PostgreSQL store, each its own process, as in a warehouse.

Each desk has its own folders on this PC (OCDESK_HOME) and its own name (OCDESK_WORKSTATION)
and works on the same database: the CLI prints a label, or tests/desk_process.py runs the
console's batch printer. The database is checked from here, as a third desk would see it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from label_checks import CUPS_QUEUE, require_cups_queue, return_numbers
from pg_server import PgServer

from ocdesk.gui.labels.reprint_dialog import when_and_where
from ocdesk.labels.cli_print import CLI_REPRINT_REASON
from ocdesk.labels.history import PrintHistory
from ocdesk.labels.queue import JobSpec, JobState, PrintQueue
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.location import DATABASE_URL_ENV
from ocdesk.store.postgres import PostgresDatabase

DESK_PROCESS = Path(__file__).with_name("desk_process.py")
EXIT_STORE = 5
pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Desk:
    """One desk: its name, its own folders on this PC, and the shared database it uses."""

    name: str
    home: Path
    database_url: str

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "OCDESK_HOME": str(self.home), "OCDESK_WORKSTATION": self.name,
                "OCDESK_OPERATOR": f"operator of {self.name}", DATABASE_URL_ENV: self.database_url,
                "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip

    @property
    def log(self) -> Path:
        return self.home / "printed.log"

    def start(self, *args: str) -> subprocess.Popen[str]:
        """tests/desk_process.py as this desk (`run BATCH ...` or `recover`)."""
        if args[0] == "run":
            args = (*args, "--log", str(self.log))
        return subprocess.Popen([sys.executable, str(DESK_PROCESS), *args], env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip

    def do(self, *args: str) -> object:
        """Run tests/desk_process.py to its end; what it printed as JSON."""
        return finished(self.start(*args))

    def ocdesk(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ocdesk", *argv], env=self.env,
                              capture_output=True, text=True, timeout=60)  # fmt: skip

    def printed(self) -> list[str]:
        """The numbers this desk's printer took, in order (from its log, so a killed desk's too)."""
        if not self.log.exists():
            return []
        return [line.split("\t")[0] for line in self.log.read_text().splitlines()]


def finished(desk: subprocess.Popen[str], exit_code: int = 0) -> object:
    out, err = desk.communicate(timeout=60)
    assert desk.returncode == exit_code, err
    return json.loads(out) if out.strip() else err


@pytest.fixture
def shared(pg_url: str, tmp_path: Path) -> Iterator[PostgresDatabase]:
    """The shared database as this test sees it."""
    with PostgresDatabase(pg_url, local_dir=tmp_path / "observer") as db:
        yield db


@pytest.fixture
def desk_a(pg_url: str, tmp_path: Path) -> Desk:
    return Desk("DESK-A", tmp_path / "desk-a", pg_url)


@pytest.fixture
def desk_b(pg_url: str, tmp_path: Path) -> Desk:
    return Desk("DESK-B", tmp_path / "desk-b", pg_url)


def batch_of(db: PostgresDatabase, count: int) -> tuple[str, list[str]]:
    numbers = [f"OC{n:013}" for n in range(1, count + 1)]
    specs = [JobSpec(seq, "sku", number, CUPS_QUEUE, "60x30@203")
             for seq, number in enumerate(numbers, 1)]  # fmt: skip
    return PrintQueue(db).add_batch(specs), numbers


# --- the reprint guard across desks ----------------------------------------------------------


def test_desk_b_sees_desk_as_print_and_its_own_print_is_recorded_as_a_reprint(
    desk_a: Desk, desk_b: Desk, shared: PostgresDatabase, shared_sandbox: Sandbox,
    oc_session: Session,
) -> None:  # fmt: skip
    require_cups_queue()
    (number,) = return_numbers(oc_session, 1)
    argv = ["label", "returns.label", "--data", json.dumps({"orderNumber": number}),
            "--print", CUPS_QUEUE, "--via", "cups", "--sandbox-url", shared_sandbox.base_url]  # fmt: skip

    done = desk_a.ocdesk(*argv)
    assert done.returncode == 0, done.stderr

    # Desk B, before printing: the label was printed, on desk A, by desk A's operator.
    (on_a,) = PrintHistory(shared).entries(search=number)
    assert (on_a.workstation, on_a.printer, on_a.user, on_a.reprint_of) == (
        "DESK-A", CUPS_QUEUE, "operator of DESK-A", None)  # fmt: skip
    said = when_and_where(on_a, "DESK-B")
    assert f"on DESK-A ({CUPS_QUEUE}) by operator of DESK-A." in said
    assert f"on DESK-A ({CUPS_QUEUE})" not in when_and_where(on_a, "DESK-A")

    done = desk_b.ocdesk(*argv)
    assert done.returncode == 0, done.stderr

    on_b, first = PrintHistory(shared).entries(search=number)
    assert first == on_a
    assert (on_b.workstation, on_b.reprint_of, on_b.reason) == (
        "DESK-B", on_a.id, CLI_REPRINT_REASON)  # fmt: skip


# --- one batch, two desks --------------------------------------------------------------------


def test_two_desks_share_a_batch_and_print_each_label_exactly_once(
    desk_a: Desk, desk_b: Desk, shared: PostgresDatabase
) -> None:
    require_cups_queue()
    batch, numbers = batch_of(shared, 60)

    desks = [desk.start("run", batch, "--printer", "cups", "--pace", "0.05")
             for desk in (desk_a, desk_b)]  # fmt: skip
    reports = [finished(desk) for desk in desks]

    on_a, on_b = desk_a.printed(), desk_b.printed()
    assert on_a and on_b, "both desks printed part of the batch"
    assert sorted(on_a + on_b) == numbers  # every label once, none on both desks
    assert [report["printed"] for report in reports] == [on_a, on_b]  # type: ignore[index]
    jobs = PrintQueue(shared).jobs(batch)
    assert {job.state for job in jobs} == {JobState.SENT}
    assert {job.number for job in jobs if job.workstation == "DESK-A"} == set(on_a)
    history = PrintHistory(shared).entries(limit=1000)
    assert sorted(record.number for record in history) == numbers
    assert all(record.reprint_of is None for record in history)
    desk_of = {record.number: record.workstation for record in history}
    assert {number for number, desk in desk_of.items() if desk == "DESK-B"} == set(on_b)


# --- a desk dies mid-batch -------------------------------------------------------------------


def test_a_desk_killed_while_sending_leaves_its_label_unknown_never_resent(
    desk_a: Desk, desk_b: Desk, shared: PostgresDatabase
) -> None:
    batch, numbers = batch_of(shared, 40)
    dying = desk_a.start("run", batch, "--printer", "record", "--hang-at", "5")
    try:
        assert dying.stdout is not None
        in_flight = dying.stdout.readline().split()[-1]  # "sending OC..."
        # Desk B's console starts meanwhile (same PC here, folders of its own): desk A's label
        # is on its way, not desk B's to judge.
        assert desk_b.do("recover") == []
    finally:
        dying.send_signal(signal.SIGKILL)
        dying.wait(10)
    (cut_off,) = [job for job in PrintQueue(shared).jobs(batch) if job.number == in_flight]
    assert (cut_off.state, cut_off.workstation) == (JobState.SENDING, "DESK-A")

    report = desk_b.do("run", batch, "--printer", "record")
    assert in_flight not in desk_b.printed() and desk_b.printed()
    assert report["remaining"]  # type: ignore[index]  # what desk A had claimed waits for it

    # Desk A starts again: its cut-off label is unknown, the rest it held is free.
    assert desk_a.do("recover") == [in_flight]
    report = desk_a.do("run", batch, "--printer", "record")
    assert report["unknown"] == [in_flight]  # type: ignore[index]

    printed = desk_a.printed() + desk_b.printed()
    assert sorted(printed) == [number for number in numbers if number != in_flight]
    assert Counter(printed).most_common(1)[0][1] == 1
    assert PrintQueue(shared).job(cut_off.id).state == JobState.UNKNOWN
    assert PrintHistory(shared).entries(search=in_flight) == []


# --- the database dies mid-batch -------------------------------------------------------------


def test_a_database_killed_mid_batch_ends_the_run_in_words_and_loses_or_doubles_nothing(
    desk_a: Desk, shared: PostgresDatabase, pg_server: PgServer, pg_url: str
) -> None:
    # The test cluster commits lazily for speed; a real server loses no committed row.
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {pg_url.rsplit('/', 1)[1]} SET synchronous_commit = on")
    batch, numbers = batch_of(shared, 200)
    desk = desk_a.start("run", batch, "--printer", "record", "--pace", "0.03")
    try:
        _wait_for(lambda: len(desk_a.printed()) >= 10)
        pg_server.stop("immediate")
        said = finished(desk, EXIT_STORE)
    finally:
        desk.kill()
        pg_server.start()
    assert isinstance(said, str)
    last = said.splitlines()[-1]  # after the connection pool's own log lines
    assert last.startswith("DatabaseUnavailable: The shared database")
    assert "cannot be reached" in last
    before = desk_a.printed()
    assert 10 <= len(before) < len(numbers)

    unknown = desk_a.do("recover")
    assert isinstance(unknown, list) and len(unknown) <= 1  # one label was on its way at most
    states = {job.number: job.state for job in PrintQueue(shared).jobs(batch)}
    assert set(states.values()) <= {JobState.SENT, JobState.UNKNOWN, JobState.QUEUED}
    sent = {number for number, state in states.items() if state == JobState.SENT}
    assert sent <= set(before)  # "sent" only for what the printer took
    assert set(before) <= sent | set(unknown)  # and nothing it took will be sent again

    report = desk_a.do("run", batch, "--printer", "record")
    after = desk_a.printed()[len(before) :]
    assert report["unknown"] == unknown  # type: ignore[index]
    assert not set(after) & set(before)
    assert sorted(before + after + [n for n in unknown if n not in before]) == numbers
    history = Counter(record.number for record in PrintHistory(shared).entries(limit=1000))
    assert set(history.values()) == {1}
    assert set(before + after) - set(unknown) <= set(history)


def _wait_for(condition: object, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)
