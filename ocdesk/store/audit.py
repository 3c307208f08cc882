"""Who called which OC endpoint, when, on what and with what outcome; filtered and exported to CSV."""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from ocdesk.store.db import row_to, text
from ocdesk.store.logs import redact
from ocdesk.store.operator import Operator, resolve
from ocdesk.store.owners import is_gone, owners_folder, this_process
from ocdesk.store.sql import Store

CSV_COLUMNS = (
    "time",
    "user",
    "workstation",
    "profile",
    "endpoint",
    "action",
    "key numbers",
    "outcome",
    "detail",
)


class WriteState:
    """Where a create or change stands. Reads and older entries have no state ("")."""

    SENDING = "sending"  # recorded before the request left; a crash leaves it so
    DONE = "done"  # OC carried it out (created, cancelled, ...)
    REFUSED = "refused"  # OC said no: nothing was done
    UNKNOWN = "unknown"  # no answer proved what happened: look it up
    NOT_DONE = "not done"  # a lookup after an unknown outcome found nothing at OC

    OPEN = (SENDING, UNKNOWN)


# A spreadsheet runs a cell starting with one of these as a formula; OC's messages are not ours.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditEntry:
    """One recorded call. `at` is epoch seconds."""

    id: int
    at: float
    user: str
    profile: str
    endpoint_id: str
    action: str
    key_numbers: tuple[str, ...]
    outcome: str
    detail: str
    state: str = ""
    owner: str = ""
    workstation: str = ""

    @property
    def is_open(self) -> bool:
        """A write whose outcome nobody knows yet."""
        return self.state in WriteState.OPEN

    @property
    def local_time(self) -> str:
        return datetime.fromtimestamp(self.at).isoformat(sep=" ", timespec="seconds")


class AuditLog:
    """The audit_log table. Details pass through `redact()`, so no secret is ever stored.

    `who` names the operator and workstation each entry is recorded under (store/operator.py);
    without it, the environment or the OS login.
    """

    def __init__(self, db: Store, who: Callable[[], Operator] = resolve) -> None:
        self._db = db
        self.who = who
        self._owners = owners_folder(db.local_dir)

    def record(
        self,
        profile: str,
        endpoint_id: str,
        action: str,
        key_numbers: Sequence[str],
        outcome: str,
        detail: str = "",
        user: str | None = None,
        state: str = "",
    ) -> AuditEntry:
        operator = self.who()
        entry = AuditEntry(
            id=0,
            at=time.time(),
            user=user or operator.name,
            profile=profile,
            endpoint_id=endpoint_id,
            action=action,
            key_numbers=tuple(str(n) for n in key_numbers),
            outcome=outcome,
            detail=redact(detail),
            state=state,
            owner=this_process(self._owners) if state else "",
            workstation=operator.workstation,
        )
        written = self._db.execute(
            "INSERT INTO audit_log (at, \"user\", profile, endpoint_id, action, key_numbers, outcome,"
            " detail, state, owner, workstation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                entry.at,
                entry.user,
                entry.profile,
                entry.endpoint_id,
                entry.action,
                json.dumps(list(entry.key_numbers), ensure_ascii=False),
                entry.outcome,
                entry.detail,
                entry.state,
                entry.owner,
                entry.workstation,
            ),
        )
        return replace(entry, id=written.lastrowid or 0)

    def begin(
        self, profile: str, endpoint_id: str, action: str, references: Sequence[str]
    ) -> AuditEntry:
        """Record a write as "sending" before its request leaves, so a crash cannot hide it."""
        return self.record(
            profile, endpoint_id, action, references, "sending", state=WriteState.SENDING
        )

    def settle(
        self,
        entry_id: int,
        state: str,
        outcome: str,
        numbers: Sequence[str] = (),
        detail: str = "",
    ) -> None:
        """Say how a begun (or unknown) write ended; OC's `numbers` join its key numbers."""
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT key_numbers FROM audit_log WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                raise KeyError(f"no audit entry {entry_id}")
            keys = json.loads(row["key_numbers"] or "[]")
            keys += [str(n) for n in numbers if str(n) not in keys]
            conn.execute(
                "UPDATE audit_log SET state = ?, outcome = ?, key_numbers = ?,"
                " detail = CASE WHEN ? = '' THEN detail ELSE ? END WHERE id = ?",
                (
                    state,
                    outcome,
                    json.dumps(keys, ensure_ascii=False),
                    redact(detail),
                    redact(detail),
                    entry_id,
                ),
            )

    def open_writes(self, profile: str | None = None) -> list[AuditEntry]:
        """Writes still "sending" or "unknown", oldest first: each needs a lookup at OC.

        A "sending" write of a process that still runs (this one included) is in flight, not
        lost: the code that began it settles it, so it is left out.
        """
        where = "state IN (?, ?)" + (" AND profile = ?" if profile is not None else "")
        params: list[Any] = [*WriteState.OPEN] + ([profile] if profile is not None else [])
        rows = self._db.query(f"SELECT * FROM audit_log WHERE {where} ORDER BY at, id", params)
        entries = [_entry(row) for row in rows]
        mine = this_process(self._owners)
        return [
            e
            for e in entries
            if e.state == WriteState.UNKNOWN
            or (e.owner != mine and is_gone(e.owner, self._owners))
        ]

    def entries(
        self,
        limit: int = 500,
        profile: str | None = None,
        endpoint_prefix: str | None = None,
        since: float | datetime | None = None,
    ) -> list[AuditEntry]:
        """Newest first. `endpoint_prefix` "outbound" matches outbound.query, outbound.create..."""
        where: list[str] = []
        params: list[Any] = []
        if profile is not None:
            where.append("profile = ?")
            params.append(profile)
        if endpoint_prefix:
            # substr, not LIKE: ids contain "_", which LIKE would read as a wildcard.
            where.append("substr(endpoint_id, 1, ?) = ?")
            params += [len(endpoint_prefix), endpoint_prefix]
        if since is not None:
            where.append("at >= ?")
            params.append(since.timestamp() if isinstance(since, datetime) else since)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._db.query(
            f"SELECT * FROM audit_log {clause} ORDER BY at DESC, id DESC LIMIT ?",
            [*params, limit],
        )
        return [_entry(row) for row in rows]

    @staticmethod
    def export_csv(path_or_file: Path | str | IO[str], entries: Iterable[AuditEntry]) -> int:
        """Write `entries` as CSV (UTF-8 with BOM for a path, so spreadsheets read it right).

        Returns the number of rows written.
        """
        if isinstance(path_or_file, str | Path):
            with open(path_or_file, "w", encoding="utf-8-sig", newline="") as handle:
                return _write_csv(handle, entries)
        return _write_csv(path_or_file, entries)


def _entry(row: Any) -> AuditEntry:
    return row_to(AuditEntry, row, user=text, profile=text, key_numbers=_key_numbers,
                  workstation=text)  # fmt: skip


def _key_numbers(stored: str | None) -> tuple[str, ...]:
    return tuple(json.loads(stored or "[]"))


def _write_csv(handle: IO[str], entries: Iterable[AuditEntry]) -> int:
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for e in entries:
        texts = (
            e.user,
            e.workstation,
            e.profile,
            e.endpoint_id,
            e.action,
            " ".join(e.key_numbers),
            e.outcome,
            e.detail,
        )
        writer.writerow([e.local_time, *map(_cell, texts)])
        count += 1
    return count


def _cell(text: str) -> str:
    """Defuse spreadsheet formulas in text that came from OC or the user."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text
