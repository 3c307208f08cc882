"""What the lookup card's buttons do: fetch and preview a label, cancel an order or a return.

Cancelling always looks the record up again first, so the confirmation shows its status as
OC has it now, and a status that rules cancellation out is refused here: nothing is sent.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.identifiers import IdKind
from ocdesk.api.result import OcResult
from ocdesk.gui.context import AppContext
from ocdesk.gui.lookup import text
from ocdesk.gui.ops import BusyBar
from ocdesk.gui.statuses import status_text
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.gui.writes import WriteSender
from ocdesk.jobs.number_search import refetch
from ocdesk.jobs.record_actions import (
    Match,
    cancel_blocked,
    cancel_request,
    label_request,
    status_of,
)
from ocdesk.store.audit import Words

# A cancel's audit detail: the reason the user typed, as typed.
REASON_DETAIL = QT_TRANSLATE_NOOP("audit", "reason: {reason}")


class CancelDialog(QDialog):
    """Asks "cancel this?" showing the status OC reports right now, and a reason.

    An order's or a VAS order's reason goes to OC; OC takes none for a return, so the dialog
    says that it is kept in ocdesk's audit log (`reason_detail`), as every cancel's reason is.
    """

    def __init__(self, kind: IdKind, number: str, status: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        noun = text.kind_noun(kind)
        self.setWindowTitle(self.tr("Cancel {noun} {number}").format(noun=noun, number=number))
        question = QLabel(
            self.tr(
                "Cancel {noun} <b>{number}</b>?<br>Its status at OC right now: <b>{status}</b>"
            ).format(noun=noun, number=number, status=status_text(status)),
            self,
        )
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            self.tr("Reason, e.g. no longer needed")
            if kind is IdKind.VAS
            else self.tr("Reason, e.g. customer changed their mind")
        )
        where = QLabel(self.tr("OC takes no reason for a return; ocdesk keeps it in its "
                               "audit log."), self)  # fmt: skip
        where.setStyleSheet("color: palette(placeholder-text);")
        where.setVisible(kind is IdKind.RETURN)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            self.tr("Cancel {noun}").format(noun=noun), QDialogButtonBox.ButtonRole.AcceptRole
        )
        keep = buttons.addButton(self.tr("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        # Enter must never cancel an order by accident: the safe answer is the default.
        self.confirm_button.setAutoDefault(False)
        keep.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def reason_detail(self) -> Words | str:
        """The reason as the audit log records it ("" when none was typed)."""
        reason = self.reason.text().strip()
        return Words.of(REASON_DETAIL, reason=reason) if reason else ""


class LookupActions(QObject):
    """Runs the card's actions in the background and reports back to the lookup bar.

    `sig_info(text)` and `sig_error(error)` are for the bar's message area; `sig_changed(number)`
    asks the bar to look the record up again after it was changed. A cancel whose outcome is
    unknown gets "Check at OC" in `panel`.
    """

    sig_info = Signal(str)
    sig_error = Signal(object)
    sig_changed = Signal(str)

    def __init__(
        self, context: AppContext, busy: BusyBar, panel: ErrorPanel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._busy = busy
        self._parent = parent
        self._writer = WriteSender(context, parent, panel, busy, self.sig_info.emit)
        self.dialog: CancelDialog | None = None

    # --- labels ------------------------------------------------------------------------------
    def view_label(self, match: Match) -> None:
        request = label_request(match)
        if request is None:
            return
        call = self._context.bound_caller()
        endpoint_id, data = request.endpoint_id, request.data
        op = self._context.api.run(lambda: call(endpoint_id, data), owner=self._parent)
        op.on_done(lambda result: self._show_label(match.number, endpoint_id, result))
        op.on_error(self._failed)
        self._busy.track(op, self.tr("Fetching the label of {number}…").format(number=match.number))
        op.start()

    def _show_label(self, number: str, endpoint_id: str, result: OcResult) -> None:
        """Into the window's label panel, where it can also be printed."""
        if not result.labels():
            self.sig_info.emit(self.tr("OC sent no label for {number}.").format(number=number))
            return
        self._context.show_labels(endpoint_id, result)

    # --- cancelling --------------------------------------------------------------------------
    def cancel(self, match: Match) -> None:
        """Re-read the record, then refuse locally or ask for confirmation."""
        kind, number = match.kind, match.number
        call = self._context.bound_caller()
        op = self._context.api.run(lambda: refetch(call, kind, number), owner=self._parent)
        op.on_done(lambda current: self._confirm(kind, number, current))
        op.on_error(self._failed)
        self._busy.track(
            op, self.tr("Checking the current status of {number}…").format(number=number)
        )
        op.start()

    def _confirm(self, kind: IdKind, number: str, current: Match | None) -> None:
        if current is None:
            self.sig_info.emit(
                self.tr("{number} is no longer known at OC; nothing was cancelled.").format(
                    number=number
                )
            )
            return
        status = status_of(current)
        if cancel_blocked(kind, status):
            self.sig_info.emit(self._refusal(kind, number, status))
            self.sig_changed.emit(number)  # the card may show an older status: refresh it
            return
        self.dialog = CancelDialog(kind, number, status, self._parent)
        self.dialog.accepted.connect(lambda: self._send_cancel(kind, number, self.dialog))
        self.dialog.open()

    def _refusal(self, kind: IdKind, number: str, status: str) -> str:
        if status.lower() == "cancelled":
            return self.tr("{number} is already cancelled; nothing was sent.").format(number=number)
        rule = (
            self.tr("OC cannot cancel an order once it has been picked.")
            if kind is IdKind.OUTBOUND
            else self.tr("OC cannot cancel a return once the warehouse has received it.")
        )
        return self.tr(
            "{number} cannot be cancelled: it is {status}. {rule} Nothing was sent."
        ).format(number=number, status=status_text(status).lower(), rule=rule)

    def _send_cancel(self, kind: IdKind, number: str, dialog: CancelDialog | None) -> None:
        reason = dialog.reason.text() if dialog is not None else ""
        detail = dialog.reason_detail() if dialog is not None else ""
        endpoint_id, data = cancel_request(kind, number, reason, datetime.now().astimezone())
        self._writer.send(
            endpoint_id, data, action="cancel", detail=detail,
            message=self.tr("Cancelling {number}…").format(number=number),
            on_done=lambda _result: self._cancelled(kind, number),
            on_error=self._failed,
            on_found=lambda _verdict: self.sig_changed.emit(number),
        )  # fmt: skip

    def _cancelled(self, kind: IdKind, number: str) -> None:
        self.sig_info.emit(
            self.tr("{noun} {number} was cancelled at OC.").format(
                noun=text.kind_name(kind), number=number
            )
        )
        self.sig_changed.emit(number)

    # --- errors ------------------------------------------------------------------------------
    def _failed(self, error: Exception) -> None:
        """Shown by the owner; a lost login is asked for (and the work resumed) by the api."""
        self.sig_error.emit(error)
