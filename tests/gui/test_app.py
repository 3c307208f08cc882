"""Start-up: `ocdesk --sandbox` opens with data; a missing login sends the user to the Account tab."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from ocdesk.gui.app import (
    FIRST_ROWS_WAIT_MS,
    PAINT_WAIT_MS,
    Startup,
    _AfterPaint,
    _shutdown,
    _stores_for_the_shell,
    open_console,
    open_stores,
)
from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow
from ocdesk.sandbox.http.faults import Fault
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import Profile


def test_sandbox_start_shows_data_and_reports_ready(ocdesk_home: Path) -> None:
    env = {**os.environ, "OCDESK_HOME": str(ocdesk_home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ocdesk", "--sandbox", "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    reports = dict(line.split() for line in done.stdout.splitlines())
    assert list(reports) == ["ocdesk-shown", "ocdesk-ready"]
    assert 0 < float(reports["ocdesk-shown"]) <= float(reports["ocdesk-ready"])
    assert (ocdesk_home / "data" / "ocdesk.sqlite3").exists()


@pytest.fixture
def context(qapp) -> Iterator[AppContext]:
    ctx = AppContext(open_stores(app_paths()))
    yield ctx
    ctx.api.shutdown(10_000)
    ctx.stores.db.close()


@pytest.fixture
def window(qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.asked = []  # type: ignore[attr-defined]
    monkeypatch.setattr(win.account, "request_login", win.asked.append)  # type: ignore[attr-defined]
    return win


def test_without_any_profile_the_account_tab_asks(qtbot, context, window) -> None:
    with qtbot.waitSignal(context.sig_reauth_needed, timeout=10_000):
        Startup(context, window).profile(None)
    assert window.current_group() == "Account"
    assert "no profile" in window.asked[0].lower()
    assert window.status.connection_label.text() == "No OC account yet: start from the Account tab"


def test_a_profile_without_its_secret_asks_for_a_login(qtbot, context, window) -> None:
    context.stores.profiles.save(
        Profile.for_region("Shop", "production", "de", client_id="cid-123")
    )
    with qtbot.waitSignal(context.sig_reauth_needed, timeout=10_000):
        Startup(context, window).profile("Shop")
    assert window.current_group() == "Account"
    assert "Shop" in window.asked[0]


def test_a_console_closed_before_its_first_page_does_not_open_the_database_to_close_it(
    qapp,
) -> None:
    paths = app_paths()
    stores, _notices = _stores_for_the_shell(paths)
    _shutdown(AppContext(stores))
    assert stores.opened_db() is None
    assert not paths.database_file.exists()
    used = AppContext(stores)
    db = used.stores.db  # the first page opened it
    _shutdown(used)
    with pytest.raises(Exception, match="closed"):
        db.execute("DELETE FROM audit_log WHERE 0")


def test_the_rest_of_the_window_follows_its_first_paint_once_or_comes_anyway(qtbot, context):
    painted = MainWindow(context, complete=False)
    qtbot.addWidget(painted)
    runs: list[str] = []
    _AfterPaint(painted, lambda: runs.append("painted"))
    painted.show()
    qtbot.waitUntil(lambda: runs == ["painted"], timeout=PAINT_WAIT_MS * 4)
    never_shown = MainWindow(context, complete=False)  # a window started minimized, say
    qtbot.addWidget(never_shown)
    _AfterPaint(never_shown, lambda: runs.append("unpainted"))
    qtbot.waitUntil(lambda: "unpainted" in runs, timeout=PAINT_WAIT_MS * 4)
    qtbot.wait(PAINT_WAIT_MS)
    assert runs == ["painted", "unpainted"]  # each once


def test_what_follows_new_rows_waits_until_they_are_painted(qtbot, context):
    """The rest of the window is built after the first rows are on screen, not before: a
    zero timer would run first, as Qt paints after every pending call."""
    window = MainWindow(context, complete=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the first paint is over
    events: list[str] = []
    rows = window.status  # any widget in the window stands for the table of new rows

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is rows:
                events.append("painted")
            return False

    spy = PaintSpy()
    rows.installEventFilter(spy)
    rows.showMessage("42 orders")  # the new rows: the status bar repaints
    _AfterPaint(window, lambda: events.append("rest of the window"))
    QTimer.singleShot(0, lambda: events.append("zero timer"))
    qtbot.waitUntil(lambda: "rest of the window" in events, timeout=PAINT_WAIT_MS * 4)
    assert events.index("zero timer") < events.index("painted")
    assert events.index("painted") < events.index("rest of the window")


SHELL_AND_FIRST_TAB = """
import sys
from PySide6.QtWidgets import QApplication
from ocdesk.gui.app import open_stores
from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow
from ocdesk.store.paths import app_paths
app = QApplication([])
window = MainWindow(AppContext(open_stores(app_paths().ensure())), complete=False)
window.lazy_tabs.widget("Outbound")
loaded = [name for name in ("requests", "ocdesk.api.client", "ocdesk.gui.pages.finance.tab",
                            "ocdesk.gui.pages.outbound.create", "openpyxl",
                            "ocdesk.gui.tabs.endpoint_panel", "ocdesk.gui.lookup.card",
                            "ocdesk.gui.lookup.actions", "ocdesk.labels.printing",
                            "ocdesk.jobs.tables")
          if name in sys.modules]
