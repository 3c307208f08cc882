"""Batch printing to the real cups-pdf queue: in order with progress, and a killed batch resumes once."""

from __future__ import annotations

import re
import socket
from pathlib import Path
from typing import Any

import pytest
from label_checks import (  # noqa: E402
    CUPS_QUEUE,
    require_cups_queue,
    return_numbers,
)
from PySide6.QtWidgets import QLabel

from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.labels import batch  # noqa: E402
from ocdesk.gui.labels.batch import BatchPrintDialog, numbers_from_rows  # noqa: E402
from ocdesk.gui.labels.controller import PrintController  # noqa: E402
from ocdesk.gui.labels.queue_view import Kind  # noqa: E402
from ocdesk.labels.cups import job_number  # noqa: E402
from ocdesk.labels.queue import JobSpec, JobState, PrintQueue  # noqa: E402
from ocdesk.session import Session  # noqa: E402
from ocdesk.store.db import Database  # noqa: E402

pytest_plugins = ("gui_fixtures",)


@pytest.fixture(scope="module")
def numbers(oc_session: Session) -> list[str]:
    return return_numbers(oc_session, 5)


@pytest.fixture
def controller(cups_controller: PrintController) -> PrintController:
    return cups_controller


def open_dialog(
    qtbot: Any, kept: list[Any], context: AppContext, controller: PrintController
) -> BatchPrintDialog:
    dialog = BatchPrintDialog(context, controller)
    qtbot.addWidget(dialog)
    kept.append(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def dialog(
    qtbot: Any, kept: list[Any], context: AppContext, controller: PrintController
) -> BatchPrintDialog:
    return open_dialog(qtbot, kept, context, controller)


def print_lines(qtbot: Any, dialog: BatchPrintDialog, lines: list[str]) -> None:
    """Paste `lines`, press Print and wait until the batch has run."""
    dialog.numbers.setPlainText("\n".join(lines))
    with qtbot.waitSignal(dialog.runner.sig_finished, timeout=60_000):
        dialog.start_button.click()


def listed(dialog: BatchPrintDialog) -> list[str]:
    """The lines of the dialog's list of what did not print."""
    return [dialog.failures.item(i).text() for i in range(dialog.failures.count())]


def printed_numbers(controller: PrintController) -> list[str]:
    """Printed labels, oldest first."""
    entries = [e for e in controller.history.entries() if e.ok]
    return [e.number for e in reversed(entries)]


def test_a_batch_of_five_prints_in_order_with_progress(
    qtbot: Any,
    kept: list[Any],
    context: AppContext,
    controller: PrintController,
    numbers: list[str],
) -> None:
    dialog = open_dialog(qtbot, kept, context, controller)
    dialog.numbers.setPlainText("\n".join([numbers[0].lower(), "", *numbers[1:]]))
    steps: list[tuple[int, int]] = []
    dialog.runner.sig_progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(dialog.runner.sig_finished, timeout=60_000):
        dialog.start_button.click()
    assert steps == [(n, 5) for n in range(1, 6)]
    assert dialog.progress.value() == 5
    assert dialog.report is not None and dialog.report.ok
    assert printed_numbers(controller) == numbers
    jobs = [e.cups_job_id for e in reversed(controller.history.entries())]
    assert all(jobs) and sorted(jobs, key=job_number) == jobs  # CUPS got them in order
    assert re.fullmatch(rf"Printed on {CUPS_QUEUE} at \d\d:\d\d: 5 labels", dialog.status.text())


def test_a_bad_line_does_not_block_the_batch_the_others_print_and_it_is_listed(
    qtbot: Any, dialog: BatchPrintDialog, controller: PrintController, numbers: list[str]
) -> None:
    print_lines(qtbot, dialog, [numbers[0], "OCO2000009385032GB", "hello there", numbers[1]])

    assert printed_numbers(controller) == numbers[:2]
    assert re.fullmatch(rf"Printed on {CUPS_QUEUE} at \d\d:\d\d: 2 labels", dialog.status.text())
    assert listed(dialog) == [
        "OCO2000009385032GB: an outbound order: OC gives no label for it here, skipped",
        "hello there: not a return (OCS…), inbound (OCI…) or SKU (OC…) number, skipped",
    ]
    assert dialog.failures.isVisible()


def test_a_number_listed_twice_prints_once_and_the_repeat_is_flagged(
    qtbot: Any, dialog: BatchPrintDialog, controller: PrintController, numbers: list[str]
) -> None:
    print_lines(qtbot, dialog, [numbers[0], numbers[1], numbers[0].lower(), numbers[0]])

    assert printed_numbers(controller) == numbers[:2]
    assert listed(dialog) == [f"{numbers[0]}: listed 3 times, printed once"]


def test_only_bad_lines_print_nothing_and_say_why(
    dialog: BatchPrintDialog, context: AppContext
) -> None:
    dialog.numbers.setPlainText("OCO2000009385032GB")
    dialog.start_button.click()
    assert dialog.status.text().startswith("Nothing printed: none of the lines is a return")
    assert listed(dialog) == [
        "OCO2000009385032GB: an outbound order: OC gives no label for it here, skipped"
    ]
    assert PrintQueue(context.stores.db).pending_batches() == []


def test_before_anything_printed_nothing_says_every_label_printed(
    qtbot: Any, dialog: BatchPrintDialog, controller: PrintController
) -> None:
    view = dialog.needs_decision
    qtbot.waitUntil(view.empty.isVisible)
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert not any("every label printed" in text for text in shown)
    assert view.empty.text() == "Nothing waiting for you: no print failed or was cut off."
    assert controller.history.entries() == []


def test_opened_from_selected_rows_the_title_says_what_it_prints(
    qtbot: Any, kept: list[Any], context: AppContext, controller: PrintController,
    numbers: list[str],
) -> None:  # fmt: skip
    rows = [{"orderNumber": number, "status": "created"} for number in numbers]
    dialog = BatchPrintDialog.from_rows(context, controller, rows)
    qtbot.addWidget(dialog)
    kept.append(dialog)
    assert dialog.windowTitle() == "Print labels for 5 selected orders"
    assert dialog.numbers.toPlainText().splitlines() == numbers
    skus = BatchPrintDialog.from_rows(context, controller, [{"MFSKUID": "OC0000255606056"}])
    qtbot.addWidget(skus)
    kept.append(skus)
    assert skus.windowTitle() == "Print labels for 1 selected SKU"


def test_rows_of_a_results_table_give_their_numbers() -> None:
    rows = [{"orderNumber": "OCS1DE000453014", "status": "created"}, {"MFSKUID": "OC0000255606056"}]
    assert numbers_from_rows(rows) == ["OCS1DE000453014", "OC0000255606056"]


def test_a_killed_batch_resumes_without_duplicates_and_shows_the_unknown_job(
    qtbot: Any,
    kept: list[Any],
    context: AppContext,
    controller: PrintController,
    numbers: list[str],
) -> None:
    # An earlier ocdesk printed the first label, claimed the second, and was killed.
    earlier = Database(Path(context.stores.db.path))
    queue = PrintQueue(earlier)
    specs = [JobSpec(i, "return", n, CUPS_QUEUE, "auto") for i, n in enumerate(numbers[:4], 1)]
    batch = queue.add_batch(specs)
    killed = f"{socket.gethostname()}:999999999:1#killed"  # a process of this PC that ended
    first, second = queue.claim(batch, killed, 2)
    queue.mark_sending(first.id, killed)
    queue.mark_sent(first.id, None)
    queue.mark_sending(second.id, killed)
    earlier.close()

    dialog = open_dialog(qtbot, kept, context, controller)
    view = dialog.needs_decision
    qtbot.waitUntil(lambda: dialog.resume_button.isVisible() and bool(view.entries))
    (unknown,) = view.entries
    assert (unknown.kind, unknown.number) == (Kind.UNKNOWN, numbers[1])
    assert "don't know if this printed" in view.table.item(0, 4).text()

    with qtbot.waitSignal(dialog.runner.sig_finished, timeout=60_000):
        dialog.resume_button.click()
    assert printed_numbers(controller) == numbers[2:4]  # neither the sent nor the unknown one

    view.table.selectRow(0)
    with qtbot.waitSignal(view.runner.sig_finished, timeout=60_000):
        view.not_printed_button.click()
    assert sorted(printed_numbers(controller)) == sorted(numbers[1:4])
    assert [job.state for job in PrintQueue(context.stores.db).jobs(batch)] == [JobState.SENT] * 4
    qtbot.waitUntil(lambda: view.entries == [] and view.empty.isVisible())


def test_batch_prints_are_in_the_audit_log(
    qtbot: Any,
    dialog: BatchPrintDialog,
    context: AppContext,
    oc_session: Session,
    numbers: list[str],
) -> None:
    print_lines(qtbot, dialog, numbers[:2])
    entries = list(reversed(context.stores.audit.entries(endpoint_prefix="label.print")))
    assert [(e.action, e.key_numbers, e.outcome) for e in entries] == [
        ("print", (number,), "printed") for number in numbers[:2]
    ]
    assert {e.profile for e in entries} == {oc_session.profile.name}
    assert all(CUPS_QUEUE in e.detail for e in entries)


def test_with_no_printer_chosen_the_batch_starts_on_the_default_printer_and_says_so(
    qtbot: Any,
    kept: list[Any],
    context: AppContext,
    numbers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_cups_queue()
    monkeypatch.setenv("PRINTER", CUPS_QUEUE)  # CUPS' own way to name the default printer
    asked: list[str] = []
    monkeypatch.setattr(batch.PrintSettingsDialog, "exec", lambda self: asked.append("asked"))
    controller = PrintController(context)
    assert controller.choice_for("return") is None  # nothing set up

    dialog = open_dialog(qtbot, kept, context, controller)
    dialog.numbers.setPlainText("\n".join(numbers[:2]))
    said = f"Return labels print on {CUPS_QUEUE} (the system's default printer)."
    qtbot.waitUntil(lambda: dialog.printer_note.text() == said, timeout=20_000)
    assert dialog.printer_note.isVisible()
    with qtbot.waitSignal(dialog.runner.sig_finished, timeout=60_000):
        dialog.start_button.click()

    assert asked == []  # no print settings dialog in the way
    assert printed_numbers(controller) == numbers[:2]
    assert re.fullmatch(rf"Printed on {CUPS_QUEUE} at \d\d:\d\d: 2 labels", dialog.status.text())
    kept_choice = controller.choice_for("return")
    assert kept_choice is not None and kept_choice.printer == CUPS_QUEUE  # the next run starts there
