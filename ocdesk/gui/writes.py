"""How a screen sends a create or change: once per user action, and always says how it ended.

- While a screen's write is awaited its action buttons are disabled and `send` refuses to start
  another, so a double click or Enter + click sends once.
- Cancel on the busy bar only stops the waiting: the write goes on, the screen still shows its
  outcome when it arrives, and its audit entry is begun and settled on the worker either way.
- An unknown outcome goes to the error panel with "Check at OC" (jobs/write_lookups.py). Until
  a check says what happened, sending the same references again asks first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ocdesk.api import catalog
from ocdesk.api.errors import OcError, OutcomeUnknown
from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import BusyBar, Op
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.jobs.bulk_report import UNKNOWN, BulkReport
from ocdesk.jobs.write_audit import AuditedCall, AuditTrail, SentWrite, check_and_settle
from ocdesk.jobs.write_lookups import Verdict
from ocdesk.store.audit import Words, WriteState

# The work of a write: runs on a worker with an audited call function, returns what on_done gets.
Work = Callable[[AuditedCall], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskWrites", text)


def audit_trail(context: AppContext, action: str, detail: str | Words = "") -> AuditTrail:
    """The audit trail of the session current now, recording under `action`."""
    profile = context.session.profile.name if context.session is not None else ""
    return AuditTrail(context.stores.audit, profile, action, detail)


def audited_call(context: AppContext, action: str, detail: str | Words = "") -> AuditedCall:
    """An AuditedCall for a worker, bound to the session current now (see AuditedCall)."""
    return AuditedCall(context.bound_caller(), audit_trail(context, action, detail))


def verdict_text(sent: SentWrite, verdict: Verdict) -> str:
    """The verdict of a check at OC in a desk user's words."""
    if verdict.state == WriteState.UNKNOWN:
        return _tr("Still unknown: {why}").format(why=verdict.why)
    made = sent.creates
    if verdict.state == WriteState.NOT_DONE:
        if made:
            return _tr("Not at OC: nothing was created; you may send it again.")
        return _tr("Not done at OC: nothing was changed; you may send it again.")
    if made:
        text = _tr("Created at OC: {numbers}").format(numbers=_found_words(verdict, _tr("as")))
    else:
        text = _tr("Done at OC: {numbers}").format(numbers=_found_words(verdict, ""))
    if verdict.missing:
        missing = (_tr("Not at OC: {missing}; you may send those again.") if made
                   else _tr("Not done at OC: {missing}; you may send those again."))  # fmt: skip
        text += " " + missing.format(missing=", ".join(verdict.missing))
    return text


def _found_words(verdict: Verdict, joiner: str) -> str:
    """`OCO1` for one create; `REF-1 as OCO1, ...` for several; `OCV1 (cancelled)` for a change."""
    if joiner and len(verdict.found) == 1:
        return verdict.found[0][1]
    return ", ".join(
        ref if shown == ref else f"{ref} {joiner} {shown}" if joiner else f"{ref} ({shown})"
        for ref, shown in verdict.found
    )


def unknown_in(report: BulkReport) -> tuple[OutcomeUnknown, SentWrite] | None:
    """The items of a bulk create whose outcome stayed unknown, as one write to check at OC."""
    references = [o.reference for o in report.with_status(UNKNOWN) if o.reference]
    if not references:
        return None
    cause = OcError(
        _tr("{count} got no answer saying whether OC created them").format(count=len(references)),
        endpoint_id=report.endpoint_id,
    )
    return OutcomeUnknown(cause, references), SentWrite(report.endpoint_id, None, tuple(references))


