"""The SQLite database on this PC: audit log, print history and queue, webhook inbox, caches.

The embedded default; a warehouse's shared PostgreSQL database (store/postgres.py) offers the
same `Store` interface (store/sql.py).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ocdesk import __version__
from ocdesk.api.text import translate
from ocdesk.store.backups import latest_backup
from ocdesk.store.damaged import set_aside
from ocdesk.store.paths import make_private_file
from ocdesk.store.sql import DatabaseError, Params, Store, Written, written_by

log = logging.getLogger(__name__)

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
    # The index of recent outbound orders and returns (store/record_index.py): the lookup finds
    # them by tracking number, which OC cannot search by. search_keys: " KEY1 KEY2 ", each a
    # number without spaces in upper case; record_index_refresh: how far and fresh it is.
    """
    CREATE TABLE record_index (
        profile TEXT NOT NULL,
        kind TEXT NOT NULL,
        number TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        ebay_order_id TEXT NOT NULL DEFAULT '',
        tracking TEXT NOT NULL DEFAULT '[]',
        created_at REAL,
        seen_at REAL NOT NULL,
        search_keys TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (profile, kind, number)
    );
    CREATE INDEX record_index_created ON record_index (profile, created_at);

    CREATE TABLE record_index_refresh (
        profile TEXT PRIMARY KEY,
        base_url TEXT NOT NULL,
        covered_from REAL NOT NULL,
        created_until REAL NOT NULL,
        refreshed_at REAL NOT NULL
    );
    """,
    # The workstation a print or write came from, beside `user` (now the operator's name).
    """
    ALTER TABLE audit_log ADD COLUMN workstation TEXT NOT NULL DEFAULT '';
    ALTER TABLE print_history ADD COLUMN workstation TEXT NOT NULL DEFAULT '';
    """,
    # An audit outcome's words (template and values), to show it in the reader's language.
    """
    ALTER TABLE audit_log ADD COLUMN outcome_words TEXT NOT NULL DEFAULT '';
    """,
    # Batches shared by several desks (labels/queue.py): the run that claimed or sent a job,
    # its desk, and when it claimed it (a claim lapses, so a vanished desk's labels go on).
    """
    ALTER TABLE print_jobs ADD COLUMN owner TEXT NOT NULL DEFAULT '';
    ALTER TABLE print_jobs ADD COLUMN workstation TEXT NOT NULL DEFAULT '';
    ALTER TABLE print_jobs ADD COLUMN claimed_at REAL;
    CREATE INDEX print_jobs_batch_state ON print_jobs (batch_id, state, seq);
    """,
    # The warehouse's desks and who works at each (store/desks.py).
    """
    CREATE TABLE desks (
        workstation TEXT PRIMARY KEY,
        operator TEXT NOT NULL,
        seen_at REAL NOT NULL
    );
    """,
    # An audit detail's words, as outcome_words: the detail in the reader's language.
    """
    ALTER TABLE audit_log ADD COLUMN detail_words TEXT NOT NULL DEFAULT '';
    """,
)


class SchemaTooNew(DatabaseError):
    """The file was written by a newer ocdesk; opening it here could damage it."""


class DatabaseUnchecked(DatabaseError):
    """The check could not run (the file busy, the connection closed, the disk failing): the
    file may be whole, so nothing is done to it."""


class DatabaseDamaged(DatabaseError):
    """The file is not a whole SQLite database: corrupt, truncated, not one at all, unreadable."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"The database {path} is damaged: {reason}")


