"""What every screen of the console shares: the stores, the current session and the API service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from ocdesk.api.errors import ReauthRequired
from ocdesk.gui.ops import ApiService
from ocdesk.session import Session
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.paths import AppPaths
from ocdesk.store.profiles import ProfileStore
from ocdesk.store.secrets import SecretStore


@dataclass(frozen=True)
class Stores:
    """The local state, opened once at start-up."""

    paths: AppPaths
    profiles: ProfileStore
    secrets: SecretStore
    db: Database
    audit: AuditLog


class AppContext(QObject):
    """The console's shared state; widgets read it and listen to its signals.

    All API calls go through `api` (worker threads). When a call fails because the login is
    gone (ReauthRequired), the screen that made it keeps its form as it is, registers a resume
    with `after_login`, and the context emits `sig_reauth_needed` so the window can ask the
    user to log in; `set_session` with a logged-in session then runs the resumes.
    """

    sig_session_changed = Signal(object)  # Session | None
    sig_reauth_needed = Signal(object)  # the ReauthRequired error
    # Every RawExchange, for the raw log (delivered on the GUI thread).
    sig_exchange = Signal(object)
    # (endpoint_id, OcResult) of an answer holding labels: the window's label panel shows them.
    sig_show_labels = Signal(str, object)
    # A number to open in the window's lookup card (from a callback, a table, ...).
    sig_lookup_requested = Signal(str)

    def __init__(self, stores: Stores, *, sandbox: Any = None, parent: QObject | None = None):
        super().__init__(parent)
        self.stores = stores
        self.sandbox = sandbox  # the embedded Sandbox when running with --sandbox
        self.session: Session | None = None
        self.api = ApiService(self._call, parent=self)
        # The window's PrintController (ocdesk.gui.labels.controller), once it exists: screens
        # print through it so every print is guarded against duplicates and recorded.
        self.printer: Any = None
        self._resumes: list[Callable[[], None]] = []

    def look_up(self, number: str) -> None:
        """Show `number` in the window's lookup card, as if the user had typed it there."""
        self.sig_lookup_requested.emit(number)

    def show_labels(self, endpoint_id: str, result: Any) -> None:
        """Open the labels of `result` (an OcResult from a label endpoint) in the label panel."""
        self.sig_show_labels.emit(endpoint_id, result)

    # --- session ---------------------------------------------------------------------------
    @property
    def is_sandbox(self) -> bool:
        return self.session is not None and self.session.profile.environment == "sandbox"

    def set_session(self, session: Session | None) -> None:
        """Adopt a session (after a login or a profile switch); run resumes once logged in."""
        self.session = session
        self.sig_session_changed.emit(session)
        if session is not None and session.logged_in:
            resumes, self._resumes = self._resumes, []
            for resume in resumes:
                resume()

    def after_login(self, resume: Callable[[], None]) -> None:
        """Run `resume` on the GUI thread once the user has logged in again."""
        self._resumes.append(resume)

    def report_reauth(
        self, error: ReauthRequired, resume: Callable[[], None] | None = None
    ) -> None:
        """A screen's call found the login gone: keep `resume` and ask for a login."""
        if resume is not None:
            self.after_login(resume)
        self.sig_reauth_needed.emit(error)

    def _call(self, endpoint_id: str, data: Any) -> Any:
        """Runs on a worker thread: the current session's call, or ReauthRequired."""
        return self.bound_caller()(endpoint_id, data)

    def bound_caller(self) -> Callable[[str, Any], Any]:
        """A call function for worker threads, bound to the session current now.

        Work of several calls (a lookup, a batch) keeps talking to the profile it started with,
        even if the user switches profile meanwhile.
        """
        session = self.session

        def call(endpoint_id: str, data: Any) -> Any:
            if session is None:
                raise ReauthRequired(
                    "Not logged in: choose a profile and log in on the Account tab."
                )
            return session.call(endpoint_id, data)

        return call
