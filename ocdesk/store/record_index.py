"""The local index of recent outbound orders and returns: what OC cannot search by (tracking).

OC finds an order by its number, reference or eBay order id, but never by the tracking number
printed on the parcel. This table keeps, per profile, the numbers of every order and return of
the last weeks so the lookup can find them by any of their numbers (case and spaces ignored).
`ocdesk.jobs.record_index` fills it from OC; this module only stores and searches.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ocdesk.store.db import row_to
from ocdesk.store.sql import Store

_SPACES = re.compile(r"\s+")


def search_key(text: str) -> str:
    """`text` as the index compares it: no spaces anywhere, upper case ("ap 4846" -> "AP4846")."""
    return _SPACES.sub("", text).upper()


@dataclass(frozen=True)
class IndexedRecord:
    """One order or return as OC last showed it. `kind` is "outbound" or "return"; times are
    epoch seconds; `body` is OC's row, so a card can show it when OC cannot be reached."""

    kind: str
    number: str
    status: str = ""
    reference: str = ""
    ebay_order_id: str = ""
    tracking: tuple[str, ...] = ()
    created_at: float | None = None
    seen_at: float = 0.0
    body: dict[str, Any] | None = None

    def keys(self) -> list[str]:
        """Every number this record can be found by, as `search_key` spells it."""
        numbers = (self.number, self.reference, self.ebay_order_id, *self.tracking)
        return [key for key in dict.fromkeys(search_key(n) for n in numbers) if key]


@dataclass(frozen=True)
class IndexState:
    """How far the index reaches and how fresh it is (epoch seconds)."""

    covered_from: float  # records created since then are in it
    created_until: float  # ... up to then (the end of the last window read)
    refreshed_at: float  # when the last refresh finished
    count: int  # orders and returns held


class RecordIndex:
    """The index of one profile on one OC host; a different host (a new sandbox) starts empty."""

    def __init__(self, db: Store, profile: str, base_url: str) -> None:
        self.db = db
        self.profile = profile
        self.base_url = base_url

    # --- reading ----------------------------------------------------------------------------
    def state(self) -> IndexState | None:
        """None until a first fill of this profile and host has finished."""
        rows = self.db.query(
            "SELECT covered_from, created_until, refreshed_at FROM record_index_refresh "
            "WHERE profile = ? AND base_url = ?",
            (self.profile, self.base_url),
        )
        if not rows:
            return None
        count = self.db.query(
            "SELECT COUNT(*) FROM record_index WHERE profile = ?", (self.profile,)
        )[0][0]
        row = rows[0]
        return IndexState(row[0], row[1], row[2], int(count))

    def find(self, text: str) -> list[IndexedRecord]:
        """Every record one of whose numbers is `text` (case and spaces ignored), newest first."""
        key = search_key(text)
        if not key:
            return []
        rows = self.db.query(
            "SELECT * FROM record_index WHERE profile = ? AND instr(search_keys, ?) > 0 "
            "ORDER BY created_at DESC",
            (self.profile, f" {key} "),
        )
        return [_record(row) for row in rows]

    def open_since(self, kind: str, final: Sequence[str], since: float) -> float | None:
        """When the oldest record of `kind` created after `since` and not in a `final` status
        was created: its status may still move. None when there is none."""
        marks = ", ".join("?" for _ in final)
        rows = self.db.query(
            f"SELECT MIN(created_at) FROM record_index WHERE profile = ? AND kind = ? "
            f"AND created_at >= ? AND lower(status) NOT IN ({marks})",
            (self.profile, kind, since, *(s.lower() for s in final)),
        )
        return rows[0][0] if rows and rows[0][0] is not None else None

    # --- writing ----------------------------------------------------------------------------
    def keep(self, records: Iterable[IndexedRecord]) -> None:
        """Add or update these records (the newest sight of each wins)."""
        values = [
            (
                self.profile, r.kind, r.number, r.status, r.reference, r.ebay_order_id,
                json.dumps(list(r.tracking)), r.created_at, r.seen_at, f" {' '.join(r.keys())} ",
                json.dumps(r.body or {}, ensure_ascii=False, default=str),
            )
            for r in records
        ]  # fmt: skip
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT INTO record_index (profile, kind, number, status, reference, "
                "ebay_order_id, tracking, created_at, seen_at, search_keys, body) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (profile, kind, number) DO UPDATE SET status = excluded.status, "
                "reference = excluded.reference, ebay_order_id = excluded.ebay_order_id, "
                "tracking = excluded.tracking, created_at = excluded.created_at, "
                "seen_at = excluded.seen_at, search_keys = excluded.search_keys, "
                "body = excluded.body",
                values,
            )

    def forget(self, kind: str, number: str) -> None:
        """OC no longer knows this record (a sandbox started afresh, say)."""
        self.db.execute(
            "DELETE FROM record_index WHERE profile = ? AND kind = ? AND number = ?",
            (self.profile, kind, number),
        )

    def begin(self) -> IndexState | None:
        """The state to refresh from; a profile now on another host has its records dropped."""
        with self.db.transaction() as conn:
            moved = conn.execute(
                "SELECT 1 FROM record_index_refresh WHERE profile = ? AND base_url != ?",
                (self.profile, self.base_url),
            ).fetchall()
            if moved:
                conn.execute("DELETE FROM record_index WHERE profile = ?", (self.profile,))
                conn.execute("DELETE FROM record_index_refresh WHERE profile = ?", (self.profile,))
        return self.state()

    def finish(self, covered_from: float, created_until: float, now: float | None = None) -> None:
        """A refresh read everything created in [covered_from, created_until]; older records
        than `covered_from` are dropped."""
        refreshed = time.time() if now is None else now
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM record_index WHERE profile = ? AND created_at < ?",
                (self.profile, covered_from),
            )
            conn.execute(
                "INSERT INTO record_index_refresh "
                "(profile, base_url, covered_from, created_until, refreshed_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile) DO UPDATE SET "
                "base_url = excluded.base_url, covered_from = excluded.covered_from, "
                "created_until = excluded.created_until, refreshed_at = excluded.refreshed_at",
                (self.profile, self.base_url, covered_from, created_until, refreshed),
            )


def _record(row: Any) -> IndexedRecord:
    return row_to(IndexedRecord, row, tracking=lambda t: tuple(json.loads(t)), body=json.loads)
