"""The scan-to-print station against the sandbox and the real cups-pdf queue, driven by keys only."""

from __future__ import annotations

import html
import re
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from label_checks import (  # noqa: E402
    CUPS_QUEUE,
    Scanner,
    cups_output,
    require_cups_queue,
    return_numbers,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ocdesk.api.dates import format_datetime  # noqa: E402
from ocdesk.api.errors import BusinessError  # noqa: E402
from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.labels import starting  # noqa: E402
from ocdesk.gui.labels.controller import PrintController, PrintDone, PrinterChoice  # noqa: E402
from ocdesk.gui.station.keys import STATION_KEYS  # noqa: E402
from ocdesk.gui.station.widgets import ScanEntry, Tone  # noqa: E402
from ocdesk.gui.station.window import REPRINT_REASON, StationWindow  # noqa: E402
from ocdesk.session import Session  # noqa: E402

pytest_plugins = ("gui_fixtures",)

UNKNOWN_RETURN = "OCS1DE999999999"


class Clock:
    """A monotonic clock the test moves on, so the 5 s double-scan window needs no waiting."""

    def __init__(self) -> None:
        self.now = time.monotonic()

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def return_number(oc_session: Session) -> str:
    return return_numbers(oc_session, 1)[0]


@pytest.fixture
def controller(context: AppContext) -> PrintController:
    return PrintController(context)


@pytest.fixture
def cups_folder(controller: PrintController) -> Path:
    """The station's return labels go to the cups-pdf queue, as the PDF itself."""
    folder = require_cups_queue()
    controller.set_choice("return", PrinterChoice(CUPS_QUEUE, None, "cups"))
    return folder


def open_station(qtbot: Any, context: AppContext, controller: PrintController) -> StationWindow:
    """The station on screen, its printers looked up, the focus in the scan box."""
    window = StationWindow(context, controller)
    window.guard.clock = Clock()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.input.hasFocus, timeout=5_000)
    qtbot.waitUntil(lambda: window.printers is not None, timeout=10_000)
    return window


@pytest.fixture
def station(qtbot: Any, context: AppContext, controller: PrintController) -> StationWindow:
    return open_station(qtbot, context, controller)


def scan(qtbot: Any, station: StationWindow, number: str) -> ScanEntry:
    """Type `number` and Enter, as a scanner does; the entry once the outcome shows."""
    qtbot.keyClicks(station.input, number)
    with qtbot.waitSignal(station.sig_scan_done, timeout=20_000) as blocker:
        qtbot.keyClick(station.input, Qt.Key.Key_Return)
    return blocker.args[0]


def later(station: StationWindow, seconds: float = 6.0) -> None:
    station.guard.clock.now += seconds  # type: ignore[attr-defined]


def assert_printed_on(station: StationWindow, printer: str) -> None:
    """The banner says where and when the label printed, in the words every print path uses."""
    assert re.fullmatch(rf"Printed on {printer} at \d\d:\d\d", station.banner.detail.text())


def assert_ready_for_next_scan(station: StationWindow) -> None:
    assert QApplication.focusWidget() is station.input
    assert station.input.text() == ""


def printed(controller: PrintController, number: str) -> list[Any]:
    return [r for r in controller.history.entries(search=number) if r.ok]


# --- printing ---------------------------------------------------------------------------------


def test_enter_prints_the_return_label_at_true_size_with_a_scannable_barcode(
    qtbot: Any, station: StationWindow, controller: PrintController, cups_folder: Path,
    return_number: str,
) -> None:  # fmt: skip
    jobs: list[PrintDone] = []
    controller.sig_printed.connect(jobs.append)

    entry = scan(qtbot, station, return_number)

    assert entry.tone is Tone.OK
    assert station.banner.tone is Tone.OK
    assert station.banner.headline.text() == return_number
    assert_printed_on(station, CUPS_QUEUE)
    assert_ready_for_next_scan(station)
    (job,) = jobs
    assert job.job_id is not None
    ((size, picture),) = Scanner().pages(cups_output(cups_folder, job.job_id))
    Scanner.assert_size_mm(size, (100, 150))
    assert return_number in Scanner().texts(picture)


def test_a_double_scan_within_5_seconds_is_ignored(
    qtbot: Any, station: StationWindow, controller: PrintController, cups_folder: Path,
    return_number: str,
) -> None:  # fmt: skip
    scan(qtbot, station, return_number)
    later(station, 2.0)

    entry = scan(qtbot, station, return_number)

    assert entry.tone is Tone.WARN
    assert "Already scanned 2 s ago: ignored" in station.banner.detail.text()
    assert len(printed(controller, return_number)) == 1
    assert [e.tone for e in station.history.entries()] == [Tone.WARN, Tone.OK]
    assert_ready_for_next_scan(station)


