"""Prints labels for every screen: asks before a reprint, prints in the background, keeps failures.

One controller serves the panel, the station, the history view and batches, so a label is
guarded against double printing the same way wherever the click came from.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ocdesk.api.errors import ReauthRequired
from ocdesk.gui.context import AppContext
from ocdesk.labels.document import LabelDocument, LabelIdentity
from ocdesk.labels.history import PrintHistory, PrintRecord
from ocdesk.labels.printing import PrintOutcome, print_cups, print_qt

from .choice import VIA_CUPS, PrinterChoice, load_choice, save_choice
from .documents import documents_from
from .print_settings import PrintSettingsDialog
from .reprint_dialog import ReprintDialog

__all__ = [
    "FailedJob",
    "PrintController",
    "PrintDone",
    "PrintFailed",
    "PrinterChoice",
]

ConfirmReprint = Callable[[PrintRecord], str | None]
OnDone = Callable[[bool, str], None]
AUDIT_ENDPOINT = "label.print"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrintDone:
    """A label went to the printer (sig_printed)."""

    identity: LabelIdentity
    printer: str
    preset_key: str
    job_id: str | None
    reprint: bool


@dataclass(frozen=True)
class PrintFailed:
    """A label did not print; it waits in the failed queue as `queue_job_id` (sig_failed)."""

    identity: LabelIdentity
    printer: str | None
    reason: str
    queue_job_id: int


@dataclass(frozen=True)
class FailedJob:
    """A print that failed, kept with its bytes so Retry needs no new fetch from OC."""

    id: int
    doc: LabelDocument
    printer: str | None
    copies: int
    reason: str
    at: float
    reprint_of: int | None = None
    reprint_reason: str = ""


@dataclass
class _Request:
    """One print_document call on its way through the steps."""

    doc: LabelDocument
    copies: int
    parent: QWidget | None
    confirm: ConfirmReprint | None
    on_done: OnDone | None
    reprint_of: int | None = None
    reason: str = ""
    choice: PrinterChoice | None = None


@dataclass(frozen=True)
class Sent:
    """A print's outcome and the stock it was printed on."""

    outcome: PrintOutcome
    preset_key: str


@dataclass
class _Tally:
    """Collects the outcomes of several labels into one on_done call."""

    expected: int
    on_done: OnDone | None
    results: list[tuple[bool, str]] = field(default_factory=list)

    def add(self, ok: bool, message: str) -> None:
        self.results.append((ok, message))
        if len(self.results) == self.expected and self.on_done is not None:
            self.on_done(all(ok for ok, _ in self.results), "\n".join(m for _, m in self.results))


