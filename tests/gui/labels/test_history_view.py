"""History and failed-jobs views: what printed is listed and filtered; reprint and retry go through the guard."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from gui_fixtures import when_modal  # noqa: E402
from label_checks import CUPS_QUEUE, return_numbers  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402

from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.labels.controller import PrintController, PrinterChoice  # noqa: E402
from ocdesk.gui.labels.history_view import HistoryView  # noqa: E402
from ocdesk.gui.labels.queue_view import FailedJobsView, Kind  # noqa: E402
from ocdesk.gui.labels.reprint_dialog import ReprintDialog  # noqa: E402
from ocdesk.labels.cli_print import CLI_REPRINT_REASON  # noqa: E402
from ocdesk.labels.document import LabelIdentity  # noqa: E402
from ocdesk.labels.queue import BATCH_REPRINT_REASON  # noqa: E402
from ocdesk.session import Session  # noqa: E402

pytest_plugins = ("gui_fixtures", "chinese_fixtures")

SCREENSHOTS = Path(os.environ.get("OCDESK_SCREENSHOTS", "/tmp/ocdesk-screens"))


@pytest.fixture
def controller(cups_controller: PrintController) -> PrintController:
    return cups_controller


def fetch_and_print(qtbot: Any, controller: PrintController, number: str) -> None:
    done: list[bool] = []
    controller.fetch_and_print(
        "returns.label", {"orderNumber": number}, on_done=lambda ok, _m: done.append(ok)
    )
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done == [True]


def answer_reprint_when_asked(reason: str) -> QTimer:
    """Answers the reprint dialog as a user would, as soon as it opens."""

    def answer(dialog: ReprintDialog) -> None:
        dialog.reason.setText(reason)
        dialog.print_button.click()

    return when_modal(ReprintDialog, answer)


def test_history_lists_filters_and_reprints_after_asking(
    qtbot: Any,
    kept: list[Any],
    context: AppContext,
    controller: PrintController,
    oc_session: Session,
) -> None:
    numbers = return_numbers(oc_session, 2)
    for number in numbers:
        fetch_and_print(qtbot, controller, number)
    view = HistoryView(context, controller)
    qtbot.addWidget(view)
    kept.append(view)
    view.resize(900, 320)
    view.show()
    qtbot.waitUntil(lambda: len(view.records) == 2, timeout=10_000)
    assert view.table.item(0, 2).text() == numbers[1]  # newest first
    assert view.table.item(0, 3).text() == CUPS_QUEUE

    view.filter.setText(numbers[0][-6:].lower())
    qtbot.waitUntil(lambda: [r.number for r in view.records] == [numbers[0]], timeout=10_000)

    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.reprint_button.isEnabled(), timeout=10_000)
    answering = answer_reprint_when_asked("label smudged")
    with qtbot.waitSignal(controller.sig_printed, timeout=30_000) as printed:
        view.reprint_selected()
    assert printed.args[0].reprint is True
    assert not answering.isActive()
    view.filter.clear()
    qtbot.waitUntil(lambda: len(view.records) == 3, timeout=10_000)
    assert view.table.item(0, 9).text() == "reprint"
    assert view.table.item(0, 10).text() == "label smudged"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SCREENSHOTS / "label_history.png"))


def test_a_failed_print_is_listed_and_retried_from_the_queue_view(
    qtbot: Any,
    kept: list[Any],
    context: AppContext,
    controller: PrintController,
    oc_session: Session,
) -> None:
    (number,) = return_numbers(oc_session, 1)
    controller.set_choice("return", PrinterChoice("no-such-printer", "100x150@203"))
    view = FailedJobsView(context, controller)
    qtbot.addWidget(view)
    kept.append(view)
    view.resize(760, 240)
    view.show()
    done: list[bool] = []
    controller.fetch_and_print(
        "returns.label", {"orderNumber": number}, on_done=lambda ok, _m: done.append(ok)
    )
    qtbot.waitUntil(lambda: len(view.entries) == 1, timeout=30_000)
    (entry,) = view.entries
    assert (entry.kind, entry.number) == (Kind.PRINT, number)
    assert "no-such-printer" in view.table.item(0, 4).text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SCREENSHOTS / "label_failed_queue.png"))

    controller.set_choice("return", PrinterChoice(CUPS_QUEUE, None))
    view.table.selectRow(0)
    with qtbot.waitSignal(controller.sig_printed, timeout=30_000):
        view.retry_button.click()
    qtbot.waitUntil(lambda: view.entries == [], timeout=10_000)


def test_a_chinese_history_says_in_chinese_what_became_of_each_print(
    qtbot: Any,
    chinese: list[str],
    kept: list[Any],
    context: AppContext,
    controller: PrintController,
    oc_session: Session,
) -> None:
    printed, failed = return_numbers(oc_session, 2)
    fetch_and_print(qtbot, controller, printed)
    controller.set_choice("return", PrinterChoice("no-such-printer", "100x150@203"))
    done: list[bool] = []
    controller.fetch_and_print(
        "returns.label", {"orderNumber": failed}, on_done=lambda ok, _m: done.append(ok)
    )
    qtbot.waitUntil(lambda: done == [False], timeout=30_000)
    first = controller.history.last_print("return", printed)
    assert first is not None
    for reason in (BATCH_REPRINT_REASON, CLI_REPRINT_REASON):  # as a batch and the CLI write them
        label = LabelIdentity(first.label_type, first.number, first.content_hash)
        controller.history.record(label, CUPS_QUEUE, None, "printed", reprint_of=first.id,
                                  reason=reason)  # fmt: skip
    view = HistoryView(context, controller)
    qtbot.addWidget(view)
    kept.append(view)
    qtbot.waitUntil(lambda: len(view.records) == 4, timeout=10_000)

    stored = view.records[2].outcome
    assert stored.startswith("failed: ") and "no-such-printer" in stored  # stored as before
    why = stored.removeprefix("failed: ")
    shown = [(view.table.item(row, 9).text(), view.table.item(row, 10).text()) for row in range(4)]
    assert shown == [
        ("重打", "从命令行重新打印"),
        ("重打", "在批量打印中重新打印"),
        (f"打印失败：{why}", ""),
        ("已打印", ""),
    ]
