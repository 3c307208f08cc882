"""Long fetches for the Stock and Finance pages: progress strip, Cancel, partial results kept.

A job is a plain function `job(progress, cancelled)` from ocdesk.workflows; JobRunner runs it
on the API service's pool, brings its progress to the GUI thread by a queued signal, and turns
Cancel into the threading.Event the job polls, so what was fetched before Cancel still arrives.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ocdesk.api.errors import ReauthRequired
from ocdesk.gui.context import AppContext
from ocdesk.gui.tasks import Op
from ocdesk.workflows.jobs import Cancelled, Progress

Job = Callable[[Progress, Cancelled], Any]
Describe = Callable[[int, int], str]


class ProgressStrip(QWidget):
    """'Window 3 of 5' with a bar and Cancel; hidden while nothing runs."""

    sig_cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.sig_cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the job knows how much there is
        self.cancel_button.setEnabled(True)
        self.show()

    def advance(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.label.setText(text)

    def stopping(self) -> None:
        self.label.setText(self.tr("Stopping: keeping what was fetched so far..."))
        self.cancel_button.setEnabled(False)


class JobRunner(QObject):
    """Runs one job at a time for a page and reports to its ProgressStrip.

    `on_done(result, cancelled)` gets the job's result (partial when the user cancelled);
    `on_error(exc)` any failure; a lost login also asks for a login, then runs the job again.
    """

    # Emitted from the worker thread; this object lives on the GUI thread, so Qt queues it.
    sig_progress = Signal(int, int, str)

    def __init__(self, context: AppContext, strip: ProgressStrip, owner: QWidget) -> None:
        super().__init__(owner)
        self.context = context
        self.strip = strip
        self.owner = owner
        self.describe: Describe | None = None
        self._stop = threading.Event()
        self._op: Op[Any] | None = None
        self.sig_progress.connect(self._on_progress)
        strip.sig_cancel.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._op is not None and self._op.running

    def start(
        self,
        job: Job,
        on_done: Callable[[Any, bool], None],
        on_error: Callable[[Exception], None],
        *,
        message: str,
        describe: Describe | None = None,
    ) -> None:
        """Run `job` in the background; a job still running is cancelled first."""
        if self._op is not None:
            self._stop.set()
            self._op.cancel()
        stop = self._stop = threading.Event()
        self.describe = describe

        def progress(done: int, total: int, text: str) -> None:
            if not stop.is_set():
                self.sig_progress.emit(done, total, text)

        def failed(exc: Exception) -> None:
            if isinstance(exc, ReauthRequired):
                resume = lambda: self.start(  # noqa: E731
                    job, on_done, on_error, message=message, describe=describe
                )
                self.context.report_reauth(exc, resume)
            on_error(exc)

        op = self.context.api.run(lambda: job(progress, stop.is_set), owner=self.owner)
        op.on_done(lambda result: on_done(result, stop.is_set()))
        op.on_error(failed).on_finally(self.strip.hide)
        self._op = op
        self.strip.begin(message)
        op.start()

    def cancel(self) -> None:
        """Ask the job to stop; it returns what it has, which on_done then shows."""
        if self.running:
            self._stop.set()
            self.strip.stopping()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.running and not self._stop.is_set():
            shown = self.describe(done, total) if self.describe is not None else text
            self.strip.advance(done, total, shown)
