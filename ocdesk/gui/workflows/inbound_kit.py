"""The page kit the Inbound, VAS and Returns desk pages share: frame, jobs, forms, audit.

A page is a `DeskPage`: a title and hint, a busy bar (single calls), a progress strip (long
jobs with Cancel), a message line, the error panel, then the page's own body. Writes are
audited and, outside the sandbox, confirmed first, the same way the generic panels do.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.errors import FieldProblem, ReauthRequired, ValidationError
from ocdesk.gui.context import AppContext
from ocdesk.gui.error_panel import ErrorPanel
from ocdesk.gui.tasks import BusyBar, Op
from ocdesk.gui.widgets.form_table import ArrayTable
from ocdesk.gui.workflows import inbound_words as words
from ocdesk.workflows.jobs import Cancelled, Progress

INFO_STYLE = "color: #35506b; padding: 2px 0;"
PROBLEM_STYLE = "color: #c62828;"
FIRST_COLUMNS_WIDTH = 200
Job = Callable[[Progress, Cancelled], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskPage", text)


class _Relay(QObject):
    """Carries a job's progress from its worker thread to the GUI thread (queued signal)."""

    sig_progress = Signal(int, int, str)


class ProgressStrip(QWidget):
    """What a long job is doing, how far it is, and a Cancel that keeps what was fetched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumHeight(14)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop; what was already fetched is kept"))
        self.cancel_button.clicked.connect(self.cancel)
        self.relay = _Relay(self)
        self.relay.sig_progress.connect(self.update_progress)
        self._stop = threading.Event()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, text: str) -> tuple[Progress, Cancelled]:
        """Show the strip; the (progress, cancelled) pair for the job's worker thread."""
        self._stop = threading.Event()
        stop = self._stop
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.show()
        return self.relay.sig_progress.emit, stop.is_set

    @Slot(int, int, str)
    def update_progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 0))
        if total:
            self.bar.setValue(done)
        self.label.setText(text)

    def cancel(self) -> None:
        self._stop.set()
        self.label.setText(self.tr("Stopping…"))

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()


