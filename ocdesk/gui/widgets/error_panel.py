"""ErrorPanel: an OC error explained for a desk user, in plain words first and OC's own words after.

A call that got no usable answer (the network, OC's gateway, OC's servers) is told in words
(`jobs/failure_words`), with what to do and, when the screen still shows rows from an earlier
answer, how old they are; the technical text stays one click away, behind "Details".
A write whose outcome is unknown gets a "Check at OC" button when the screen can look it up:
the check runs in the background and its verdict replaces the doubt in the same panel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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
from ocdesk.gui.field_paths import parse_path, readable_path
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.words import moment_text
from ocdesk.jobs.failure_words import FailureWords, failure_words

PANEL_STYLE = (
    "ErrorPanel { background: #fdecea; border: 1px solid #d93025; border-radius: 4px; }"
    "QLabel { background: transparent; border: none; }"
)
HEADLINE_STYLE = "font-weight: bold; color: #a50e0e;"
# Once a check at OC has answered, the doubt is over: the box turns green, the verdict leads.
ANSWERED_PANEL_STYLE = (
    "ErrorPanel { background: #e6f4ea; border: 1px solid #2e7d32; border-radius: 4px; }"
    "QLabel { background: transparent; border: none; }"
)
ANSWERED_STYLE = "font-weight: bold; color: #1e6b2e;"
STILL_UNKNOWN_STYLE = "font-weight: bold; color: #8a4b00;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorPanel", text)


def headline(error: BaseException) -> str:
    """What went wrong, in the words a desk user would use; the first match wins."""
    words = plain_words(error)
    if words is not None and not isinstance(error, OutcomeUnknown):
        return words.what
    if isinstance(error, ValidationError):
        return _tr("Check the highlighted fields")
    if isinstance(error, AuthError):
        return _tr("Login needed")
    if isinstance(error, BusinessError):
        return _tr("OC refused the request")
    if isinstance(error, OutcomeUnknown):
        return _tr("Outcome unknown: it may have reached OC. Look it up before sending again.")
    if isinstance(error, TransportError):
        return _tr("Could not reach OC")
    if isinstance(error, ServerError):
        return _tr("OC had a problem")
    if isinstance(error, OcError):
        return _tr("The call failed")
    return _tr("Something went wrong inside ocdesk")


def plain_words(error: BaseException) -> FailureWords | None:
    """`failure_words` in the user's language (context "FailureWords"); None when OC answered."""
    words = failure_words(error)
    if words is None:
        return None
    return FailureWords(
        QCoreApplication.translate("FailureWords", words.what),
        QCoreApplication.translate("FailureWords", words.to_do),
    )


def summary_lines(error: BaseException) -> list[str]:
    """Under the headline of a failure told in words: what broke (when the headline is the
    doubt of an unknown outcome), and the references to look up."""
    lines = []
    words = plain_words(error)
    if isinstance(error, OutcomeUnknown):
        if words is not None:
            lines.append(words.what)
        if error.references:
            label = _tr("Reference: {0}") if len(error.references) == 1 else _tr("References: {0}")
            lines.append(label.format(", ".join(error.references)))
    return lines


