"""Start-up of the desktop console: Qt application, stores, main window, then the connection."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ocdesk.api.client import ExchangeSink
from ocdesk.api.errors import ReauthRequired
from ocdesk.api.result import RawExchange
from ocdesk.gui.context import AppContext, Stores
from ocdesk.gui.interpreter import GuiThreadCollector, tune_for_gui
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.status_bar import Connection
from ocdesk.process_clock import seconds_since_process_start
from ocdesk.session import Session, sandbox_session
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.logs import setup_logging
from ocdesk.store.paths import AppPaths, app_paths
from ocdesk.store.profiles import ProfileStore
from ocdesk.store.secrets import SecretStore

log = logging.getLogger(__name__)
SHUTDOWN_WAIT_MS = 3000


def resource_dir() -> Path:
    """`resources/` beside the package, or inside a frozen (PyInstaller) app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root / "resources"


def open_stores(paths: AppPaths) -> Stores:
    """The settings, keyring, database and audit log, opened once for the whole app."""
    paths.ensure()
    db = Database(paths.database_file)
    return Stores(
        paths=paths,
        profiles=ProfileStore(paths.settings_file),
        secrets=SecretStore(),
        db=db,
        audit=AuditLog(db),
    )


def _make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ocdesk")
    app.setOrganizationName("ocdesk")
    icon = resource_dir() / "icons" / "ocdesk.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    translator = QTranslator(app)
    folder = resource_dir() / "i18n"
    if translator.load(QLocale.system(), "ocdesk", "_", str(folder), ".qm"):
        app.installTranslator(translator)
    return app


# --- connecting (runs on a worker thread) ---------------------------------------------------


def _profile_session(stores: Stores, name: str | None, sink: ExchangeSink) -> Session:
    profiles = stores.profiles
    profile = profiles.get(name) if name else profiles.current
    if profile is None:
        wanted = f"There is no profile named {name!r}." if name else "There is no profile yet."
        raise ReauthRequired(
            wanted, hint="Create a profile on the Account tab, or start with --sandbox."
        )
    return Session(profile, stores.secrets, profiles=profiles, on_exchange=sink)


class Startup:
    """Connects the console in the background once the window is on screen."""

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        self.context = context
        self.window = window

    def _sink(self, exchange: RawExchange) -> None:
        self.context.sig_exchange.emit(exchange)

    def embedded_sandbox(self) -> None:
        def start() -> Session:
            from ocdesk.sandbox.server import Sandbox  # the emulator is only loaded when asked for

            sandbox = Sandbox(seed=1).start()
            self.context.sandbox = sandbox
            return sandbox_session(sandbox.base_url, on_exchange=self._sink)

        self._connect(start)

    def sandbox_url(self, url: str) -> None:
        self._connect(lambda: sandbox_session(url, on_exchange=self._sink))

    def profile(self, name: str | None) -> None:
        stores = self.context.stores
        self._connect(lambda: _profile_session(stores, name, self._sink))

    def _connect(self, build: Callable[[], Session]) -> None:
        self.window.status.set_state(Connection.CONNECTING)
        op = self.context.api.run(build, owner=self.window)
        op.on_done(self._adopt).on_error(self._failed).start()

    def _adopt(self, session: Session) -> None:
        self.context.set_session(session)
        if not session.logged_in:
            self.context.report_reauth(
                ReauthRequired(f"Profile {session.profile.name} is not logged in to OC yet.")
            )

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ReauthRequired):
            self.context.set_session(None)
            self.context.report_reauth(error)
            return
        log.error("Could not connect: %s", error)
        self.window.status.set_state(Connection.OFFLINE)
        self.window.status.showMessage(
            self.window.tr("Could not connect: {error}").format(error=error)
        )


def _shutdown(context: AppContext) -> None:
    """Quit cleanly: drop pending calls, stop the embedded sandbox, close the database."""
    context.api.shutdown(SHUTDOWN_WAIT_MS)
    if context.sandbox is not None:
        context.sandbox.stop()
    context.stores.db.close()


def _exit_when_ready(app: QApplication, window: MainWindow) -> None:
    """For the start-up benchmark: report the time to the first rows on screen, then quit."""

    def ready(rows: int) -> None:
        if rows > 0:
            window.sig_rows_shown.disconnect(ready)
            print(f"ocdesk-ready {seconds_since_process_start():.3f}", flush=True)
            QTimer.singleShot(0, app.quit)

    window.sig_rows_shown.connect(ready)


def run(
    *,
    sandbox: bool = False,
    sandbox_url: str | None = None,
    profile: str | None = None,
    exit_when_ready: bool = False,
) -> int:
    """Open the console; returns the process exit code."""
    app = _make_application()
    tune_for_gui()
    collector = GuiThreadCollector(app)
    paths = app_paths().ensure()
    setup_logging(paths.log_dir)
    stores = open_stores(paths)
    context = AppContext(stores)
    window = MainWindow(context)
    if sandbox:
        window.banner.show()  # before the sandbox is up: nobody must mistake it for production
    window.show()
    window.labels.recover_after_crash()  # a batch cut off last time: the user decides
    # The sandbox keeps its secrets in memory anyway: a keyring warning would only confuse.
    uses_keyring = not (sandbox or sandbox_url)
    for warning in (stores.profiles.warning, stores.secrets.warning if uses_keyring else None):
        if warning:
            window.status.showMessage(warning)
    if exit_when_ready:
        _exit_when_ready(app, window)
    startup = Startup(context, window)
    if sandbox:
        startup.embedded_sandbox()
    elif sandbox_url:
        startup.sandbox_url(sandbox_url)
    else:
        startup.profile(profile)
    app.aboutToQuit.connect(lambda: _shutdown(context))
    app.aboutToQuit.connect(collector.stop)
    return app.exec()
