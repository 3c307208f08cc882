"""The warehouse's shared database on PostgreSQL: the same `Store` as the SQLite file.

psycopg 3 with its connection pool: each call borrows a connection (checked alive first, so a
restarted server costs one reconnect, not an error), statements run in autocommit and a
`transaction()` is one real transaction. The stores' portable SQL (`?`, `:name`) is turned into
psycopg's placeholders here. Desks that start together migrate the schema once: the first takes
an advisory lock, the others wait for it and find the work done.

A console opens it with `wait=False`: the pool starts connecting in the background and the
schema is brought up to date on the first connection that works, so a desk starts (and says the
database is down) while the server is away; each call meanwhile fails within CONNECT_TIMEOUT_S.

Any failure to reach the server is `DatabaseUnavailable`, said in words with the server's name
and never the password; the caller decides what still works without it.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql as pgsql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg_pool import ConnectionPool, PoolClosed, PoolTimeout

from ocdesk import __version__
from ocdesk.api.text import translate
from ocdesk.store.postgres_schema import CHANGES_CHANNEL, POSTGRES_MIGRATIONS
from ocdesk.store.sql import DatabaseError, DatabaseUnavailable, Params, Written, written_by

log = logging.getLogger(__name__)
# The pool would log a warning at every reconnect attempt while the server is away, hours of
# them; the desk says the database's state itself (DatabaseUnavailable, the status bar).
logging.getLogger("psycopg.pool").setLevel(logging.ERROR)

CONNECT_TIMEOUT_S = 3  # a desk says "the shared database cannot be reached" this soon
POOL_SIZE = 4  # the GUI thread's reads, the print worker, the API workers, the index refresh
MIGRATION_LOCK = 0x6F63_6465_736B  # "ocdesk": the advisory lock the schema upgrade runs under
LISTEN_RETRY_S = 2.0


class PostgresDatabase:
    """The shared database at `url` (postgresql://user@host[:port]/dbname).

    `password` (from the keyring) is added to the connection, never to the URL that is shown;
    without one, libpq's own ways apply (PGPASSWORD, ~/.pgpass, peer or trust). `local_dir` is
    the folder on this PC for what stays per desk (the owners' locks of store/owners.py).
    """

    def __init__(
        self,
        url: str,
        *,
        local_dir: Path,
        password: str | None = None,
        migrations: Sequence[str] = POSTGRES_MIGRATIONS,
        wait: bool = True,
    ) -> None:
        """`wait`: connect and upgrade the schema now (`DatabaseUnavailable` when the server is
        down); False leaves both to the first call, so opening never waits on the server."""
        self.local_dir = Path(local_dir)
        self.location = shown_location(url)
        self._conninfo = _conninfo(url, password)
        self._migrations = tuple(migrations)
        self._renewing = threading.Lock()
        self._migrating = threading.Lock()
        self._migrated = False
        self._unreachable_listeners: list[Callable[[DatabaseUnavailable], None]] = []
        self._watchers: list[_Listener] = []
        self._pool = _new_pool(self._conninfo)
        try:
            with _said(self.location):
                self._pool.open(wait=wait, timeout=CONNECT_TIMEOUT_S)
            if wait:
                self.ping()
        except BaseException:
            self._pool.close(timeout=0)
            raise

    @property
    def kind(self) -> str:
        return "postgresql"

    def query(self, sql: str, params: Params = ()) -> list[Any]:
        """All rows of one SELECT."""
        with self._connection() as conn:
            return _execute(conn, sql, params).fetchall()

    def execute(self, sql: str, params: Params = ()) -> Written:
        """Run one write statement in its own transaction; `RETURNING id` gives `lastrowid`."""
        with self._connection() as conn:
            return written_by(_execute(conn, sql, params))

    @contextmanager
    def transaction(self) -> Iterator[_Transaction]:
        """Several statements that succeed or fail together (one connection, one transaction)."""
        with self._connection() as conn, conn.transaction():  # _connection says failures
            yield _Transaction(conn)

    def ping(self) -> None:
        """A cheap round trip (and the schema upgrade, the first time): returns when the server
        answers, raises `DatabaseUnavailable` within CONNECT_TIMEOUT_S when it does not."""
        with self._connection() as conn:
            conn.execute("SELECT 1")

    def on_unreachable(self, listener: Callable[[DatabaseUnavailable], None]) -> None:
        """`listener(error)` whenever a call finds the server unreachable (on the caller's thread),
        so whoever shows the database's state hears of it at once."""
        self._unreachable_listeners.append(listener)

    def watch(self, on_change: Callable[[str], None]) -> Callable[[], None]:
        """`on_change(table)` from a listener thread whenever any desk changes a shared table."""
        listener = _Listener(self._conninfo, on_change)
        self._watchers.append(listener)
        listener.start()
        return listener.stop

    def close(self) -> None:
        for listener in self._watchers:
            listener.stop()
        self._pool.close(timeout=1)

    def __enter__(self) -> PostgresDatabase:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[Any]]:
        try:
            with _said(self.location):
                pool, conn = self._borrow()
                try:
                    if not self._migrated:
                        self._migrate(conn)
                    yield conn
                finally:
                    pool.putconn(conn)
        except DatabaseUnavailable as exc:
            for listener in self._unreachable_listeners:
                try:
                    listener(exc)
                except Exception:  # a listener's trouble must not hide the caller's error
                    log.exception("a listener for the shared database's state failed")
            raise

    def _borrow(self) -> tuple[ConnectionPool, psycopg.Connection[Any]]:
        """A connection from the current pool; one renewed meanwhile by another thread (its old
        pool closed under this one) is asked in turn."""
        while True:
            pool = self._pool
            try:
                return pool, pool.getconn()
            except PoolTimeout:
                self._renew_pool(pool)
                raise
            except PoolClosed:
                if pool is self._pool:
                    raise  # closed for good (close()), not renewed

    def _renew_pool(self, failed: ConnectionPool) -> None:
        """After an outage the pool waits longer and longer between attempts; a fresh one tries
        at once, so the desk is back as soon as the server is."""
        with self._renewing:
            if self._pool is not failed:
                return  # another thread renewed it already
            self._pool = _new_pool(self._conninfo)
            self._pool.open(wait=False)
        failed.close(timeout=0)

    def _migrate(self, conn: psycopg.Connection[Any]) -> None:
        """Bring the schema up to date on the first connection that works, once, whoever else
        starts at the same moment (a newer schema refuses every call, as it refused the first)."""
        with self._migrating:
            if not self._migrated:
                self._upgrade(conn)
                self._migrated = True

    def _upgrade(self, conn: psycopg.Connection[Any]) -> None:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS ocdesk_schema (version integer NOT NULL)")
            row = conn.execute("SELECT version FROM ocdesk_schema").fetchone()
            current = int(row[0]) if row else 0
            if current > len(self._migrations):
                raise DatabaseError(translate(
                    "database",
                    "The shared database {where} was upgraded by a newer ocdesk (schema version "
                    "{current}; this ocdesk {version} knows up to {known}). Update ocdesk on "
                    "this desk.",
                ).format(where=self.location, current=current, version=__version__,
                         known=len(self._migrations)))  # fmt: skip
            for script in self._migrations[current:]:
                conn.execute(script.encode())  # several statements: no parameters, one string
            if not row:
                conn.execute("INSERT INTO ocdesk_schema (version) VALUES (%s)", (len(self._migrations),))
            elif current < len(self._migrations):
                conn.execute("UPDATE ocdesk_schema SET version = %s", (len(self._migrations),))
        if current < len(self._migrations):
            log.info("Upgraded %s from schema %d to %d", self.location, current, len(self._migrations))

    @property
    def version(self) -> int:
        """The schema version the shared database is at."""
        rows = self.query("SELECT version FROM ocdesk_schema")
        return int(rows[0][0]) if rows else 0


def _new_pool(conninfo: str) -> ConnectionPool:
    """Connections checked alive when borrowed: a restarted server costs a reconnect, not an error."""
    return ConnectionPool(
        conninfo,
        min_size=1,
        max_size=POOL_SIZE,
        kwargs={"autocommit": True, "row_factory": _row_factory},
        check=ConnectionPool.check_connection,
        timeout=CONNECT_TIMEOUT_S,
        open=False,
        name="ocdesk",
    )


class _Transaction:
    """Statements on one connection inside one transaction, in the stores' portable SQL."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Params = (), /) -> psycopg.Cursor[Any]:
        return _execute(self._conn, sql, params)

    def executemany(self, sql: str, params: Iterable[Params], /) -> psycopg.Cursor[Any]:
        cursor = self._conn.cursor()
        cursor.executemany(pyformat(sql), list(params))
        return cursor


class _Listener(threading.Thread):
    """LISTENs on its own connection; reconnects after an outage until stopped."""

    def __init__(self, conninfo: str, on_change: Callable[[str], None]) -> None:
        super().__init__(name="ocdesk-listen", daemon=True)
        self._conninfo = conninfo
        self._on_change = on_change
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.is_set():
            try:
                self._listen()
            except psycopg.Error as exc:
                log.info("Listening for other desks' changes paused: %s", type(exc).__name__)
                self._stopped.wait(LISTEN_RETRY_S)

    def _listen(self) -> None:
        with psycopg.connect(self._conninfo, autocommit=True) as conn:
            conn.execute(pgsql.SQL("LISTEN {}").format(pgsql.Identifier(CHANGES_CHANNEL)))
            while not self._stopped.is_set():
                for notice in conn.notifies(timeout=0.5, stop_after=100):
                    self._on_change(notice.payload)

    def stop(self) -> None:
        self._stopped.set()


class Row(tuple[Any, ...]):
    """A row read by position or by column name, like sqlite3.Row."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return super().__getitem__(self._names[key])
        return super().__getitem__(key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: psycopg.Cursor[Any]) -> Callable[[Sequence[Any]], Row]:
    names = {column.name: i for i, column in enumerate(cursor.description or ())}
    return lambda values: Row(values, names)


def _execute(conn: psycopg.Connection[Any], sql: str, params: Params) -> psycopg.Cursor[Any]:
    return conn.execute(pyformat(sql), params or None)


@lru_cache(maxsize=512)
def pyformat(sql: str) -> str:
    """The stores' SQL (`?`, `:name`) in psycopg's placeholders (`%s`, `%(name)s`).

    Quoted text and identifiers are left alone; a literal `%` is doubled, as psycopg needs.
    """
    return _OUTSIDE_QUOTES.sub(_translate_part, sql)


_OUTSIDE_QUOTES = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*")|([^'"]+)""")
_PLACEHOLDER = re.compile(r"%|\?|(?<!:):([A-Za-z_]\w*)")


def _translate_part(match: re.Match[str]) -> str:
    quoted, plain = match.group(1), match.group(2)
    if quoted is not None:
        return quoted.replace("%", "%%")
    return _PLACEHOLDER.sub(_placeholder, plain)


def _placeholder(match: re.Match[str]) -> str:
    if match.group(0) == "%":
        return "%%"
    if match.group(0) == "?":
        return "%s"
    return f"%({match.group(1)})s"


@contextmanager
def _said(location: str) -> Iterator[None]:
    """psycopg's failures as the store's, in words; the server's text never holds a password."""
    try:
        yield
    except PoolTimeout as exc:
        raise DatabaseUnavailable(_unreachable(location, "no connection within "
                                               f"{CONNECT_TIMEOUT_S} s")) from exc  # fmt: skip
    except psycopg.OperationalError as exc:
        raise DatabaseUnavailable(_unreachable(location, _first_line(exc))) from exc
    except psycopg.Error as exc:
        raise DatabaseError(translate(
            "database", "The shared database {where} refused a statement: {reason}"
        ).format(where=location, reason=_first_line(exc))) from exc  # fmt: skip


