"""Whether the warehouse's shared database answers, checked off the GUI thread, said at once.

The console opens the shared database without waiting for its server; this asks the server
now and then (every CHECK_MS, every CHECK_DOWN_MS while it is away) and hears every call that
found it unreachable, so the status bar says the truth within seconds. Once it answers, the
prints this desk kept in its own file during the outage are copied there.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ocdesk.store.sql import DatabaseError, DatabaseUnavailable

if TYPE_CHECKING:
    from ocdesk.store.outbox import Outbox
    from ocdesk.store.postgres import PostgresDatabase

log = logging.getLogger(__name__)
CHECK_MS = 30_000  # while it answers: a quiet check now and then
CHECK_DOWN_MS = 5_000  # while it does not: back on the status bar within seconds


@dataclass(frozen=True)
class DatabaseState:
    """The shared database at `location`: answering (True), not (False), or not asked yet."""

    reachable: bool | None
    location: str
    reason: str = ""  # why not, in the store's words
    usable: bool = True  # False: it answers but refuses this ocdesk (a newer schema)


class SharedDatabase(QObject):
    """Watches one shared database. Signals arrive on the GUI thread.

    `sig_state(DatabaseState)` when its state changes; `sig_shared(count)` when prints kept on
    this desk during an outage were copied to it.
    """

    sig_state = Signal(object)
    sig_shared = Signal(int)
    _sig_checked = Signal(object)  # None, or the DatabaseError of a check (from its thread)
    _sig_unreachable = Signal(object)  # a DatabaseUnavailable any call ran into (any thread)

    def __init__(self, store: PostgresDatabase, outbox: Outbox, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.outbox = outbox
        self.state = DatabaseState(None, store.location)
        self._checking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._sig_checked.connect(self._checked)
        self._sig_unreachable.connect(self._unreachable)
        store.on_unreachable(self._sig_unreachable.emit)

    @property
    def down(self) -> bool:
        """Known to be unreachable or unusable now (not merely unchecked)."""
        return self.state.reachable is False or not self.state.usable

    def check(self) -> None:
        """Ask the server now, on a thread of its own; one check at a time."""
        if self._checking:
            return
        self._checking = True
        self._timer.stop()
        threading.Thread(target=self._check, name="ocdesk-database-check", daemon=True).start()

    def _check(self) -> None:
        """Its thread: a round trip, then what waits in the outbox (the server is back)."""
        try:
            self.store.ping()
        except DatabaseError as exc:
            self._sig_checked.emit(exc)
            return
        self._sig_checked.emit(None)
        try:
            shared = self.outbox.send(self.store) if self.outbox.pending() else 0
        except DatabaseError as exc:
            log.warning("The prints kept on this desk could not be shared yet: %s", exc)
            return
        if shared:
            log.info("Shared %d prints kept on this desk while the database was away", shared)
            self.sig_shared.emit(shared)

    def _checked(self, error: DatabaseError | None) -> None:
        self._checking = False
        if error is None:
            self._set(DatabaseState(True, self.store.location))
        elif isinstance(error, DatabaseUnavailable):
            self._set(DatabaseState(False, self.store.location, str(error)))
        else:
            self._set(DatabaseState(True, self.store.location, str(error), usable=False))
        self._timer.start(CHECK_DOWN_MS if self.down else CHECK_MS)

    def _unreachable(self, error: DatabaseUnavailable) -> None:
        """A call found the server gone: say so now, and check again soon."""
        self._set(DatabaseState(False, self.store.location, str(error)))
        if not self._checking:
            self._timer.start(CHECK_DOWN_MS)

    def _set(self, state: DatabaseState) -> None:
        changed = state != self.state
        self.state = state
        if changed:
            self.sig_state.emit(state)
