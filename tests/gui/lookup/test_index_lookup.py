"""The lookup bar with the index of recent orders and returns, kept fresh in the background: a
parcel's tracking number finds its order, several matches are listed to pick from, and the bar
says how fresh the index is."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from label_checks import gui_context
from PySide6.QtCore import Qt

from ocdesk.api.identifiers import IdKind
from ocdesk.gui.context import AppContext
from ocdesk.gui.lookup import index_refresh
from ocdesk.gui.lookup.bar import LookupBar
from ocdesk.gui.main_window import MainWindow
from ocdesk.jobs.record_index import index_for
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.record_index import IndexedRecord, RecordIndex

WAIT_MS = 30_000


@pytest.fixture
def context(qapp: Any, shared_sandbox: Sandbox, oc_session: Session) -> Iterator[AppContext]:
    requests.post(f"{shared_sandbox.base_url}/__emu/config", json={"status_step_s": 0}, timeout=10)
    with gui_context(oc_session) as ctx:
        yield ctx


@pytest.fixture
def window(qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The console, its index filled by its own refresher soon after the login, off the GUI
    thread, as after a real start."""
    monkeypatch.setattr(index_refresh, "FIRST_DELAY_MS", 10)
    threads: list[threading.Thread] = []
    monkeypatch.setattr(index_refresh, "refresh", _recording_thread(threads))
    win = MainWindow(context)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.index_refresh.sig_refreshed, timeout=WAIT_MS):
        win.show()
    assert threads and threads[0] is not threading.main_thread()
    assert win.index_refresh._timer.isActive()  # and again in a few minutes
    return win


@pytest.fixture
def bar(window: MainWindow) -> LookupBar:
    return window.lookup


@pytest.fixture
def index(window: MainWindow, context: AppContext) -> RecordIndex:
    """The index the window's refresher filled."""
    assert context.session is not None
    return index_for(context.stores.db, context.session.profile)


def _recording_thread(threads: list[threading.Thread]) -> Any:
    real = index_refresh.refresh

    def refresh(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    return refresh


def look_up(qtbot: Any, bar: LookupBar, typed: str) -> Any:
    """Scan `typed` into the box as a barcode reader does (keys, then Enter); the Outcome."""
    bar.clear()
    qtbot.keyClicks(bar.input, typed)
    with qtbot.waitSignal(bar.sig_outcome, timeout=10_000) as shown:
        qtbot.keyClick(bar.input, Qt.Key.Key_Return)
    return shown.args[0]


def held(index: RecordIndex, kind: str) -> list[IndexedRecord]:
    """Every record of `kind` the index holds."""
    rows = index.db.query("SELECT number FROM record_index WHERE kind = ?", (kind,))
    return [r for row in rows for r in index.find(row["number"]) if r.kind == kind]


def test_a_scanned_tracking_number_opens_its_order_and_says_how_fresh_the_index_is(
    qtbot: Any, bar: LookupBar, index: RecordIndex
) -> None:
    order = next(r for r in held(index, "outbound") if r.tracking)
    state = index.state()
    assert state is not None

    outcome = look_up(qtbot, bar, " " + order.tracking[0].lower() + " ")

    assert [(m.kind, m.number) for m in outcome.matches] == [(IdKind.OUTBOUND, order.number)]
    assert bar.card.isVisible() and bar.chooser.isHidden()  # one match: opened at once
    assert order.number in bar.card.details_text()
    message = bar.message.text()
    assert f"Found in the {state.count:,} orders and returns of the last 90 days" in message
    assert "(updated " in message


def test_a_returns_tracking_number_finds_the_return(
    qtbot: Any, bar: LookupBar, index: RecordIndex
) -> None:
    a_return = next(r for r in held(index, "return") if r.tracking)

    outcome = look_up(qtbot, bar, a_return.tracking[0])

    assert [(m.kind, m.number) for m in outcome.matches] == [(IdKind.RETURN, a_return.number)]
    assert a_return.number in bar.card.details_text()


def test_several_matches_are_listed_and_picked_with_the_arrow_keys(
    qtbot: Any, bar: LookupBar, index: RecordIndex
) -> None:
    a_return = next(r for r in held(index, "return") if r.ebay_order_id and r.tracking)

    outcome = look_up(qtbot, bar, a_return.ebay_order_id)

    assert len(outcome.matches) == 2
    assert bar.chooser.isVisible() and bar.chooser.count() == 2
    assert "2 records have this number" in bar.message.text()
    lines = [bar.chooser.item(i).text() for i in range(2)]
    assert any(a_return.number in line and a_return.tracking[0] in line for line in lines)
    first, second = (m.number for m in outcome.matches)
    assert first in bar.card.details_text()
    qtbot.keyClick(bar.input, Qt.Key.Key_Down)
    assert second in bar.card.details_text() and bar.chooser.currentRow() == 1
    qtbot.keyClick(bar.input, Qt.Key.Key_Up)
    assert first in bar.card.details_text()


def test_nothing_found_names_the_index_and_how_fresh_it_is(
    qtbot: Any, bar: LookupBar, index: RecordIndex
) -> None:
    look_up(qtbot, bar, "no such parcel 42")

    message = bar.message.text()
    assert "Nothing has the number “no such parcel 42”" in message
    assert "orders and returns of the last 90 days on this computer (updated " in message
