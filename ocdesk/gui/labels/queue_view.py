"""Labels that need the user: failed prints (Retry, Discard) and jobs whose outcome is unknown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.batch_runner import BatchRunner
from ocdesk.gui.labels.controller import PrintController
from ocdesk.gui.labels.print_settings import type_title
from ocdesk.gui.shared_database.live import LiveRefresh
from ocdesk.gui.widgets.table import fill_table, read_only_table
from ocdesk.gui.words import epoch_datetime
from ocdesk.labels.cache import FailedPrint
from ocdesk.labels.queue import Job, JobState, PrintQueue


class Kind(StrEnum):
    PRINT = "print"  # a single print that failed (failed_prints, its PDF in the label cache)
    BATCH = "batch"  # a batch job that failed (in print_jobs)
    UNKNOWN = "unknown"  # a batch job cut off by a crash: it may or may not have printed


@dataclass(frozen=True)
class Entry:
    """One row of the view."""

    kind: Kind
    ref: int  # FailedPrint.id or Job.id
    batch_id: str | None
    label_type: str
    number: str
    printer: str
    reason: str
    at: float


def _from_failed(job: FailedPrint) -> Entry:
    return Entry(Kind.PRINT, job.id, None, job.label_type, job.number or job.name,
                 job.printer or "", job.reason, job.at)  # fmt: skip


def _from_job(job: Job) -> Entry:
    kind = Kind.UNKNOWN if job.state == JobState.UNKNOWN else Kind.BATCH
    return Entry(kind, job.id, job.batch_id, job.label_type, job.number, job.printer,
                 job.error, job.updated_at)  # fmt: skip


def _batch_problems(queue: PrintQueue) -> list[Job]:
    """Worker thread: failed and unknown jobs of every unfinished batch (read only)."""
    wanted = (JobState.FAILED, JobState.UNKNOWN)
    return [
        job
        for batch_id in queue.pending_batches()
        for job in queue.jobs(batch_id)
        if job.state in wanted
    ]


class FailedJobsView(QWidget):
    """The failed-jobs queue. Nothing here is ever re-sent without the user's click."""

    sig_count_changed = Signal(int)  # rows needing attention, for a badge

    def __init__(
        self, context: AppContext, controller: PrintController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._controller = controller
        self._queue = PrintQueue(context.stores.db)
        self.runner = BatchRunner(context, controller, self)
        self.entries: list[Entry] = []
        self._batch_jobs: list[Job] = []
        headers = [self.tr("When"), self.tr("Label"), self.tr("Number"), self.tr("Printer"),
                   self.tr("What happened")]  # fmt: skip
        self.table = read_only_table(headers, self, one_row=True)
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        # True whether or not anything was printed yet: it speaks of failures only.
        self.empty = QLabel(self.tr("Nothing waiting for you: no print failed or was cut off."),
                            self)  # fmt: skip
        self.empty.hide()  # until the queue was read
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.printed_button = QPushButton(self.tr("It printed"), self)
        self.not_printed_button = QPushButton(self.tr("It did not print: print it"), self)
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.printed_button.clicked.connect(lambda: self.resolve_selected(printed=True))
        self.not_printed_button.clicked.connect(lambda: self.resolve_selected(printed=False))
        self.status = QLabel(self)
        self._lay_out()
        controller.sig_queue_changed.connect(self.refresh)
        self.runner.sig_finished.connect(lambda _report: self.refresh())
        self.runner.sig_error.connect(self.status.setText)
        # Another desk's batch jobs; its failed prints come through the controller's signal.
        self.live = LiveRefresh(context, ("print_jobs",), self.refresh, self)
        self.refresh()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.printed_button, self.not_printed_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    # --- contents ------------------------------------------------------------------------------
    def refresh(self) -> None:
        op = self._context.api.run(lambda: _batch_problems(self._queue), owner=self)
        op.on_done(self._show).on_error(lambda exc: self.status.setText(str(exc))).start()

    def _show(self, batch_jobs: list[Job]) -> None:
        self.entries = [_from_failed(job) for job in self._controller.failed_jobs()]
        self.entries += [_from_job(job) for job in batch_jobs]
        fill_table(self.table, [self._cells(entry) for entry in self.entries])
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.entries)
        self._enable_buttons()
        self.sig_count_changed.emit(len(self.entries))

    def _cells(self, entry: Entry) -> list[str]:
        when = epoch_datetime(entry.at)
        if entry.kind is Kind.UNKNOWN:
            what = self.tr("We don't know if this printed (ocdesk stopped while sending it)")
        else:
            what = entry.reason or self.tr("failed")
        return [when, type_title(entry.label_type, plural=False), entry.number, entry.printer, what]

    def selected(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _enable_buttons(self) -> None:
        entry = self.selected()
        kind = entry.kind if entry else None
        self.retry_button.setEnabled(kind in (Kind.PRINT, Kind.BATCH))
        self.discard_button.setEnabled(kind is not None)
        self.printed_button.setEnabled(kind is Kind.UNKNOWN)
        self.not_printed_button.setEnabled(kind is Kind.UNKNOWN)

    # --- actions -------------------------------------------------------------------------------
    def retry_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.kind is Kind.PRINT:
            self._controller.retry_failed(entry.ref, on_done=self._said, on_gone=self._offer_fetch)
        elif entry.kind is Kind.BATCH:
            self._requeue_and_run(entry, lambda: self._queue.retry(entry.ref))

    def _offer_fetch(self, job: FailedPrint) -> None:
        """Retry found the saved label gone (the cache was cleared): ask OC for it again?"""
        answer = QMessageBox.question(
            self,
            self.tr("Saved label gone"),
            self.tr(
                "The saved copy of {type} {number} is gone. Fetch it from OC again and print it?"
            ).format(type=type_title(job.label_type, plural=False), number=job.number or job.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.status.setText(self.tr("Fetching {number}…").format(number=job.number))
            self._controller.refetch_failed(job, on_done=self._said)

    def _said(self, _ok: bool, message: str) -> None:
        self.status.setText(message)

    def discard_selected(self) -> None:
        """Give the selected label up: it leaves the list and is never printed from it."""
        entry = self.selected()
        if entry is None:
            return
        if entry.kind is Kind.PRINT:
            self._controller.discard_failed(entry.ref)
            return
        op = self._context.api.run(lambda: self._queue.discard(entry.ref), owner=self)
        op.on_done(lambda _: self.refresh()).on_error(lambda exc: self.status.setText(str(exc)))
        op.start()

    def resolve_selected(self, *, printed: bool) -> None:
        """The user's answer for an unknown job; "did not print" prints it, once."""
        entry = self.selected()
        if entry is None or entry.kind is not Kind.UNKNOWN:
            return
        if printed:
            op = self._context.api.run(
                lambda: self._queue.resolve_unknown(entry.ref, True), owner=self
            )
            op.on_done(lambda _: self.refresh()).start()
        else:
            self._requeue_and_run(entry, lambda: self._queue.resolve_unknown(entry.ref, False))

    def _requeue_and_run(self, entry: Entry, requeue: Callable[[], None]) -> None:
        """Queue the job again (off the GUI thread), then run its batch."""
        batch_id = entry.batch_id
        if batch_id is None or self.runner.busy or batch_id in BatchRunner.running:
            self.status.setText(self.tr("That batch is printing now; try again when it ends."))
            return

        def run(_: object) -> None:
            self.status.setText(self.tr("Printing {number}…").format(number=entry.number))
            self.runner.start(batch_id)

        op = self._context.api.run(requeue, owner=self)
        op.on_done(run).on_error(lambda exc: self.status.setText(str(exc))).start()
