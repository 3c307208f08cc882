"""What every screen of the console shares: the stores, the current session and the API service."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ocdesk.api.errors import ReauthRequired
from ocdesk.gui.ops import ApiService

# Only what the window needs before its first paint is imported here; the session (and
# `requests` with it) and the keyring come later, when used.
if TYPE_CHECKING:
    from ocdesk.gui.database_state import SharedDatabase
    from ocdesk.session import Session
    from ocdesk.store.audit import AuditLog
    from ocdesk.store.paths import AppPaths
    from ocdesk.store.profiles import ProfileStore
    from ocdesk.store.secrets import SecretStore
    from ocdesk.store.sql import Store


# Opens the database and the audit log kept in it, once.
type RecordsOpener = Callable[[], tuple[Store, AuditLog]]


class Stores:
    """The local state, opened once at start-up.

    The keyring (`secrets`) may be left to open on first use: finding the system's keyring
    takes longer than showing the window, and the first user is often a worker thread. So may
    the database and audit log (`later`): the window's shell needs neither.
    """

    def __init__(
        self,
        paths: AppPaths,
        profiles: ProfileStore,
        secrets: SecretStore | None,
        db: Store | None,
        audit: AuditLog | None,
        *,
        later: RecordsOpener | None = None,
    ) -> None:
        if (db is None or audit is None) and later is None:
            raise ValueError("the database and audit log, or how to open them later")
        self.paths = paths
        self.profiles = profiles
        self._db, self._audit, self._later = db, audit, later
        self._secrets = secrets
        self._opening = threading.Lock()
        self._opening_records = threading.Lock()

    @property
    def db(self) -> Store:
        return self._records()[0]

    @property
    def audit(self) -> AuditLog:
        return self._records()[1]

    def opened_db(self) -> Store | None:
        """The database if it is open already; None while it waits to be first used."""
        return self._db

    def _records(self) -> tuple[Store, AuditLog]:
        with self._opening_records:
            if self._db is None or self._audit is None:
                assert self._later is not None
                self._db, self._audit = self._later()
            return self._db, self._audit

    @property
    def secrets(self) -> SecretStore:
        with self._opening:
            if self._secrets is None:
                from ocdesk.store.secrets import SecretStore

                self._secrets = SecretStore()
            return self._secrets


class AppContext(QObject):
    """The console's shared state; widgets read it and listen to its signals.

    All API calls go through `api` (worker threads). When a call fails because the login is
    gone (ReauthRequired), `api` keeps it and the context emits `sig_reauth_needed` so the
    window can ask the user to log in; `set_session` with a logged-in session of the same
    profile runs the kept calls again, another profile (or `cancel_login`) drops them.
    """

    sig_session_changed = Signal(object)  # Session | None
    sig_reauth_needed = Signal(object)  # the ReauthRequired error
    # Every RawExchange, for the raw log (delivered on the GUI thread).
    sig_exchange = Signal(object)
    # (endpoint_id, OcResult) of an answer holding labels: the window's label panel shows them.
    sig_show_labels = Signal(str, object)
    # A number to open in the window's lookup card (from a callback, a table, ...).
    sig_lookup_requested = Signal(str)
    # A table another desk changed in the shared database (store.sql.SHARED_TABLES); never
    # emitted on this PC's own SQLite file.
    sig_shared_changed = Signal(str)

    def __init__(self, stores: Stores, *, sandbox: Any = None, parent: QObject | None = None):
        super().__init__(parent)
        self.stores = stores
        self.sandbox = sandbox  # the embedded Sandbox when running with --sandbox
        self.session: Session | None = None
        self.api = ApiService(self._call, parent=self)
        self.api.sig_reauth_needed.connect(self.sig_reauth_needed)
        # The window's PrintController (ocdesk.gui.labels.controller), once it exists: screens
        # print through it so every print is guarded against duplicates and recorded.
        self.printer: Any = None
        self.shared_database = _watch_shared_database(stores, self)

    def _changed_elsewhere(self, table: str) -> None:
        """The store's listener thread: a shared table changed (delivered on the GUI thread)."""
        with contextlib.suppress(RuntimeError):  # the context went (its window closed) first
            self.sig_shared_changed.emit(table)

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
        """Adopt a session (after a login or a profile switch); run the kept calls once logged
        in again, or drop them when the profile changed (they were meant for the old one)."""
        before = self.session.profile.name if self.session is not None else None
        self.session = session
        self.sig_session_changed.emit(session)
        if session is None or not self.api.waiting_for_login:
            return
        if before is not None and session.profile.name != before:
            self.cancel_login(self.tr("The profile changed, so this was not sent."))
        elif session.logged_in:
            self.api.resume_after_login()

    def cancel_login(self, reason: str | None = None) -> None:
        """The user gave up the login: drop the calls kept for it, telling each screen."""
        self.api.drop_waiting_for_login(
            reason or self.tr("The login was cancelled, so this was not sent.")
        )

    def report_reauth(self, error: ReauthRequired) -> None:
        """Start-up found no login: ask the user for one."""
        self.sig_reauth_needed.emit(error)

    def _call(self, endpoint_id: str, data: Any) -> Any:
        """Runs on a worker thread: the current session's call, or ReauthRequired."""
        return self.bound_caller()(endpoint_id, data)

    def bound_caller(self) -> Callable[[str, Any], Any]:
        """A call function for worker threads, bound to the session current now.

        Work of several calls (a lookup, a batch) keeps talking to the profile it started with,
        even if the user switches profile meanwhile; a login to that profile (or a first one,
        when it started with none) is used from then on, so work resumed after it succeeds.
        """
        started = self.session

        def call(endpoint_id: str, data: Any) -> Any:
            session, now = started, self.session
            if now is not None and (session is None or now.profile.name == session.profile.name):
                session = now
            if session is None:
                raise ReauthRequired(
                    "Not logged in: choose a profile and log in on the Account tab."
                )
            return session.client.call(endpoint_id, data)

        return call


def _watch_shared_database(stores: Stores, context: AppContext) -> SharedDatabase | None:
    """On the shared database: its state for the status bar (checked now, off the GUI thread)
    and other desks' changes as `sig_shared_changed`. None on this PC's own file, which is
    then left to open when first used (after the window's first paint)."""
    from ocdesk.store.location import shared_database_url

    db = stores.opened_db()
    if db is None:
        if shared_database_url(stores.profiles) is None:
            return None
        db = stores.db  # opened now, without waiting for its server
    if db.kind != "postgresql":
        return None
    from ocdesk.gui.database_state import SharedDatabase
    from ocdesk.store.outbox import Outbox
    from ocdesk.store.postgres import PostgresDatabase

    assert isinstance(db, PostgresDatabase)
    watcher = SharedDatabase(db, Outbox(stores.paths.database_file), context)
    stop_watching = db.watch(context._changed_elsewhere)
    context.destroyed.connect(lambda *_: stop_watching())
    watcher.check()
    return watcher
