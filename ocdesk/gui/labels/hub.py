"""The window's label corner: the Label dock, the Labels menu, and what a crash left to decide."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.result import OcResult
from ocdesk.gui.context import AppContext
from ocdesk.gui.labels import feedback
from ocdesk.gui.labels.batch import BatchPrintDialog, numbers_from_rows
from ocdesk.gui.labels.controller import PrintController, PrintDone
from ocdesk.gui.labels.history_view import HistoryView
from ocdesk.gui.labels.panel import LabelPanel
from ocdesk.gui.labels.print_settings import PrintSettingsDialog, type_title
from ocdesk.gui.lookup.card import LookupCard
from ocdesk.gui.shared_database import outage
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.jobs.requests import label_types
from ocdesk.labels.history import PrintState
from ocdesk.labels.queue import PrintQueue
from ocdesk.store.sql import DatabaseUnavailable

# Opens the scan-to-print station; the main window supplies it, so labels/ needs no station/.
StationFactory = Callable[[AppContext, PrintController], QWidget]


class LabelsHub(QObject):
    """Owns the PrintController of a window and everything label-related around it.

    Any screen shows labels with `context.show_labels(...)` and prints through
    `context.printer`; the hub opens the dock for them and keeps the failed-jobs count in the
    menu. At start-up it settles what an interrupted batch left: unknown jobs are shown for the
    user to decide (never re-sent), unfinished batches can be resumed.
    """

    def __init__(
        self, context: AppContext, window: QMainWindow, open_station: StationFactory
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self._open_station = open_station
        self.controller = PrintController(context, self)
        context.printer = self.controller
        self.panel = LabelPanel(context, self.controller)
        self.dock = QDockWidget(self.tr("Label"), window)
        self.dock.setObjectName("label-dock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # it opens with the first label
        self.station: QWidget | None = None
        self.card: LookupCard | None = None
        self.menu = self._build_menu(window.menuBar().addMenu(self.tr("&Labels")))
        context.sig_show_labels.connect(self.show_result)
        self.controller.sig_queue_changed.connect(self._count_failed)
        # Every print asked for ends in words in the status bar, wherever it was asked for.
        self.controller.sig_said.connect(lambda _ok, message: self._tell(message))
        self.controller.sig_printed.connect(self._printed)

    # --- menu ------------------------------------------------------------------------------
    def _build_menu(self, menu: QMenu) -> QMenu:
        self._add(menu, self.tr("Show the label panel"), "F9", self.toggle_panel)
        self._add(menu, self.tr("Open a label PDF…"), "Ctrl+O", self.panel.open_dialog)
        menu.addSeparator()
        self._add(menu, self.tr("Print a batch of labels…"), "Ctrl+Shift+B", self.open_batch)
        self._add(menu, self.tr("Print labels for the selected rows…"), "Ctrl+Shift+P",
                  self.print_selected_rows)  # fmt: skip
        self.failed_action = self._add(menu, self.tr("Failed and unknown prints…"), None,
                                       self.open_failed)  # fmt: skip
        self._add(menu, self.tr("Print history…"), "Ctrl+H", self.open_history)
        settings = menu.addMenu(self.tr("Printer for…"))
        for label_type in label_types():
            self._add(settings, type_title(label_type), None,
                      lambda t=label_type: self.open_settings(t))  # fmt: skip
        menu.addSeparator()
        self._add(menu, self.tr("Scan-to-print station…"), "F12", self.open_station)
        return menu

    def _add(self, menu: QMenu, text: str, keys: str | None, slot: Any) -> QAction:
        action = QAction(text, menu)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # --- showing labels --------------------------------------------------------------------
    def show_result(self, endpoint_id: str, result: OcResult) -> None:
        self.panel.show_result(endpoint_id, result)
        self.dock.show()
        self.dock.raise_()

    def toggle_panel(self) -> None:
        self.dock.setVisible(not self.dock.isVisible())

    def print_request(self, endpoint_id: str, data: Any, number: str) -> None:
        """The lookup card's Print: fetch the label and print it; the card says how it ended."""

        def tell_card(ok: bool, message: str) -> None:
            if self.card is not None and self.card.shows(number):
                self.card.show_print_note(message, ok)

        tell_card(True, self.tr("Printing…"))
        self.controller.fetch_and_print(endpoint_id, data, parent=self.window, on_done=tell_card)

    # --- the lookup card's print state ------------------------------------------------------
    def follow_card(self, card: LookupCard) -> None:
        """Show on `card` whether its label was printed, when, where and by whom."""
        self.card = card
        card.sig_label_shown.connect(self._show_print_state)

    def _show_print_state(self, label_type: str, number: str) -> None:
        if outage.database_away(self.context):  # known away: not worth a wait to hear it again
            self._print_state_unread(number, DatabaseUnavailable())
            return
        history = self.controller.history
        op = self.context.api.run(lambda: history.state(label_type, number), owner=self)
        op.on_done(lambda state: self._print_state_read(number, state))
        op.on_error(lambda exc: self._print_state_unread(number, exc)).start()

    def _print_state_read(self, number: str, state: PrintState) -> None:
        if self.card is not None and self.card.shows(number):
            desk = self.controller.history.who().workstation
            self.card.print_state.setText(feedback.print_state(state.last, state.count, desk))

    def _print_state_unread(self, number: str, error: Exception) -> None:
        """The shared database is away: the card says its print state is not known."""
        if isinstance(error, DatabaseUnavailable) and self.card is not None and self.card.shows(
            number
        ):
            self.card.print_state.setText(outage.print_state_unknown())

    def _printed(self, done: PrintDone) -> None:
        """A label on the card printed (from anywhere): its print state is read again."""
        if self.card is not None and self.card.shows(done.identity.number):
            self._show_print_state(done.identity.label_type, done.identity.number)

    def _tell(self, message: str) -> None:
        self.window.statusBar().showMessage(message.replace("\n", " · "))

    # --- tool windows ----------------------------------------------------------------------
    def _tool_window(self, title: str, widget: QWidget) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        widget.setParent(dialog)
        layout.addWidget(widget)
        dialog.resize(900, 520)
        dialog.show()
        return dialog

    def open_history(self) -> None:
        view = HistoryView(self.context, self.controller)
        self._tool_window(self.tr("Print history"), view)
        view.refresh()

    def open_failed(self) -> None:
        from ocdesk.gui.labels.queue_view import FailedJobsView

        view = FailedJobsView(self.context, self.controller)
        self._tool_window(self.tr("Failed and unknown prints"), view)
        view.refresh()

    def open_batch(self, rows: list[dict[str, Any]] | None = None) -> None:
        if rows is None:
            dialog = BatchPrintDialog(self.context, self.controller, self.window)
        else:
            dialog = BatchPrintDialog.from_rows(
                self.context, self.controller, rows, self.window
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def print_selected_rows(self) -> None:
        """The rows selected in the table on screen (any tab) as a batch: returns, cartons, SKUs."""
        table = self._table_on_screen()
        rows = table.selected_rows() if table is not None else []
        if not numbers_from_rows(rows):
            self.window.statusBar().showMessage(
                self.tr("Select rows holding return (OCS…), inbound (OCI…) or SKU numbers first.")
            )
            return
        self.open_batch(rows)

    def _table_on_screen(self) -> ResultsView | None:
        """The visible results table with a selection; the one holding the focus first."""
        tables = [t for t in self.window.findChildren(ResultsView) if t.isVisible()]
        focus = QApplication.focusWidget()
        tables.sort(key=lambda t: not (focus is not None and t.isAncestorOf(focus)))
        return next((t for t in tables if t.selected_rows()), None)

    def open_settings(self, label_type: str) -> None:
        PrintSettingsDialog(self.context, label_type, self.window).exec()

    def open_station(self) -> None:
        """Open the station, or bring the open one to the front (one station per desk).

        The hub holds the window: a top-level window nobody references would be collected
        by Python and vanish the moment it opened.
        """
        if self.station is not None and shiboken6.isValid(self.station):
            self.station.showNormal()
            self.station.raise_()
            self.station.activateWindow()
            return
        self.station = self._open_station(self.context, self.controller)

    # --- failures and recovery -------------------------------------------------------------
    def _count_failed(self) -> None:
        """The menu says how many prints wait for a decision (including an earlier run's)."""
        count = len(self.controller.failed_jobs())
        text = self.tr("Failed and unknown prints ({count})…").format(count=count)
        self.failed_action.setText(text if count else self.tr("Failed and unknown prints…"))

    def recover_after_crash(self) -> None:
        """Off the GUI thread: jobs a crash cut off become 'unknown'; ask about them if any."""
        queue = PrintQueue(self.context.stores.db)

        def look() -> tuple[int, int]:
            unknown = queue.recover()
            return len(unknown), len(queue.pending_batches())

        op = self.context.api.run(look, owner=self)
        op.on_done(self._offer_recovery).start()

    def _offer_recovery(self, counts: tuple[int, int]) -> None:
        unknown, pending = counts
        if unknown or pending:
            self.open_batch()  # it shows the unknown jobs and offers to resume
