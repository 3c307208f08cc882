"""A batch printed on a label printer by address: each label once, in order; a label cut off
half-way is neither failed nor printed but unknown, for the user to decide, and not sent again."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_printer import DevicePrinter, FakePrinter
from label_checks import Scanner

from ocdesk.labels import presets
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.history import PrintHistory
from ocdesk.labels.outcome import PrintOutcome
from ocdesk.labels.printing import print_label
from ocdesk.labels.queue import BatchReport, Job, JobSpec, JobState, PrintQueue, run_batch
from ocdesk.labels.raw.job import print_raw
from ocdesk.labels.raw.link import Timeouts
from ocdesk.sandbox import labels as sandbox_labels
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database

pytestmark = pytest.mark.usefixtures("qapp")
NUMBERS = [f"OCS1DE{810000000 + n:09d}" for n in range(3)]


def fetch(spec: JobSpec) -> LabelDocument:
    pdf = sandbox_labels.return_label(spec.number, region="DE", date="2025-03-11")
    return LabelDocument(pdf, label_type="return", number=spec.number,
                         source_endpoint="returns.label")  # fmt: skip


def run(db: Database, printer: str, send) -> tuple[PrintQueue, BatchReport]:  # noqa: ANN001
    queue = PrintQueue(db)
    batch = queue.add_batch(JobSpec(i, "return", n, printer, "100x150@203")
                            for i, n in enumerate(NUMBERS, 1))  # fmt: skip
    report = run_batch(queue, batch, fetch, send, PrintHistory(db), audit=AuditLog(db),
                       profile="desk", cancelled=lambda: False, progress=lambda *_: None)  # fmt: skip
    return queue, report


def test_a_batch_prints_each_label_once_in_order_on_the_label_printer(db: Database) -> None:
    stock = presets.get("100x150@203")
    with FakePrinter("zpl") as printer:
        _, report = run(db, printer.address,
                        lambda doc, job: print_label(doc, job.printer, stock))  # fmt: skip
        printer.wait_for_jobs(3)
    assert report.ok and report.sent == 3
    assert [Scanner().texts(p.picture.convert("L")) for p in printer.pages()] == [
        [n] for n in NUMBERS]  # fmt: skip
    assert {r.printer for r in PrintHistory(db).entries()} == {printer.address}


def test_a_label_cut_off_half_way_is_unknown_and_the_batch_goes_on(
    db: Database, tmp_path: Path
) -> None:
    stock = presets.get("100x150@203")
    quick = Timeouts(connect_s=1.0, answer_s=1.0, send_s=1.0)
    with DevicePrinter(tmp_path, cut={2}) as printer:
        address = printer.address + "?compression=hex"  # big enough to be cut off

        def send(doc: LabelDocument, job: Job) -> PrintOutcome:
            return print_raw(doc, job.printer, stock, timeouts=quick)

        queue, report = run(db, address, send)
    assert [job.state for job in queue.jobs(report.batch_id)] == [
        JobState.SENT, JobState.UNKNOWN, JobState.SENT]  # fmt: skip
    (unknown,) = report.unknown
    assert unknown.number == NUMBERS[1]
    assert "It may have printed: look at the printer before you print it again." in unknown.error
    assert (printer.cut_jobs, len(printer.jobs)) == (1, 2)  # the cut-off label was not sent again
