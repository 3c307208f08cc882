"""Start-up with damaged files, and a second start on the same data folder.

The console always opens: a damaged database or settings file is renamed aside and the user
is told in a dialog over the window; a second start hands over to the first window.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ocdesk.gui.app import open_console
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.single_instance import ConsoleLock
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.store.db import Database
from ocdesk.store.paths import AppPaths, app_paths


@pytest.fixture
def paths() -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def console(qtbot, paths: AppPaths, shared_sandbox: Sandbox) -> Iterator[Callable[[], MainWindow]]:
    """Opens the console as `ocdesk --sandbox-url` does (without the event loop of its own)."""
    opened: list[MainWindow] = []

    def start() -> MainWindow:
        window = open_console(paths, sandbox_url=shared_sandbox.base_url)
        qtbot.addWidget(window)
        opened.append(window)
        return window

    yield start
    for window in opened:
        for box in notices(window):
            box.close()
        window.close()
        window.context.api.shutdown(10_000)
        window.context.stores.db.close()


def notices(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "startup-notices") if box.isVisible()]


def notices_dialog(qtbot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(notices(window)), timeout=20_000)
    return notices(window)[0]


def damaged_database(path: Path) -> bytes:
    """A real database with its header overwritten, as a failing disk might leave it."""
    with Database(path) as db:
        db.execute(
            "INSERT INTO audit_log (at, endpoint_id, action, outcome) VALUES (1, 'e', 'a', 'ok')"
        )
    with path.open("r+b") as file:
        file.write(b"\x00" * 100)
    return path.read_bytes()


def test_a_damaged_database_is_renamed_and_the_console_opens_on_a_new_one(
    qtbot, console, paths: AppPaths
) -> None:
    damaged = damaged_database(paths.database_file)

    window = console()

    assert window.isVisible()  # the window came first; the news follows over it
    box = notices_dialog(qtbot, window)
    (aside,) = paths.data_dir.glob("ocdesk.sqlite3.damaged-*")
    assert aside.read_bytes() == damaged
    assert "was damaged (file is not a database)" in box.text()
    assert str(aside) in box.text()
    old_rows = "SELECT count(*) FROM audit_log WHERE endpoint_id = 'e'"  # the damaged file's
    assert window.context.stores.db.query(old_rows)[0][0] == 0


def test_damage_found_by_the_check_after_start_is_repaired_and_told(
    qtbot, console, paths: AppPaths
) -> None:
    with Database(paths.database_file) as db, db.transaction() as conn:
        conn.executemany(
            "INSERT INTO audit_log (at, endpoint_id, action, outcome, detail)"
            " VALUES (?, 'e', 'a', 'ok', ?)",
            [(n, "x" * 300) for n in range(500)],
        )
    with paths.database_file.open("r+b") as file:
        file.seek(4096)  # page 2: opening works, only the full check notices
        file.write(b"\xa5" * 4096)

    window = console()

    box = notices_dialog(qtbot, window)
    assert "SQLite's check found" in box.text()
    (aside,) = paths.data_dir.glob("ocdesk.sqlite3.damaged-*")
    assert str(aside) in box.text()
    window.context.stores.db.execute(
        "INSERT INTO audit_log (at, endpoint_id, action, outcome) VALUES (1, 'e', 'a', 'ok')"
    )


def test_a_check_that_cannot_run_says_so_and_leaves_the_database_where_it_is(
    qtbot, console, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not "repaired": nothing was, and the records stay in use."""
    import sqlite3

    from ocdesk.store import db as db_module

    with Database(paths.database_file) as db:
        db.execute(
            "INSERT INTO audit_log (at, endpoint_id, action, outcome) VALUES (1, 'e', 'a', 'ok')"
        )

    class FailingDisk:
        def execute(self, _sql: str) -> None:
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(db_module.Database, "check",
                        lambda self: db_module._quick_check(FailingDisk(), self.path))  # fmt: skip
    window = console()

    box = notices_dialog(qtbot, window)
    assert box.windowTitle() == "ocdesk could not check its database"
    assert f"cannot check the database {paths.database_file}: disk I/O error" in box.text()
    assert "Nothing was changed or moved" in box.text()
    assert list(paths.data_dir.glob("ocdesk.sqlite3.damaged-*")) == []
    assert window.context.stores.db.query("SELECT COUNT(*) AS n FROM audit_log")[0]["n"] == 1


def test_a_bad_setting_falls_back_and_the_rest_of_the_settings_stay(
    qtbot, console, paths: AppPaths
) -> None:
    preferences = {"window.splitters": "oops", "window.last_tab": "Stock"}
    paths.settings_file.write_text(json.dumps({"preferences": preferences}), encoding="utf-8")

    window = console()

    box = notices_dialog(qtbot, window)
    assert "'window.splitters' held \"oops\"" in box.text()
    assert "reset to its default" in box.text()
    assert window.current_group() == "Stock"  # the good setting was kept