print(" ".join(loaded))
"""


def test_the_tab_the_console_opens_on_waits_for_no_other_tab_nor_the_client(
    ocdesk_home: Path,
) -> None:
    """What the first rows wait for: the Outbound tab's find page, not the other tabs' pages,
    the order-sending pages or `requests` (the session brings that on its worker), nor the
    workbook library, the raw API pages, an order card nobody opened yet, label printing
    (the print history is read, not printed to) or the file writers of an export."""
    env = {**os.environ, "OCDESK_HOME": str(ocdesk_home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SHELL_AND_FIRST_TAB], env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []


SHELL_ONLY = """
import sys
from PySide6.QtWidgets import QApplication
from ocdesk.gui.app import open_console
from ocdesk.store.paths import app_paths
app = QApplication([])
paths = app_paths().ensure()
window = open_console(paths, sandbox_url="http://127.0.0.1:9")  # shown, not painted yet
print(" ".join(n for n in ("ocdesk.store.db", "logging.handlers", "sqlite3") if n in sys.modules))
print(paths.database_file.exists())
"""


def test_the_window_is_shown_before_the_database_is_opened(ocdesk_home: Path) -> None:
    """The shell reads the settings only: the database (and logging, which needs a file too)
    waits for the first paint, and the first tab or the start-up check opens it."""
    env = {**os.environ, "OCDESK_HOME": str(ocdesk_home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SHELL_ONLY], env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["", "False"]


SHELL_TO_ITS_FIRST_PAINT = """
import os
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from ocdesk.gui.app import open_console
from ocdesk.store.paths import app_paths
app = QApplication([])

def painted():
    print("Qt" in QtCore.__dict__, flush=True)  # PySide puts each class there as it builds it
    os._exit(0)  # at once: the connecting and the first tab would start next

window = open_console(app_paths().ensure(), sandbox_url="http://127.0.0.1:9",
                      on_first_paint=painted)
app.exec()
"""


def test_the_window_is_painted_before_qt_builds_its_namespace_of_enums(ocdesk_home: Path):
    """PySide builds all of the ~100 Python enums of Qt's namespace (`Qt.AlignmentFlag`, ...)
    on its first use, some 20 ms: the shell is painted first. A `Qt.` in the shell fails here."""
    env = {**os.environ, "OCDESK_HOME": str(ocdesk_home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SHELL_TO_ITS_FIRST_PAINT], env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False"]


def test_the_shell_centres_the_banner_and_never_elides_a_tab_title(qtbot, context) -> None:
    """The shell sets these two by name (no Qt enums before its first paint): a misspelt name
    would be ignored without a word, so the values are checked."""
    window = MainWindow(context, complete=False)
    qtbot.addWidget(window)
    assert window.banner.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.tabs.elideMode() == Qt.TextElideMode.ElideNone


@pytest.fixture
def slow_login_sandbox() -> Iterator[Sandbox]:
    """A sandbox whose token call answers after 1.5 s."""
    with Sandbox(seed=1) as sb:
        sb.faults.add(Fault("/oauth/token", "latency", delay_ms=1500))
        yield sb


def test_the_rest_of_the_window_waits_for_a_login_under_way_and_its_first_rows(
    qtbot, qapp, slow_login_sandbox: Sandbox
) -> None:
    """The login and the first rows share the interpreter with what the GUI thread builds: the
    lookup bar and the menus follow the first rows, not the start of the login."""
    window = open_console(app_paths().ensure(), sandbox_url=slow_login_sandbox.base_url)
    qtbot.addWidget(window)
    built: list[str] = []
    window.sig_rows_shown.connect(lambda _n: built.append(f"rows, lookup: {_has_lookup(window)}"))
    qtbot.waitUntil(lambda: window.lazy_tabs.is_built("Outbound"), timeout=10_000)
    qtbot.wait(100)  # a few turns later, the login still waits for its token
    assert window.context.session is None
    assert not _has_lookup(window)
    qtbot.waitUntil(lambda: _has_lookup(window), timeout=10_000)
    assert built[:1] == ["rows, lookup: False"]
    window.context.api.shutdown(10_000)


def test_a_start_that_cannot_connect_builds_the_rest_of_the_window_at_once(qtbot, qapp) -> None:
    window = open_console(app_paths().ensure(), sandbox_url="http://127.0.0.1:9")  # nobody there
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: _has_lookup(window), timeout=FIRST_ROWS_WAIT_MS // 2)
    assert "Could not connect" in window.status.currentMessage()
    window.context.api.shutdown(10_000)


def _has_lookup(window: MainWindow) -> bool:
    return hasattr(window, "lookup")


GC_DURING_RUN = """
import gc
import ocdesk.gui.app
import ocdesk.gui.display
from ocdesk import entry
ocdesk.gui.display.missing_display = lambda: None
ocdesk.gui.app.run = lambda **_: print(gc.isenabled()) or 0
print(entry.main(["--sandbox-url", "http://127.0.0.1:9"]), gc.isenabled())
"""


def test_the_console_imports_its_window_with_automatic_garbage_collection_off() -> None:
    """The GUI thread's collector collects from the window's first turn on; the imports before
    it are not interrupted by full collections, and the command gives collection back after."""
    done = subprocess.run([sys.executable, "-c", GC_DURING_RUN], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "0", "True"]
