"""A label printer chosen by its address prints from the station, the batch and F2's test page
straight to the (fake) printer, and is recorded, guarded and remembered like any printer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fake_printer import PAPER_OUT, FakePrinter
from label_checks import Scanner, return_numbers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.batch import BatchPrintDialog
from ocdesk.gui.labels.choice import VIA_QT, known_addresses
from ocdesk.gui.labels.controller import PrintController, PrinterChoice
from ocdesk.gui.labels.print_settings import PrintSettingsDialog
from ocdesk.gui.labels.starting import look_up
from ocdesk.gui.station.widgets import Tone
from ocdesk.gui.station.window import StationWindow
from ocdesk.jobs.station_plan import PrinterSource
from ocdesk.labels.document import LabelDocument
from ocdesk.sandbox import labels as sandbox_labels
from ocdesk.session import Session

pytest_plugins = ("gui_fixtures",)


@pytest.fixture(scope="module")
def numbers(oc_session: Session) -> list[str]:
    return return_numbers(oc_session, 3)


@pytest.fixture
def zebra() -> Iterator[FakePrinter]:
    with FakePrinter("zpl") as printer:
        yield printer


@pytest.fixture
def controller(context: AppContext, zebra: FakePrinter) -> PrintController:
    controller = PrintController(context)
    controller.set_choice("return", PrinterChoice(zebra.address, None))
    return controller


def open_settings(qtbot: Any, context: AppContext) -> PrintSettingsDialog:
    dialog = PrintSettingsDialog(context, "return")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.refresh_button.isEnabled, timeout=20_000)
    return dialog


def choose_by_address(dialog: PrintSettingsDialog) -> None:
    dialog.printer_box.setCurrentIndex(dialog.printer_box.count() - 1)


def save(dialog: PrintSettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def return_label(number: str) -> LabelDocument:
    pdf = sandbox_labels.return_label(number, region="DE", date="2025-03-11")
    return LabelDocument(pdf, label_type="return", number=number, source_endpoint="returns.label")


# --- choosing ----------------------------------------------------------------------------------


def test_a_wrong_address_is_said_under_its_field_and_nothing_is_saved(
    qtbot: Any, context: AppContext
) -> None:
    dialog = open_settings(qtbot, context)
    choose_by_address(dialog)
    assert dialog.address_edit.isVisible()
    assert not dialog.via_qt.isEnabled() and not dialog.via_cups.isEnabled()
    dialog.address_edit.setText("zpl://192.168.1.50:PORT")

    save(dialog)

    assert dialog.isVisible()  # still open, for the address to be put right
    assert dialog.address_error.isVisible()
    assert dialog.address_error.text().startswith("PORT is not a port number")
    assert PrintController(context).choice_for("return") is None


def test_a_typed_address_is_saved_remembered_and_offered_again(
    qtbot: Any, context: AppContext
) -> None:
    dialog = open_settings(qtbot, context)
    choose_by_address(dialog)
    dialog.address_edit.setText(" ZPL://192.168.1.50:9100 ")
    save(dialog)
    assert not dialog.isVisible()
    saved = PrintController(context).choice_for("return")
    assert saved is not None and saved.printer == "zpl://192.168.1.50"
    assert known_addresses(context.stores.profiles) == ["zpl://192.168.1.50"]

    again = open_settings(qtbot, context)
    assert again.printer_box.currentText() == "zpl://192.168.1.50"
    assert not again.address_edit.isVisible()
    assert not again.via_qt.isEnabled()  # a label printer by address prints one way only
    other = PrintSettingsDialog(context, "sku")
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(other.refresh_button.isEnabled, timeout=20_000)
    offered = [other.printer_box.itemText(i) for i in range(other.printer_box.count())]
    assert "zpl://192.168.1.50" in offered


# --- printing ----------------------------------------------------------------------------------


def open_station(qtbot: Any, context: AppContext, controller: PrintController) -> StationWindow:
    window = StationWindow(context, controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.printers is not None, timeout=10_000)
    return window


def scan(qtbot: Any, station: StationWindow, number: str) -> Any:
    station.input.setText(number)
    with qtbot.waitSignal(station.sig_scan_done, timeout=20_000) as blocker:
        qtbot.keyClick(station.input, Qt.Key.Key_Return)
    return blocker.args[0]


def test_the_station_prints_on_the_label_printer_and_guards_the_reprint(
    qtbot: Any, context: AppContext, controller: PrintController, zebra: FakePrinter,
    numbers: list[str],
) -> None:  # fmt: skip
    station = open_station(qtbot, context, controller)
    assert f"Return labels print on {zebra.address} (the printer chosen for them)." in (
        station.banner.detail.text())  # fmt: skip

    entry = scan(qtbot, station, numbers[0])

    assert entry.tone is Tone.OK
    assert re.fullmatch(rf"Printed on {re.escape(zebra.address)} at \d\d:\d\d",
                        station.banner.detail.text())  # fmt: skip
    zebra.wait_for_jobs(1)
    (page,) = zebra.pages()
    assert page.picture.size == (799, 1199)
    assert Scanner().texts(page.picture.convert("L")) == [numbers[0]]
    (record,) = controller.history.entries(search=numbers[0])
    assert (record.printer, record.preset, record.ok) == (zebra.address, "100x150@203", True)

    station.guard.clock = lambda: 1e9  # past the double-scan window
    again = scan(qtbot, station, numbers[0])
    assert again.tone is Tone.WARN  # asks before a reprint
    assert "Scan again or press Y to reprint" in station.banner.detail.text()
    assert len(zebra.jobs) == 1
    station.answer_reprint(False)
    assert QApplication.focusWidget() is station.input


def test_a_label_printer_out_of_labels_gets_nothing_and_the_station_says_what_to_do(
    qtbot: Any, context: AppContext, controller: PrintController, zebra: FakePrinter,
    numbers: list[str],
) -> None:  # fmt: skip
    zebra.problems = {PAPER_OUT}
    station = open_station(qtbot, context, controller)

    entry = scan(qtbot, station, numbers[1])

    assert entry.tone is Tone.FAIL
    said = station.banner.detail.text()
    assert f"Not printed: the printer at 127.0.0.1:{zebra.port} is not ready: it is out of " \
           "labels. Load labels, then print again." in said
    assert zebra.jobs == []
    assert [r.ok for r in controller.history.entries(search=numbers[1])] == [False]


def test_f2_test_page_comes_out_of_the_label_printer(
    qtbot: Any, context: AppContext, controller: PrintController, zebra: FakePrinter
) -> None:
    station = open_station(qtbot, context, controller)
    qtbot.keyClick(station.input, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: station.printers_dialog is not None)
    dialog = station.printers_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.sig_test_printed, timeout=20_000) as blocker:
        dialog.test_buttons["return"].click()
    assert blocker.args[1].ok
    zebra.wait_for_jobs(1)
    assert zebra.pages()[0].picture.size == (799, 1199)
    assert f"Printed on {zebra.address} at" in dialog.status.text()
    dialog.reject()


def test_a_batch_prints_every_label_on_the_label_printer_in_order(
    qtbot: Any, kept: list[Any], context: AppContext, controller: PrintController,
    zebra: FakePrinter, numbers: list[str],
) -> None:  # fmt: skip
    dialog = BatchPrintDialog(context, controller)
    qtbot.addWidget(dialog)
    kept.append(dialog)
    dialog.show()
    dialog.numbers.setPlainText("\n".join(numbers))
    with qtbot.waitSignal(dialog.runner.sig_finished, timeout=60_000):
        dialog.start_button.click()
    assert dialog.report is not None and dialog.report.ok
    zebra.wait_for_jobs(3)
    scanner = Scanner()
    assert [scanner.texts(page.picture.convert("L")) for page in zebra.pages()] == [
        [number] for number in numbers]  # fmt: skip
    assert re.fullmatch(rf"Printed on {re.escape(zebra.address)} at \d\d:\d\d: 3 labels",
                        dialog.status.text())  # fmt: skip


# --- without CUPS ------------------------------------------------------------------------------


@pytest.fixture
def no_cups_tools(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PATH without lp, lpstat or ipptool, as on Windows."""
    monkeypatch.setenv("PATH", str(tmp_path))


@pytest.mark.usefixtures("no_cups_tools")
def test_without_cups_new_printers_print_the_standard_way_and_direct_is_not_offered(
    qtbot: Any, context: AppContext, controller: PrintController
) -> None:
    printers = look_up(controller)
    assert printers.via == VIA_QT
    dialog = open_settings(qtbot, context)
    dialog.printer_box.setCurrentIndex(0)
    assert not dialog.via_cups.isEnabled()
    assert dialog.choice().via == VIA_QT


def test_a_label_printer_last_used_by_address_is_where_the_type_starts(
    context: AppContext, zebra: FakePrinter, numbers: list[str]
) -> None:
    controller = PrintController(context)
    doc = return_label(numbers[2])
    controller.history.record(doc.identity, zebra.address, "100x150@203", "printed")
    assert controller.choice_for("return") is None

    start = look_up(controller).starts["return"]

    assert (start.printer, start.source) == (zebra.address, PrinterSource.LAST_USED)
