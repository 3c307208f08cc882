"""Every label print on record, newest first, filtered by typing; reprint goes through the guard."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.controller import PrintController
from ocdesk.gui.labels.print_settings import type_title
from ocdesk.gui.ops import LatestOnly
from ocdesk.gui.shared_database.live import LiveRefresh
from ocdesk.gui.widgets.table import fill_table, read_only_table
from ocdesk.gui.words import QT_TRANSLATE_NOOP, epoch_datetime
from ocdesk.jobs.requests import label_request_of_type
from ocdesk.labels.history import PrintRecord

FILTER_DELAY_MS = 250  # wait for a pause in typing before asking the database
LIMIT = 1000
# The reprint reasons ocdesk writes itself (labels/queue.py, labels/cli_print.py), shown
# translated; a reason a person typed is shown as it was typed.
STORED_REASONS = (
    QT_TRANSLATE_NOOP("HistoryView", "printed again in a batch"),
    QT_TRANSLATE_NOOP("HistoryView", "printed again from the command line"),
)


class HistoryView(QWidget):
    """The print history table. Reprint fetches the label again and asks before printing."""

    def __init__(
        self, context: AppContext, controller: PrintController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._controller = controller
        self._load = LatestOnly()
        self.records: list[PrintRecord] = []
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(
            self.tr("Filter by number, printer, user, workstation or job id")
        )
        self.filter.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(self._timer.start)
        headers = [self.tr("Time"), self.tr("Label"), self.tr("Number"), self.tr("Printer"),
                   self.tr("User"), self.tr("Workstation"), self.tr("Stock"), self.tr("Copies"),
                   self.tr("Job id"), self.tr("Outcome"), self.tr("Reprint reason")]  # fmt: skip
        self.table = read_only_table(headers, self, one_row=True)
        self.table.itemSelectionChanged.connect(self._enable_reprint)
        self.reprint_button = QPushButton(self.tr("Reprint selected"), self)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.status = QLabel(self)
        self._lay_out()
        controller.sig_printed.connect(lambda _done: self.refresh())
        controller.sig_failed.connect(lambda _failed: self.refresh())
        self.live = LiveRefresh(context, ("print_history",), self.refresh, self)  # other desks
        self._enable_reprint()
        self.refresh()

    def _lay_out(self) -> None:
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        """Reload from the database (off the GUI thread); a newer load replaces an older one."""
        search = self.filter.text().strip() or None
        history = self._controller.history
        op = self._context.api.run(lambda: history.entries(LIMIT, search=search), owner=self)
        self._load.start(op.on_done(self._show).on_error(lambda e: self.status.setText(str(e))))

    def _show(self, records: list[PrintRecord]) -> None:
        self.records = records
        fill_table(self.table, [self._cells(record) for record in records])
        self.table.resizeColumnsToContents()
        self._enable_reprint()

    def _cells(self, record: PrintRecord) -> list[str]:
        locale = QLocale()
        when = epoch_datetime(record.at)
        return [when, type_title(record.label_type, plural=False), record.number,
                record.printer or "", record.user, record.workstation, record.preset or "",
                locale.toString(record.copies), record.cups_job_id or "", self._outcome(record),
                self._reason(record)]  # fmt: skip

    def _outcome(self, record: PrintRecord) -> str:
        """Printed, reprinted or why it failed, in the reader's language."""
        if record.ok:
            return self.tr("reprint") if record.reprint_of else self.tr("printed")
        if record.failure is not None:
            return self.tr("failed: {0}").format(record.failure)
        return record.outcome

    def _reason(self, record: PrintRecord) -> str:
        return self.tr(record.reason) if record.reason in STORED_REASONS else record.reason

    def selected(self) -> PrintRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _enable_reprint(self) -> None:
        record = self.selected()
        self.reprint_button.setEnabled(
            record is not None and label_request_of_type(record.label_type, record.number) is not None
        )

    def reprint_selected(self) -> None:
        """Fetch the label again and print it; the controller asks first and records a reprint."""
        record = self.selected()
        request = label_request_of_type(record.label_type, record.number) if record else None
        if request is None:
            return
        self.reprint_button.setEnabled(False)
        self.status.setText(self.tr("Fetching {number}…").format(number=request.number))
        self._controller.fetch_and_print(
            request.endpoint_id, request.data, parent=self, on_done=self._reprinted
        )

    def _reprinted(self, ok: bool, message: str) -> None:
        self._enable_reprint()
        self.status.setText(message)
