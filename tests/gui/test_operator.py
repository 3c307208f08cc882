"""Who works at the desk: asked once at the first start, changeable, recorded with prints and writes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from label_checks import CUPS_QUEUE, require_cups_queue, return_numbers
from PySide6.QtWidgets import QApplication, QMainWindow

from ocdesk.gui.app import open_stores
from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.controller import PrintController, PrinterChoice
from ocdesk.gui.labels.history_view import HistoryView
from ocdesk.gui.widgets.operator_dialog import OperatorDialog
from ocdesk.gui.widgets.status_bar import StatusBar
from ocdesk.gui.writes import audit_trail
from ocdesk.labels.history import AUDIT_ENDPOINT
from ocdesk.session import Session
from ocdesk.store.desks import DeskRegister
from ocdesk.store.operator import OPERATOR_ENV, WORKSTATION_ENV, Operator
from ocdesk.store.paths import app_paths


@pytest.fixture
def context(
    qapp: Any, oc_session: Session, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppContext]:
    """The console's own stores (as the app opens them) at a desk where nobody is named yet."""
    monkeypatch.delenv(OPERATOR_ENV, raising=False)
    monkeypatch.delenv(WORKSTATION_ENV, raising=False)
    stores = open_stores(app_paths())
    ctx = AppContext(stores)
    ctx.set_session(oc_session)
    yield ctx
    assert ctx.api.shutdown(20_000), "background work did not finish"
    stores.db.close()


def a_window(qtbot: Any, context: AppContext) -> tuple[QMainWindow, StatusBar]:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusBar(context, window)
    window.setStatusBar(status)
    window.resize(900, 400)
    return window, status


def open_dialogs() -> list[OperatorDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, OperatorDialog) and w.isVisible()]  # fmt: skip


def test_the_operator_is_asked_once_then_recorded_with_prints_and_writes(
    qtbot: Any, context: AppContext, oc_session: Session
) -> None:
    window, status = a_window(qtbot, context)
    assert status.operator_button.text() == "Who works here? Click to say"
    window.show()
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=5000)
    (dialog,) = open_dialogs()
    assert dialog.windowTitle() == "Who works at this desk?"
    dialog.save()  # no name yet: said next to the field, nothing saved
    assert dialog.problem.text() == "Type a name." and dialog.isVisible()
    dialog.name.setText("Li Wei")
    dialog.workstation.setText("Returns desk 2")
    dialog.save()
    qtbot.waitUntil(lambda: not open_dialogs(), timeout=5000)
    assert status.operator_button.text() == "Operator: Li Wei"

    window.hide()
    window.show()  # shown again, and a new window (the next start): nobody asks again
    again, _status = a_window(qtbot, context)
    again.show()
    qtbot.wait(100)
    assert open_dialogs() == []

    require_cups_queue()
    controller = PrintController(context)
    controller.set_choice("return", PrinterChoice(CUPS_QUEUE, None, "cups"))
    done: list[bool] = []
    number = return_numbers(oc_session, 1)[0]
    controller.fetch_and_print("returns.label", {"orderNumber": number},
                               on_done=lambda ok, _m: done.append(ok))  # fmt: skip
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done == [True]
    trail = audit_trail(context, "cancel")  # how every write from a desk page is recorded
    trail.begin("outbound.cancel", ["OCO2000000000001GB"])

    rows = context.stores.db.query("SELECT user, workstation FROM print_history")
    assert [(r["user"], r["workstation"]) for r in rows] == [("Li Wei", "Returns desk 2")]
    entries = context.stores.audit.entries()
    assert {(e.endpoint_id, e.user, e.workstation) for e in entries} == {
        (AUDIT_ENDPOINT, "Li Wei", "Returns desk 2"),
        ("outbound.cancel", "Li Wei", "Returns desk 2"),
    }

    view = HistoryView(context, controller)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: len(view.records) == 1, timeout=10_000)
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    user, workstation = headers.index("User"), headers.index("Workstation")
    assert view.table.item(0, user).text() == "Li Wei"
    assert view.table.item(0, workstation).text() == "Returns desk 2"


def test_the_operator_is_changed_from_the_status_bar(
    qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(OPERATOR_ENV, "Li Wei")  # someone is named: the start does not ask
    window, status = a_window(qtbot, context)
    window.show()
    qtbot.wait(50)
    assert open_dialogs() == []
    status.operator_button.click()
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=5000)
    (dialog,) = open_dialogs()
    assert dialog.name.text() == "Li Wei"
    dialog.name.setText("Ana Silva")
    dialog.save()
    qtbot.waitUntil(lambda: status.operator_button.text() == "Operator: Ana Silva", timeout=5000)
    entry = context.stores.audit.record("", "outbound.cancel", "cancel", [], "sending")
    assert entry.user == "Ana Silva"


def test_the_question_offers_the_names_used_at_the_warehouses_desks_and_registers_this_one(
    qtbot: Any, context: AppContext
) -> None:
    desks = DeskRegister(context.stores.db)
    desks.seen(Operator("Wang Fang", "DESK-A", named=True))
    window, _status = a_window(qtbot, context)
    window.show()
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=5000)
    (dialog,) = open_dialogs()

    qtbot.waitUntil(lambda: dialog.name.completer() is not None, timeout=5000)
    completer = dialog.name.completer()
    completer.setCompletionPrefix("fang")
    assert completer.currentCompletion() == "Wang Fang"
    dialog.name.setText("Li Wei")
    dialog.workstation.setText("DESK-B")
    dialog.save()

    qtbot.waitUntil(lambda: len(desks.listed()) == 2, timeout=5000)
    assert desks.operator_names() == ["Li Wei", "Wang Fang"]


def test_a_named_desk_joins_the_desks_list_with_the_rest_of_the_window(
    qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not while the window's first paint and first rows are being made: telling the warehouse
    opens the database, which can wait until then."""
    from ocdesk.gui.main_window import MainWindow

    monkeypatch.setenv(OPERATOR_ENV, "Li Wei")
    monkeypatch.setenv(WORKSTATION_ENV, "DESK-C")
    window = MainWindow(context, complete=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(200)
    desks = DeskRegister(context.stores.db)
    assert desks.listed() == []
    assert open_dialogs() == []  # someone is named: nobody is asked
    window.complete()
    qtbot.waitUntil(lambda: len(desks.listed()) == 1, timeout=5000)
    assert desks.operator_names() == ["Li Wei"]
