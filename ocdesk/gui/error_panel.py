"""ErrorPanel: an OC error explained for a desk user, in plain words first and OC's own words after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ocdesk.api.errors import (
    AuthError,
    BusinessError,
    OcError,
    OutcomeUnknown,
    ServerError,
    TransportError,
    ValidationError,
)
from ocdesk.api.redact import redact
from ocdesk.gui.widgets.form_fields import parse_path, readable_path

PANEL_STYLE = (
    "ErrorPanel { background: #fdecea; border: 1px solid #d93025; border-radius: 4px; }"
    "QLabel { background: transparent; border: none; }"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorPanel", text)


def headline(error: BaseException) -> str:
    """What went wrong, in the words a desk user would use; the first match wins."""
    if isinstance(error, ValidationError):
        return _tr("Check the highlighted fields")
    if isinstance(error, AuthError):
        return _tr("Login needed")
    if isinstance(error, BusinessError):
        return _tr("OC refused the request")
    if isinstance(error, OutcomeUnknown):
        return _tr("Outcome unknown: it may have reached OC")
    if isinstance(error, TransportError):
        return _tr("Could not reach OC")
    if isinstance(error, ServerError):
        return _tr("OC had a problem")
    if isinstance(error, OcError):
        return _tr("The call failed")
    return _tr("Something went wrong inside ocdesk")


def detail_lines(error: BaseException) -> list[str]:
    """OC's code, message, messageId and HTTP status, then one line per errors[] item."""
    if not isinstance(error, OcError):
        # Not ocdesk's own text, so nothing vouches for it: it may quote a URL or a header.
        return [redact(f"{type(error).__name__}: {error}")]
    if isinstance(error, ValidationError) and not error.http_status:
        return problem_lines(error)
    lines = []
    if error.code not in (None, ""):
        lines.append(_tr("OC code: {code}").format(code=error.code))
    lines.append(_tr("Message: {message}").format(message=error.message))
    if error.message_id:
        lines.append(_tr("messageId: {id}").format(id=error.message_id))
    if error.http_status:
        lines.append(_tr("HTTP status: {status}").format(status=error.http_status))
    if isinstance(error, BusinessError):
        for item in error.item_errors:
            text = ", ".join(f"{key}: {value}" for key, value in item.items())
            lines.append("  • " + text)
    if isinstance(error, OutcomeUnknown):
        lines.append(_tr("The request may have reached OC: look it up before sending it again."))
    return lines


def problem_lines(error: ValidationError) -> list[str]:
    """Input ocdesk refused before sending: one line per field, named as the form names it.

    No "OC code" here: OC was never asked, and saying so would send people to OC's support.
    """
    lines = []
    for problem in error.problems:
        where = readable_path(parse_path(problem.path))
        text = problem.message
        lines.append(f"• {where}: {text}" if where else f"• {text[:1].upper()}{text[1:]}")
    return lines or [error.message]


class ErrorPanel(QFrame):
    """A red box under a form: headline, OC's details (selectable, for support), and the hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PANEL_STYLE)
        self.headline_label = QLabel(self)
        self.headline_label.setStyleSheet("font-weight: bold; color: #a50e0e;")
        self.details_label = self._label()
        self.hint_label = self._label()
        self.hint_label.setStyleSheet("font-style: italic;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        for label in (self.headline_label, self.details_label, self.hint_label):
            layout.addWidget(label)
        self.error: BaseException | None = None
        self.hide()

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        # messageIds are what OC support asks for: they must be copyable.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_error(self, error: BaseException, hint: str | None = None) -> None:
        """Show `error`; `hint` replaces the error's own advice when the screen knows better."""
        self.error = error
        self.headline_label.setText(headline(error))
        self.details_label.setText("\n".join(detail_lines(error)))
        advice = hint if hint is not None else getattr(error, "hint", "")
        self.hint_label.setText(advice)
        self.hint_label.setVisible(bool(advice))
        self.show()

    def clear(self) -> None:
        self.error = None
        self.hide()
