"""The warehouse's desks and who works at each: kept in the store, so on a shared database every
desk sees the names the others use (the operator question offers them)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from ocdesk.store.db import row_to
from ocdesk.store.operator import Operator
from ocdesk.store.sql import Store


@dataclass(frozen=True)
class Desk:
    """A workstation, the operator last named there, and when it was last seen."""

    workstation: str
    operator: str
    seen_at: float


class DeskRegister:
    """The desks table: one row per workstation, the newest operator wins."""

    def __init__(self, db: Store) -> None:
        self._db = db

    def seen(self, who: Operator, now: float | None = None) -> None:
        """`who` works at their workstation now (the OS login stand-in is not a name: skipped)."""
        if not who.named:
            return
        self._db.execute(
            "INSERT INTO desks (workstation, operator, seen_at) VALUES (?, ?, ?)"
            " ON CONFLICT (workstation) DO UPDATE SET operator = excluded.operator,"
            " seen_at = excluded.seen_at",
            (who.workstation, who.name, time.time() if now is None else now),
        )

    def listed(self) -> list[Desk]:
        """Every desk, the most recently seen first."""
        rows = self._db.query("SELECT * FROM desks ORDER BY seen_at DESC, workstation")
        return [row_to(Desk, row) for row in rows]

    def operator_names(self) -> list[str]:
        """The names in use at the warehouse's desks, the most recent first, each once."""
        return list(dict.fromkeys(desk.operator for desk in self.listed()))