# SQLite's own files beside a database in WAL mode; they belong to it wherever it goes.
SQLITE_COMPANIONS = ("-wal", "-shm")
_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _says_damaged(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's error is about the file itself (its primary code: CORRUPT has extended ones)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in _DAMAGE_CODES


def text(value: Any) -> str:
    """A nullable TEXT column as a str: NULL reads as ""."""
    return value or ""


def row_to[T](cls: type[T], row: Any, **converters: Callable[[Any], Any]) -> T:
    """The dataclass `cls` from a row whose columns are named like its fields.

    `converters` turn a column's stored value into the field's (e.g. `state=JobState`).
    """
    values = {f.name: row[f.name] for f in fields(cls)}  # type: ignore[arg-type]
    for name, convert in converters.items():
        values[name] = convert(values[name])
    return cls(**values)


class Database:
    """One SQLite connection in WAL mode, shared by all threads behind a lock.

    A single connection plus a lock (rather than one per thread) keeps `close()` simple and
    writes serialised; every call is short, so the lock is never held for long. WAL still lets
    a second ocdesk process read while this one writes.

    Opening runs `PRAGMA quick_check` unless `check` is False; the console passes False and
    calls `check()` on a worker thread instead, so a big file never delays its window.
    """

    def __init__(
        self, path: Path | str, migrations: Sequence[str] = MIGRATIONS, *, check: bool = True
    ) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._migrations = tuple(migrations)
        self._conn = self._open(check)

    @property
    def version(self) -> int:
        """The schema version (PRAGMA user_version) of the open file."""
        with self._lock:
            return _user_version(self._conn)

    @property
    def journal_mode(self) -> str:
        with self._lock:
            return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0])

    @property
    def kind(self) -> str:
        return "sqlite"

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def local_dir(self) -> Path:
        return self.path.parent

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """All rows of one SELECT."""
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def execute(self, sql: str, params: Params = ()) -> Written:
        """Run one write statement in its own transaction; `RETURNING id` gives `lastrowid`."""
        with self.transaction() as conn:
            return written_by(conn.execute(sql, params))

    def watch(self, on_change: Callable[[str], None]) -> Callable[[], None]:
        """Nothing to watch: only this desk writes its own file, and it knows when it does."""
        return lambda: None

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

    def check(self) -> None:
        """PRAGMA quick_check on the open file; DatabaseDamaged names the first problem."""
        with self._lock:
            _quick_check(self._conn, self.path)

    def start_afresh(self) -> Path:
        """Move this (damaged) file aside and go on with a new, empty one in its place.

        Everyone holding this Database carries on with the new file. Returns where the old
        one went; it is never deleted.
        """
        with self._lock:
            self._conn.close()
            try:
                aside = _move_aside(self.path)
            finally:  # a file that would not move is used as it is rather than not at all
                self._conn = self._open(check=False)
            return aside

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _open(self, check: bool) -> sqlite3.Connection:
        """Connect, refuse a newer schema before writing anything, check, then migrate."""
        _refuse_unreadable(self.path)
        # Created here with its mode, so SQLite never makes it readable by others.
        make_private_file(self.path, create=True)
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        try:
            self._refuse_newer(conn)
            self._configure(conn)
            if check:
                _quick_check(conn, self.path)
            self._migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if _says_damaged(exc):
                raise DatabaseDamaged(self.path, str(exc)) from exc
            cannot = translate("database", "cannot open the database {path}: {reason}")
            raise DatabaseError(cannot.format(path=self.path, reason=exc)) from exc
        except DatabaseError:
            conn.close()
            raise
        return conn

    def _refuse_newer(self, conn: sqlite3.Connection) -> None:
        current = _user_version(conn)
        if current > len(self._migrations):
            raise SchemaTooNew(translate(
                "database",
                "The database {path} was written by a newer ocdesk (schema version {current}; "
                "this ocdesk {version} knows up to {known}).",
            ).format(path=self.path, current=current, version=__version__,
                     known=len(self._migrations)))  # fmt: skip

    def _configure(self, conn: sqlite3.Connection) -> None:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise DatabaseError(f"{self.path} cannot use WAL journaling (got {mode!r})")
        # NORMAL is durable enough in WAL mode: a power cut may lose the last commit, never
        # corrupt the file.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")

    def _migrate(self, conn: sqlite3.Connection) -> None:
        for version in range(_user_version(conn), len(self._migrations)):
            _run_migration(conn, self._migrations[version], version + 1)


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _run_migration(conn: sqlite3.Connection, script: str, new_version: int) -> None:
    """Apply one script and bump user_version in a single transaction."""
    try:
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{script}\n;PRAGMA user_version = {new_version};\nCOMMIT;"
        )
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _refuse_unreadable(path: Path) -> None:
    """A folder or a file the user cannot read in the database's place counts as damaged."""
    if not path.exists():
        return
    if not path.is_file():
        raise DatabaseDamaged(path, translate("database", "it is a folder, not a database file"))
    try:
        with path.open("rb") as file:
            file.read(1)
    except OSError as exc:
        unreadable = translate("database", "it cannot be read ({reason})")
        raise DatabaseDamaged(path, unreadable.format(reason=exc.strerror)) from exc


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """DatabaseDamaged only for a damaged file: a closed connection, a lock held too long or a
    failing disk says nothing about the file, which must then never be set aside."""
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as exc:
        if _says_damaged(exc):
            raise DatabaseDamaged(path, str(exc)) from exc
        cannot = translate("database", "cannot check the database {path}: {reason}")
        raise DatabaseUnchecked(cannot.format(path=path, reason=exc)) from exc
    verdict = str(rows[0][0]) if rows else "no answer"
    if verdict != "ok":
        # quick_check(1) stops at the first problem: "*** in database main ***\nPage 2: ..."
        problem = (verdict.strip().splitlines() or ["an unreadable page"])[-1]
        found = translate("database", "SQLite's check found: {problem}")
        raise DatabaseDamaged(path, found.format(problem=problem))


