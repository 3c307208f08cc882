"""Every print from the lookup card ends in words on the card and in the status bar; the card
shows whether its label was printed, when, where and by whom."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_fixtures import when_modal  # noqa: E402
from label_checks import (  # noqa: E402
    CUPS_QUEUE,
    PRINTED_ON_QUEUE,
    require_cups_queue,
    return_numbers,
    stopped_queue,
)
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QDialog, QMainWindow  # noqa: E402

from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.labels.controller import PrinterChoice  # noqa: E402
from ocdesk.gui.labels.hub import LabelsHub  # noqa: E402
from ocdesk.gui.labels.print_settings import PrintSettingsDialog  # noqa: E402
from ocdesk.gui.labels.reprint_dialog import ReprintDialog, when_and_where  # noqa: E402
from ocdesk.gui.lookup.bar import LookupBar  # noqa: E402
from ocdesk.gui.pages.returns.tab import ReturnOrdersPage  # noqa: E402
from ocdesk.gui.station.window import open_station  # noqa: E402
from ocdesk.labels.history import PRINTED, PrintRecord  # noqa: E402
from ocdesk.session import Session  # noqa: E402

pytest_plugins = ("gui_fixtures",)

SCREENSHOTS = Path(os.environ.get("OCDESK_SCREENSHOTS", "/tmp/ocdesk-screens"))


class Desk:
    """A window with the lookup box and the label corner, wired as the main window wires them."""

    def __init__(self, qtbot: Any, context: AppContext) -> None:
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.bar = LookupBar(context, self.window)
        self.window.setCentralWidget(self.bar)
        self.hub = LabelsHub(context, self.window, open_station)
        self.bar.sig_print_requested.connect(self.hub.print_request)
        self.hub.follow_card(self.bar.card)
        self.window.resize(1280, 720)
        self.window.show()
        self.qtbot = qtbot

    @property
    def card(self) -> Any:
        return self.bar.card

    def look_up(self, number: str) -> None:
        self.bar.input.setText(number)
        with self.qtbot.waitSignal(self.bar.sig_outcome, timeout=10_000):
            self.bar.input.returnPressed.emit()
        self.qtbot.waitUntil(lambda: self.card.print_state.text() != "", timeout=10_000)

    def print_and_wait(self) -> str:
        """Press the card's Print label; the card's words once the print has ended."""
        self.card.print_label_button.click()
        assert self.card.print_note.text() == "Printing…"
        self.qtbot.waitUntil(lambda: self.card.print_note.text() != "Printing…", timeout=30_000)
        return self.card.print_note.text()

    def status(self) -> str:
        return self.window.statusBar().currentMessage()


@pytest.fixture
def desk(qtbot: Any, context: AppContext, kept: list[Any]) -> Iterator[Desk]:
    desk = Desk(qtbot, context)
    kept.append(desk.window)
    yield desk


@pytest.fixture
def number(oc_session: Session) -> str:
    return return_numbers(oc_session, 1)[0]


def test_a_card_print_says_where_and_when_it_printed_and_the_card_shows_its_print_state(
    qtbot: Any, desk: Desk, number: str
) -> None:
    require_cups_queue()
    desk.hub.controller.set_choice("return", _cups(CUPS_QUEUE))
    desk.look_up(number)
    assert desk.card.print_state.text() == "Label not printed yet"

    said = desk.print_and_wait()
    assert PRINTED_ON_QUEUE.fullmatch(said), said
    assert desk.status() == said
    assert "color: #1b7f3b" in desk.card.print_note.styleSheet()
    # The print state is read again at once: when, where and by whom.
    qtbot.waitUntil(lambda: "Label printed" in desk.card.print_state.text(), timeout=10_000)
    clock = said.rsplit(" at ", 1)[1]
    assert desk.card.print_state.text() == f"Label printed {clock} on {CUPS_QUEUE} by Desk Tester"
    assert desk.status() == said
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    desk.window.grab().save(str(SCREENSHOTS / "card_after_print.png"))

    # A second print (a reprint, confirmed) is counted.
    answering = _answer_reprint()
    said = desk.print_and_wait()
    assert PRINTED_ON_QUEUE.fullmatch(said), said
    assert not answering.isActive()
    qtbot.waitUntil(lambda: "(2 times)" in desk.card.print_state.text(), timeout=10_000)


def test_a_print_to_a_stopped_printer_says_so_and_what_to_do_and_nothing_claims_it_printed(
    qtbot: Any, desk: Desk, number: str
) -> None:
    printed: list[Any] = []
    desk.hub.controller.sig_printed.connect(printed.append)
    with stopped_queue() as queue:
        desk.hub.controller.set_choice("return", _cups(queue))
        desk.look_up(number)
        said = desk.print_and_wait()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    desk.window.grab().save(str(SCREENSHOTS / "card_printer_stopped.png"))
    assert said.startswith(f"Not printed: the printer {queue} is stopped."), said
    assert "Start it again" in said and "then print again" in said
    assert desk.status() == said
    assert "color: #b3261e" in desk.card.print_note.styleSheet()
    assert printed == [] and "Printed on" not in desk.status()
    assert [r.outcome == PRINTED for r in desk.hub.controller.history.entries()] == [False]
    assert desk.card.print_state.text() == "Label not printed yet"


def test_a_print_to_a_printer_that_is_gone_says_so_in_words(
    qtbot: Any, desk: Desk, number: str
) -> None:
    require_cups_queue()
    desk.hub.controller.set_choice("return", _cups("ocdesk-unplugged"))
    desk.look_up(number)
    said = desk.print_and_wait()
    assert said.startswith("Not printed: there is no printer called ocdesk-unplugged"), said
    assert "Choose another printer" in said
    assert desk.status() == said


def test_closing_the_printer_dialog_says_the_label_was_not_printed(
    qtbot: Any, desk: Desk, number: str
) -> None:
    desk.look_up(number)  # no printer chosen yet for return labels: the dialog asks
    closing = _close_when_open(PrintSettingsDialog)
    said = desk.print_and_wait()
    assert not closing.isActive(), "the printer dialog never opened"
    assert said == "Not printed: the printer dialog was closed. Print again to choose a printer."
    assert desk.status() == said
    assert desk.hub.controller.history.entries() == []


def test_a_print_from_a_desk_pages_card_says_where_and_when_there_and_in_the_status_bar(
    qtbot: Any, desk: Desk, context: AppContext, oc_session: Session, number: str
) -> None:
    require_cups_queue()
    desk.hub.controller.set_choice("return", _cups(CUPS_QUEUE))
    page = ReturnOrdersPage(context)
    qtbot.addWidget(page)
    rows = oc_session.client.call("returns.orders", {"pageSize": 200}).rows()
    row = next(r for r in rows if r["orderNumber"] == number)
    page.show_record(row)
    page.return_actions.print_button.click()
    qtbot.waitUntil(lambda: "Printed on" in page.info_label.text(), timeout=30_000)
    assert PRINTED_ON_QUEUE.fullmatch(page.info_label.text()), page.info_label.text()
    assert desk.status() == page.info_label.text()


def _cups(queue: str) -> PrinterChoice:
    return PrinterChoice(queue, None, "cups")


def _close_when_open(kind: type[QDialog]) -> QTimer:
    return when_modal(kind, lambda dialog: dialog.reject())


def _answer_reprint() -> QTimer:
    return when_modal(ReprintDialog, lambda dialog: dialog.print_button.click())


def test_the_reprint_question_says_where_and_by_whom_it_printed_before(qapp: Any) -> None:
    record = PrintRecord(1, time.time(), "Li Wei", "", "return", "OCS1DE000453014", "hash", None,
                         "Zebra-1", None, 1, None, PRINTED, None, "", "desk-2")  # fmt: skip
    said = when_and_where(record, this_desk="desk-2")
    assert said.startswith("Printed at ") and said.endswith(" on Zebra-1 by Li Wei."), said
    elsewhere = when_and_where(record, this_desk="desk-5")  # a shared database: another desk
    assert elsewhere.endswith(" on desk-2 (Zebra-1) by Li Wei."), elsewhere
