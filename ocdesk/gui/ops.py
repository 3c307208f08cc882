"""Background work for the GUI: API calls and slow jobs on a thread pool, results on the GUI thread.

Usage reads like this::

    service.request("outbound.query", data, owner=tab).on_done(show).on_error(report).start()

An op does nothing until `start()` is called: building it and starting it are separate so a
caller can attach every callback first, and so nothing runs by accident while an op is only
being configured. Callbacks always run on the GUI thread; the worker never touches a widget.

A write (a create or change at OC) cannot be called back once it has started: cancelling it
only stops the waiting, and its callbacks still run when its outcome arrives, so what OC did is
always shown. A read's outcome is simply dropped.

A lost login is handled here, once for every screen: when an op fails with ReauthRequired, its
error callbacks run as for any failure (the screen says a login is needed and keeps its form),
the service emits `sig_reauth_needed` so the window can ask for the login, and the op is kept.
`resume_after_login()` runs it again, with the same callbacks, once the user has logged in;
`drop_waiting_for_login(reason)` lets it go when the login is cancelled, telling its error
callbacks why. OC refuses a call without a valid login before doing anything, so running a
write again here cannot do it twice.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ocdesk.api.errors import ReauthRequired

T = TypeVar("T")
log = logging.getLogger(__name__)

DEFAULT_MAX_THREADS = 8


class Op[T](QObject):
    """One piece of background work and what to do with its outcome.

    `sig_ended` fires once on the GUI thread when the op stops being awaited: after its
    callbacks, or at `cancel()`. Busy indicators listen to it; results go to the callbacks.
    `write` ops keep their callbacks through a cancel (see the module text).
    `resume_after_login`: a lost login keeps the op to run again after the next login.
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
        resume_after_login: bool = True,
    ) -> None:
        super().__init__()
        self._service = service
        self._fn: Callable[[], T] | None = fn  # None once let go
        self._owner_ref = weakref.ref(owner) if owner is not None else None
        self.write = write
        self.resume_after_login = resume_after_login
        self._done: list[Callable[[T], Any]] = []
        self._error: list[Callable[[Exception], Any]] = []
        self._finally: list[Callable[[], Any]] = []
        self._resumed: list[Callable[[], Any]] = []
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

    def on_resume(self, callback: Callable[[], Any]) -> Op[T]:
        """Call `callback()` when the op runs again after a lost login (e.g. show progress)."""
        self._resumed.append(callback)
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
        if self._service._release(self):
            self._cancelled = True
            self._end()
            return
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
    def waiting_for_login(self) -> bool:
        """Failed for a lost login and kept to run again after the next one."""
        return self._service._holds(self)

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
        try:
            self._sig_outcome.emit(result, error)
        except RuntimeError:  # the console closed meanwhile and took the op along: nobody to tell
            log.info("Background work ended after the console closed; its outcome is dropped")

    @Slot(object, object)
    def _deliver(self, result: Any, error: Exception | None) -> None:
        self._service._forget(self)
        if self._settled:  # a cancelled read: its outcome is dropped
            return
        if self._owner_gone():
            self._end()
            return
        if isinstance(error, ReauthRequired) and self.resume_after_login and not self._cancelled:
            self._wait_for_login(error)
            return
        try:
            self._run_callbacks(result, error)
        finally:
            self._end()

    def _wait_for_login(self, error: ReauthRequired) -> None:
        """Report the failure, stop awaiting, but keep the work and callbacks for a re-run."""
        self._service._hold(self, error)
        try:
            self._run_callbacks(None, error)
        finally:
            self._stop_awaiting()

    def _run_again(self) -> None:
        """After a login: the same work and callbacks, awaited again."""
        self._ended = False
        for resumed in self._resumed:
            resumed()
        self._service._launch(self)

    def _same_work(self, other: Op[Any]) -> bool:
        """True when `other` would do exactly what this op does (same call, same owner)."""
        return False

    def _give_up(self, error: ReauthRequired) -> None:
        """The login was cancelled: the error callbacks hear why, then the op lets go."""
        try:
            self._run_callbacks(None, error)
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
        if shiboken6.isValid(self):  # not when the console's end deleted it first
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
        self._done, self._error, self._finally, self._resumed = [], [], [], []
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
        from ocdesk.api import catalog  # not before the window is on screen: ops are made later

        endpoint = catalog.ENDPOINTS.get(endpoint_id)
        write = endpoint is not None and endpoint.effect is not catalog.Effect.READ
        super().__init__(service, lambda: caller(endpoint_id, data), owner, write=write)
        self.endpoint_id = endpoint_id
        self.data = data

    def _same_work(self, other: Op[Any]) -> bool:
        return (
            isinstance(other, ApiOp)
            and (other.endpoint_id, other.data) == (self.endpoint_id, self.data)
            and other.owner() is self.owner()
        )


