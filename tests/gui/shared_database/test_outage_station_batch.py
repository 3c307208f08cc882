"""The station asks "print anyway?" on its banner (Y/N) while the shared database is away, and
a batch does not start then."""

from __future__ import annotations

import re
from typing import Any

import pytest
from label_checks import CUPS_QUEUE, return_numbers
from pg_server import PgServer
from PySide6.QtCore import Qt

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.batch import BatchPrintDialog
from ocdesk.gui.labels.controller import PrintController, PrintDone
from ocdesk.gui.shared_database import outage
from ocdesk.gui.station.widgets import ScanEntry, Tone
from ocdesk.gui.station.window import StationWindow
from ocdesk.labels.queue import PrintQueue
from ocdesk.session import Session

pytest_plugins = ("gui_fixtures",)


@pytest.fixture
def station(qtbot: Any, context: AppContext, controller: PrintController) -> StationWindow:
    window = StationWindow(context, controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.printers is not None, timeout=10_000)
    return window


def scan(qtbot: Any, station: StationWindow, number: str) -> ScanEntry:
    qtbot.keyClicks(station.input, number)
    with qtbot.waitSignal(station.sig_scan_done, timeout=30_000) as blocker:
        qtbot.keyClick(station.input, Qt.Key.Key_Return)
    return blocker.args[0]


def answer(qtbot: Any, station: StationWindow, key: Qt.Key) -> ScanEntry:
    with qtbot.waitSignal(station.sig_scan_done, timeout=30_000) as blocker:
        qtbot.keyClick(station.input, key)
    return blocker.args[0]


def test_the_station_asks_on_its_banner_n_skips_and_y_prints_kept_on_this_desk(
    qtbot: Any, station: StationWindow, controller: PrintController, oc_session: Session,
    context: AppContext, pg_server: PgServer,
) -> None:  # fmt: skip
    first, second = return_numbers(oc_session, 2)
    printed: list[PrintDone] = []
    controller.sig_printed.connect(printed.append)
    pg_server.stop()
    try:
        entry = scan(qtbot, station, first)
        assert entry.tone is Tone.WARN and station.prompt_active
        assert station.banner.detail.text().startswith(outage.print_anyway_question())
        assert "press Y to print anyway" in station.banner.detail.text()
        skipped = answer(qtbot, station, Qt.Key.Key_N)
        assert (skipped.tone, skipped.outcome) == (Tone.WARN, "Not printed")
        assert printed == []

        scan(qtbot, station, second)
        done = answer(qtbot, station, Qt.Key.Key_Y)
    finally:
        pg_server.start()

    assert done.tone is Tone.OK
    assert [p.identity.number for p in printed] == [second]
    words, note = station.banner.detail.text().split("\n")
    assert re.fullmatch(rf"Printed on {CUPS_QUEUE} at \d\d:\d\d", words)
    assert note == outage.kept_on_this_desk()
    assert context.shared_database is not None
    assert context.shared_database.outbox.pending() == 1


def test_a_batch_does_not_start_while_the_database_is_away(
    qtbot: Any, kept: list[Any], context: AppContext, controller: PrintController,
    oc_session: Session, pg_server: PgServer,
) -> None:  # fmt: skip
    dialog = BatchPrintDialog(context, controller)
    qtbot.addWidget(dialog)
    kept.append(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.printers is not None, timeout=10_000)
    dialog.numbers.setPlainText("\n".join(return_numbers(oc_session, 2)))
    pg_server.stop()
    try:
        dialog.start_button.click()
        qtbot.waitUntil(lambda: dialog.status.text() == outage.batch_waits(), timeout=15_000)
        assert dialog.start_button.isEnabled()
    finally:
        pg_server.start()
    assert PrintQueue(context.stores.db).pending_batches() == []
