"""The frame of a desk workflow page: title, hint, busy bar, progress strip, notes, errors, body.

Single calls show the busy bar, long jobs the progress strip with its Cancel. Writes go through
`writer` (gui/writes.py: sent once, audited, never lost to a Cancel) and, outside the sandbox,
are confirmed first, the same way the generic panels do. FetchPage is the frame of a page that
fetches rows for a form (Stock, Finance).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import validation
from ocdesk.api.catalog import Endpoint
from ocdesk.api.errors import FieldProblem, ValidationError
from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import BusyBar, Op
from ocdesk.gui.pages.kit.forms import FormGrid
from ocdesk.gui.pages.kit.jobs import Describe, Job, JobRunner, ProgressStrip
from ocdesk.gui.pages.kit.notes import info_label, say
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.form_table import ArrayTable
from ocdesk.gui.writes import WriteSender

NOTE_STYLE = "color: #35506b; padding: 2px 0;"


class DeskPage(QWidget):
    """The frame of a desk page; subclasses fill `self.body`. An empty `title` shows none."""

    def __init__(self, context: AppContext, title: str, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.busy_bar = BusyBar(self)
        self.progress = ProgressStrip(self)
        self.runner = JobRunner(context, self.progress, self)
        self.info_label = info_label(self, NOTE_STYLE)
        self.error_panel = ErrorPanel(self)
        self.writer = WriteSender(context, self, self.error_panel, self.busy_bar, self.show_info)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        if title:
            heading = QLabel(title, self)
            heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
            layout.addWidget(heading)
        explain = QLabel(hint, self)
        explain.setWordWrap(True)
        explain.setStyleSheet("color: palette(placeholder-text);")
        for widget in (explain, self.busy_bar, self.progress, self.info_label, self.error_panel):
            layout.addWidget(widget)
        layout.addLayout(self.body, 1)

    @property
    def busy(self) -> bool:
        """A long job is running."""
        return self.runner.running

    # --- messages ----------------------------------------------------------------------------
    def show_info(self, text: str) -> None:
        say(self.info_label, text)

    def show_error(self, error: BaseException) -> None:
        """Show a failure; for a lost login the api service asks for one and resumes the work."""
        self.error_panel.show_error(error)

    def clear_messages(self) -> None:
        self.show_info("")
        self.error_panel.clear()

    def refuse(self, problems: list[FieldProblem], endpoint_id: str) -> None:
        """Bad input: say so, and that nothing was sent."""
        self.error_panel.show_error(ValidationError(problems, endpoint_id=endpoint_id))
        self.show_info(self.tr("Nothing was sent: correct the fields marked in red."))

    def checked(self, endpoint: Endpoint, data: Any, form: FormGrid, lines: ArrayTable) -> bool:
        """Whether `data` may be sent; if not, its problems are marked and nothing is sent."""
        self.clear_messages()
        form.clear_problems()
        lines.clear_problems()
        problems = validation.problems_for(endpoint, data)
        if problems:
            form.show_problems(problems)
            self.refuse(problems, endpoint.id)
        return not problems

    def announce_created(self, label: QLabel, kind: str, number: str, text: str) -> None:
        """A write created `number` (of `kind`): show it large, remember it for this session."""
        session_numbers(self.context, kind).add(number)
        label.setText(number)
        label.show()
        self.show_info(text)

    # --- work --------------------------------------------------------------------------------
    def ask_oc(
        self,
        endpoint_id: str,
        data: Any,
        message: str,
        on_done: Callable[[Any], Any],
    ) -> Op[Any]:
        """One OC call in the background, with the busy bar; errors land in the error panel."""
        return self._track(self.context.api.request(endpoint_id, data, owner=self), message, on_done)

    def _track(self, op: Op[Any], message: str, on_done: Callable[[Any], Any]) -> Op[Any]:
        op.on_done(on_done).on_error(self.show_error)
        self.busy_bar.track(op, message)
        return op.start()

    def run_job(
        self,
        job: Job,
        message: str,
        on_done: Callable[[Any], Any],
    ) -> None:
        """A long job `job(progress, cancelled)` with the progress strip and its Cancel."""
        self.runner.start(job, lambda result, _cancelled: on_done(result), self.show_error,
                          message=message)  # fmt: skip

    # --- writes ------------------------------------------------------------------------------
    def confirmed(self, what: str) -> bool:
        """Production writes need a yes; the sandbox never asks."""
        if self.context.is_sandbox:
            return True
        text = self.tr(
            "This will change real data at OrangeConnex (production):\n\n{what}\n\nSend it?"
        ).format(what=what)
        answer = QMessageBox.question(self, self.tr("Send to OrangeConnex?"), text)
        return answer == QMessageBox.StandardButton.Yes


class FetchPage(DeskPage):
    """A form on top, Fetch (or Ctrl+Enter), then what came back.

    Subclasses fill `form` and `results`, implement `fetch()` (validate, then `run_fetch(job)`) and
    `show_result(result)`. After a Cancel the partial result is shown and the status says so.
    """

    sig_rows_shown = Signal(int)

    def __init__(self, context: AppContext, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(context, "", intro, parent)
        self.form = QFormLayout()
        self.fetch_button = QPushButton(self.tr("Fetch"), self)
        self.fetch_button.setToolTip(self.tr("Fetch (Ctrl+Enter)"))
        self.fetch_button.clicked.connect(self.fetch)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.fetch)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.results = QSplitter(Qt.Orientation.Vertical, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fetch_button)
        buttons.addWidget(self.status, 1)
        self.body.addLayout(self.form)
        self.body.addLayout(buttons)
        self.body.addWidget(self.results, 1)

    def fetch(self) -> None:
        """Check the form and start the job; subclasses say what to fetch."""
        raise NotImplementedError

    def show_result(self, result: Any) -> int:
        """Put `result` on screen; returns the number of rows shown."""
        raise NotImplementedError

    def run_fetch(self, job: Job, message: str, describe: Describe | None = None) -> None:
        """Start the fetch `job`; its (maybe partial) result goes to `show_result`."""
        self.error_panel.clear()
        self.status.clear()
        self.fetch_button.setEnabled(False)
        self.runner.start(job, self._done, self._failed, message=message, describe=describe)

    def cancel(self) -> None:
        self.runner.cancel()

    def _done(self, result: Any, cancelled: bool) -> None:
        self.fetch_button.setEnabled(True)
        count = self.show_result(result)
        if cancelled:
            self.status.setText(
                self.tr("Cancelled: showing the {count} rows fetched before you stopped.").format(
                    count=count
                )
            )
        self.sig_rows_shown.emit(count)

    def _failed(self, error: Exception) -> None:
        self.fetch_button.setEnabled(True)
        self.show_error(error)


def session_numbers(context: AppContext, kind: str) -> set[str]:
    """Numbers of `kind` created in this run of the app (kept on the context, like caches)."""
    store: dict[str, set[str]] = context.__dict__.setdefault("_desk_created", {})
    return store.setdefault(kind, set())


def open_page(widget: QWidget, key: str) -> QWidget | None:
    """Switch the tab holding `widget` to its page `key`; the page's widget, or None."""
    parent = widget.parentWidget()
    while parent is not None:
        pages = getattr(parent, "pages", None)
        select = getattr(parent, "select", None)
        if (
            select is not None
            and isinstance(pages, list)
            and any(getattr(p, "key", None) == key for p in pages)
        ):
            return select(key)
        parent = parent.parentWidget()
    return None