# --- opening for the application: a damaged file is set aside, a newer one left alone ------


@dataclass(frozen=True)
class OpenedDatabase:
    """The database to use, and what the user must be told about how it was opened."""

    db: Store
    notice: str | None = None


def open_database(path: Path | str, *, check: bool = True) -> OpenedDatabase:
    """The application's database at `path`, whatever state the file is in.

    A damaged file is moved aside (`<name>.damaged-<time>`, with its -wal and -shm) and a new
    one takes its place. A file from a newer ocdesk is healthy data this version cannot read:
    it is left exactly as it is, and this version keeps its records in a file of its own
    beside it (`<name>-schema<N>`) until ocdesk is updated. Either way `notice` says so, in one
    line for the user.
    """
    path = Path(path)
    try:
        return _open_setting_damage_aside(path, check)
    except SchemaTooNew as too_new:
        own = path.with_name(f"{path.stem}-schema{len(MIGRATIONS)}{path.suffix}")
        opened = _open_setting_damage_aside(own, check)
        notice = translate(
            "database",
            "{problem} It is left as it is and nothing is written to it; until ocdesk is "
            "updated, this ocdesk keeps its own records in {own}, and labels printed by the "
            "newer version are not in its print history.",
        ).format(problem=too_new, own=own)
        return OpenedDatabase(opened.db, " ".join(filter(None, (notice, opened.notice))))


def check_or_start_afresh(db: Database) -> str | None:
    """Run the check `Database(check=False)` skipped; a damaged file is replaced. The notice."""
    try:
        db.check()
    except DatabaseDamaged as damaged:
        return damaged_notice(damaged, db.start_afresh())
    return None


def damaged_notice(damaged: DatabaseDamaged, aside: Path) -> str:
    """One line for the user: what was wrong, where the old file is, which backup is newest."""
    backup = latest_backup(damaged.path)
    restore = translate("database", " The newest daily backup is {backup}.") if backup else ""
    return translate(
        "database",
        "The database {path} was damaged ({reason}). It was moved to {aside} and ocdesk started "
        "a new, empty one; nothing was deleted.",
    ).format(path=damaged.path, reason=damaged.reason, aside=aside) + restore.format(backup=backup)


def _open_setting_damage_aside(path: Path, check: bool) -> OpenedDatabase:
    try:
        return OpenedDatabase(Database(path, check=check))
    except DatabaseDamaged as damaged:
        aside = _move_aside(path)
        return OpenedDatabase(Database(path, check=check), damaged_notice(damaged, aside))


def _move_aside(path: Path) -> Path:
    try:
        aside = set_aside(path, SQLITE_COMPANIONS)
    except OSError as exc:
        raise DatabaseError(translate(
            "database",
            "The database {path} is damaged and could not be moved aside ({reason}); move it "
            "away by hand.",
        ).format(path=path, reason=exc.strerror)) from exc
    log.warning("The damaged database %s was moved to %s", path, aside)
    return aside
