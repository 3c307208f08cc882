"""The local SQLite database: audit log, print history and queue, webhook inbox, lookup cache."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# MIGRATIONS[i] upgrades a database from schema version i to i + 1. Append, never edit: a
# user's file records (PRAGMA user_version) how many of these it has already run.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        user TEXT,
        profile TEXT,
        endpoint_id TEXT NOT NULL,
        action TEXT NOT NULL,
        key_numbers TEXT NOT NULL DEFAULT '[]',
        outcome TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_log_at ON audit_log (at);
    CREATE INDEX audit_log_profile_at ON audit_log (profile, at);

    CREATE TABLE print_history (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        user TEXT,
        profile TEXT,
        label_type TEXT NOT NULL,
        number TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        source_endpoint TEXT,
        printer TEXT,
        preset TEXT,
        copies INTEGER NOT NULL DEFAULT 1,
        cups_job_id TEXT,
        outcome TEXT NOT NULL,
        reprint_of INTEGER REFERENCES print_history (id),
        reason TEXT
    );
    CREATE INDEX print_history_number ON print_history (number);
    CREATE INDEX print_history_content_hash ON print_history (content_hash);
    CREATE INDEX print_history_at ON print_history (at);

    CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY,
        created_at REAL NOT NULL,
        batch_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        label_type TEXT NOT NULL,
        number TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        printer TEXT,
        preset TEXT,
        state TEXT NOT NULL DEFAULT 'queued'
            CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unknown')),
        error TEXT,
        updated_at REAL NOT NULL,
        UNIQUE (batch_id, seq)
    );
    CREATE INDEX print_jobs_state ON print_jobs (state);

    CREATE TABLE webhook_inbox (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        received_at REAL NOT NULL,
        order_number TEXT,
        status TEXT,
        event_time TEXT,
        body TEXT NOT NULL,
        handled_at REAL
    );
    CREATE INDEX webhook_inbox_order_number ON webhook_inbox (order_number);
    CREATE INDEX webhook_inbox_unhandled ON webhook_inbox (received_at) WHERE handled_at IS NULL;

    CREATE TABLE lookup_cache (
        key TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        fetched_at REAL NOT NULL
    );
    CREATE INDEX lookup_cache_fetched_at ON lookup_cache (fetched_at);
    """,
    # The CUPS job a queued label became: lets a batch's report and the GUI follow it.
    """
    ALTER TABLE print_jobs ADD COLUMN cups_job_id TEXT;
    """,
    # A batch job the user gave up on is "discarded": its batch then counts as finished.
    # SQLite cannot change a CHECK, so print_jobs is rebuilt with the new state allowed.
    # failed_prints: single prints that failed, waiting for Retry or Discard across restarts;
    # their PDF is in the label cache under content_hash.
    """
    CREATE TABLE print_jobs_new (
        id INTEGER PRIMARY KEY,
        created_at REAL NOT NULL,
        batch_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        label_type TEXT NOT NULL,
        number TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        printer TEXT,
        preset TEXT,
        state TEXT NOT NULL DEFAULT 'queued'
            CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'discarded')),
        error TEXT,
        updated_at REAL NOT NULL,
        cups_job_id TEXT,
        UNIQUE (batch_id, seq)
    );
    INSERT INTO print_jobs_new (id, created_at, batch_id, seq, label_type, number, content_hash,
        printer, preset, state, error, updated_at, cups_job_id)
    SELECT id, created_at, batch_id, seq, label_type, number, content_hash,
        printer, preset, state, error, updated_at, cups_job_id FROM print_jobs;
    DROP TABLE print_jobs;
    ALTER TABLE print_jobs_new RENAME TO print_jobs;
    CREATE INDEX print_jobs_state ON print_jobs (state);

    CREATE TABLE failed_prints (
        -- AUTOINCREMENT: an id shown in a list is never reused for another failure.
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at REAL NOT NULL,
        label_type TEXT NOT NULL,
        number TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL,
        source_endpoint TEXT,
        printer TEXT,
        copies INTEGER NOT NULL DEFAULT 1,
        reason TEXT NOT NULL DEFAULT '',
        reprint_of INTEGER REFERENCES print_history (id),
        reprint_reason TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX failed_prints_content_hash ON failed_prints (content_hash);
    """,
    # Writes are recorded before they leave ("sending") and settled after: `state` says where a
    # write stands, `owner` which process sent it (a crash leaves its "sending" rows to resolve).
    """
    ALTER TABLE audit_log ADD COLUMN state TEXT NOT NULL DEFAULT '';
    ALTER TABLE audit_log ADD COLUMN owner TEXT NOT NULL DEFAULT '';
    CREATE INDEX audit_log_open ON audit_log (state) WHERE state IN ('sending', 'unknown');
    """,
)


class DatabaseError(Exception):
    """The database file cannot be used; the message names the file and what to do."""


class SchemaTooNew(DatabaseError):
    """The file was written by a newer ocdesk; opening it here could damage it."""


@dataclass(frozen=True)
class Written:
    """What a write did: rows touched, and the new row's id after an INSERT."""

    rowcount: int
    lastrowid: int | None


class Database:
    """One SQLite connection in WAL mode, shared by all threads behind a lock.

    A single connection plus a lock (rather than one per thread) keeps `close()` simple and
    writes serialised; every call is short, so the lock is never held for long. WAL still lets
    a second ocdesk process read while this one writes.
    """

    def __init__(self, path: Path | str, migrations: Sequence[str] = MIGRATIONS) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            self.path, timeout=10, isolation_level=None, check_same_thread=False
        )
        self._conn.row_factory = sqlite3.Row
        try:
            self._configure()
            self._migrate(migrations)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise DatabaseError(f"cannot open the database {self.path}: {exc}") from exc
        except DatabaseError:
            self._conn.close()
            raise

    @property
    def version(self) -> int:
        """The schema version (PRAGMA user_version) of the open file."""
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @property
    def journal_mode(self) -> str:
        with self._lock:
            return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0])

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """All rows of one SELECT."""
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Written:
        """Run one write statement in its own transaction."""
        with self.transaction() as conn:
            cursor = conn.execute(sql, params)
            return Written(cursor.rowcount, cursor.lastrowid)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Several statements that succeed or fail together; other threads wait meanwhile.

        Not nestable: SQLite has one transaction per connection, so call `conn.execute` inside,
        never `execute()` or another `transaction()`.
        """
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _configure(self) -> None:
        mode = self._conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise DatabaseError(f"{self.path} cannot use WAL journaling (got {mode!r})")
        # NORMAL is durable enough in WAL mode: a power cut may lose the last commit, never
        # corrupt the file.
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")

    def _migrate(self, migrations: Sequence[str]) -> None:
        current = self.version
        if current > len(migrations):
            raise SchemaTooNew(
                f"The database {self.path} comes from a newer ocdesk (schema version {current}; "
                f"this version knows up to {len(migrations)}). Update ocdesk, or move the file "
                "aside to start with an empty history."
            )
        for version in range(current, len(migrations)):
            self._run_migration(migrations[version], version + 1)

    def _run_migration(self, script: str, new_version: int) -> None:
        """Apply one script and bump user_version in a single transaction."""
        try:
            self._conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\n;PRAGMA user_version = {new_version};\nCOMMIT;"
            )
        except sqlite3.Error:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
