"""Background work for the GUI: API calls and slow jobs on a thread pool, results on the GUI thread.

Usage reads like this::

    service.call("outbound.query", data, owner=tab).on_done(show).on_error(report).start()

An op does nothing until `start()` is called: building it and starting it are separate so a
caller can attach every callback first, and so nothing runs by accident while an op is only
being configured. Callbacks always run on the GUI thread; the worker never touches a widget.

A write (a create or change at OC) cannot be called back once it has started: cancelling it
only stops the waiting, and its callbacks still run when its outcome arrives, so what OC did is
always shown. A read's outcome is simply dropped.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ocdesk.api import catalog
from ocdesk.api.catalog import Effect

T = TypeVar("T")

DEFAULT_MAX_THREADS = 8


class Op[T](QObject):
    """One piece of background work and what to do with its outcome.

    `sig_ended` fires once on the GUI thread when the op stops being awaited: after its
    callbacks, or at `cancel()`. Busy indicators listen to it; results go to the callbacks.
    `write` ops keep their callbacks through a cancel (see the module text).
    """

    sig_ended = Signal()
    # Emitted from the worker thread; the op lives on the GUI thread, so Qt queues it there.
    _sig_outcome = Signal(object, object)

    def __init__(
        self,
        service: ApiService,
        fn: Callable[[], T],
        owner: QObject | None,
        *,
        write: bool = False,
    ) -> None:
        super().__init__()
        self._service = service
        self._fn: Callable[[], T] | None = fn  # None once let go
        self._owner_ref = weakref.ref(owner) if owner is not None else None
        self.write = write
        self._done: list[Callable[[T], Any]] = []
        self._error: list[Callable[[Exception], Any]] = []
        self._finally: list[Callable[[], Any]] = []
        self._started = False
        self._cancelled = False
        self._ended = False
        self._settled = False
        self._sig_outcome.connect(self._deliver)
        self._owner_link = owner.destroyed.connect(self.cancel) if owner is not None else None

    # --- fluent configuration -------------------------------------------------------------

    def on_done(self, callback: Callable[[T], Any]) -> Op[T]:
        """Call `callback(result)` on the GUI thread when the work succeeds."""
        self._done.append(callback)
        return self

    def on_error(self, callback: Callable[[Exception], Any]) -> Op[T]:
        """Call `callback(exc)` on the GUI thread when the work raises.

        Without any error callback the service's `sig_error` reports it, so no failure is silent.
        """
        self._error.append(callback)
        return self

    def on_finally(self, callback: Callable[[], Any]) -> Op[T]:
        """Call `callback()` after the done or error callbacks (not after a cancel)."""
        self._finally.append(callback)
        return self

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> Op[T]:
        """Queue the work on the service's pool. Starting twice is a programming error."""
        if self._started:
            raise RuntimeError("this op was already started")
        self._started = True
        if not self._cancelled:
            self._service._launch(self)
        return self

    def cancel(self) -> None:
        """Stop waiting for the outcome.

        A read's outcome is dropped: no callback will run, and work already running finishes
        unseen. A started write goes on in the background and its callbacks still run when its
        outcome arrives (unless its owner is gone by then).
        """
        if self._cancelled or self._ended:
            return
        self._cancelled = True
        if self.write and self._started:
            self._stop_awaiting()
            return
        self._end()

    @property
    def running(self) -> bool:
        """Started, and its outcome still awaited."""
        return self._started and not self._ended

    @property
    def in_flight(self) -> bool:
        """Started, and its outcome not yet handled: awaited, or a cancelled write still out."""
        return self._started and not self._settled

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def ended(self) -> bool:
        """No longer awaited: its callbacks have run, or it was cancelled."""
        return self._ended

    def owner(self) -> QObject | None:
        """The owner, while it exists."""
        owner = self._owner_ref() if self._owner_ref else None
        return owner if owner is not None and shiboken6.isValid(owner) else None

    def _owner_gone(self) -> bool:
        return self._owner_ref is not None and self.owner() is None

    def _work(self) -> None:
        """Runs on a pool thread: do the work and post the outcome to the GUI thread."""
        fn = self._fn
        if fn is None:  # cancelled before the pool got to it
            return
        try:
            result, error = fn(), None
        except Exception as exc:  # every failure goes to the GUI thread, none kills the pool
            result, error = None, exc
        self._sig_outcome.emit(result, error)

    @Slot(object, object)
    def _deliver(self, result: Any, error: Exception | None) -> None:
        self._service._forget(self)
        if self._settled:  # a cancelled read: its outcome is dropped
            return
        if self._owner_gone():
            self._end()
            return
        try:
            self._run_callbacks(result, error)
        finally:
            self._end()

    def _run_callbacks(self, result: Any, error: Exception | None) -> None:
        try:
            if error is None:
                for done in self._done:
                    done(result)
            elif self._error:
                for failed in self._error:
                    failed(error)
            else:
                self._service.sig_error.emit(error)
        finally:
            for then in self._finally:
                then()

    def _end(self) -> None:
        """Nothing more will happen: stop awaiting (if still awaited) and let go."""
        self._settled = True
        self._stop_awaiting()
        self._let_go()

    def _stop_awaiting(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._service._ended(self)
        self.sig_ended.emit()

    def _let_go(self) -> None:
        """Drop every reference to callers' objects once nothing more will happen.

        A callback may hold the last reference to a parentless widget; if the op kept it, the
        widget would die with the op, and its `destroyed` signal would reach a half-freed op.
        """
        owner = self.owner()
        if self._owner_link is not None and owner is not None:
            owner.destroyed.disconnect(self._owner_link)
        self._owner_link = None
        self._done, self._error, self._finally = [], [], []
        self._fn = None


class ApiOp(Op[Any]):
    """An op that performs one OC call; it knows which, so the UI can say what it is waiting for."""

    def __init__(
        self,
        service: ApiService,
        caller: Callable[[str, Any], Any],
        endpoint_id: str,
        data: Any,
        owner: QObject | None,
    ) -> None:
        endpoint = catalog.ENDPOINTS.get(endpoint_id)
        write = endpoint is not None and endpoint.effect is not Effect.READ
        super().__init__(service, lambda: caller(endpoint_id, data), owner, write=write)
        self.endpoint_id = endpoint_id
        self.data = data


class ApiService(QObject):
    """Runs OC calls and other slow work off the GUI thread, one shared pool for the whole app.

    `caller(endpoint_id, data)` performs a call (e.g. `OcClient.call`); it runs on pool threads,
    so it must be thread-safe. `sig_busy_changed(n)` reports how many ops are awaited.
    `sig_error(exc)` reports failures of ops that have no error callback.
    """

    sig_busy_changed = Signal(int)
    sig_error = Signal(object)

    def __init__(
        self,
        caller: Callable[[str, Any], Any],
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._caller = caller
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(DEFAULT_MAX_THREADS)
        self._pool = pool
        self._awaited: list[Op[Any]] = []
        # Ops stay referenced until their worker has reported, even when cancelled, so the
        # worker never emits on a deleted object.
        self._alive: set[Op[Any]] = set()

    def call(self, endpoint_id: str, data: Any = None, *, owner: QObject | None = None) -> ApiOp:
        """An (unstarted) op calling `endpoint_id` with `data`; `owner` going away cancels it."""
        return ApiOp(self, self._caller, endpoint_id, data, owner)

    def run(
        self, fn: Callable[[], T], *, owner: QObject | None = None, write: bool = False
    ) -> Op[T]:
        """An (unstarted) op running `fn()` in the background (disk, PDF rendering...).

        `write`: `fn` sends a create or change to OC, so a cancel must not drop its outcome.
        """
        return Op(self, fn, owner, write=write)

    @property
    def busy_count(self) -> int:
        return len(self._awaited)

    def is_busy(self, owner: QObject) -> bool:
        """True while an op owned by `owner` is awaited."""
        return any(op.owner() is owner for op in self._awaited)

    def cancel_all(self) -> None:
        for op in list(self._awaited):
            op.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for running work (writes included, so they finish and are
        recorded); False when it did not finish in time."""
        self.cancel_all()
        return self._pool.waitForDone(timeout_ms)

    def _launch(self, op: Op[Any]) -> None:
        self._alive.add(op)
        self._awaited.append(op)
        self.sig_busy_changed.emit(len(self._awaited))
        self._pool.start(op._work)

    def _ended(self, op: Op[Any]) -> None:
        if op in self._awaited:
            self._awaited.remove(op)
            self.sig_busy_changed.emit(len(self._awaited))

    def _forget(self, op: Op[Any]) -> None:
        self._alive.discard(op)


class LatestOnly:
    """At most one op in flight per search box: starting a new one cancels the older one.

    A slow answer to an old query must never overwrite the answer to the newest one.
    """

    def __init__(self) -> None:
        self._current: Op[Any] | None = None

    def start(self, op: Op[T]) -> Op[T]:
        """Cancel the previous op (if still awaited) and start `op`."""
        self.cancel()
        self._current = op
        return op.start()

    def cancel(self) -> None:
        if self._current is not None:
            self._current.cancel()
            self._current = None

    @property
    def current(self) -> Op[Any] | None:
        """The op started last, while it is still awaited."""
        if self._current is not None and not self._current.running:
            self._current = None
        return self._current


class BusyBar(QWidget):
    """A busy strip for a tab: an indeterminate progress bar, a message and Cancel.

    Visible while any op it tracks is awaited; Cancel cancels them all.
    """

    sig_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops: list[Op[Any]] = []
        self._label = QLabel(self)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)  # busy mode: the length of an OC call is unknowable
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(12)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addWidget(self._bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def track(self, op: Op[Any], message: str = "") -> Op[Any]:
        """Show the bar until `op` ends; the message defaults to the endpoint being called."""
        if op.ended:
            return op
        if not message and isinstance(op, ApiOp):
            message = f"Calling {op.endpoint_id}..."
        self._label.setText(message or "Working...")
        self._ops.append(op)
        # A bound slot (not a lambda) so Qt drops the connection if this bar is deleted first.
        op.sig_ended.connect(self._on_op_ended)
        self.show()
        return op

    def cancel(self) -> None:
        ops, self._ops = self._ops, []
        for op in ops:
            op.cancel()
        self.hide()
        self.sig_cancelled.emit()

    @Slot()
    def _on_op_ended(self) -> None:
        op = self.sender()
        if op in self._ops:
            self._ops.remove(op)
        if not self._ops:
            self.hide()