def stale_note(rows_from: datetime) -> str:
    """Says that the rows under the panel are from an earlier answer, and from when."""
    return _tr("The rows below are from {when}.").format(when=moment_text(rows_from))


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
    if isinstance(error, OutcomeUnknown) and error.references:
        label = _tr("Reference: {0}") if len(error.references) == 1 else _tr("References: {0}")
        lines.insert(0, label.format(", ".join(error.references)))
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
    """A red box under a form: headline, OC's details (selectable, for support), and the hint.

    `offer_check` adds "Check at OC" to an unknown outcome: pressing it calls `check()`, and the
    screen answers with `show_verdict`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PANEL_STYLE)
        self.headline_label = QLabel(self)
        self.headline_label.setStyleSheet(HEADLINE_STYLE)
        self.headline_label.setWordWrap(True)
        self.summary_label = self._label()
        self.stale_label = self._label()
        self.details_label = self._label()
        self.hint_label = self._label()
        self.hint_label.setStyleSheet("font-style: italic;")
        self.details_button = QToolButton(self)
        self.details_button.setText(_tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(_tr("The technical details, for your IT or OC's support"))
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._show_details)
        self.check_button = QPushButton(_tr("Check at OC"), self)
        self.check_button.setToolTip(_tr("Ask OC whether it has it, without sending it again"))
        self.check_button.clicked.connect(self._check)
        self.verdict_label = self._label()
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.verdict_label, 1)
        check_row.addStretch()  # the button keeps its own width while no verdict is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        for label in (self.headline_label, self.summary_label, self.stale_label, self.hint_label):
            layout.addWidget(label)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details_label)
        layout.addLayout(check_row)
        self.error: BaseException | None = None
        self._check_fn: Callable[[], None] | None = None
        self._hide_check()
        self.hide()

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        # messageIds are what OC support asks for: they must be copyable.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_error(
        self,
        error: BaseException,
        hint: str | None = None,
        rows_from: datetime | None = None,
    ) -> None:
        """Show `error`; `hint` replaces the error's own advice when the screen knows better.

        `rows_from`: when the rows still shown beside the panel were fetched (they are from an
        earlier answer, not this one's); for a failure told in words, the panel finds them in
        its screen's results tables when the screen does not say.
        """
        self.error = error
        self.setStyleSheet(PANEL_STYLE)
        self.headline_label.setText(headline(error))
        self.headline_label.setStyleSheet(HEADLINE_STYLE)
        words = plain_words(error)
        summary = summary_lines(error)
        self.summary_label.setText("\n".join(summary))
        self.summary_label.setVisible(bool(summary))
        if rows_from is None and words is not None:
            rows_from = self._rows_shown_beside()
        self.set_rows_from(rows_from)
        self.details_label.setText("\n".join(detail_lines(error)))
        # Told in words: the technical text waits behind Details; OC's refusals show it at once.
        self.details_button.setVisible(words is not None)
        self.details_button.setChecked(False)
        self._show_details(words is None)
        own_advice = words.to_do if words is not None else getattr(error, "hint", "")
        advice = hint if hint is not None else own_advice
        self.hint_label.setText(advice)
        self.hint_label.setVisible(bool(advice))
        self._check_fn = None
        self._hide_check()
        self.show()

    def set_rows_from(self, rows_from: datetime | None) -> None:
        """Say how old the rows under the panel are (None: there are none from before)."""
        self.stale_label.setText(stale_note(rows_from) if rows_from is not None else "")
        self.stale_label.setVisible(rows_from is not None)

    def _rows_shown_beside(self) -> datetime | None:
        """When the newest rows of the screen's visible results tables arrived, if any."""
        screen = self.parentWidget()
        if screen is None:
            return None
        times = [
            view.rows_from
            for view in screen.findChildren(ResultsView)
            if view.rows_from is not None and view.isVisibleTo(screen)
        ]
        return max(times, default=None)

    def _show_details(self, shown: bool) -> None:
        self.details_label.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(arrow)

    def offer_check(self, error: OutcomeUnknown, check: Callable[[], None]) -> None:
        """Add "Check at OC" to the unknown outcome `error` (shown first if it is not yet)."""
        if self.error is not error:
            self.show_error(error)
        self._check_fn = check
        self.hint_label.setText(
            _tr("Check at OC asks OC whether it has it; nothing is sent again.")
        )
        self.hint_label.show()
        self.check_button.setText(_tr("Check at OC"))
        self.check_button.setEnabled(True)
        self.check_button.show()

    def show_verdict(self, error: OutcomeUnknown, text: str, answered: bool) -> None:
        """What Check at OC found about `error` (ignored when the panel has moved on).

        `answered`: OC said (done / not done), so the doubt is over and the verdict becomes the
        headline; otherwise it shows beside "Check again".
        """
        if self.error is not error:
            return
        if answered:
            self._check_fn = None
            self._hide_check()
            self.hint_label.hide()
            self.setStyleSheet(ANSWERED_PANEL_STYLE)
            self.headline_label.setText(text)
            self.headline_label.setStyleSheet(ANSWERED_STYLE)
            return
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(STILL_UNKNOWN_STYLE)
        self.verdict_label.show()
        self.check_button.setText(_tr("Check again"))
        self.check_button.setEnabled(True)

    def clear(self) -> None:
        self.error = None
        self._check_fn = None
        self._hide_check()
        self.hide()

    def _check(self) -> None:
        if self._check_fn is None:
            return
        self.check_button.setEnabled(False)  # one look-up at a time
        self.verdict_label.setStyleSheet("")
        self.verdict_label.setText(_tr("Asking OC…"))
        self.verdict_label.show()
        self._check_fn()

    def _hide_check(self) -> None:
        self.check_button.hide()
        self.verdict_label.clear()
        self.verdict_label.hide()
