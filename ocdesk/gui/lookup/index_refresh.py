"""IndexRefresher: keeps the local index of recent orders and returns fresh, in the background.

The lookup finds a parcel by its tracking number only in this index (OC cannot search by it),
so it is refreshed soon after each login and then every few minutes, on the op service's worker
threads. A refresh that fails is logged and tried again at the next tick: the lookup says how
old the index is, and it asks OC for every record it finds anyway.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import Op
from ocdesk.jobs.record_index import Refreshed, index_for, refresh
from ocdesk.session import Session

log = logging.getLogger(__name__)

# After a login the tabs fetch what they show first; the index follows a few seconds later.
FIRST_DELAY_MS = 5_000
EVERY_MS = 5 * 60_000


class IndexRefresher(QObject):
    """Refreshes the current profile's index; `sig_refreshed(Refreshed)` after each success."""

    sig_refreshed = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._op: Op[Refreshed | None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        context.sig_session_changed.connect(self._on_session_changed)
        self._on_session_changed(context.session)

    @property
    def running(self) -> bool:
        return self._op is not None and self._op.running

    def refresh(self) -> None:
        """Refresh now (unless one is running), then again in `EVERY_MS`."""
        session = self._context.session
        self._timer.start(EVERY_MS)
        if session is None or not session.logged_in or self.running:
            return
        index = index_for(self._context.stores.db, session.profile)
        call = self._context.bound_caller()
        # A lost login is not asked for from here: the user is told when they next act.
        self._op = self._context.api.run(
            lambda: refresh(call, index), owner=self, resume_after_login=False
        )
        self._op.on_done(self._done).on_error(self._failed).start()

    def _on_session_changed(self, session: Session | None) -> None:
        self._timer.stop()
        if session is not None and session.logged_in:
            self._timer.start(FIRST_DELAY_MS)

    def _done(self, refreshed: Refreshed | None) -> None:
        if refreshed is None:
            return
        if refreshed.note:
            log.warning("The index of recent orders and returns: %s", refreshed.note)
        self.sig_refreshed.emit(refreshed)

    def _failed(self, error: Exception) -> None:
        log.warning("The index of recent orders and returns was not refreshed: %s", error)
