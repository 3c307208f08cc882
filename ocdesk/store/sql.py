"""What every store backend offers (SQLite on this PC, PostgreSQL shared by a warehouse).

The modules that keep records (audit log, print history, queue, inbox...) write one portable
SQL: `?` or `:name` placeholders, `ON CONFLICT`, `RETURNING id`, `instr()` (PostgreSQL gets
one), the `"user"` column quoted. They hold a `Store` and never know which backend it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

type Params = Sequence[Any] | dict[str, Any]

# The tables whose changes other desks want to see at once (PostgreSQL tells them by NOTIFY).
SHARED_TABLES = ("audit_log", "print_history", "print_jobs", "failed_prints", "webhook_inbox")


class DatabaseError(Exception):
    """The database cannot be used; the message names it and what to do."""


class DatabaseUnavailable(DatabaseError):
    """The shared database cannot be reached now (server down, network, login refused)."""


@dataclass(frozen=True)
class Written:
    """What a write did: rows touched, and the new row's id (from `RETURNING id`)."""

    rowcount: int
    lastrowid: int | None


def written_by(cursor: Cursor) -> Written:
    """What a write statement did; a returned row (RETURNING id) is read first, as it counts."""
    returned = cursor.fetchall() if cursor.description else []
    lastrowid = int(returned[0][0]) if returned and returned[0][0] is not None else None
    return Written(cursor.rowcount, lastrowid)


class Cursor(Protocol):
    """The part of a DB-API cursor the stores use."""

    @property
    def rowcount(self) -> int: ...

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Transaction(Protocol):
    """Statements inside `Store.transaction()`: they succeed or fail together."""

    def execute(self, sql: str, params: Params = ..., /) -> Cursor: ...

    def executemany(self, sql: str, params: Iterable[Params], /) -> Cursor: ...


class Store(Protocol):
    """One database, shared by the threads of this process.

    Rows read by name (`row["number"]`) and by position (`row[0]`).
    """

    @property
    def kind(self) -> str:
        """"sqlite" or "postgresql"."""
        ...

    @property
    def location(self) -> str:
        """Where it is, for messages: a file path, or the server and database (no password)."""
        ...

    @property
    def local_dir(self) -> Path:
        """This PC's folder for what stays per desk (store/owners.py's locks)."""
        ...

    def query(self, sql: str, params: Params = ()) -> list[Any]: ...

    def execute(self, sql: str, params: Params = ()) -> Written: ...

    def transaction(self) -> AbstractContextManager[Transaction]: ...

    def watch(self, on_change: Callable[[str], None]) -> Callable[[], None]:
        """Call `on_change(table)` when another desk changes a shared table; returns a stop."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc_info: object) -> None: ...
