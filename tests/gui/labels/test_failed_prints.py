"""Failed prints outlive a restart and print from their saved label; Discard clears them for good."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_fixtures import when_modal  # noqa: E402
from label_checks import (  # noqa: E402
    CUPS_QUEUE,
    Scanner,
    cups_output,
    gui_context,
    require_cups_queue,
    return_numbers,
)
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.labels.controller import PrintController, PrinterChoice  # noqa: E402
from ocdesk.gui.labels.documents import documents_from  # noqa: E402
from ocdesk.gui.labels.queue_view import FailedJobsView, Kind  # noqa: E402
from ocdesk.labels.cache import cache_folder  # noqa: E402
from ocdesk.labels.document import LabelDocument  # noqa: E402
from ocdesk.labels.queue import JobSpec, JobState, PrintQueue  # noqa: E402
from ocdesk.session import Session  # noqa: E402
from ocdesk.store.paths import app_paths  # noqa: E402

pytest_plugins = ("gui_fixtures",)

NOWHERE = PrinterChoice("no-such-printer", "100x150@203")


@pytest.fixture(scope="module")
def doc(oc_session: Session) -> LabelDocument:
    (number,) = return_numbers(oc_session, 1)
    (label,) = documents_from(oc_session.client.call("returns.label", {"orderNumber": number}))
    return label


def saved_label(doc: LabelDocument) -> Path:
    return cache_folder(app_paths()) / f"{doc.content_hash}.pdf"


def fail_to_print(qtbot: Any, controller: PrintController, doc: LabelDocument) -> int:
    """Print `doc` on a printer that does not exist; the id it waits under."""
    controller.set_choice("return", NOWHERE)
    with qtbot.waitSignal(controller.sig_failed, timeout=30_000) as failed:
        controller.print_document(doc)
    queue_job_id = failed.args[0].queue_job_id
    assert queue_job_id is not None
    return int(queue_job_id)


def show(qtbot: Any, kept: list[Any], view: FailedJobsView) -> FailedJobsView:
    qtbot.addWidget(view)
    kept.append(view)
    view.show()
    return view


def answer_yes_when_asked(questions: list[str]) -> QTimer:
    """Answers Yes to the next question box, as a user would, keeping its text."""

    def answer(box: QMessageBox) -> None:
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    return when_modal(QMessageBox, answer)


def test_a_failed_print_survives_a_restart_and_retry_prints_the_saved_label(
    qtbot: Any, oc_session: Session, doc: LabelDocument
) -> None:
    cups_folder = require_cups_queue()
    with gui_context(oc_session) as before_restart:
        fail_to_print(qtbot, PrintController(before_restart), doc)
    assert saved_label(doc).is_file()

    with gui_context(oc_session) as after_restart:
        controller = PrintController(after_restart)
        qtbot.waitUntil(lambda: len(controller.failed_jobs()) == 1, timeout=10_000)
        (job,) = controller.failed_jobs()
        assert (job.number, job.printer) == (doc.number, "no-such-printer")
        assert "no-such-printer" in job.reason

        controller.set_choice("return", PrinterChoice(CUPS_QUEUE, None))
        with qtbot.waitSignal(controller.sig_printed, timeout=30_000) as printed:
            controller.retry_failed(job.id)
        done = printed.args[0]
        assert done.identity == doc.identity  # the very bytes that failed, not a new fetch
        ((size, picture),) = Scanner().pages(cups_output(cups_folder, done.job_id))
        Scanner.assert_size_mm(size, (100, 150))
        assert Scanner().texts(picture) == [doc.number]
        assert controller.failed_jobs() == []
        assert not saved_label(doc).exists()
        outcomes = [entry.outcome for entry in controller.history.entries()]
        assert outcomes[0] == "printed" and outcomes[1].startswith("failed")


def test_discard_removes_a_failed_print_and_its_saved_label(
    qtbot: Any, context: AppContext, doc: LabelDocument
) -> None:
    controller = PrintController(context)
    queue_job_id = fail_to_print(qtbot, controller, doc)
    assert saved_label(doc).is_file()

    with qtbot.waitSignal(controller.sig_queue_changed, timeout=10_000):
        controller.discard_failed(queue_job_id)
    assert controller.failed_jobs() == []
    assert not saved_label(doc).exists()

    restarted = PrintController(context)
    with qtbot.waitSignal(restarted.sig_queue_changed, timeout=10_000):
        pass  # its first read of the failed queue
    assert restarted.failed_jobs() == []
    assert controller.history.entries()[0].outcome.startswith("failed")  # history keeps it


def test_a_retry_whose_saved_label_is_gone_offers_to_fetch_it_again(
    qtbot: Any, kept: list[Any], context: AppContext, doc: LabelDocument
) -> None:
    require_cups_queue()
    controller = PrintController(context)
    view = show(qtbot, kept, FailedJobsView(context, controller))
    fail_to_print(qtbot, controller, doc)
    qtbot.waitUntil(lambda: len(view.entries) == 1, timeout=10_000)
    saved_label(doc).unlink()  # a cleaned-up cache folder

    controller.set_choice("return", PrinterChoice(CUPS_QUEUE, None))
    view.table.selectRow(0)
    questions: list[str] = []
    answering = answer_yes_when_asked(questions)
    with qtbot.waitSignal(controller.sig_printed, timeout=30_000) as printed:
        view.retry_button.click()
    assert not answering.isActive()
    assert "is gone" in questions[0] and str(doc.number) in questions[0]
    assert printed.args[0].identity.number == doc.number
    qtbot.waitUntil(lambda: view.entries == [] and view.empty.isVisible(), timeout=10_000)


def test_a_failed_batch_job_can_be_discarded_and_its_batch_is_finished(
    qtbot: Any, kept: list[Any], context: AppContext, doc: LabelDocument
) -> None:
    queue = PrintQueue(context.stores.db)
    batch = queue.add_batch(
        [JobSpec(seq, "return", str(doc.number), "Zebra-1", "auto") for seq in (1, 2)]
    )
    run = queue.new_run()
    printed, failed = queue.claim(batch, run, 2)
    for job in (printed, failed):
        queue.mark_sending(job.id, run)
    queue.mark_sent(printed.id, None)
    queue.mark_failed(failed.id, "paper out")

    view = show(qtbot, kept, FailedJobsView(context, PrintController(context)))
    qtbot.waitUntil(lambda: len(view.entries) == 1, timeout=10_000)
    assert view.entries[0].kind is Kind.BATCH
    view.table.selectRow(0)
    assert view.discard_button.isEnabled()
    view.discard_button.click()
    qtbot.waitUntil(lambda: view.entries == [] and view.empty.isVisible(), timeout=10_000)
    assert queue.job(failed.id).state == JobState.DISCARDED
    assert queue.pending_batches() == []
