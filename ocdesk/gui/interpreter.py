"""Garbage collected on the GUI thread only, never on a worker thread.

GIL: the console keeps Python's default switch interval. It used to shorten it to 0.5 ms while
the demo sandbox ran inside the GUI process; with the sandbox in a child process the default
keeps the window within its 50 ms target (benchmarks/responsiveness.py measures both).

Garbage: the cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed: a worker, or the server of a sandbox run in-process (as the tests do). If the garbage
it finds holds a Qt widget, the widget is destroyed on that thread and Qt crashes. So automatic
collection is switched off and a timer on the GUI thread collects instead, generation by
generation as the thresholds say (the same approach as qutebrowser's garbage collector).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Collects garbage from the GUI thread's event loop instead of from any thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold has been crossed; objects freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        """Back to Python's own automatic collection (at shutdown, or after a test)."""
        self._timer.stop()
        gc.enable()
