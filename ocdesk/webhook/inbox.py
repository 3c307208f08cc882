"""The webhook inbox: OC's outbound callbacks kept in SQLite, deduplicated by eventId."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.dates import parse_datetime
from ocdesk.store import filters
from ocdesk.store.logs import redact
from ocdesk.store.sql import Store

_COLUMNS = "id, event_id, received_at, order_number, status, event_time, body, handled_at"


@dataclass(frozen=True)
class InboxEntry:
    """One stored callback. `received_at` and `handled_at` are epoch seconds."""

    id: int
    event_id: str
    order_number: str
    status: str
    event_time: str
    received_at: float
    handled_at: float | None
    body: str

    @property
    def handled(self) -> bool:
        return self.handled_at is not None


def event_text(event: Mapping[str, Any], name: str) -> str:
    """A callback field as text, whatever case OC spelled its key in; "" when absent."""
    value = lenient.get(event, name)
    return "" if value is None else str(value).strip()


class WebhookInbox:
    """The webhook_inbox table. Bodies pass through `redact()`, so no secret is ever stored."""

    def __init__(self, db: Store) -> None:
        self._db = db

    def store(self, event: Mapping[str, Any], body: str) -> bool:
        """Keep one callback (`event` is its `data` object, `body` the text received).

        False when its eventId is already stored: OC retries, and a retry is not news.
        """
        event_id = event_text(event, "eventId")
        if not event_id:
            raise ValueError("a callback without an eventId cannot be stored")
        written = self._db.execute(
            "INSERT INTO webhook_inbox (event_id, received_at, order_number, status, event_time,"
            " body) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
            (
                event_id,
                time.time(),
                event_text(event, "orderNumber"),
                event_text(event, "status"),
                event_text(event, "eventTime"),
                redact(body),
            ),
        )
        return written.rowcount == 1

    def get(self, event_id: str) -> InboxEntry | None:
        """The entry stored for `event_id`, if any."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM webhook_inbox WHERE event_id = ?", (event_id,)
        )
        return _entry(rows[0]) if rows else None

    def entries(
        self, unhandled_first: bool = True, limit: int = 500, search: str | None = None
    ) -> list[InboxEntry]:
        """Newest first, unhandled ones ahead of handled ones unless told otherwise.

        `search` matches, ignoring case, anywhere in the order number, status, eventId or body
        (so a reference or tracking number finds its callbacks too).
        """
        # instr, not LIKE: order numbers and references may hold "_" or "%"
        columns = ("order_number", "status", "event_id", "body")
        clause, params = filters.where(
            (" OR ".join(f"instr(lower({c}), ?) > 0" for c in columns),
             [search.lower()] * len(columns)) if search else None,
        )  # fmt: skip
        order = "handled_at IS NOT NULL, " if unhandled_first else ""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM webhook_inbox{clause}"
            f" ORDER BY {order}received_at DESC, id DESC LIMIT ?",
            [*params, limit],
        )
        return [_entry(row) for row in rows]

    def newest(
        self, limit: int, *, unhandled_only: bool = False, order_number: str | None = None
    ) -> list[InboxEntry]:
        """The `limit` newest by arrival, of one order and/or only those not handled yet."""
        clause, params = filters.where(
            ("handled_at IS NULL", []) if unhandled_only else None,
            ("upper(order_number) = upper(?)", [order_number]) if order_number else None,
        )
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM webhook_inbox{clause}"
            " ORDER BY received_at DESC, id DESC LIMIT ?",
            [*params, limit],
        )
        return [_entry(row) for row in rows]

    def entries_after(self, last_id: int, limit: int = 500) -> list[InboxEntry]:
        """The entries stored after entry `last_id`, newest first; at most `limit`, the newest.

        Entries are never deleted, so ids only grow: a view holding every entry up to `last_id`
        stays complete by adding these, without reading the rest again.
        """
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM webhook_inbox WHERE id > ? ORDER BY id DESC LIMIT ?",
            (last_id, limit),
        )
        return [_entry(row) for row in rows]

    def count(self) -> int:
        rows = self._db.query("SELECT count(*) FROM webhook_inbox")
        return int(rows[0][0])

    def last_id(self) -> int:
        """The id of the entry stored last; 0 while the inbox is empty."""
        rows = self._db.query("SELECT max(id) FROM webhook_inbox")
        return int(rows[0][0] or 0)

    def mark_handled(self, ids: Iterable[int]) -> int:
        """Mark entries handled now; those already handled keep their time. Returns how many."""
        wanted = list(ids)
        if not wanted:
            return 0
        marks = ", ".join("?" * len(wanted))
        written = self._db.execute(
            f"UPDATE webhook_inbox SET handled_at = ? WHERE handled_at IS NULL AND id IN ({marks})",
            [time.time(), *wanted],
        )
        return written.rowcount

    def unhandled_count(self) -> int:
        rows = self._db.query("SELECT count(*) FROM webhook_inbox WHERE handled_at IS NULL")
        return int(rows[0][0])

    def latest_status(self, order_number: str) -> str | None:
        """The status of the order's most recent event by eventTime, not by arrival.

        Callbacks may arrive out of order (a retry of `packed` after `shipped`), so the one
        received last is not necessarily the order's current status.
        """
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM webhook_inbox WHERE order_number = ?", (order_number,)
        )
        if not rows:
            return None
        return max((_entry(row) for row in rows), key=_recency).status


def _recency(entry: InboxEntry) -> tuple[datetime, float, int]:
    """Sort key by eventTime; an event without a readable one counts as happening on arrival."""
    try:
        happened = parse_datetime(entry.event_time)
    except ValueError:
        happened = datetime.fromtimestamp(entry.received_at, UTC)
    return happened, entry.received_at, entry.id


def _entry(row: Any) -> InboxEntry:
    return InboxEntry(
        id=row["id"],
        event_id=row["event_id"],
        order_number=row["order_number"] or "",
        status=row["status"] or "",
        event_time=row["event_time"] or "",
        received_at=row["received_at"],
        handled_at=row["handled_at"],
        body=row["body"],
    )