@pytest.mark.parametrize(
    "content", [b'["a", "list"]', bytes(range(256)), None], ids=["a-list", "binary", "a-folder"]
)
def test_a_settings_file_of_the_wrong_kind_is_moved_aside(
    qtbot, console, paths: AppPaths, content: bytes | None
) -> None:
    if content is None:
        paths.settings_file.mkdir()
    else:
        paths.settings_file.write_bytes(content)

    window = console()

    box = notices_dialog(qtbot, window)
    (aside,) = paths.config_dir.glob("settings.json.damaged-*")
    assert f"It was moved to {aside}" in box.text()
    assert window.isVisible()


def test_a_database_from_a_newer_ocdesk_is_left_untouched(qtbot, console, paths: AppPaths) -> None:
    Database(paths.database_file).close()
    with sqlite3.connect(paths.database_file) as raw:
        raw.execute("PRAGMA user_version = 42")
    before = hashlib.sha256(paths.database_file.read_bytes()).hexdigest()

    window = console()

    box = notices_dialog(qtbot, window)
    assert "written by a newer ocdesk (schema version 42" in box.text()
    assert "nothing is written to it" in box.text()
    assert window.context.stores.db.path != paths.database_file
    assert hashlib.sha256(paths.database_file.read_bytes()).hexdigest() == before
    assert list(paths.data_dir.glob("*.damaged-*")) == []


def test_a_healthy_start_says_nothing_and_takes_todays_backup(
    qtbot, console, paths: AppPaths
) -> None:
    Database(paths.database_file).close()

    window = console()

    backup = paths.data_dir / "backups" / f"ocdesk-{date.today():%Y%m%d}.sqlite3"
    qtbot.waitUntil(backup.exists, timeout=20_000)
    qtbot.wait(200)
    assert notices(window) == []


def test_a_damaged_database_and_settings_still_open_the_window_with_data(paths: AppPaths) -> None:
    damaged_database(paths.database_file)
    paths.settings_file.write_bytes(b"\x00\x01 not settings")

    done = subprocess.run([sys.executable, "-m", "ocdesk", "--sandbox", "--exit-when-ready"],
                          capture_output=True, text=True, timeout=90,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert "\nocdesk-ready " in done.stdout  # the window was shown, then its first rows
    assert "Traceback" not in done.stderr
    assert len(list(paths.data_dir.glob("ocdesk.sqlite3.damaged-*"))) == 1
    assert len(list(paths.config_dir.glob("settings.json.damaged-*"))) == 1


# --- one console per data folder -----------------------------------------------------------


def second_start() -> subprocess.Popen:
    """`ocdesk` (the console) started again, as from the desktop menu."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "ocdesk"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip


def test_a_second_start_asks_the_first_console_to_show_itself_and_exits(
    qtbot, paths: AppPaths
) -> None:
    first = ConsoleLock(paths.data_dir)
    assert first.claim()
    try:
        with qtbot.waitSignal(first.sig_show_requested, timeout=60_000):
            second = second_start()
        _, err = second.communicate(timeout=60)
    finally:
        first.release()

    assert second.returncode == 0, err
    assert f"ocdesk is already open for {paths.data_dir}" in err
    assert "Traceback" not in err
    assert not paths.database_file.exists()  # the second start never opened the database


def test_the_second_of_two_real_consoles_hands_over_and_exits(paths: AppPaths) -> None:
    first = second_start()  # nothing runs yet: this one becomes the console
    try:
        log = paths.log_dir / "ocdesk.log"
        deadline = time.monotonic() + 60
        while not (paths.data_dir / "console.lock").exists() and time.monotonic() < deadline:
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            time.sleep(0.1)

        second = second_start()
        _, err = second.communicate(timeout=60)

        assert second.returncode == 0, err
        assert "its window was brought to the front" in err
        deadline = time.monotonic() + 20
        asked = "Another start on this data folder asked for the window"
        while asked not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert asked in log.read_text(encoding="utf-8")
        assert first.poll() is None  # the first console is still running
    finally:
        first.kill()
        first.communicate(timeout=30)


def test_after_a_console_is_gone_the_next_start_is_the_console(qtbot, paths: AppPaths) -> None:
    crashed = subprocess.Popen([sys.executable, "-c", CLAIM_AND_STAY, str(paths.data_dir)],
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert crashed.stdout is not None and crashed.stdout.readline() == "claimed\n"
    crashed.kill()
    crashed.wait(10)

    after = ConsoleLock(paths.data_dir)

    assert after.claim()  # the lock of a dead console does not hold anyone out
    after.release()


CLAIM_AND_STAY = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from ocdesk.gui.single_instance import ConsoleLock
app = QCoreApplication([])
lock = ConsoleLock(Path(sys.argv[1]))
assert lock.claim()
print("claimed", flush=True)
time.sleep(60)
"""
