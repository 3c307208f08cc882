"""FetchPage: the frame of a Stock or Finance page (form, Fetch, progress, error, results)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.context import AppContext
from ocdesk.gui.error_panel import ErrorPanel
from ocdesk.gui.workflows.stock_jobs import Describe, Job, JobRunner, ProgressStrip

INTRO_STYLE = "color: #4b5563;"


class FetchPage(QWidget):
    """A form on top, Fetch (or Ctrl+Enter), a progress strip, then what came back.

    Subclasses fill `form` and `results`, implement `fetch()` (validate, then `run(job)`) and
    `show_result(result)`. After a Cancel the partial result is shown and the status says so.
    """

    sig_rows_shown = Signal(int)

    def __init__(self, context: AppContext, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout()
        self.fetch_button = QPushButton(self.tr("Fetch"), self)
        self.fetch_button.setToolTip(self.tr("Fetch (Ctrl+Enter)"))
        self.fetch_button.clicked.connect(self.fetch)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.fetch)
        self.strip = ProgressStrip(self)
        self.runner = JobRunner(context, self.strip, self)
        self.error = ErrorPanel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.results = QSplitter(Qt.Orientation.Vertical, self)
        self._lay_out(intro)

    def _lay_out(self, intro: str) -> None:
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        intro_label.setStyleSheet(INTRO_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fetch_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.strip)
        layout.addWidget(self.error)
        layout.addWidget(self.results, 1)

    # --- running ---------------------------------------------------------------------------

    def fetch(self) -> None:
        """Check the form and start the job; subclasses say what to fetch."""
        raise NotImplementedError

    def show_result(self, result: Any) -> int:
        """Put `result` on screen; returns the number of rows shown."""
        raise NotImplementedError

    def run(self, job: Job, message: str, describe: Describe | None = None) -> None:
        self.error.clear()
        self.status.clear()
        self.fetch_button.setEnabled(False)
        self.runner.start(job, self._done, self._failed, message=message, describe=describe)

    @property
    def busy(self) -> bool:
        return self.runner.running

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
        self.error.show_error(error)