def test_a_reprint_asks_first_and_n_skips_it(
    qtbot: Any, station: StationWindow, controller: PrintController, cups_folder: Path,
    return_number: str,
) -> None:  # fmt: skip
    scan(qtbot, station, return_number)
    later(station)

    entry = scan(qtbot, station, return_number)

    assert entry.tone is Tone.WARN and station.prompt_active
    assert "Printed at" in station.banner.detail.text()
    assert f"on {CUPS_QUEUE}" in station.banner.detail.text()
    assert "press Y to reprint" in station.banner.detail.text()
    assert_ready_for_next_scan(station)
    with qtbot.waitSignal(station.sig_scan_done) as blocker:
        qtbot.keyClick(station.input, Qt.Key.Key_N)
    assert blocker.args[0].outcome == "Not reprinted"
    assert not station.prompt_active
    assert len(printed(controller, return_number)) == 1


def test_a_reprint_prints_on_y_and_is_recorded_with_the_station_reason(
    qtbot: Any, station: StationWindow, controller: PrintController, cups_folder: Path,
    return_number: str,
) -> None:  # fmt: skip
    scan(qtbot, station, return_number)
    later(station)
    scan(qtbot, station, return_number)

    with qtbot.waitSignal(station.sig_scan_done, timeout=20_000) as blocker:
        qtbot.keyClick(station.input, Qt.Key.Key_Y)

    assert blocker.args[0].tone is Tone.OK
    assert_printed_on(station, CUPS_QUEUE)
    newest, first = printed(controller, return_number)
    assert (newest.reprint_of, newest.reason) == (first.id, REPRINT_REASON)
    assert_ready_for_next_scan(station)


def test_the_same_scan_again_answers_yes_to_the_reprint_question(
    qtbot: Any, station: StationWindow, controller: PrintController, cups_folder: Path,
    return_number: str,
) -> None:  # fmt: skip
    scan(qtbot, station, return_number)
    later(station)
    scan(qtbot, station, return_number)

    entry = scan(qtbot, station, return_number)

    assert entry.tone is Tone.OK
    assert len(printed(controller, return_number)) == 2


# --- no printing ---------------------------------------------------------------------------------


def test_an_outbound_number_shows_status_and_tracking_without_printing(
    qtbot: Any, station: StationWindow, controller: PrintController, oc_session: Session
) -> None:
    now = datetime.now().astimezone()
    window = {
        "startTime": format_datetime(now - timedelta(days=30)),
        "endTime": format_datetime(now),
    }
    orders = oc_session.client.call("outbound.query", window).rows()
    order = next(o for o in orders if o["trackingNumberList"])
    jobs: list[PrintDone] = []
    controller.sig_printed.connect(jobs.append)

    entry = scan(qtbot, station, order["orderNumber"].lower())

    assert entry.tone is Tone.INFO
    assert station.banner.headline.text().startswith(order["orderNumber"])
    assert order["status"] in station.banner.headline.text().lower()
    assert order["trackingNumberList"][0]["trackingNumber"] in station.banner.detail.text()
    assert jobs == [] and controller.history.entries() == []
    assert_ready_for_next_scan(station)


def test_an_unknown_return_shows_red_with_ocs_message(
    qtbot: Any, station: StationWindow, oc_session: Session, cups_folder: Path
) -> None:
    with pytest.raises(BusinessError) as refused:
        oc_session.client.call("returns.label", {"orderNumber": UNKNOWN_RETURN})

    entry = scan(qtbot, station, UNKNOWN_RETURN)

    assert entry.tone is Tone.FAIL
    assert station.banner.tone is Tone.FAIL
    assert station.banner.detail.text() == refused.value.message
    assert_ready_for_next_scan(station)


