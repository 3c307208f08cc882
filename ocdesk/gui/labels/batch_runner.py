"""Runs a queued print batch in the background: fetch ahead, print in order, report progress."""

from __future__ import annotations

import threading
from typing import ClassVar

from PySide6.QtCore import QObject, Signal

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.choice import VIA_QT, PrinterChoice
from ocdesk.gui.labels.controller import PrintController
from ocdesk.gui.labels.documents import documents_from
from ocdesk.gui.shared_database.outage import batch_blocked
from ocdesk.jobs.requests import label_request_of_type
from ocdesk.labels.document import LabelDocument, LabelError
from ocdesk.labels.printing import PrintOutcome
from ocdesk.labels.queue import BatchReport, Job, JobSpec, PrintQueue, run_batch
from ocdesk.session import Session

AUTO_PRESET = "auto"  # a job's preset when the label's own size picks it
MAX_FETCHES = 4  # OC calls in flight for one batch


class BatchRunner(QObject):
    """One batch at a time through labels.queue.run_batch, off the GUI thread.

    Signals arrive on the GUI thread: progress(done, total), finished(BatchReport), error(text).
    """

    sig_progress = Signal(int, int)
    sig_finished = Signal(object)  # BatchReport
    sig_error = Signal(str)
    # Batches running in this process: a batch is never run twice at once.
    running: ClassVar[set[str]] = set()

    def __init__(
        self, context: AppContext, controller: PrintController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._controller = controller
        self.queue = PrintQueue(context.stores.db, context.stores.audit.who)
        self._cancel = threading.Event()
        self.batch_id: str | None = None

    @property
    def busy(self) -> bool:
        return self.batch_id is not None

    def start(self, batch_id: str) -> bool:
        """Print the batch's queued jobs; False when it is already running."""
        session = self._context.session
        if batch_id in BatchRunner.running or self.busy:
            return False
        if session is None:
            self.sig_error.emit(self.tr("Not logged in: log in on the Account tab first."))
            return False
        blocked = batch_blocked(self._context)
        if blocked is not None:
            self.sig_error.emit(blocked)
            return False
        BatchRunner.running.add(batch_id)
        self.batch_id = batch_id
        self._cancel.clear()
        op = self._context.api.run(lambda: self._run(session, batch_id), owner=self)
        op.on_done(self._finished).on_error(self._failed).start()
        return True

    def cancel(self) -> None:
        """Stop before the next label; the rest stay queued for a later resume."""
        self._cancel.set()

    def _run(self, session: Session, batch_id: str) -> BatchReport:
        """Worker thread: prints, and records each in the history and the audit log."""
        return run_batch(
            self.queue,
            batch_id,
            lambda spec: _fetch(session, spec),
            self._send,
            self._controller.history,
            audit=self._context.stores.audit,
            profile=session.profile.name,
            cancelled=self._cancel.is_set,
            progress=self.sig_progress.emit,
            max_fetch_workers=MAX_FETCHES,
        )

    def _send(self, doc: LabelDocument, job: Job) -> PrintOutcome:
        """Worker thread: the job's printer and stock, by the label type's chosen path."""
        chosen = self._controller.choice_for(job.label_type)
        via = chosen.via if chosen is not None and chosen.printer == job.printer else VIA_QT
        preset = None if job.preset in ("", AUTO_PRESET) else job.preset
        return self._controller.send_now(doc, PrinterChoice(job.printer, preset, via)).outcome

    def _finished(self, report: BatchReport) -> None:
        self._release()
        self.sig_finished.emit(report)

    def _failed(self, exc: Exception) -> None:
        self._release()
        self.sig_error.emit(str(exc))

    def _release(self) -> None:
        if self.batch_id is not None:
            BatchRunner.running.discard(self.batch_id)
        self.batch_id = None


def _fetch(session: Session, spec: JobSpec) -> LabelDocument:
    """A fetch thread: the label of one job, from OC."""
    request = label_request_of_type(spec.label_type, spec.number)
    if request is None:
        raise LabelError(f"no OC call gives {spec.label_type} labels")
    return documents_from(session.client.call(request.endpoint_id, request.data))[0]
