"""Work on a big table's rows (filtering, sorting) on a worker thread, its end on the GUI thread.

The work is plain Python over the row dicts: it never touches Qt. Its owner (a model living
on the GUI thread) gets `take_finished(work)` there, unless it was deleted meanwhile.
"""

from __future__ import annotations

import functools
import threading
import weakref
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

SYNC_LIMIT = 5000  # below this many rows the work is done at once, on the GUI thread
# A worker's pause every few hundred rows, so the GUI thread can paint meanwhile: the work
# takes about 15% longer, and a repaint during it 60 ms instead of 300 ms (100,000 rows).
WORKER_PAUSE_S = 0.0005


class RowsWork(Protocol):
    def run(self, pause_s: float = 0.0) -> Any:
        """The work's answer, or None when it was cancelled before its end."""


class WorkOwner(Protocol):
    def take_finished(self, work: Any) -> None:
        """Called on the GUI thread with work that ran to its end."""


class _Courier(QObject):
    """Brings finished work from worker threads to the GUI thread (a queued signal).

    One for the whole app, never deleted: a worker must never emit on an object that may be
    gone, and the work's owner may be, by the time the work ends.
    """

    sig_finished = Signal(object, object)  # (weak reference to the owner, the work)

    def __init__(self) -> None:
        super().__init__()
        self.sig_finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, owner_ref: weakref.ref[Any], work: RowsWork) -> None:
        owner = owner_ref()
        if owner is not None and shiboken6.isValid(owner):
            owner.take_finished(work)


@functools.cache
def courier() -> _Courier:
    """The courier; the first call must come from the GUI thread, where it must live."""
    return _Courier()


def _run(owner_ref: weakref.ref[Any], work: RowsWork, carrier: _Courier) -> None:
    """Runs on a worker thread: pure Python over the rows, no Qt call but the emit."""
    if work.run(WORKER_PAUSE_S) is not None:
        carrier.sig_finished.emit(owner_ref, work)


def run_in_background(owner: WorkOwner, work: RowsWork, name: str) -> None:
    """Start `work` on a thread called `name`; `owner.take_finished(work)` once it has ended."""
    worker = threading.Thread(
        target=_run,
        args=(weakref.ref(owner), work, courier()),
        name=name,
        daemon=True,  # work left running never keeps the app from quitting
    )
    worker.start()