class WriteSender(QObject):
    """Sends one screen's writes (see the module text). `actions` are disabled while one is awaited.

    `panel` shows unknown outcomes with "Check at OC"; `busy` (optional) shows the waiting with
    its Cancel; `tell` (optional) puts a sentence in the screen's note area.
    """

    def __init__(
        self,
        context: AppContext,
        owner: QWidget,
        panel: ErrorPanel,
        busy: BusyBar | None = None,
        tell: Callable[[str], None] | None = None,
        actions: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(owner)
        self.context = context
        self.owner = owner
        self.panel = panel
        self.busy_bar = busy
        self.tell = tell
        self.actions: list[QWidget] = list(actions)
        self._op: Op[Any] | None = None
        self._sending: list[str] = []  # the references of the awaited write
        self._held: list[tuple[QWidget, bool]] = []
        self._open: set[str] = set()  # references whose outcome nobody knows yet
        self._unknown: tuple[OutcomeUnknown, Callable[[], None]] | None = None  # its check

    @property
    def busy(self) -> bool:
        """A write of this screen is awaited."""
        return self._op is not None and self._op.running

    def send(
        self,
        endpoint_id: str,
        data: Any,
        *,
        message: str,
        on_done: Callable[[Any], Any],
        on_error: Callable[[Exception], Any],
        action: str = "",
        detail: str | Words = "",
        work: Work | None = None,
        on_found: Callable[[Verdict], Any] | None = None,
        on_finally: Callable[[], Any] | None = None,
    ) -> bool:
        """Send `data` to `endpoint_id` (or run `work`, which sends it); False when not sent.

        `on_error` shows any failure (in the panel); an unknown outcome then gets "Check at OC"
        there, and `on_found` hears what such a check found at OC. `on_finally` runs after the
        done or error callbacks. `action` and `detail` describe the write in the audit log.
        """
        if self.busy:
            return False
        endpoint = catalog.get(endpoint_id)
        references = endpoint.references_in(data)
        if not self.may_send(references):
            return False
        audited = audited_call(self.context, action or endpoint.effect.value, detail)
        job = work or (lambda call: call(endpoint_id, data))
        op = self.context.api.run(lambda: job(audited), owner=self.owner, write=True)

        def failed(error: Exception) -> None:
            self._arrived(op, references, error)
            on_error(error)
            if isinstance(error, OutcomeUnknown):
                sent = audited.last or SentWrite(endpoint_id, data, tuple(references))
                self.report_unknown(error, sent, on_found)

        op.on_done(lambda _result: self._arrived(op, references, None))
        op.on_done(on_done).on_error(failed)
        if on_finally is not None:
            op.on_finally(on_finally)
        op.sig_ended.connect(self._ended)
        self._hold()
        self._op, self._sending = op, references
        if self.busy_bar is not None:
            self.busy_bar.track(op, message)
        op.start()
        return True

    def may_send(self, references: list[str]) -> bool:
        """True unless some `references` have an unknown outcome and the user would rather not
        send them again (then the last unknown outcome is back in the panel, with its check)."""
        unknown = [r for r in references if r in self._open]
        if not unknown or self.ask_resend(unknown):
            return True
        if self._unknown is not None:
            self.panel.offer_check(*self._unknown)
        return False

    def report_unknown(
        self,
        error: OutcomeUnknown,
        sent: SentWrite,
        on_found: Callable[[Verdict], Any] | None = None,
    ) -> None:
        """A write whose outcome is unknown: its references stay open until a check at OC says
        more, and the panel shows it with "Check at OC"."""
        self._open.update(sent.references)
        self._unknown = (error, lambda: self.check(sent, error, on_found))
        self.panel.offer_check(*self._unknown)

    def ask_resend(self, references: list[str]) -> bool:
        """OC may already have these: send anyway? (Asked before a resend, answer No by default.)"""
        text = _tr(
            "OC may already have {references}: the outcome of the last send is not known yet.\n\n"
            "Check at OC tells you without sending anything. Send it anyway?"
        ).format(references=", ".join(references))
        answer = QMessageBox.question(
            self.owner, _tr("Send again?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    # --- outcome -----------------------------------------------------------------------------

    def _arrived(self, op: Op[Any], references: list[str], error: Exception | None) -> None:
        """Before the screen's callbacks: the actions back; OC's answer settles the references
        (an unknown outcome keeps them open, see report_unknown)."""
        if op is self._op:
            self._release()
        if not isinstance(error, OutcomeUnknown):
            self._open.difference_update(references)

    def check(
        self,
        sent: SentWrite,
        unknown: OutcomeUnknown,
        on_found: Callable[[Verdict], Any] | None = None,
    ) -> None:
        """Look `sent` up at OC in the background; the panel says what was found."""
        call, trail = self.context.bound_caller(), audit_trail(self.context, "check at OC")
        op = self.context.api.run(lambda: check_and_settle(call, trail, sent), owner=self.panel)
        op.on_done(lambda verdict: self._checked(sent, unknown, verdict, on_found))
        op.on_error(lambda error: self.panel.show_verdict(unknown, _tr(
            "Still unknown: the check failed ({error})").format(error=error), False))  # fmt: skip
        op.start()

    def _checked(
        self,
        sent: SentWrite,
        unknown: OutcomeUnknown,
        verdict: Verdict,
        on_found: Callable[[Verdict], Any] | None,
    ) -> None:
        answered = verdict.state != WriteState.UNKNOWN
        if answered:
            self._open.difference_update(sent.references)
        self.panel.show_verdict(unknown, verdict_text(sent, verdict), answered)
        if on_found is not None and verdict.state == WriteState.DONE:
            on_found(verdict)

    # --- the actions while it is awaited -----------------------------------------------------

    def _hold(self) -> None:
        self._held = [(widget, widget.isEnabled()) for widget in self.actions]
        for widget, _ in self._held:
            widget.setEnabled(False)

    def _release(self) -> None:
        """Give the actions back as they were (before the screen's callbacks run)."""
        held, self._held = self._held, []
        for widget, enabled in held:
            widget.setEnabled(enabled)

    @Slot()
    def _ended(self) -> None:
        """No longer awaited; after a Cancel the write is still out, and its outcome unknown."""
        op = self._op
        if op is None or self.sender() is not op:
            return
        self._release()
        if not op.in_flight:
            return
        self._open.update(self._sending)
        if self.tell is not None:
            self.tell(_tr("Stopped waiting, but {references} is still on its way to OC: what OC "
                          "answers will be shown here, and it is recorded in the audit log.").format(
                references=", ".join(self._sending) or _tr("the request")))  # fmt: skip
