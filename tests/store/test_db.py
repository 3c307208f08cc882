"""The SQLite database: WAL, schema migrations, refusal of newer files, use from many threads."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from ocdesk.store.db import (
    MIGRATIONS,
    Database,
    DatabaseDamaged,
    DatabaseError,
    SchemaTooNew,
    row_to,
    text,
)
from ocdesk.store.paths import app_paths
from ocdesk.store.sql import Store

TABLES = {
    "audit_log", "print_history", "print_jobs", "failed_prints", "webhook_inbox", "lookup_cache"
}  # fmt: skip


@pytest.fixture
def db_path() -> Path:
    return app_paths().database_file


@pytest.fixture
def db(db_path: Path):
    database = Database(db_path)
    yield database
    database.close()


def table_names(db: Database) -> set[str]:
    return {row["name"] for row in db.query("SELECT name FROM sqlite_master WHERE type='table'")}


def test_a_new_database_gets_the_whole_schema_in_wal_mode(db: Database) -> None:
    assert db.version == len(MIGRATIONS)
    assert db.journal_mode == "wal"
    assert table_names(db) >= TABLES


def test_an_old_database_is_upgraded_keeping_its_rows(db_path: Path) -> None:
    first = "CREATE TABLE notes (text TEXT);"
    with Database(db_path, migrations=[first]) as old:
        old.execute("INSERT INTO notes VALUES ('kept')")

    with Database(db_path, migrations=[first, "ALTER TABLE notes ADD COLUMN n INTEGER;"]) as new:
        assert new.version == 2
        assert [tuple(r) for r in new.query("SELECT text, n FROM notes")] == [("kept", None)]


def test_a_failed_migration_leaves_the_previous_version(db_path: Path) -> None:
    first = "CREATE TABLE notes (text TEXT);"
    Database(db_path, migrations=[first]).close()
    broken = "CREATE TABLE half (x); INSERT INTO missing_table VALUES (1);"

    with pytest.raises(DatabaseError, match="missing_table"):
        Database(db_path, migrations=[first, broken])

    with Database(db_path, migrations=[first]) as again:
        assert again.version == 1
        assert "half" not in table_names(again)


def test_a_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    Database(db_path).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("PRAGMA user_version = 99")

    with pytest.raises(SchemaTooNew, match=r"newer ocdesk \(schema version 99") as caught:
        Database(db_path)

    assert str(db_path) in str(caught.value)
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 99


def test_a_file_that_is_not_a_database_is_named(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not sqlite" * 100)

    with pytest.raises(DatabaseDamaged, match="is damaged: file is not a database"):
        Database(db_path)


def test_print_job_states_are_checked(db: Database) -> None:
    insert = (
        "INSERT INTO print_jobs (created_at, batch_id, seq, label_type, number, content_hash,"
        " state, updated_at) VALUES (0, 'b1', ?, 'label', 'OCO1', 'h', ?, 0)"
    )
    db.execute(insert, (1, "queued"))

    with pytest.raises(sqlite3.IntegrityError):
        db.execute(insert, (2, "printed"))
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(insert, (1, "sent"))  # the same place in the same batch twice


def test_a_webhook_event_is_stored_once(db: Database) -> None:
    insert = (
        "INSERT OR IGNORE INTO webhook_inbox (event_id, received_at, order_number, body)"
        " VALUES (?, 0, 'OCO1', '{}')"
    )

    assert db.execute(insert, ("evt-1",)).rowcount == 1
    assert db.execute(insert, ("evt-1",)).rowcount == 0


def test_a_failed_transaction_writes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO lookup_cache VALUES ('k1', 'sku', '{}', 0)")
        raise RuntimeError("stopped half way")

    assert db.query("SELECT * FROM lookup_cache") == []


def test_writes_from_many_threads_all_land(db: Database) -> None:
    def write(worker: int) -> None:
        for i in range(50):
            db.execute(
                "INSERT INTO audit_log (at, endpoint_id, action, outcome) VALUES (?, ?, 'q', 'ok')",
                (i, f"w{worker}"),
            )

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert db.query("SELECT count(*) FROM audit_log")[0][0] == 400


def test_insert_reports_the_new_row_id_on_both_backends(any_store: Store) -> None:
    first = any_store.execute(
        "INSERT INTO print_history (at, label_type, number, content_hash, outcome)"
        " VALUES (0, 'label', 'OCO1', 'h', 'printed') RETURNING id"
    )
    reprint = any_store.execute(
        "INSERT INTO print_history (at, label_type, number, content_hash, outcome, reprint_of,"
        " reason) VALUES (1, 'label', 'OCO1', 'h', 'printed', ?, 'jammed') RETURNING id",
        (first.lastrowid,),
    )

    row = any_store.query(
        "SELECT reprint_of, copies FROM print_history WHERE id = ?", (reprint.lastrowid,)
    )
    assert first.lastrowid and reprint.lastrowid == first.lastrowid + 1
    assert (row[0][0], row[0]["copies"]) == (first.lastrowid, 1)


@dataclass(frozen=True)
class _Note:
    user: str
    detail: str
    key_numbers: tuple[str, ...]


def test_a_row_becomes_its_dataclass_with_nulls_and_stored_forms_converted(db: Database) -> None:
    db.execute(
        "INSERT INTO audit_log (at, user, profile, endpoint_id, action, key_numbers, outcome,"
        " detail) VALUES (1, NULL, NULL, 'x', 'a', 'OCO1|OCO2', 'ok', 'why')"
    )
    row = db.query("SELECT user, detail, key_numbers FROM audit_log")[0]
    note = row_to(_Note, row, user=text, key_numbers=lambda s: tuple(s.split("|")))
    assert note == _Note(user="", detail="why", key_numbers=("OCO1", "OCO2"))
