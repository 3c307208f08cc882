"""A damaged, unreadable or newer database: set aside or left alone, and the user told which."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from ocdesk.store.backups import BACKUPS_KEPT, backups, daily_backup
from ocdesk.store.damaged import set_aside
from ocdesk.store.db import (
    MIGRATIONS,
    SQLITE_COMPANIONS,
    Database,
    DatabaseDamaged,
    DatabaseError,
    check_or_start_afresh,
    open_database,
)
from ocdesk.store.paths import app_paths

PAGE = 4096


@pytest.fixture
def db_path() -> Path:
    return app_paths().ensure().database_file


def with_history(path: Path, rows: int = 2000) -> None:
    """A database with enough audit rows to span many pages."""
    with Database(path) as db, db.transaction() as conn:
        conn.executemany(
            "INSERT INTO audit_log (at, endpoint_id, action, outcome, detail)"
            " VALUES (?, 'outbound.create', 'create', 'ok', ?)",
            [(n, "x" * 300) for n in range(rows)],
        )


def overwrite(offset: int, length: int = PAGE) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        with path.open("r+b") as file:
            file.seek(offset)
            file.write(b"\xa5" * length)

    return damage


def truncate_to_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def aside_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.damaged-*"))


def audit_rows(db: Database) -> int:
    return db.query("SELECT count(*) FROM audit_log")[0][0]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (truncate_to_half, "malformed"),
        (overwrite(0, 100), "file is not a database"),
        (overwrite(PAGE), "SQLite's check found: Page 2"),
        (lambda p: p.write_bytes(b"not sqlite at all " * 300), "file is not a database"),
    ],
    ids=["truncated", "header-overwritten", "a-page-overwritten", "not-a-database"],
)
def test_a_damaged_database_is_moved_aside_and_a_new_one_used(
    db_path: Path, damage: Callable[[Path], None], reason: str
) -> None:
    with_history(db_path)
    damage(db_path)
    damaged_bytes = db_path.read_bytes()

    opened = open_database(db_path)

    (aside,) = aside_files(db_path)
    assert re.fullmatch(r"ocdesk\.sqlite3\.damaged-\d{8}-\d{6}", aside.name)
    assert aside.read_bytes() == damaged_bytes  # kept exactly as it was
    assert opened.notice is not None
    assert reason in opened.notice and str(aside) in opened.notice
    assert "nothing was deleted" in opened.notice
    assert opened.db.version == len(MIGRATIONS) and audit_rows(opened.db) == 0
    opened.db.execute(
        "INSERT INTO audit_log (at, endpoint_id, action, outcome) VALUES (1, 'e', 'a', 'ok')"
    )
    opened.db.close()


def test_a_folder_where_the_database_belongs_is_moved_aside(db_path: Path) -> None:
    (db_path / "stray").mkdir(parents=True)

    opened = open_database(db_path)

    (aside,) = aside_files(db_path)
    assert (aside / "stray").is_dir()
    assert "it is a folder, not a database file" in (opened.notice or "")
    opened.db.close()


def test_sqlites_own_files_move_with_the_file_they_belong_to(tmp_path: Path) -> None:
    path = tmp_path / "ocdesk.sqlite3"
    for name, content in (("", b"main"), ("-wal", b"log"), ("-shm", b"index")):
        path.with_name(path.name + name).write_bytes(content)

    aside = set_aside(path, SQLITE_COMPANIONS)

    assert sorted(p.name for p in tmp_path.iterdir()) == [
        aside.name, aside.name + "-shm", aside.name + "-wal"
    ]  # fmt: skip
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"log"


def test_a_healthy_database_opens_with_no_notice_and_keeps_its_rows(db_path: Path) -> None:
    with_history(db_path, rows=10)

    opened = open_database(db_path)

    assert opened.notice is None and audit_rows(opened.db) == 10
    assert aside_files(db_path) == []
    opened.db.close()


def test_a_newer_database_is_left_untouched_and_a_file_of_its_own_used(db_path: Path) -> None:
    with_history(db_path, rows=5)
    with sqlite3.connect(db_path) as raw:
        raw.execute("PRAGMA user_version = 99")
    fingerprint = hashlib.sha256(db_path.read_bytes()).hexdigest(), db_path.stat().st_mtime_ns

    opened = open_database(db_path)
    opened.db.execute(
        "INSERT INTO audit_log (at, endpoint_id, action, outcome) VALUES (1, 'e', 'a', 'ok')"
    )
    opened.db.close()

    assert (hashlib.sha256(db_path.read_bytes()).hexdigest(), db_path.stat().st_mtime_ns) == (
        fingerprint
    )
    assert aside_files(db_path) == []
    notice = opened.notice or ""
    assert "written by a newer ocdesk (schema version 99" in notice
    assert "nothing is written to it" in notice and str(opened.db.path) in notice
    # The next start of this version finds its own records again.
    again = open_database(db_path)
    assert again.db.path == opened.db.path and audit_rows(again.db) == 1
    again.db.close()


def test_a_check_after_opening_replaces_a_damaged_file_in_place(db_path: Path) -> None:
    with_history(db_path)
    overwrite(PAGE)(db_path)
    db = Database(db_path, check=False)  # how the console opens it: the check comes later

    notice = check_or_start_afresh(db)

    (aside,) = aside_files(db_path)
    assert notice is not None and str(aside) in notice
    assert audit_rows(db) == 0  # the same Database object now holds the new file
    db.check()
    db.close()


def test_check_of_a_healthy_file_says_nothing(db_path: Path) -> None:
    with_history(db_path, rows=3)
    with Database(db_path, check=False) as db:
        assert check_or_start_afresh(db) is None
        assert audit_rows(db) == 3


def test_a_healthy_file_checked_as_the_console_closes_is_never_set_aside(db_path: Path) -> None:
    """The check runs on a worker; the console closing meanwhile closes the database. That
    (or a lock held too long) says nothing about the file, which stays where it is."""
    with_history(db_path, rows=3)
    db = Database(db_path, check=False)
    db.close()

    with pytest.raises(DatabaseError) as raised:
        check_or_start_afresh(db)

    assert not isinstance(raised.value, DatabaseDamaged)
    assert aside_files(db_path) == []
    with Database(db_path) as reopened:
        assert audit_rows(reopened) == 3


def test_quick_check_runs_when_opening(db_path: Path) -> None:
    with_history(db_path)
    overwrite(PAGE)(db_path)

    with pytest.raises(DatabaseDamaged, match="SQLite's check found"):
        Database(db_path)


# --- daily backups -------------------------------------------------------------------------


def test_a_daily_backup_is_a_whole_copy_taken_once_a_day(db_path: Path) -> None:
    with_history(db_path, rows=25)
    day = date(2026, 12, 6)

    first = daily_backup(db_path, day)

    assert first is not None and first.name == "ocdesk-20261206.sqlite3"
    assert first.parent == db_path.parent / "backups"
    with Database(first) as copy:
        assert audit_rows(copy) == 25
    assert daily_backup(db_path, day) is None


def test_only_the_last_seven_backups_are_kept(db_path: Path) -> None:
    with_history(db_path, rows=1)
    start = date(2026, 11, 20)
    for n in range(10):
        daily_backup(db_path, start + timedelta(days=n))

    names = [p.name for p in backups(db_path)]

    assert len(names) == BACKUPS_KEPT
    assert names[0] == "ocdesk-20261123.sqlite3" and names[-1] == "ocdesk-20261129.sqlite3"


def test_a_backup_does_not_wait_for_the_applications_connection(db_path: Path) -> None:
    with_history(db_path, rows=5)
    db = Database(db_path)
    writing, backed_up = threading.Event(), threading.Event()

    def long_write() -> None:
        with db.transaction() as conn:
            conn.execute("INSERT INTO audit_log (at, endpoint_id, action, outcome)"
                         " VALUES (2, 'e', 'a', 'ok')")  # fmt: skip
            writing.set()
            backed_up.wait(10)

    writer = threading.Thread(target=long_write)
    writer.start()
    writing.wait(10)
    copy = daily_backup(db_path, date(2026, 12, 6))  # while the lock is held elsewhere
    backed_up.set()
    writer.join()
    db.close()

    assert copy is not None
    with Database(copy) as restored:
        assert audit_rows(restored) == 5  # the committed rows, not the one still in flight


def test_the_damage_notice_names_the_newest_backup(db_path: Path) -> None:
    with_history(db_path, rows=5)
    newest = daily_backup(db_path, date(2026, 12, 5))
    overwrite(0, 100)(db_path)

    opened = open_database(db_path)
    opened.db.close()

    assert f"The newest daily backup is {newest}" in (opened.notice or "")
