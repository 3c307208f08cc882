"""EndpointPanel: one endpoint's form, its Send, and what OC answered (rows, JSON, or the error)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ocdesk.api import validation
from ocdesk.api.catalog import Effect, Endpoint
from ocdesk.api.errors import FieldProblem, ValidationError
from ocdesk.api.result import OcResult
from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import BusyBar, LatestOnly
from ocdesk.gui.tabs import raw_writes, restore_splitter
from ocdesk.gui.widgets.catalog_form import CatalogForm
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.json_tree import JsonView
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.gui.writes import WriteSender

# Endpoints whose answer OC cuts off silently: (row cap, what the user should do about it).
ROW_CAPS: dict[str, tuple[int, str]] = {
    "outbound.query": (
        1000,
        QT_TRANSLATE_NOOP(
            "EndpointPanel", "OC returns at most 1,000 orders; narrow the time window."
        ),
    ),
}
INFO_STYLE = "color: #35506b; padding: 2px 0;"


class EndpointPanel(QWidget):
    """Form + Send + busy bar + results for one endpoint; works for any catalog entry.

    Reads: a new Send replaces the one still awaited. Creates and changes are asked first in
    words (gui/tabs/raw_writes.py) and go through a WriteSender: sent once, audited before they
    leave, never dropped by Cancel; their outcome is said in words.

    `sig_rows_shown(n)` fires each time an answer is on screen (n rows, possibly 0);
    `sig_failed(error)` each time a failure is.
    """

    sig_rows_shown = Signal(int)
    sig_failed = Signal(object)

    def __init__(self, context: AppContext, endpoint: Endpoint, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.endpoint = endpoint
        self.form = CatalogForm(endpoint, self)
        self.form.send_button.setText(self.tr("Send"))
        self.form.send_button.setToolTip(self.tr("Send to OC (Ctrl+Enter)"))
        self.busy = BusyBar(self)
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet(INFO_STYLE)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_panel = ErrorPanel(self)
        self.results = ResultsView(self)
        self.json_view = JsonView(self)
        self.latest = LatestOnly()
        self.writer = WriteSender(context, self, self.error_panel, self.busy, self.show_info,
                                  [self.form.send_button])  # fmt: skip
        self._lay_out()
        self.form.sig_submit.connect(self._send_data)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.send)

    def _lay_out(self) -> None:
        title = QLabel(self.endpoint.shown_title, self)
        title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        where = QLabel(f"{self.endpoint.method} {self.endpoint.path}", self)
        where.setObjectName("endpoint-address")  # OC's own address of the call, never translated
        where.setStyleSheet("color: gray;")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.results_split.addWidget(self.results)
        self.results_split.addWidget(self.json_view)
        self.results_split.setStretchFactor(0, 3)
        self.results_split.setStretchFactor(1, 1)
        answer = QWidget(self)
        answer_layout = QVBoxLayout(answer)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.busy, self.info_label, self.error_panel):
            answer_layout.addWidget(widget)
        answer_layout.addWidget(self.results_split, 1)
        self.main_split = QSplitter(Qt.Orientation.Vertical, self)
        self.main_split.addWidget(self.form)
        self.main_split.addWidget(answer)
        # The form gets as much room as the answer: a long form squeezed into a few lines
        # hides the very fields a desk user has to fill in.
        self.main_split.setStretchFactor(0, 1)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setChildrenCollapsible(False)
        profiles = self.context.stores.profiles
        restore_splitter(profiles, self.results_split, "panel.results")
        restore_splitter(profiles, self.main_split, "panel.form")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addWidget(self.main_split, 1)

    # --- public API ------------------------------------------------------------------------

    def set_data(self, data: Any) -> None:
        """Fill the form (the default loaders and other screens prefill it this way)."""
        self.form.set_data(data)

    def send(self) -> None:
        """Send the form as it is now; bad input is marked and nothing is sent."""
        self.form.submit()

    def show_info(self, text: str) -> None:
        self.info_label.setText(text)
        self.info_label.setVisible(bool(text))

    def show_error(self, error: BaseException) -> None:
        """Show a failure (of this panel's call, or of a call made on its behalf)."""
        if isinstance(error, ValidationError):
            self.form.show_problems(error.problems)
        self.error_panel.show_error(error)
        result = getattr(error, "result", None)
        if result is not None:
            self.json_view.set_result(result)
        self.sig_failed.emit(error)

    # --- sending ---------------------------------------------------------------------------

    def _send_data(self, data: Any) -> None:
        problems = validation.problems_for(self.endpoint, data)
        if problems:
            self.form.show_problems(problems)
            # The panel's hint already says nothing was sent: no second line repeating it.
            worded = [FieldProblem(p.path, self.form.in_words(p.message)) for p in problems]
            self.error_panel.show_error(ValidationError(worded, endpoint_id=self.endpoint.id))
            self.show_info("")
            return
        if self.writer.busy or not self._confirmed(data):
            return
        self.error_panel.clear()
        self.show_info("")
        message = self.tr("Asking OC: {title}...").format(title=self.endpoint.shown_title)
        if self.endpoint.effect is not Effect.READ:
            self.writer.send(self.endpoint.id, data, message=message,
                             on_done=lambda result: self._show_written(data, result),
                             on_error=self._write_failed)  # fmt: skip
            return
        op = self.context.api.request(self.endpoint.id, data, owner=self)
        op.on_done(self._show_result).on_error(self.show_error)
        self.busy.track(op, message)
        self.latest.start(op)

    def _confirmed(self, data: Any) -> bool:
        """Every create and change needs a yes to a summary in words, the sandbox's too."""
        if self.endpoint.effect is Effect.READ:
            return True
        production = not self.context.is_sandbox
        return raw_writes.confirm(self, self.endpoint, data, production=production)

    def _show_written(self, data: Any, result: OcResult) -> None:
        self._show_result(result, raw_writes.done_text(self.endpoint, data, result))

    def _write_failed(self, error: Exception) -> None:
        self.show_error(error)
        self.show_info(raw_writes.failed_text(error))

    def _show_result(self, result: OcResult, outcome: str = "") -> None:
        """OC's answer; `outcome` (a write's, in words) is said instead of the row count."""
        self.error_panel.clear()
        rows = result.rows()
        notes = list(result.warnings)
        if not rows and isinstance(result.payload, dict) and result.payload:
            rows = [result.payload]  # an object answer (a created number, a status) is one row
        if outcome:
            notes.insert(0, outcome)
        elif not rows:
            notes.insert(0, self.tr("OC answered with no rows."))
        elif len(rows) == 1:
            notes.insert(0, self.tr("1 row from OC."))
        else:
            count = QLocale().toString(len(rows))
            notes.insert(0, self.tr("{count} rows from OC.").format(count=count))
        cap = ROW_CAPS.get(self.endpoint.id)
        if cap is not None and len(rows) >= cap[0]:
            notes.append(self.tr(cap[1]))
        self.results.set_rows(rows)
        self.json_view.set_result(result)
        self.show_info(" ".join(notes))
        self.sig_rows_shown.emit(len(rows))