class DeskPage(QWidget):
    """The frame of every page of these tabs; subclasses fill `self.body`."""

    def __init__(self, context: AppContext, title: str, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        heading = QLabel(title, self)
        heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        explain = QLabel(hint, self)
        explain.setWordWrap(True)
        explain.setStyleSheet("color: palette(placeholder-text);")
        self.busy = BusyBar(self)
        self.progress = ProgressStrip(self)
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet(INFO_STYLE)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label.hide()
        self.error_panel = ErrorPanel(self)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        for widget in (heading, explain, self.busy, self.progress, self.info_label,
                       self.error_panel):  # fmt: skip
            layout.addWidget(widget)
        layout.addLayout(self.body, 1)

    # --- messages ----------------------------------------------------------------------------
    def show_info(self, text: str) -> None:
        self.info_label.setText(text)
        self.info_label.setVisible(bool(text))

    def show_error(self, error: BaseException, resume: Callable[[], None] | None = None) -> None:
        """Show a failure; a lost login asks for one and resumes `resume` afterwards."""
        if isinstance(error, ReauthRequired):
            self.context.report_reauth(error, resume=resume)
            self.error_panel.show_error(
                error, hint=self.tr("Log in again to continue; your entries are kept.")
            )
            return
        self.error_panel.show_error(error)

    def clear_messages(self) -> None:
        self.show_info("")
        self.error_panel.clear()

    def refuse(self, problems: list[FieldProblem], endpoint_id: str) -> None:
        """Bad input: say so, and that nothing was sent."""
        self.error_panel.show_error(ValidationError(problems, endpoint_id=endpoint_id))
        self.show_info(self.tr("Nothing was sent: correct the fields marked in red."))

    # --- work --------------------------------------------------------------------------------
    def call(
        self,
        endpoint_id: str,
        data: Any,
        message: str,
        on_done: Callable[[Any], Any],
        resume: Callable[[], None] | None = None,
    ) -> Op[Any]:
        """One OC call in the background, with the busy bar; errors land in the error panel."""
        op = self.context.api.call(endpoint_id, data, owner=self)
        op.on_done(on_done).on_error(lambda error: self.show_error(error, resume))
        self.busy.track(op, message)
        return op.start()

    def run(
        self,
        fn: Callable[[], Any],
        message: str,
        on_done: Callable[[Any], Any],
        resume: Callable[[], None] | None = None,
    ) -> Op[Any]:
        """Any background work (several calls, files) with the busy bar."""
        op = self.context.api.run(fn, owner=self)
        op.on_done(on_done).on_error(lambda error: self.show_error(error, resume))
        self.busy.track(op, message)
        return op.start()

    def run_job(
        self,
        job: Job,
        message: str,
        on_done: Callable[[Any], Any],
        resume: Callable[[], None] | None = None,
    ) -> Op[Any]:
        """A long job `job(progress, cancelled)` with the progress strip and its Cancel."""
        progress, cancelled = self.progress.begin(message)
        op = self.context.api.run(lambda: job(progress, cancelled), owner=self)
        op.on_done(on_done).on_error(lambda error: self.show_error(error, resume))
        op.on_finally(self.progress.hide)
        return op.start()

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

    def audit(
        self,
        endpoint_id: str,
        action: str,
        numbers: Iterable[str],
        outcome: object,
        detail: str = "",
    ) -> None:
        """Record a write in the audit log, off the GUI thread (the database is on disk)."""
        record_audit(self.context, endpoint_id, action, numbers, outcome, detail)


def record_audit(
    context: AppContext,
    endpoint_id: str,
    action: str,
    numbers: Iterable[str],
    outcome: object,
    detail: str = "",
) -> None:
    """Who (the OS user), when, profile, endpoint, key numbers and outcome ("ok" / "error: ...")."""
    session = context.session
    profile = session.profile.name if session is not None else ""
    text = "ok" if outcome == "ok" else f"error: {outcome}"
    kept = [n for n in numbers if n]
    audit = context.stores.audit
    context.api.run(lambda: audit.record(profile, endpoint_id, action, kept, text, detail)).start()


def session_numbers(context: AppContext, kind: str) -> set[str]:
    """Numbers of `kind` created in this run of the app (kept on the context, like caches)."""
    store: dict[str, set[str]] = context.__dict__.setdefault("_desk_created", {})
    return store.setdefault(kind, set())


class FormGrid(QWidget):
    """Caption / input rows, each with its own red problem line under the input."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._problems: dict[str, QLabel] = {}

    def add_row(self, key: str, caption: str, widget: QWidget, tip: str = "") -> QWidget:
        """A row for request field `key` (several keys may share a row: `key` "a,b")."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        problem = QLabel(holder)
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.setWordWrap(True)
        problem.hide()
        column.addWidget(problem)
        for name in key.split(","):
            self._problems[name] = problem
        label = QLabel(caption, self)
        if tip:
            label.setToolTip(tip)
            widget.setToolTip(tip)
        self.form.addRow(label, holder)
        return widget

    def show_problems(self, problems: Sequence[FieldProblem]) -> list[FieldProblem]:
        """Put each problem next to its field; returns those no row is there for."""
        self.clear_problems()
        unplaced = []
        for problem in problems:
            label = self._problems.get(words.top_field(problem.path))
            if label is None:
                unplaced.append(problem)
                continue
            line = f"{words.path_words(problem.path)}: {problem.message}"
            label.setText(f"{label.text()}\n{line}" if label.text() else line)
            label.show()
        return unplaced

    def clear_problems(self) -> None:
        for label in self._problems.values():
            label.clear()
            label.hide()


def line_table(field: Any, headers: Sequence[str], height: int = 150) -> ArrayTable:
    """An ArrayTable for `field` (a catalog array of objects) with plain column titles."""
    table = ArrayTable(field)
    for column, text in enumerate(headers):
        required = field.fields[column].required
        item = QTableWidgetItem(text + (" *" if required else ""))
        font = item.font()
        font.setBold(required)
        item.setFont(font)
        item.setToolTip(field.fields[column].help)
        table.table.setHorizontalHeaderItem(column, item)
    table.table.horizontalHeader().setStretchLastSection(True)
    for column in range(len(headers) - 1):
        table.table.setColumnWidth(column, FIRST_COLUMNS_WIDTH)  # an MFSKUID fits whole
    table.table.setMinimumHeight(height)
    table.add_button.setText(_tr("Add line"))
    table.remove_button.setText(_tr("Remove selected"))
    table.paste_button.setText(_tr("Paste from spreadsheet"))
    return table


def big_label(parent: QWidget | None = None) -> QLabel:
    """A created number, large and selectable, so it can be read off the screen and copied."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def split_numbers(text: str) -> list[str]:
    """Numbers typed or pasted one per line, or separated by spaces, commas or semicolons."""
    for sep in ",;\t\n\r":
        text = text.replace(sep, " ")
    seen: dict[str, None] = {}
    for part in text.split(" "):
        if part.strip():
            seen.setdefault(part.strip(), None)
    return list(seen)


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
