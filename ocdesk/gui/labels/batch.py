"""Print many labels at once: pasted numbers or a table's selection, in order, resumable."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.identifiers import IdKind, classify
from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.batch_runner import AUTO_PRESET, BatchRunner
from ocdesk.gui.labels.controller import PrintController
from ocdesk.gui.labels.print_settings import PrintSettingsDialog, type_title
from ocdesk.gui.labels.queue_view import FailedJobsView
from ocdesk.jobs.requests import LabelRequest, label_request_for_text
from ocdesk.labels.queue import BatchReport, JobSpec, PrintQueue

# Row keys that hold a labelled number, in the order to prefer them.
_ROW_KEYS = ("orderNumber", "inboundOrder", "inboundNumber", "MFSKUID", "mfSkuId")
_LABELLED_KINDS = (IdKind.RETURN, IdKind.INBOUND, IdKind.MFSKUID)


def numbers_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """The label numbers in a results table's selected rows.

    OC's own keys first, then any value, since desk pages word their columns ("Return
    number"): the first return, inbound or SKU number in the row. Outbound orders have none.
    """
    found = (_row_number(row) for row in rows)
    return [number for number in found if number]


def _row_number(row: Mapping[str, Any]) -> str:
    keyed = [row.get(k) for k in _ROW_KEYS]
    candidates = [*keyed, *row.values()]
    texts = (v.strip() for v in candidates if isinstance(v, str))
    return next((v for v in texts if classify(v) in _LABELLED_KINDS), "")


class BatchPrintDialog(QDialog):
    """Paste numbers (one a line) or take a selection; each gets its label, printed in order.

    On opening it first settles what an earlier run left: jobs a crash cut off are shown
    for the user to decide, and unfinished batches can be resumed. Nothing prints twice:
    the queue claims every job before it is sent.
    """

    def __init__(
        self, context: AppContext, controller: PrintController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._controller = controller
        self._queue = PrintQueue(context.stores.db)
        self._pending: list[str] = []
        self.report: BatchReport | None = None  # how the last run ended
        self.setWindowTitle(self.tr("Print a batch of labels"))
        self.resize(620, 560)
        self.runner = BatchRunner(context, controller, self)
        self.runner.sig_progress.connect(self._progress)
        self.runner.sig_finished.connect(self._finished)
        self.runner.sig_error.connect(self._error)
        self.numbers = QPlainTextEdit(self)
        self.numbers.setPlaceholderText(
            self.tr("One number a line: OCS… (return), OCI… (inbound cartons), OC… (SKU)")
        )
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()  # an empty bar before any run only puzzles people
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.failures = QListWidget(self)
        self.failures.hide()
        self.needs_decision = FailedJobsView(context, controller, self)
        self.start_button = QPushButton(self.tr("Print"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.setEnabled(False)
        self.resume_button = QPushButton(self)
        self.resume_button.clicked.connect(self.resume)
        self.resume_button.hide()
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self._lay_out(close)
        self.recover()

    @classmethod
    def from_rows(
        cls,
        context: AppContext,
        controller: PrintController,
        rows: Iterable[Mapping[str, Any]],
        endpoint_id: str,
        parent: QWidget | None = None,
    ) -> BatchPrintDialog:
        """A dialog holding the numbers of a results table's selection (from `endpoint_id`)."""
        dialog = cls(context, controller, parent)
        dialog.numbers.setPlainText("\n".join(numbers_from_rows(rows)))
        dialog.setWindowTitle(dialog.tr("Print labels for {endpoint}").format(endpoint=endpoint_id))
        return dialog

    def _lay_out(self, close: QPushButton) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Numbers to print:"), self))
        layout.addWidget(self.numbers, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.failures, 1)
        layout.addWidget(QLabel(self.tr("Waiting for you:"), self))
        layout.addWidget(self.needs_decision, 1)
        layout.addLayout(buttons)

    # --- what an earlier run left ----------------------------------------------------------
    def recover(self) -> None:
        """Show jobs a crash cut off and offer to resume unfinished batches (off the GUI thread)."""

        def look() -> list[str]:
            self._queue.recover()
            return [b for b in self._queue.pending_batches() if b not in BatchRunner.running]

        op = self._context.api.run(look, owner=self)
        op.on_done(self._show_pending).on_error(self._error).start()

    def _show_pending(self, batches: list[str]) -> None:
        self._pending = batches
        self.needs_decision.refresh()
        self.resume_button.setVisible(bool(batches))
        self.resume_button.setText(
            self.tr("Resume {count} unfinished batch(es)").format(count=len(batches))
        )

    def resume(self) -> None:
        """Print what is still queued in the oldest unfinished batch."""
        if self._pending and self._begin(self._pending[0]):
            self.status.setText(self.tr("Resuming an unfinished batch…"))

    # --- a new batch -----------------------------------------------------------------------
    def requests(self) -> tuple[list[LabelRequest], list[str]]:
        """The labels the pasted numbers ask for, and the lines that are no label number."""
        lines = [line.strip() for line in self.numbers.toPlainText().splitlines()]
        found: list[LabelRequest] = []
        unusable: list[str] = []
        for line in filter(None, lines):
            request = label_request_for_text(line)
            if request is None:
                unusable.append(line)
            else:
                found.append(request)
        return found, unusable

    def start(self) -> None:
        requests, unusable = self.requests()
        if unusable:
            self._error(self.tr("Not a return, inbound or SKU number: {lines}").format(
                lines=", ".join(unusable)))  # fmt: skip
            return
        if not requests:
            self._error(self.tr("Paste at least one number."))
            return
        specs = self._specs(requests)
        if specs is None:
            return
        op = self._context.api.run(lambda: self._queue.add_batch(specs), owner=self)
        op.on_done(self._begin).on_error(self._error).start()

    def _specs(self, requests: list[LabelRequest]) -> list[JobSpec] | None:
        """One job per number on its type's printer; a type without a printer asks once."""
        specs = []
        for seq, request in enumerate(requests, 1):
            choice = self._controller.choice_for(request.label_type)
            if choice is None:
                dialog = PrintSettingsDialog(self._context, request.label_type, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    self._error(self.tr("No printer chosen for {type}.").format(
                        type=type_title(request.label_type)))  # fmt: skip
                    return None
                choice = dialog.choice()
            preset = choice.preset_key or AUTO_PRESET
            specs.append(JobSpec(seq, request.label_type, request.number, choice.printer, preset))
        return specs

    def _begin(self, batch_id: str) -> bool:
        if not self.runner.start(batch_id):
            return False
        self.failures.clear()
        self.failures.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Fetching and printing…"))
        self._set_running(True)
        return True

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.resume_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.numbers.setReadOnly(running)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finished(self, report: BatchReport) -> None:
        self._set_running(False)
        self.report = report
        text = self.tr("{sent} printed.").format(sent=report.sent)
        if report.cancelled:
            text += " " + self.tr("Cancelled: {count} left, resume them later.").format(
                count=report.remaining
            )
        self.status.setText(text)
        for job in report.failed:
            self.failures.addItem(f"{job.number}: {job.error}")
        self.failures.setVisible(bool(report.failed))
        self.recover()

    def _error(self, message: str | Exception) -> None:
        self._set_running(False)
        self.status.setText(str(message))