class PrintController(QObject):
    """Prints LabelDocuments: reprint guard, background printing, history, failed-job queue."""

    sig_printed = Signal(object)  # PrintDone
    sig_failed = Signal(object)  # PrintFailed
    sig_queue_changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.history = PrintHistory(context.stores.db)
        self._failed: dict[int, FailedJob] = {}
        self._failed_ids = itertools.count(1)
        self._in_flight: set[LabelIdentity] = set()
        # One job at a time reaches the printers: labels come out in the order asked for, and
        # CUPS' "newest job" is ours when print_qt looks for its job id.
        self._printer_lock = threading.Lock()

    # --- choices ---------------------------------------------------------------------------
    def choice_for(self, label_type: str) -> PrinterChoice | None:
        return load_choice(self._context.stores.profiles, label_type)

    def set_choice(self, label_type: str, choice: PrinterChoice) -> None:
        save_choice(self._context.stores.profiles, label_type, choice)

    def is_printing(self, doc: LabelDocument) -> bool:
        """True while a print of this very label is on its way."""
        return doc.identity in self._in_flight

    # --- printing --------------------------------------------------------------------------
    def print_document(
        self,
        doc: LabelDocument,
        *,
        parent: QWidget | None = None,
        copies: int = 1,
        confirm_reprint: ConfirmReprint | None = None,
        on_done: OnDone | None = None,
    ) -> None:
        """Print `doc` on the printer chosen for its label type, in the background.

        1) a label printed before asks first (`confirm_reprint`, or a dialog; None = don't);
        2) no printer chosen yet for the type: the settings dialog asks, once; 3) print off
        the GUI thread; 4) record in the history and audit log; a failure waits in the
        failed queue. `on_done(ok, message)` runs on the GUI thread.
        """
        self._start(_Request(doc, copies, parent, confirm_reprint, on_done))

    def fetch_and_print(
        self,
        endpoint_id: str,
        data: Any,
        *,
        parent: QWidget | None = None,
        copies: int = 1,
        confirm_reprint: ConfirmReprint | None = None,
        on_done: OnDone | None = None,
    ) -> None:
        """Fetch the label(s) from OC, then print each; one on_done for them all."""

        def print_all(docs: list[LabelDocument]) -> None:
            tally = _Tally(len(docs), on_done)
            for doc in docs:
                self.print_document(
                    doc, parent=parent, copies=copies, confirm_reprint=confirm_reprint,
                    on_done=tally.add,
                )  # fmt: skip

        self.fetch_documents(endpoint_id, data, print_all, on_error=on_done)

    def fetch_documents(
        self,
        endpoint_id: str,
        data: Any,
        then: Callable[[list[LabelDocument]], Any],
        *,
        on_error: OnDone | None = None,
    ) -> None:
        """Fetch label(s) from OC and build their documents off the GUI thread.

        A lost login asks for a new one; any error reaches `on_error(False, message)`.
        """

        def failed(exc: Exception) -> None:
            if isinstance(exc, ReauthRequired):
                self._context.report_reauth(exc)
            if on_error is not None:
                on_error(False, str(exc))

        def build(result: Any) -> None:
            api.run(lambda: documents_from(result), owner=self).on_done(then).on_error(
                failed
            ).start()

        api = self._context.api
        api.call(endpoint_id, data, owner=self).on_done(build).on_error(failed).start()

    # --- failed queue ----------------------------------------------------------------------
    def failed_jobs(self) -> list[FailedJob]:
        """Failed prints, oldest first."""
        return sorted(self._failed.values(), key=lambda job: job.id)

    def retry_failed(self, queue_job_id: int) -> None:
        """Print a failed job again with the current printer choice for its label type."""
        job = self._failed.pop(queue_job_id, None)
        if job is None:
            return
        self.sig_queue_changed.emit()
        request = _Request(job.doc, job.copies, None, None, None)
        request.reprint_of, request.reason = job.reprint_of, job.reprint_reason
        self._start(request)

    def discard_failed(self, queue_job_id: int) -> None:
        if self._failed.pop(queue_job_id, None) is not None:
            self.sig_queue_changed.emit()

    # --- the steps ---------------------------------------------------------------------------
    def _start(self, request: _Request) -> None:
        identity = request.doc.identity
        if identity in self._in_flight:
            self._tell(request, False, self.tr("{what} is already printing").format(
                what=_what(request.doc)))  # fmt: skip
            return
        self._in_flight.add(identity)
        last = self._context.api.run(
            lambda: self.history.last_print(
                identity.label_type,
                identity.number,
                None if identity.number else identity.content_hash,
            ),
            owner=self,
        )
        last.on_done(lambda record: self._after_history(request, record))
        last.on_error(lambda exc: self._finish(request, False, str(exc)))
        last.start()

    def _after_history(self, request: _Request, record: PrintRecord | None) -> None:
        # A retried reprint was already confirmed: its earlier print is the one it reprints.
        if record is not None and record.id != request.reprint_of:
            ask = request.confirm or (lambda r: ReprintDialog.ask(r, request.parent))
            reason = ask(record)
            if reason is None:
                self._finish(request, False, self.tr("Not printed: {what} was printed before").format(
                    what=_what(request.doc)))  # fmt: skip
                return
            request.reprint_of, request.reason = record.id, reason
        request.choice = self.choice_for(request.doc.label_type) or self._ask_choice(request)
        if request.choice is None:
            self._finish(request, False, self.tr("Not printed: no printer chosen for {type} labels")
                         .format(type=request.doc.label_type))  # fmt: skip
            return
        send = self._context.api.run(lambda: self._send(request), owner=self)
        send.on_done(lambda sent: self._after_send(request, sent))
        send.on_error(lambda exc: self._after_send(request, _failure(request, exc)))
        send.start()

    def _ask_choice(self, request: _Request) -> PrinterChoice | None:
        """The first print of a label type asks where such labels go, once."""
        dialog = PrintSettingsDialog(self._context, request.doc.label_type, request.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def send_now(self, doc: LabelDocument, choice: PrinterChoice, copies: int = 1) -> Sent:
        """Worker thread: print `doc` now, no questions asked, one job at a time.

        For callers that keep their own guard and records (batches); a driver error comes
        back as a failed outcome, never as an exception.
        """
        preset = choice.preset(doc)
        printer = print_cups if choice.via == VIA_CUPS else print_qt
        with self._printer_lock:
            try:
                outcome = printer(doc, choice.printer, preset, copies=copies)
            except Exception as exc:  # a driver error is a failed print, never a crash
                outcome = PrintOutcome(False, None, str(exc) or type(exc).__name__)
        return Sent(outcome, preset.key)

    def _send(self, request: _Request) -> Sent:
        """Worker thread: print, then record it in the history and the audit log."""
        assert request.choice is not None
        sent = self.send_now(request.doc, request.choice, request.copies)
        try:
            self._record(request, sent.preset_key, sent.outcome)
        except Exception:
            # The label is out (or not) whatever the database says; a wrong "failed" here
            # would invite a Retry that prints it twice.
            log.exception("could not record the print of %s", _what(request.doc))
        return sent

    def _record(self, request: _Request, preset_key: str, outcome: PrintOutcome) -> None:
        choice, doc = request.choice, request.doc
        assert choice is not None
        session = self._context.session
        profile = session.profile.name if session is not None else ""
        self.history.record(
            doc.identity, choice.printer, preset_key, outcome, copies=request.copies,
            reprint_of=request.reprint_of, reason=request.reason, profile=profile,
            source_endpoint=doc.source_endpoint,
        )  # fmt: skip
        detail = f"{choice.printer}, {preset_key}, via {choice.via}: {outcome.message}"
        if request.reprint_of is not None:
            detail += f"; reprint: {request.reason}"
        self._context.stores.audit.record(
            profile, AUDIT_ENDPOINT, "reprint" if request.reprint_of else "print",
            [doc.number or doc.name], "printed" if outcome.ok else "failed", detail,
        )  # fmt: skip

    def _after_send(self, request: _Request, sent: Sent) -> None:
        doc, choice = request.doc, request.choice
        assert choice is not None
        if sent.outcome.ok:
            self.sig_printed.emit(
                PrintDone(
                    doc.identity,
                    choice.printer,
                    sent.preset_key,
                    sent.outcome.job_id,
                    request.reprint_of is not None,
                )  # fmt: skip
            )
            message = self.tr("Printed {what} on {printer}").format(
                what=_what(doc), printer=choice.printer
            )
            self._finish(request, True, message)
            return
        job = FailedJob(
            next(self._failed_ids), doc, choice.printer, request.copies, sent.outcome.message,
            time.time(), request.reprint_of, request.reason,
        )  # fmt: skip
        self._failed[job.id] = job
        self.sig_failed.emit(PrintFailed(doc.identity, choice.printer, job.reason, job.id))
        self.sig_queue_changed.emit()
        self._finish(request, False, self.tr("{what} did not print: {reason}").format(
            what=_what(doc), reason=job.reason))  # fmt: skip

    def _finish(self, request: _Request, ok: bool, message: str) -> None:
        self._in_flight.discard(request.doc.identity)
        self._tell(request, ok, message)

    @staticmethod
    def _tell(request: _Request, ok: bool, message: str) -> None:
        if request.on_done is not None:
            request.on_done(ok, message)


def _failure(request: _Request, exc: Exception) -> Sent:
    """A print that raised instead of reporting; it fails like any other."""
    return Sent(PrintOutcome(False, None, str(exc) or type(exc).__name__), "")


def _what(doc: LabelDocument) -> str:
    """ "return label OCS1DE000453014", for messages."""
    return f"{doc.label_type} label {doc.number or doc.name}".strip()