def test_with_no_printer_at_all_the_station_says_so_and_what_to_do(
    qtbot: Any, context: AppContext, controller: PrintController, return_number: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(starting, "available_printers", lambda: [])
    monkeypatch.setattr(starting, "default_printer", lambda: None)
    station = open_station(qtbot, context, controller)
    assert "No printer for return labels" in station.banner.detail.text()
    assert station.banner.tone is Tone.WARN

    entry = scan(qtbot, station, return_number)

    assert entry.tone is Tone.FAIL
    said = station.banner.detail.text()
    assert said.startswith("No printer for return labels: this computer has none.")
    assert "Add the label printer in the system's printer settings" in said
    assert "press F2 to choose it" in said
    assert controller.history.entries() == []
    assert_ready_for_next_scan(station)


# --- ready on the first scan ----------------------------------------------------------------------


def test_the_first_scan_on_a_fresh_profile_prints_on_the_system_default_printer(
    qtbot: Any, context: AppContext, controller: PrintController, return_number: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = require_cups_queue()
    monkeypatch.setenv("PRINTER", CUPS_QUEUE)  # CUPS' own way to name the default printer
    assert controller.choice_for("return") is None  # nothing set up

    station = open_station(qtbot, context, controller)

    assert station.banner.headline.text() == "Ready"
    assert station.banner.detail.text().startswith(
        f"Return labels, inbound carton labels and SKU labels print on {CUPS_QUEUE} "
        "(the system's default printer).\nScan a number. F2 to change printers"
    )
    jobs: list[PrintDone] = []
    controller.sig_printed.connect(jobs.append)
    entry = scan(qtbot, station, return_number)

    assert entry.tone is Tone.OK
    assert_printed_on(station, CUPS_QUEUE)
    (job,) = jobs
    assert job.job_id is not None
    ((size, picture),) = Scanner().pages(cups_output(folder, job.job_id))
    Scanner.assert_size_mm(size, (100, 150))
    assert return_number in Scanner().texts(picture)
    assert_ready_for_next_scan(station)


def test_the_printer_last_used_for_a_label_type_comes_back_on_the_next_station(
    qtbot: Any, context: AppContext, controller: PrintController, return_number: str,
) -> None:  # fmt: skip
    require_cups_queue()
    first = open_station(qtbot, context, controller)
    scan(qtbot, first, return_number)
    first.close()

    station = open_station(qtbot, context, controller)

    assert f"Return labels print on {CUPS_QUEUE} (the last printer used for them)." in (
        station.banner.detail.text())  # fmt: skip


def test_a_print_that_fails_says_what_failed_and_what_to_do(
    qtbot: Any, station: StationWindow, controller: PrintController, return_number: str
) -> None:
    require_cups_queue()
    controller.set_choice("return", PrinterChoice("no-such-queue", None, "cups"))

    entry = scan(qtbot, station, return_number)

    assert entry.tone is Tone.FAIL
    said = station.banner.detail.text()
    assert "Not printed: there is no printer called no-such-queue" in said
    assert said.splitlines()[-1].startswith("Then scan again. F2 chooses another printer")
    assert_ready_for_next_scan(station)


def test_f2_opens_a_titled_dialog_whose_test_page_prints_a_label_sized_sample(
    qtbot: Any, station: StationWindow, controller: PrintController, cups_folder: Path
) -> None:
    qtbot.keyClick(station.input, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: station.printers_dialog is not None)
    dialog = station.printers_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Station printers: where each kind of label prints"
    assert dialog.where["return"].text() == f"{CUPS_QUEUE} (the printer chosen for them)"

    with qtbot.waitSignal(dialog.sig_test_printed, timeout=20_000) as blocker:
        dialog.test_buttons["return"].click()

    label_type, outcome = blocker.args
    assert label_type == "return" and outcome.ok and outcome.job_id
    ((size, _picture),) = Scanner().pages(cups_output(cups_folder, outcome.job_id))
    Scanner.assert_size_mm(size, (100, 150))
    assert re.search(rf"Printed on {CUPS_QUEUE} at \d\d:\d\d", dialog.status.text())
    assert controller.history.entries() == []  # a test page labels no parcel
    dialog.reject()
    qtbot.waitUntil(lambda: station.printers_dialog is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is station.input)  # the scanner again


def test_escape_clears_the_box_and_pageup_sets_the_sku_quantity(
    qtbot: Any, station: StationWindow
) -> None:
    qtbot.keyClicks(station.input, "OCS1DE")
    qtbot.keyClick(station.input, Qt.Key.Key_PageUp)
    qtbot.keyClick(station.input, Qt.Key.Key_PageUp)
    qtbot.keyClick(station.input, Qt.Key.Key_Escape)

    assert station.quantity.value() == 3
    assert station.banner.headline.text() == "Ready"
    assert_ready_for_next_scan(station)


def test_f1_help_lists_every_key_of_the_station_table(qtbot: Any, station: StationWindow) -> None:
    qtbot.keyClick(station.input, Qt.Key.Key_F1)
    assert station.help.isVisible()
    for entry in STATION_KEYS:
        assert f"<b>{html.escape(entry.names())}</b>: {html.escape(entry.words())}" in station.help.text()
    assert "<b>PgUp / PgDown</b>: More or fewer SKU labels per scan" in station.help.text()
