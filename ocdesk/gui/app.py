"""Start-up of the desktop console: Qt application, stores, main window, then the connection."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ocdesk.api.errors import ReauthRequired
from ocdesk.gui.context import AppContext, Stores
from ocdesk.gui.interpreter import GuiThreadCollector
from ocdesk.gui.language import apply_language
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.sandbox_process import SandboxProcess
from ocdesk.gui.single_instance import ConsoleLock, ask_first_console_to_show
from ocdesk.gui.widgets.status_bar import Connection
from ocdesk.process_clock import seconds_since_process_start
from ocdesk.store.paths import AppPaths, app_paths, resource_dir
from ocdesk.store.profiles import ProfileStore

# The session (with `requests`), the database, logging, backups and the database check are
# imported on the worker threads that use them, or after the window's first paint.
if TYPE_CHECKING:
    import subprocess

    from ocdesk.api.client import ExchangeSink
    from ocdesk.api.result import RawExchange
    from ocdesk.session import Session
    from ocdesk.store.audit import AuditLog
    from ocdesk.store.sql import Store

log = logging.getLogger(__name__)
SHUTDOWN_WAIT_MS = 3000
BACKUP_CHECK_MS = 60 * 60 * 1000  # hourly: is a new day's backup due?
PAINT_WAIT_MS = 500  # what waits for the window's (next) paint waits no longer
FIRST_ROWS_WAIT_MS = 2000  # nor for the login and the first rows
ROWS_AFTER_LOGIN_WAIT_MS = 500  # nor, once logged in, for rows (a tab may show none at login)


def open_stores(paths: AppPaths) -> Stores:
    """The settings, keyring, database and audit log, opened once for the whole app."""
    from ocdesk.store.secrets import SecretStore

    paths.ensure()
    profiles = ProfileStore(paths.settings_file)
    db, audit, _notice = open_records(paths, profiles)
    return Stores(paths, profiles, SecretStore(), db, audit)


def open_records(paths: AppPaths, profiles: ProfileStore) -> tuple[Store, AuditLog, str | None]:
    """The console's database and the audit log in it, and what the user must hear about how
    the database was opened: the one place the console opens it.

    This PC's file: its full check (PRAGMA quick_check reads every page) is left to a worker
    once the window is up (`_settle_stores`). The shared database: opened without waiting for
    its server, whose state the status bar then says.
    """
    from ocdesk.store import operator
    from ocdesk.store.audit import AuditLog
    from ocdesk.store.location import open_store

    opened = open_store(paths, profiles, check=False, wait=False)
    audit = AuditLog(opened.db, lambda: operator.resolve(profiles))  # the desk's operator
    return opened.db, audit, opened.notice


def _stores_for_the_shell(paths: AppPaths) -> tuple[Stores, list[str | None]]:
    """The settings now; the database and audit log when first used (by the first tab, after
    the window's first paint: the shell needs neither); the keyring too.

    The list receives what the user must hear about how the database was opened.
    """
    paths.ensure()
    profiles = ProfileStore(paths.settings_file)
    notices: list[str | None] = []

    def open_later() -> tuple[Store, AuditLog]:
        db, audit, notice = open_records(paths, profiles)
        notices.append(notice)
        return db, audit

    return Stores(paths, profiles, None, None, None, later=open_later), notices


def _make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ocdesk")
    app.setOrganizationName("ocdesk")
    icon = resource_dir() / "icons" / "ocdesk.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


# --- connecting (runs on a worker thread) ---------------------------------------------------


def _profile_session(stores: Stores, name: str | None, sink: ExchangeSink) -> Session:
    from ocdesk.session import Session

    profiles = stores.profiles
    profile = profiles.get(name) if name else profiles.current
    if profile is None:
        wanted = f"There is no profile named {name!r}." if name else "There is no profile yet."
        raise ReauthRequired(
            wanted, hint="Create a profile on the Account tab, or start with --sandbox."
        )
    return Session(profile, stores.secrets, profiles=profiles, on_exchange=sink)


def _import_the_session() -> None:
    import ocdesk.session  # noqa: F401 (imported for the login to come)


class Startup:
    """Connects the console in the background once the window is on screen.

    `settled(logged_in)` is called once the start's connecting has ended, either way.
    """

    def __init__(
        self,
        context: AppContext,
        window: MainWindow,
        settled: Callable[[bool], None] = lambda _logged_in: None,
    ) -> None:
        self.context = context
        self.window = window
        self._settled = settled

    def _sink(self, exchange: RawExchange) -> None:
        self.context.sig_exchange.emit(exchange)

    def embedded_sandbox(self, child: SandboxProcess) -> None:
        """Connect once the demo sandbox child (already started) says where it listens; the
        session's modules (the client, `requests`) are imported meanwhile."""
        self.window.status.set_state(Connection.CONNECTING)
        self.context.api.run(_import_the_session, owner=self.window).start()

        def ready(url: str) -> None:
            self.context.sandbox = child
            self.sandbox_url(url)

        child.on_ready(ready).on_failed(lambda message: self._failed(RuntimeError(message)))

    def sandbox_url(self, url: str) -> None:
        def build() -> Session:
            from ocdesk.session import sandbox_session

            return sandbox_session(url, on_exchange=self._sink)

        self._connect(build)

    def profile(self, name: str | None) -> None:
        stores = self.context.stores
        self._connect(lambda: _profile_session(stores, name, self._sink))

    def _connect(self, build: Callable[[], Session]) -> None:
        self.window.status.set_state(Connection.CONNECTING)
        op = self.context.api.run(build, owner=self.window, resume_after_login=False)
        op.on_done(self._adopt).on_error(self._failed).start()

    def _adopt(self, session: Session) -> None:
        self.context.set_session(session)
        self._settled(session.logged_in)
        if not session.logged_in:
            self.context.report_reauth(
                ReauthRequired(f"Profile {session.profile.name} is not logged in to OC yet.")
            )

    def _failed(self, error: Exception) -> None:
        self._settled(False)
        if isinstance(error, ReauthRequired):
            self.context.set_session(None)
            self.context.report_reauth(error)
            return
        log.error("Could not connect: %s", error)
        self.window.status.set_state(Connection.OFFLINE)
        words = QCoreApplication.translate("MainWindow", "Could not connect: {error}")
        self.window.status.showMessage(words.format(error=error))


# --- after the window is shown ---------------------------------------------------------------


def _settle_stores(context: AppContext, window: MainWindow, notices: list[str | None]) -> None:
    """Off the GUI thread: check the database (replacing a damaged one) and back it up; then
    tell the user what needed repair and settle what a crash left in the print queue."""
    from ocdesk.store.db import Database, check_or_start_afresh

    db = context.stores.db

    def check() -> str | None:
        if not isinstance(db, Database):  # the shared database is its server's to check
            return None
        notice = check_or_start_afresh(db)
        _back_up(db.path)
        return notice

    def settled(notice: str | None) -> None:
        _tell(window, [context.stores.profiles.warning, *notices, notice])
        window.labels.recover_after_crash()  # on the checked file, never on one being replaced

    def failed(error: Exception) -> None:
        """The check could not run, or a damaged file could not be replaced: said as such,
        never as a repair."""
        from ocdesk.store.db import DatabaseUnchecked

        if isinstance(error, DatabaseUnchecked):  # nothing was done to the file
            title = QCoreApplication.translate("MainWindow", "ocdesk could not check its database")
            told = QCoreApplication.translate(
                "MainWindow",
                "{error}\n\nNothing was changed or moved: the console goes on with the database "
                "as it is, and checks it again at its next start.",
            ).format(error=error)
        else:
            title = QCoreApplication.translate("MainWindow", "ocdesk could not repair its database")
            told = str(error)
        _tell(window, [context.stores.profiles.warning, *notices, told], title=title)
        window.labels.recover_after_crash()

    context.api.run(check, owner=window).on_done(settled).on_error(failed).start()
    _keep_backing_up(context, window)


def _back_up(db_path: Path) -> None:
    """Today's backup, if not taken yet; a failure is logged, never in the user's way."""
    import sqlite3

    from ocdesk.store.backups import daily_backup

    try:
        daily_backup(db_path)
    except (OSError, sqlite3.Error) as exc:
        log.warning("The daily backup of %s failed: %s", db_path, exc)


def _keep_backing_up(context: AppContext, window: MainWindow) -> None:
    """A console left running for days still gets one backup a day."""
    from ocdesk.store.db import Database

    db = context.stores.db
    if not isinstance(db, Database):  # the shared database is backed up by its server
        return
    timer = QTimer(window)
    timer.setInterval(BACKUP_CHECK_MS)
    path = db.path
    timer.timeout.connect(lambda: context.api.run(lambda: _back_up(path), owner=window).start())
    timer.start()


def _tell(window: MainWindow, notices: list[str | None], *, title: str = "") -> None:
    """What had to be repaired at start-up, in a dialog over the (already shown) window;
    `title` when what it says is not (only) a repair."""
    text = "\n\n".join(n for n in notices if n)
    if not text:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox  # rarely needed: not before the window shows

    title = title or QCoreApplication.translate("MainWindow", "ocdesk repaired its files")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("startup-notices")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def bring_to_front(window: MainWindow) -> None:
    """Another start on this data folder asked for the console: show it on top."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # where the desktop refuses to hand over focus, it flashes


def _hand_over(console: ConsoleLock) -> int:
    """A console already runs on this data folder: ask it to show itself, and end."""
    folder = console.data_dir
    if ask_first_console_to_show(folder):
        print(f"ocdesk is already open for {folder}; its window was brought to the front.",
              file=sys.stderr)  # fmt: skip
        return 0
    print(f"ocdesk is already running for {folder} ({console.holder()}) but did not answer; "
          "close it, or wait until it has started, then try again.", file=sys.stderr)  # fmt: skip
    return 1


def _shutdown(context: AppContext) -> None:
    """Quit cleanly: drop pending calls, stop the sandbox child, close the database (if the
    console opened it: a console closed before its first page would open it only to close it)."""
    context.api.shutdown(SHUTDOWN_WAIT_MS)
    if context.sandbox is not None:
        context.sandbox.stop()
    db = context.stores.opened_db()
    if db is not None:
        db.close()


def _exit_when_ready(app: QApplication, window: MainWindow) -> None:
    """For the start-up benchmark: report the times to the window on screen (after one turn of
    the event loop, as the bare window it is compared with) and to its first rows, then quit."""

    def shown() -> None:
        print(f"ocdesk-shown {seconds_since_process_start():.3f}", flush=True)

    def ready(rows: int) -> None:
        if rows > 0:
            window.sig_rows_shown.disconnect(ready)
            print(f"ocdesk-ready {seconds_since_process_start():.3f}", flush=True)
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, shown)
    window.sig_rows_shown.connect(ready)


class _AfterPaint(QObject):
    """Runs `then` once, on the event-loop turn after `window` (or anything in it) is next
    painted, or after PAINT_WAIT_MS if nothing is (a window started minimized, say).

    A zero timer would come too soon: Qt paints at low priority, after every pending call.
    Qt paints a window's widgets when the window is exposed (its first paint) and when the
    window widget receives an update request (every later paint), so those two are watched.
    An application-wide filter would see every event of every object, and PySide builds the
    Python enums of each class it meets there: some 20 ms of the first event-loop turn.
    """

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        self._watch_its_native_window()  # or once it is shown, when it has one
        QTimer.singleShot(PAINT_WAIT_MS, self, self._run)

    def _watch_its_native_window(self) -> None:
        handle = self._window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self._window:
            self._watch_its_native_window()
        elif kind in (QEvent.Type.Expose, QEvent.Type.UpdateRequest) and self._exposed():
            self._stop_watching()  # this event paints; what follows it comes after the paint
            QTimer.singleShot(0, self, self._run)
        return False

    def _exposed(self) -> bool:
        handle = self._window.windowHandle()
        return handle is not None and handle.isExposed()

    def _stop_watching(self) -> None:
        self._window.removeEventFilter(self)
        handle = self._window.windowHandle()
        if handle is not None:
            handle.removeEventFilter(self)

    def _run(self) -> None:
        self._stop_watching()
        then, self._then = self._then, None
        if then is not None:
            then()


def open_console(
    paths: AppPaths,
    *,
    sandbox: bool = False,
    sandbox_child: subprocess.Popen[bytes] | None = None,
    sandbox_url: str | None = None,
    profile: str | None = None,
    on_first_paint: Callable[[], None] | None = None,
    on_complete: Callable[[], None] | None = None,
) -> MainWindow:
    """Read the settings and show the window's shell at once; open the database, connect,
    build the rest of the window, check and repair behind it.

    The login starts on a worker right after the first paint (before it, it would share the
    interpreter with the shell and delay it), after `on_first_paint`; the demo sandbox's
    child, when the command line started it before anything else, has been booting all the
    while. `on_complete` runs once the rest of the window is built.
    """
    embedded = sandbox or sandbox_child is not None
    stores, db_notices = _stores_for_the_shell(paths)
    app = QApplication.instance()
    if app is not None:
        apply_language(app, stores.profiles)  # before the first widget takes its words
    context = AppContext(stores)
    window = MainWindow(context, complete=False)
    if embedded:
        window.banner.show()  # before the sandbox is up: nobody must mistake it for production
    window.show_as_placed()

    def connected(logged_in: bool) -> None:
        """Logged in: the first rows are on their way and come first (the current tab asks
        for them now), then the rest of the window. Not: the rest now."""
        if not logged_in:
            rest_of_the_window()
            return
        from PySide6.QtCore import Qt  # not before the window shows (`main_window`'s imports)

        window.sig_rows_shown.connect(  # painted first: the user reads them meanwhile
            lambda _rows: _AfterPaint(window, rest_of_the_window),
            Qt.ConnectionType.SingleShotConnection,
        )
        QTimer.singleShot(ROWS_AFTER_LOGIN_WAIT_MS, window, rest_of_the_window)

    startup = Startup(context, window, connected)

    def after_first_paint() -> None:
        if on_first_paint is not None:
            on_first_paint()
        if embedded:
            startup.embedded_sandbox(SandboxProcess(context, child=sandbox_child))
        elif sandbox_url:
            startup.sandbox_url(sandbox_url)
        else:
            startup.profile(profile)
        window.lazy_tabs.start()  # the current tab, so that it can fetch as soon as logged in
        # The login and the first rows share the interpreter with whatever the GUI thread
        # builds meanwhile: the rest of the window waits for them, or for a failed start, but
        # no longer than this.
        QTimer.singleShot(FIRST_ROWS_WAIT_MS, window, rest_of_the_window)

    completed = False

    def rest_of_the_window() -> None:
        nonlocal completed
        if completed:  # the first rows, or the wait for them, came first
            return
        if not window.isVisible():  # closed first: the console is ending, nothing to settle
            return
        completed = True
        window.complete()
        _settle_stores(context, window, db_notices)
        if on_complete is not None:
            on_complete()

    _AfterPaint(window, after_first_paint)
    return window


def _log_to_file(paths: AppPaths) -> None:
    """The log file, before the login, so that every line it logs is masked."""
    from ocdesk.store.logs import setup_logging

    setup_logging(paths.log_dir)


def run(
    *,
    sandbox: bool = False,
    sandbox_child: subprocess.Popen[bytes] | None = None,
    sandbox_url: str | None = None,
    profile: str | None = None,
    exit_when_ready: bool = False,
) -> int:
    """Open the console; returns the process exit code.

    `sandbox_child` is the demo sandbox's process when the command line started it already.
    """
    app = _make_application()
    collector = GuiThreadCollector(app)
    paths = app_paths().ensure()
    console = ConsoleLock(paths.data_dir, app)
    if not console.claim(listen=False):
        if sandbox_child is not None and sandbox_child.stdin is not None:
            sandbox_child.stdin.close()  # it ends by itself
        return _hand_over(console)
    window = open_console(
        paths,
        sandbox=sandbox,
        sandbox_child=sandbox_child,
        sandbox_url=sandbox_url,
        profile=profile,
        on_first_paint=lambda: _log_to_file(paths),
        # The door later starts knock on: they keep knocking while the console starts.
        on_complete=console.listen,
    )
    console.sig_show_requested.connect(lambda: bring_to_front(window))
    if exit_when_ready:
        _exit_when_ready(app, window)
    app.aboutToQuit.connect(lambda: _shutdown(window.context))
    app.aboutToQuit.connect(collector.stop)
    app.aboutToQuit.connect(console.release)
    return app.exec()
