"""Long jobs of the desk pages: a progress strip with Cancel, partial results kept.

A job is a plain function `job(progress, cancelled)` from ocdesk.jobs. The strip hands a
job those two functions; progress comes from the worker thread and is shown on the GUI thread
(the signal is queued across threads). Cancel only asks the job to stop: it returns what it
has, so what was fetched before Cancel still arrives. JobRunner runs a job with its strip on the
API service's pool, which (when the login is lost) asks for one and runs the job again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import Op
from ocdesk.jobs.base import Cancelled, Progress

Job = Callable[[Progress, Cancelled], Any]
# (done, total) -> the words shown instead of the job's own progress text.
Describe = Callable[[int, int], str]


class _ProgressRelay(QObject):
    """Carries one job's progress from its worker thread to a strip.

    The job holds the relay, never the strip: the strip may be destroyed (its window closed)
    while the job still runs, and emitting a signal of a destroyed object crashes the process.
    Qt drops the relay's connection to a destroyed strip, and queues it to a live one.
    """

    sig_progress = Signal(int, int, str)


class ProgressStrip(QWidget):
    """'Window 3 of 5' with a bar and Cancel; hidden while nothing runs."""

    # Emitted on the GUI thread, for each progress a job reports.
    sig_progress = Signal(int, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop; what was already fetched is kept"))
        self.cancel_button.clicked.connect(self.cancel)
        self.describe: Describe | None = None
        self._stop = threading.Event()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.sig_progress.connect(self._show)
        self.hide()

    def begin(self, text: str, describe: Describe | None = None) -> tuple[Progress, Cancelled]:
        """Show the strip for a new job; the (progress, cancelled) pair for its worker thread.

        A job begun earlier is told to stop, so its late progress cannot overwrite this one's.
        """
        self._stop.set()
        stop = self._stop = threading.Event()
        self.describe = describe
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the job knows how much there is
        self.cancel_button.setEnabled(True)
        self.show()

        relay = _ProgressRelay()
        relay.sig_progress.connect(self.sig_progress)

        def progress(done: int, total: int, message: str) -> None:
            if not stop.is_set():
                relay.sig_progress.emit(done, total, message)

        return progress, stop.is_set

    def end(self) -> None:
        self.hide()

    def cancel(self) -> None:
        """Ask the job to stop; it returns what it has, which its page then shows."""
        if self.isHidden():
            return
        self._stop.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping: keeping what was fetched so far…"))

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    @Slot(int, int, str)
    def _show(self, done: int, total: int, text: str) -> None:
        if self._stop.is_set() or self.isHidden():
            return
        self.bar.setRange(0, max(total, 0))
        if total > 0:
            self.bar.setValue(min(done, total))
        self.label.setText(self.describe(done, total) if self.describe is not None else text)


class JobRunner(QObject):
    """Runs one job at a time for a page and reports to its ProgressStrip.

    `on_done(result, cancelled)` gets the job's result (partial when the user cancelled);
    `on_error(exc)` any failure; after a lost login the job runs again once logged in.
    """

    def __init__(self, context: AppContext, strip: ProgressStrip, owner: QWidget) -> None:
        super().__init__(owner)
        self.context = context
        self.strip = strip
        self.owner = owner
        self._op: Op[Any] | None = None

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
        write: bool = False,
        on_finally: Callable[[], None] | None = None,
    ) -> None:
        """Run `job` in the background; a job still running is cancelled first.

        `write`: the job creates or changes things at OC, so its outcome survives a cancel.
        `on_finally()` runs after on_done or on_error (e.g. to enable the page's buttons again).
        """
        if self._op is not None:
            self._op.cancel()
        progress, cancelled = self.strip.begin(message, describe)
        op = self.context.api.run(lambda: job(progress, cancelled), owner=self.owner, write=write)
        op.on_done(lambda result: on_done(result, cancelled()))
        op.on_error(on_error).on_finally(self.strip.end).on_resume(self.strip.show)
        if on_finally is not None:
            op.on_finally(on_finally)
        self._op = op
        op.start()

    def cancel(self) -> None:
        """Ask the job to stop; it returns what it has, which on_done then shows."""
        if self.running:
            self.strip.cancel()
