"""Prints labels for every screen: asks before a reprint, prints in the background, keeps failures.

One controller serves the panel, the station, the history view and batches, so a label is
guarded against double printing the same way wherever the click came from.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels import feedback
from ocdesk.gui.labels.choice import PrinterChoice, load_choice, save_choice
from ocdesk.gui.labels.documents import documents_from
from ocdesk.gui.labels.print_settings import PrintSettingsDialog
from ocdesk.gui.labels.reprint_dialog import ReprintDialog
from ocdesk.gui.shared_database import outage
from ocdesk.gui.shared_database.live import LiveRefresh
from ocdesk.gui.shared_database.outage import PrintAnywayQuestion
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.requests import label_request_of_type
from ocdesk.labels.cache import FailedPrint, FailedPrints, Failure, LabelCache, cache_folder
from ocdesk.labels.document import LabelDocument, LabelIdentity
from ocdesk.labels.history import PrintHistory, PrintRecord, audit_print, reprint_detail
from ocdesk.labels.printing import PrintOutcome, print_label, stock_for
from ocdesk.labels.raw.address import is_address
from ocdesk.store.audit import AuditLog, Words
from ocdesk.store.sql import DatabaseUnavailable, Store

__all__ = [
    "PrintController",
    "PrintDone",
    "PrintFailed",
    "PrinterChoice",
]

ConfirmReprint = Callable[[PrintRecord], str | None]
# The shared database is away, so the reprint guard cannot be consulted: print anyway?
ConfirmOutage = Callable[[], bool]
OnDone = Callable[[bool, str], None]
OnGone = Callable[[FailedPrint], None]
log = logging.getLogger(__name__)
# A print's audit detail: where it went (by which connection, unless to an address) and what
# the printer said; then a reprint's reason, and a print the reprint check could not guard.
PRINT_DETAIL = QT_TRANSLATE_NOOP("audit", "{printer}, {preset}: {message}")
PRINT_VIA_DETAIL = QT_TRANSLATE_NOOP("audit", "{printer}, {preset}, via {via}: {message}")
UNGUARDED_DETAIL = QT_TRANSLATE_NOOP(
    "audit", "printed without the reprint check (shared database away)"
)


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
    """A label did not print; it waits in the failed queue as `queue_job_id` (sig_failed).

    `queue_job_id` is None only when the database could not keep it.
    """

    identity: LabelIdentity
    printer: str | None
    reason: str
    queue_job_id: int | None


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
    failed_id: int | None = None  # the failed_prints row this print retries
    confirm_outage: ConfirmOutage | None = None
    unguarded: bool = False  # printed "anyway", without the reprint guard (database away)
    kept_here: bool = False  # recorded in this desk's own file, to be shared later


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
            # Labels printed together say "Printed on ... at ..." once, not once per label.
            messages = dict.fromkeys(m for _, m in self.results)
            self.on_done(all(ok for ok, _ in self.results), "\n".join(messages))


class PrintController(QObject):
    """Prints LabelDocuments: reprint guard, background printing, history, failed-job queue.

    Every print asked for ends in words, printed or not (`sig_said` and the caller's on_done):
    "Printed on Zebra-1 at 14:02", or "Not printed: " and why, with what to do.
    """

    sig_printed = Signal(object)  # PrintDone
    sig_failed = Signal(object)  # PrintFailed
    sig_queue_changed = Signal()
    sig_said = Signal(bool, str)  # (ok, message): how a print asked for ended

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        # Prints are recorded under the same operator and workstation as the audit log's writes.
        self.history = PrintHistory(context.stores.db, context.stores.audit.who)
        cache = LabelCache(cache_folder(context.stores.paths))
        self._failed = FailedPrints(context.stores.db, cache)
        self._in_flight: set[LabelIdentity] = set()
        # One job at a time reaches the printers: labels come out in the order asked for, and
        # a label printer (which serves one connection at a time) is never asked by two at once.
        self._printer_lock = threading.Lock()
        # Failures an earlier run left: listed once read (sig_queue_changed).
        self._in_background(self._failed.jobs)
        # Another desk's failed prints: read again, the count and the views follow.
        self.live = LiveRefresh(
            context, ("failed_prints",), lambda: self._in_background(self._failed.jobs), self
        )

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
        confirm_outage: ConfirmOutage | None = None,
        on_done: OnDone | None = None,
    ) -> None:
        """Print `doc` on the printer chosen for its label type, in the background.

        1) a label printed before asks first (`confirm_reprint`, or a dialog; None = don't);
        when the shared database is away and that cannot be checked, `confirm_outage` (or a
        dialog) says whether to print anyway; 2) no printer chosen yet for the type: the
        settings dialog asks, once; 3) print off the GUI thread; 4) record in the history and
        audit log (in this desk's own file while the shared database is away); a failure waits
        in the failed queue. `on_done(ok, message)` runs on the GUI thread.
        """
        request = _Request(doc, copies, parent, confirm_reprint, on_done)
        request.confirm_outage = confirm_outage
        self._start(request)

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

        def not_fetched(_ok: bool, error: str) -> None:
            self._say(on_done, False, feedback.not_fetched(error))

        self.fetch_documents(endpoint_id, data, print_all, on_error=not_fetched)

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
            if on_error is not None:
                on_error(False, str(exc))

        def build(result: Any) -> None:
            api.run(lambda: documents_from(result), owner=self).on_done(then).on_error(
                failed
            ).start()

        api = self._context.api
        api.request(endpoint_id, data, owner=self).on_done(build).on_error(failed).start()

    # --- failed queue ----------------------------------------------------------------------
    def failed_jobs(self) -> list[FailedPrint]:
        """Failed prints, oldest first, also those an earlier run left (without a db read)."""
        return self._failed.latest

    def retry_failed(
        self, queue_job_id: int, *, on_done: OnDone | None = None, on_gone: OnGone | None = None
    ) -> None:
        """Print a failed job again from its cached PDF, on the current printer for its type.

        It leaves the queue once it prints. When its cached copy is gone, `on_gone(job)` runs
        (to offer `refetch_failed`), or else on_done(False, message) says so.
        """

        def look() -> tuple[FailedPrint, LabelDocument | None] | None:
            job = self._failed.job(queue_job_id)
            return None if job is None else (job, self._failed.document(job))

        def retry(found: tuple[FailedPrint, LabelDocument | None] | None) -> None:
            if found is None:
                self._say(on_done, False, self.tr("That print is no longer waiting."))
            elif found[1] is not None:
                self._start(_retry_request(found[0], found[1], on_done))
            elif on_gone is not None:
                on_gone(found[0])
            else:
                gone = self.tr("The saved copy of {what} is gone; fetch it again.")
                self._say(on_done, False, gone.format(what=_what(found[0])))

        op = self._context.api.run(look, owner=self)
        op.on_done(retry).on_error(lambda exc: self._say(on_done, False, str(exc))).start()

    def refetch_failed(self, job: FailedPrint, *, on_done: OnDone | None = None) -> None:
        """Fetch a failed job's label from OC again (by type and number), print it as the retry."""
        request = label_request_of_type(job.label_type, job.number) if job.number else None
        if request is None:
            self._say(on_done, False, self.tr("{what} cannot be fetched from OC again.").format(
                what=_what(job)))  # fmt: skip
            return

        def print_it(docs: list[LabelDocument]) -> None:
            doc = next((d for d in docs if d.number == job.number), docs[0])
            self._start(_retry_request(job, doc, on_done))

        self.fetch_documents(request.endpoint_id, request.data, print_it, on_error=on_done)

    def discard_failed(self, queue_job_id: int) -> None:
        """Give up a failed print: it leaves the queue, and its cached PDF when unused."""
        self._in_background(lambda: self._failed.remove(queue_job_id))

    def _in_background(self, change: Callable[[], object]) -> None:
        """Run a failed-queue read or change off the GUI thread, then say the queue changed."""
        op = self._context.api.run(change, owner=self)
        op.on_done(lambda _: self.sig_queue_changed.emit()).start()

    # --- the steps ---------------------------------------------------------------------------
    def _start(self, request: _Request) -> None:
        identity = request.doc.identity
        if identity in self._in_flight:
            self._say(request.on_done, False, self.tr("{what} is already printing").format(
                what=_what(request.doc)))  # fmt: skip
            return
        self._in_flight.add(identity)
        if outage.database_away(self._context):  # known away: ask now, not after a timeout
            self._guard_unavailable(request, DatabaseUnavailable())
            return
        last = self._context.api.run(
            lambda: self.history.last_print(
                identity.label_type,
                identity.number,
                None if identity.number else identity.content_hash,
            ),
            owner=self,
        )
        last.on_done(lambda record: self._after_history(request, record))
        last.on_error(lambda exc: self._guard_unavailable(request, exc))
        last.start()

    def _guard_unavailable(self, request: _Request, error: Exception) -> None:
        """The history could not be read: with the shared database away the user may still
        print (asked, "Don't print" first); any other failure ends the print."""
        if not isinstance(error, DatabaseUnavailable):
            self._finish(request, False, str(error))
            return
        ask = request.confirm_outage or (lambda: PrintAnywayQuestion.ask(request.parent))
        if not ask():
            self._finish(request, False, feedback.not_printed(outage.not_printed_reason()))
            return
        request.unguarded = True
        self._after_history(request, None)

    def _after_history(self, request: _Request, record: PrintRecord | None) -> None:
        # A retried reprint was already confirmed: its earlier print is the one it reprints.
        if record is not None and record.id != request.reprint_of:
            desk = self.history.who().workstation
            ask = request.confirm or (lambda r: ReprintDialog.ask(r, request.parent, desk))
            reason = ask(record)
            if reason is None:
                self._finish(request, False, feedback.not_printed(self.tr(
                    "{what} was printed before, and printing it again was declined.").format(
                        what=_what(request.doc))))  # fmt: skip
                return
            request.reprint_of, request.reason = record.id, reason
        request.choice = self.choice_for(request.doc.label_type) or self._ask_choice(request)
        if request.choice is None:
            self._finish(request, False, feedback.dialog_closed())
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
        preset = stock_for(choice.printer, choice.preset(doc), doc)
        with self._printer_lock:
            try:
                outcome = print_label(doc, choice.printer, preset, via=choice.via, copies=copies)
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
        self._keep_failure(request, sent.outcome)
        return sent

    def _keep_failure(self, request: _Request, outcome: PrintOutcome) -> None:
        """Worker thread: a failed print waits in the failed queue; a retry that printed leaves."""
        assert request.choice is not None
        try:
            if outcome.ok and request.failed_id is not None:
                self._failed.remove(request.failed_id)
            elif not outcome.ok:
                failure = Failure(request.choice.printer, request.copies, outcome.message,
                                  request.reprint_of, request.reason)  # fmt: skip
                request.failed_id = self._failed.save(request.doc, failure, request.failed_id)
        except Exception:
            # The print's outcome stands; the history still holds it.
            log.exception("could not keep the failed print of %s", _what(request.doc))

    def _record(self, request: _Request, preset_key: str, outcome: PrintOutcome) -> None:
        """Worker thread: in the shared history and audit log; while the shared database is
        away, in this desk's own file, shared once it is back (`Outbox`)."""
        shared = self._context.shared_database
        if not request.unguarded:
            try:
                self._record_in(self.history, self._context.stores.audit, request, preset_key,
                                outcome)  # fmt: skip
                return
            except DatabaseUnavailable:
                if shared is None:
                    raise
        assert shared is not None  # only a shared database is ever away

        def write(local: Store) -> list[tuple[str, int]]:
            history = PrintHistory(local, self.history.who)
            audit = AuditLog(local, self.history.who)
            return self._record_in(history, audit, request, preset_key, outcome)

        shared.outbox.record(write)
        request.kept_here = True

    def _record_in(
        self,
        history: PrintHistory,
        audit: AuditLog,
        request: _Request,
        preset_key: str,
        outcome: PrintOutcome,
    ) -> list[tuple[str, int]]:
        """The print's history row and audit entry; returns where they went (table, id)."""
        choice, doc = request.choice, request.doc
        assert choice is not None
        session = self._context.session
        profile = session.profile.name if session is not None else ""
        printed = history.record(
            doc.identity, choice.printer, preset_key, outcome, copies=request.copies,
            reprint_of=request.reprint_of, reason=request.reason, profile=profile,
            source_endpoint=doc.source_endpoint,
        )  # fmt: skip
        said = {"printer": choice.printer, "preset": preset_key, "message": outcome.message}
        if is_address(choice.printer):  # a label printer addressed directly
            parts = [Words.of(PRINT_DETAIL, **said)]
        else:
            parts = [Words.of(PRINT_VIA_DETAIL, via=choice.via, **said)]
        if request.reprint_of is not None:
            parts.append(reprint_detail(request.reason))
        if request.unguarded:
            parts.append(Words(UNGUARDED_DETAIL))
        detail = Words.joined(*parts)
        entry = audit_print(
            audit, profile, doc.number or doc.name,
            reprint=request.reprint_of is not None, ok=outcome.ok, detail=detail,
        )  # fmt: skip
        return [("print_history", printed), ("audit_log", entry.id)]

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
            if request.failed_id is not None:
                self.sig_queue_changed.emit()
            said = feedback.printed(choice.printer, note=sent.outcome.note)
            if request.kept_here:
                said += "\n" + outage.kept_on_this_desk()
            self._finish(request, True, said)
            return
        reason = sent.outcome.message
        self.sig_failed.emit(PrintFailed(doc.identity, choice.printer, reason, request.failed_id))
        self.sig_queue_changed.emit()
        self._finish(request, False, feedback.not_printed(reason))

    def _finish(self, request: _Request, ok: bool, message: str) -> None:
        self._in_flight.discard(request.doc.identity)
        self._say(request.on_done, ok, message)

    def _say(self, on_done: OnDone | None, ok: bool, message: str) -> None:
        """How a print asked for ended: to the caller, and to whoever shows it (status bar)."""
        if on_done is not None:
            on_done(ok, message)
        self.sig_said.emit(ok, message)


def _retry_request(job: FailedPrint, doc: LabelDocument, on_done: OnDone | None) -> _Request:
    """A failed print again: an already confirmed reprint stays one, and is not asked again."""
    request = _Request(doc, job.copies, None, None, on_done, job.reprint_of, job.reprint_reason)
    request.failed_id = job.id
    return request


def _failure(request: _Request, exc: Exception) -> Sent:
    """A print that raised instead of reporting; it fails like any other."""
    return Sent(PrintOutcome(False, None, str(exc) or type(exc).__name__), "")


def _what(label: LabelDocument | FailedPrint) -> str:
    """ "return label OCS1DE000453014", for messages."""
    return f"{label.label_type} label {label.number or label.name}".strip()
