"""What a desk recorded in its own file while the shared database was down, until it is shared.

A label printed "anyway" during an outage is written to this desk's SQLite file like any print
(print_history, audit_log) and its rows are listed here. When the shared database answers again
`send` copies each print's rows there in one transaction, then removes them from this file.
A copy cut short is safe to repeat: a row already on the server (the same values in every
column, the time to the microsecond included) is not written twice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ocdesk.store.db import Database
from ocdesk.store.sql import Store

# The tables whose rows may wait here: a print and its audit entry.
OUTBOX_TABLES = ("print_history", "audit_log")

_CREATE = """
CREATE TABLE IF NOT EXISTS shared_outbox (
    id INTEGER PRIMARY KEY,
    entry INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL
)
"""


class Outbox:
    """This desk's file (`path`, opened when first needed) as the outbox of a shared database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: Database | None = None
        self._opening = threading.Lock()
        self._sending = threading.Lock()

    @property
    def db(self) -> Database:
        """The desk's own file, to record into (then `keep` the rows written)."""
        with self._opening:
            if self._db is None:
                self._db = Database(self.path, check=False)
                self._db.execute(_CREATE)
            return self._db

    def record(self, write: Callable[[Store], Sequence[tuple[str, int]]]) -> None:
        """Run `write(this desk's file)`, which returns the (table, id) of the rows it wrote;
        they wait here as one entry, to be shared together."""
        rows = write(self.db)
        with self.db.transaction() as tx:
            entry = tx.execute("SELECT coalesce(max(entry), 0) + 1 FROM shared_outbox").fetchone()[0]
            tx.executemany(
                "INSERT INTO shared_outbox (entry, table_name, row_id) VALUES (?, ?, ?)",
                [(entry, _known(table), row_id) for table, row_id in rows],
            )

    def pending(self) -> int:
        """How many entries (prints) wait to be shared."""
        if not self.path.exists():
            return 0
        rows = self.db.query("SELECT count(DISTINCT entry) FROM shared_outbox")
        return int(rows[0][0])

    def send(self, shared: Store) -> int:
        """Copy every waiting entry to `shared`, oldest first; returns how many were shared.

        Stops at the first failure (`DatabaseUnavailable` when the server went away again):
        what was not copied stays here for the next time.
        """
        if not self.path.exists():
            return 0
        with self._sending:
            entries = [int(r[0]) for r in self.db.query(
                "SELECT DISTINCT entry FROM shared_outbox ORDER BY entry")]  # fmt: skip
            for entry in entries:
                self._send_entry(shared, entry)
            return len(entries)

    def _send_entry(self, shared: Store, entry: int) -> None:
        listed = self.db.query(
            "SELECT table_name, row_id FROM shared_outbox WHERE entry = ? ORDER BY id", (entry,)
        )
        rows = [(_known(str(r[0])), self._row(str(r[0]), int(r[1]))) for r in listed]
        with shared.transaction() as tx:
            for table, values in rows:
                if values is None:
                    continue  # removed here already, after an earlier copy
                params = list(values.values())
                where = " AND ".join(f'"{c}" IS NOT DISTINCT FROM ?' for c in values)
                if tx.execute(f"SELECT 1 FROM {table} WHERE {where}", params).fetchone():
                    continue  # an earlier copy reached the server before it was cut short
                columns = ", ".join(f'"{c}"' for c in values)
                marks = ", ".join("?" * len(values))
                tx.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", params)
        with self.db.transaction() as tx:
            for table, row_id in ((str(r[0]), int(r[1])) for r in listed):
                tx.execute(f"DELETE FROM {_known(table)} WHERE id = ?", (row_id,))
            tx.execute("DELETE FROM shared_outbox WHERE entry = ?", (entry,))

    def _row(self, table: str, row_id: int) -> dict[str, Any] | None:
        """The row's values without its id (the server gives it its own)."""
        found = self.db.query(f"SELECT * FROM {_known(table)} WHERE id = ?", (row_id,))
        if not found:
            return None
        row = found[0]
        names = row.keys()  # a sqlite3.Row iterates over its values, not its names
        return {name: row[name] for name in names if name != "id"}

    def close(self) -> None:
        with self._opening:
            if self._db is not None:
                self._db.close()
                self._db = None


def _known(table: str) -> str:
    """Only the outbox's own tables are ever named in its SQL."""
    if table not in OUTBOX_TABLES:
        raise ValueError(f"not a table the outbox keeps: {table}")
    return table