class ApiService(QObject):
    """Runs OC calls and other slow work off the GUI thread, one shared pool for the whole app.

    `caller(endpoint_id, data)` performs a call (e.g. `OcClient.call`); it runs on pool threads,
    so it must be thread-safe. `sig_busy_changed(n)` reports how many ops are awaited.
    `sig_error(exc)` reports failures of ops that have no error callback.
    """

    sig_busy_changed = Signal(int)
    sig_error = Signal(object)
    sig_reauth_needed = Signal(object)  # the ReauthRequired error of an op kept for a re-run

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
        self._held: list[Op[Any]] = []  # failed for a lost login, run again after the next one

    def request(
        self, endpoint_id: str, data: Any = None, *, owner: QObject | None = None
    ) -> ApiOp:
        """An (unstarted) op calling `endpoint_id` with `data`; `owner` going away cancels it."""
        return ApiOp(self, self._caller, endpoint_id, data, owner)

    def run(
        self,
        fn: Callable[[], T],
        *,
        owner: QObject | None = None,
        write: bool = False,
        resume_after_login: bool = True,
    ) -> Op[T]:
        """An (unstarted) op running `fn()` in the background (disk, PDF rendering...).

        `write`: `fn` sends a create or change to OC, so a cancel must not drop its outcome.
        `resume_after_login=False`: the caller handles a lost login itself (e.g. opening the
        session that the login would replace).
        """
        return Op(self, fn, owner, write=write, resume_after_login=resume_after_login)

    @property
    def busy_count(self) -> int:
        return len(self._awaited)

    def is_busy(self, owner: QObject) -> bool:
        """True while an op owned by `owner` is awaited."""
        return any(op.owner() is owner for op in self._awaited)

    def cancel_all(self) -> None:
        for op in list(self._awaited):
            op.cancel()

    def resume_after_login(self) -> None:
        """The user has logged in again: run every op kept for a lost login once more."""
        held, self._held = self._held, []
        for op in held:
            op._run_again()

    def drop_waiting_for_login(self, reason: str) -> None:
        """The login was cancelled: let the kept ops go, each told `reason` (nothing was sent)."""
        held, self._held = self._held, []
        for op in held:
            op._give_up(ReauthRequired(reason, hint=self.tr("Log in, then send it again.")))

    @property
    def waiting_for_login(self) -> int:
        """How many ops are kept until the next login."""
        return len(self._held)

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
            # An owner destroyed as the process ends cancels its ops after the service is gone.
            if shiboken6.isValid(self):
                self.sig_busy_changed.emit(len(self._awaited))

    def _forget(self, op: Op[Any]) -> None:
        self._alive.discard(op)

    def _hold(self, op: Op[Any], error: ReauthRequired) -> None:
        """Keep `op` for the next login; the same work sent again meanwhile replaces it."""
        for older in [o for o in self._held if o._same_work(op)]:
            older.cancel()
        self._held.append(op)
        self.sig_reauth_needed.emit(error)

    def _holds(self, op: Op[Any]) -> bool:
        return op in self._held

    def _release(self, op: Op[Any]) -> bool:
        """Stop keeping `op` for a re-run; True when it was kept."""
        if op not in self._held:
            return False
        self._held.remove(op)
        return True


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
