"""Views that follow other desks: a table changed elsewhere is read again, at a calm pace.

A flood of changes (a batch printing on eight desks) must not freeze the window: changes are
coalesced and a view reads again at most once every MIN_GAP_MS; the reading itself is the
view's own, off the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer

from ocdesk.gui.context import AppContext

MIN_GAP_MS = 500  # at most two reads a second per view


class LiveRefresh(QObject):
    """Calls `refresh()` when another desk changed one of `tables` (only on a shared database)."""

    def __init__(
        self,
        context: AppContext,
        tables: Iterable[str],
        refresh: Callable[[], object],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.tables = frozenset(tables)
        self._refresh = refresh
        self._last = -float(MIN_GAP_MS)  # monotonic ms of the last refresh
        self.count = 0  # refreshes made, for the tests
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        context.sig_shared_changed.connect(self._changed)

    def _changed(self, table: str) -> None:
        if table not in self.tables or self._timer.isActive():
            return  # not ours, or a refresh is already due: it will read this change too
        since = time.monotonic() * 1000 - self._last
        self._timer.start(max(0, int(MIN_GAP_MS - since)))

    def _fire(self) -> None:
        self._last = time.monotonic() * 1000
        self.count += 1
        self._refresh()
