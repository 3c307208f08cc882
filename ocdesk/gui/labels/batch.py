"""Print many labels at once: pasted numbers or a table's selection, in order, resumable.

A line that is no label number, or a number listed twice, never holds the batch up: the good
numbers print (each once) and the others are listed with the reason. A label type nobody chose
a printer for starts where the station would start it (ocdesk.gui.labels.starting), and the
dialog says which printer before anything prints.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime
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
from ocdesk.gui.labels.choice import VIA_QT, PrinterChoice
from ocdesk.gui.labels.controller import PrintController
from ocdesk.gui.labels.print_settings import PrintSettingsDialog, type_title
from ocdesk.gui.labels.queue_view import FailedJobsView
from ocdesk.gui.labels.starting import (
    StartingPrinters,
    choice_to_use,
    look_up,
    prints_on_words,
    same_printer_groups,
    types_in_words,
)
from ocdesk.gui.shared_database.outage import batch_blocked, batch_waits
from ocdesk.gui.words import short_time
from ocdesk.jobs.requests import LabelRequest, label_request_for_text
from ocdesk.labels.queue import BatchReport, Job, JobSpec, PrintQueue
from ocdesk.store.sql import DatabaseUnavailable

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchPrintDialog", text)


def selection_title(numbers: list[str]) -> str:
    """ "Print labels for 5 selected orders" (returns and inbounds), "... 2 selected SKUs"."""
    kinds = {classify(number) for number in numbers}
    count = len(numbers)
    if kinds == {IdKind.MFSKUID}:
        noun = _tr("SKU") if count == 1 else _tr("SKUs")
    elif IdKind.MFSKUID in kinds:
        noun = _tr("row") if count == 1 else _tr("rows")
    else:
        noun = _tr("order") if count == 1 else _tr("orders")
    return _tr("Print labels for {count} selected {noun}").format(count=count, noun=noun)


@dataclass(frozen=True)
class BatchLines:
    """Pasted lines sorted out: one label request per number, and what is not printed why."""

    requests: list[LabelRequest]
    bad: list[tuple[str, str]]  # (the line, why it is no label number)
    repeated: list[tuple[str, int]]  # (a number, how many times it was listed)

    @property
    def problems(self) -> list[str]:
        """One line each, as the dialog lists them."""
        lines = [f"{line}: {why}" for line, why in self.bad]
        said = _tr("{number}: listed {count} times, printed once")
        return lines + [said.format(number=n, count=c) for n, c in self.repeated]


def sort_lines(text: str) -> BatchLines:
    """The labels `text` asks for (one number a line; blank lines, case and spaces ignored)."""
    requests: dict[tuple[str, str], LabelRequest] = {}
    counts: Counter[tuple[str, str]] = Counter()
    bad = []
    for line in filter(None, (line.strip() for line in text.splitlines())):
        request = label_request_for_text(line)
        if request is None:
            bad.append((line, _why_no_label(line)))
            continue
        key = (request.label_type, request.number)
        requests.setdefault(key, request)
        counts[key] += 1
    repeated = [(number, count) for (_, number), count in counts.items() if count > 1]
    return BatchLines(list(requests.values()), bad, repeated)


def _why_no_label(line: str) -> str:
    kind = classify(line)
    if kind is IdKind.OUTBOUND:
        return _tr("an outbound order: OC gives no label for it here, skipped")
    if kind is IdKind.VAS:
        return _tr("a VAS order: OC gives no label for it, skipped")
    return _tr("not a return (OCS…), inbound (OCI…) or SKU (OC…) number, skipped")


def printed_words(jobs: list[Job]) -> list[str]:
    """ "Printed on Zebra-1 at 14:02: 4 labels", one line per printer."""
    lines = []
    for printer, group in groupby(sorted(jobs, key=lambda j: j.printer), key=lambda j: j.printer):
        done = list(group)
        at = QDateTime.fromSecsSinceEpoch(round(max(j.updated_at for j in done))).time()
        text = _tr("Printed on {printer} at {time}: 1 label") if len(done) == 1 else _tr(
            "Printed on {printer} at {time}: {count} labels")  # fmt: skip
        lines.append(text.format(printer=printer, time=short_time(at), count=len(done)))
    return lines


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
        self._skipped: list[str] = []  # the pasted lines not printed, and why
        self.report: BatchReport | None = None  # how the last run ended
        self.printers: StartingPrinters | None = None  # None until looked up
        self._after_printers: list[Callable[[], None]] = []
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
        self.numbers.textChanged.connect(self._show_printers)
        self.printer_note = QLabel(self)  # where the pasted labels will print
        self.printer_note.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()  # an empty bar before any run only puzzles people
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.failures = QListWidget(self)  # lines skipped and labels that did not print
        self.failures.hide()
        self.failures_title = QLabel(self.tr("Lines not printed:"), self)
        self.failures_title.hide()
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
        self._look_up_printers()

    @classmethod
    def from_rows(
        cls,
        context: AppContext,
        controller: PrintController,
        rows: Iterable[Mapping[str, Any]],
        parent: QWidget | None = None,
    ) -> BatchPrintDialog:
        """A dialog holding the numbers of a results table's selection, titled by them."""
        dialog = cls(context, controller, parent)
        numbers = numbers_from_rows(rows)
        dialog.numbers.setPlainText("\n".join(numbers))
        dialog.setWindowTitle(selection_title(numbers))
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
        layout.addWidget(self.printer_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.failures_title)
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

    # --- printers --------------------------------------------------------------------------
    def _look_up_printers(self) -> None:
        """Where each label type starts printing, off the GUI thread; Print waits for it."""
        op = self._context.api.run(lambda: look_up(self._controller), owner=self)
        op.on_done(self._printers_known)
        op.on_error(lambda _exc: self._printers_known(StartingPrinters({}, VIA_QT))).start()

    def _printers_known(self, printers: StartingPrinters) -> None:
        self.printers = printers
        self._show_printers()
        waiting, self._after_printers = self._after_printers, []
        for then in waiting:
            then()

    def _show_printers(self) -> None:
        """Which printer the pasted numbers' labels will print on, and why, before printing."""
        types = dict.fromkeys(r.label_type for r in sort_lines(self.numbers.toPlainText()).requests)
        if self.printers is None or not types:
            self.printer_note.setText(self.tr("Looking for printers…") if types else "")
            return
        known = StartingPrinters(
            {t: start for t, start in self.printers.starts.items() if t in types and start.printer},
            self.printers.via,
        )
        lines = [prints_on_words(known.starts[group[0]], group)
                 for group in same_printer_groups(known)]  # fmt: skip
        nowhere = [t for t in types if t not in known.starts]
        if nowhere:
            lines.append(self.tr("No printer found for {types}: Print asks where to print them.")
                         .format(types=types_in_words(nowhere)))  # fmt: skip
        self.printer_note.setText("\n".join(lines))

    # --- a new batch -----------------------------------------------------------------------
    def start(self) -> None:
        """Print every label number pasted, each once; the other lines are listed, not fatal."""
        lines = sort_lines(self.numbers.toPlainText())
        self._skipped = lines.problems
        self._list_problems([])
        blocked = batch_blocked(self._context)
        if blocked is not None:
            self._error(blocked)
            return
        if not lines.requests:
            self._error(self.tr("Nothing printed: none of the lines is a return, inbound or SKU "
                                "number (see below).") if lines.bad else self.tr(
                "Paste at least one number."))  # fmt: skip
            return
        printers = self.printers
        if printers is None:  # asked for when the dialog opened: not long now
            if not self._after_printers:
                self._after_printers.append(self.start)
                self.status.setText(self.tr("Looking for printers…"))
            return
        planned = self._specs(lines.requests, printers)
        if planned is None:
            return
        specs, starting = planned

        def queue() -> str:
            """Worker thread: a starting printer is kept as its type's choice once used."""
            for label_type, choice in starting.items():
                self._controller.set_choice(label_type, choice)
            return self._queue.add_batch(specs)

        def not_queued(exc: Exception) -> None:
            self._error(batch_waits() if isinstance(exc, DatabaseUnavailable) else exc)

        op = self._context.api.run(queue, owner=self)
        op.on_done(self._begin).on_error(not_queued).start()

    def _specs(
        self, requests: list[LabelRequest], printers: StartingPrinters
    ) -> tuple[list[JobSpec], dict[str, PrinterChoice]] | None:
        """One job per number on its type's printer (the chosen one, else where it starts), and
        the starting printers used; a type with no printer at all asks once."""
        specs = []
        starting: dict[str, PrinterChoice] = {}
        for seq, request in enumerate(requests, 1):
            choice, new = choice_to_use(self._controller, printers, request.label_type)
            if choice is not None and new:
                starting[request.label_type] = choice
            if choice is None:
                dialog = PrintSettingsDialog(self._context, request.label_type, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    self._error(self.tr("No printer chosen for {type}.").format(
                        type=type_title(request.label_type)))  # fmt: skip
                    return None
                choice = dialog.choice()
            preset = choice.preset_key or AUTO_PRESET
            specs.append(JobSpec(seq, request.label_type, request.number, choice.printer, preset))
        return specs, starting

    def _begin(self, batch_id: str) -> bool:
        if not self.runner.start(batch_id):
            return False
        self.progress.setValue(0)
        self.progress.show()
        text = self.tr("Fetching and printing…")
        if self._skipped:
            text += " " + self.tr("Some lines are not printed: see the list below.")
        self.status.setText(text)
        self._set_running(True)
        return True

    def _list_problems(self, failed: list[Job]) -> None:
        """Skipped lines, then labels that did not print, each with its reason."""
        self.failures.clear()
        self.failures.addItems(self._skipped)
        self.failures.addItems([f"{job.number}: {job.error}" for job in failed])
        self.failures.setVisible(self.failures.count() > 0)
        self.failures_title.setVisible(self.failures.count() > 0)

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
        lines = printed_words(report.printed) or [self.tr("Nothing printed.")]
        if report.failed:
            lines.append(self.tr("{count} did not print (listed below): check the printer, then "
                                 "Retry them under Waiting for you.").format(
                count=len(report.failed)))  # fmt: skip
        if report.cancelled:
            lines.append(self.tr("Cancelled: {count} left, resume them later.").format(
                count=report.remaining))  # fmt: skip
        self.status.setText("\n".join(lines))
        self._list_problems(report.failed)
        self.recover()

    def _error(self, message: str | Exception) -> None:
        self._set_running(False)
        self.status.setText(str(message))