def _unreachable(location: str, reason: str) -> str:
    return translate(
        "database",
        "The shared database {where} cannot be reached ({reason}). Check that this PC is on the "
        "warehouse network and that the database server is running; ask whoever looks after it.",
    ).format(where=location, reason=reason)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def try_connection(url: str, password: str | None = None) -> None:
    """Connect once and ask the time of day, writing nothing (a desk's "Test connection");
    `DatabaseUnavailable` in words, within CONNECT_TIMEOUT_S, when that fails."""
    with _said(shown_location(url)), psycopg.connect(_conninfo(url, password)) as conn:
        conn.execute("SELECT now()")


def _conninfo(url: str, password: str | None) -> str:
    extra: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "ocdesk"}
    if password:
        extra["password"] = password
    return make_conninfo(url, **extra)


def address_parts(url: str) -> dict[str, Any] | None:
    """libpq's reading of a database address (host, port, user, dbname...); None when it cannot
    read it."""
    try:
        return conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return None


def shown_location(url: str) -> str:
    """`user@host:port/dbname` for messages: never the password, whatever the URL holds."""
    parts = address_parts(url)
    if parts is None:
        return "(an unreadable database address)"
    host = parts.get("host") or "localhost"
    port = f":{parts['port']}" if parts.get("port") else ""
    user = f"{parts['user']}@" if parts.get("user") else ""
    return f"postgresql://{user}{host}{port}/{parts.get('dbname') or ''}"
