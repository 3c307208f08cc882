"""The window's label corner: labels from any screen open in the dock; a crash's leftovers are asked about."""

from __future__ import annotations

import gc
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from label_checks import gui_context, return_numbers
from PySide6.QtWidgets import QApplication, QMainWindow

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.batch import BatchPrintDialog, numbers_from_rows
from ocdesk.gui.labels.hub import LabelsHub
from ocdesk.gui.station.window import StationWindow, open_station
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.labels.queue import JobSpec, PrintQueue
from ocdesk.session import Session


@pytest.fixture
def context(oc_session: Session) -> Iterator[AppContext]:
    with gui_context(oc_session) as ctx:
        yield ctx


@pytest.fixture
def hub(qtbot: Any, context: AppContext) -> LabelsHub:
    window = QMainWindow()
    qtbot.addWidget(window)
    return LabelsHub(context, window, open_station)


def test_the_hub_is_the_contexts_printer(hub: LabelsHub, context: AppContext) -> None:
    assert context.printer is hub.controller


def test_labels_shown_anywhere_open_in_the_dock(
    qtbot: Any, hub: LabelsHub, context: AppContext, oc_session: Session
) -> None:
    number = return_numbers(oc_session, 1)[0]
    result = oc_session.client.call("returns.label", {"orderNumber": number})
    assert not hub.dock.isVisibleTo(hub.window)
    with qtbot.waitSignal(hub.panel.sig_document_shown, timeout=5000):
        context.show_labels("returns.label", result)
    assert hub.dock.isVisibleTo(hub.window)
    assert hub.panel.doc is not None and hub.panel.doc.number == number


def test_the_menu_offers_every_label_tool(hub: LabelsHub) -> None:
    texts = [a.text() for a in hub.menu.actions() if a.text()]
    for expected in ("label panel", "batch", "Failed", "history", "station"):
        assert any(expected.lower() in t.lower() for t in texts), expected


def test_lookup_print_goes_through_the_controller(hub: LabelsHub, monkeypatch) -> None:
    asked: list[tuple[str, Any]] = []
    monkeypatch.setattr(hub.controller, "fetch_and_print", lambda e, d, **kw: asked.append((e, d)))
    hub.print_request("returns.label", {"orderNumber": "OCS1DE000000001"}, "OCS1DE000000001")
    assert asked == [("returns.label", {"orderNumber": "OCS1DE000000001"})]


def test_a_job_cut_off_by_a_crash_is_shown_at_start_for_the_user_to_decide(
    qtbot: Any, hub: LabelsHub, context: AppContext, monkeypatch
) -> None:
    queue = PrintQueue(context.stores.db)
    batch = queue.add_batch(
        [
            JobSpec(1, "return", "OCS1DE000000001", "ocdesk-pdf", "auto"),
            JobSpec(2, "return", "OCS1DE000000002", "ocdesk-pdf", "auto"),
        ]  # fmt: skip
    )
    run = f"{socket.gethostname()}:999999999:1#gone"  # a process of this PC that ended
    (job,) = queue.claim(batch, run, 1)
    queue.mark_sending(job.id, run)  # then the process died
    opened: list[BatchPrintDialog] = []
    monkeypatch.setattr(BatchPrintDialog, "show", lambda self: opened.append(self))
    hub.recover_after_crash()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    states = [job.state for job in queue.jobs(batch)]
    assert "unknown" in states and "sending" not in states


def test_the_station_stays_open_and_is_opened_once(qtbot: Any, hub: LabelsHub) -> None:
    hub.open_station()
    first = hub.station
    gc.collect()  # nothing but the hub holds the window: it must survive a collection
    qtbot.waitUntil(lambda: first is not None and first.isVisible(), timeout=3000)
    hub.open_station()  # F12 again brings the same station forward
    stations = [w for w in QApplication.topLevelWidgets() if isinstance(w, StationWindow)]
    assert hub.station is first and [w for w in stations if w.isVisible()] == [first]
    first.close()


def test_selected_rows_of_the_table_on_screen_become_a_batch(
    qtbot: Any, hub: LabelsHub, monkeypatch
) -> None:
    table = ResultsView(hub.window)
    hub.window.setCentralWidget(table)
    hub.window.show()
    # A desk page's own words for its columns, and an outbound order that has no label.
    table.set_rows([
        {"Return number": "OCS1DE000453014", "Status": "Created"},
        {"Order number": "OCO2000011384024GB", "Status": "Shipped"},
        {"MFSKUID": "OC0000255606056", "Name": "Lamp"},
    ])  # fmt: skip
    table.table.selectAll()
    opened: list[list[dict[str, Any]]] = []
    monkeypatch.setattr(hub, "open_batch", lambda rows=None: opened.append(rows))
    hub.print_selected_rows()
    assert len(opened) == 1
    assert numbers_from_rows(opened[0]) == ["OCS1DE000453014", "OC0000255606056"]


def test_no_label_numbers_in_the_selection_says_what_to_select(
    qtbot: Any, hub: LabelsHub, monkeypatch
) -> None:
    table = ResultsView(hub.window)
    hub.window.setCentralWidget(table)
    hub.window.show()
    table.set_rows([{"Order number": "OCO2000011384024GB"}])
    table.table.selectAll()
    opened: list[Any] = []
    monkeypatch.setattr(hub, "open_batch", lambda *a, **k: opened.append(a))
    hub.print_selected_rows()
    assert not opened
    assert "OCS" in hub.window.statusBar().currentMessage()
