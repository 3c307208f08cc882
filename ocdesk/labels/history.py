"""Every label print on record: who printed what, when, where, and whether it was a reprint."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ocdesk.api.batches import chunks
from ocdesk.api.text import QT_TRANSLATE_NOOP
from ocdesk.store.audit import AuditEntry, AuditLog, Words
from ocdesk.store.db import row_to, text
from ocdesk.store.filters import where
from ocdesk.store.operator import Operator, resolve
from ocdesk.store.sql import Store

# Reading the history (which numbers were printed) needs no printing: the console's first
# rows ask for it before anything is printed.
if TYPE_CHECKING:
    from ocdesk.labels.document import LabelIdentity
    from ocdesk.labels.printing import PrintOutcome

PRINTED = "printed"
FAILED = "failed"
NUMBERS_PER_QUERY = 500  # under SQLite's limit of parameters per statement
AUDIT_ENDPOINT = "label.print"  # the audit log's name for a label print, single or batch


@dataclass(frozen=True)
class PrintRecord:
    """One row of print_history. `at` is epoch seconds; `outcome` is "printed" or "failed: ..."."""

    id: int
    at: float
    user: str
    profile: str
    label_type: str
    number: str
    content_hash: str
    source_endpoint: str | None
    printer: str | None
    preset: str | None
    copies: int
    cups_job_id: str | None
    outcome: str
    reprint_of: int | None
    reason: str
    workstation: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == PRINTED

    @property
    def failure(self) -> str | None:
        """Why a failed print failed, as it was said then; None when it printed."""
        said = self.outcome.removeprefix(f"{FAILED}: ")
        return said if said != self.outcome else None

    def describe(self, today: date | None = None) -> str:
        """ "printed at 14:02 on Zebra-1", with the date when it was not today (local time)."""
        when = datetime.fromtimestamp(self.at)
        verb = PRINTED if self.ok else "print failed"
        day = "" if when.date() == (today or date.today()) else f" on {when:%Y-%m-%d}"
        where = f" on {self.printer}" if self.printer else ""
        return f"{verb}{day} at {when:%H:%M}{where}"


@dataclass(frozen=True)
class PrintState:
    """Whether a label came out: its newest good print and how many good prints it had."""

    last: PrintRecord | None
    count: int


class PrintHistory:
    """The print_history table; `who` names the operator and workstation a print is recorded under."""

    def __init__(self, db: Store, who: Callable[[], Operator] = resolve) -> None:
        self._db = db
        self.who = who

    def record(
        self,
        doc_identity: LabelIdentity,
        printer: str | None,
        preset_key: str | None,
        outcome: PrintOutcome | str,
        *,
        copies: int = 1,
        cups_job_id: str | None = None,
        reprint_of: int | None = None,
        reason: str = "",
        profile: str = "",
        user: str | None = None,
        source_endpoint: str | None = None,
    ) -> int:
        """Store one print (or failed attempt); returns its id, for a later `reprint_of`.

        A PrintOutcome gives the outcome text and, unless `cups_job_id` is given, the job id.
        """
        if not isinstance(outcome, str):  # a PrintOutcome
            cups_job_id = cups_job_id or outcome.job_id
            outcome = PRINTED if outcome.ok else f"{FAILED}: {outcome.message}"
        operator = self.who()
        written = self._db.execute(
            "INSERT INTO print_history (at, \"user\", profile, label_type, number, content_hash,"
            " source_endpoint, printer, preset, copies, cups_job_id, outcome, reprint_of, reason,"
            " workstation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                time.time(),
                user or operator.name,
                profile,
                doc_identity.label_type,
                doc_identity.number,
                doc_identity.content_hash,
                source_endpoint,
                printer,
                preset_key,
                copies,
                cups_job_id,
                outcome,
                reprint_of,
                reason,
                operator.workstation,
            ),
        )
        return written.lastrowid or 0

    def last_print(
        self, label_type: str, number: str, content_hash: str | None = None
    ) -> PrintRecord | None:
        """The newest successful print of this label, to ask "print again?" before a reprint."""
        sql = "SELECT * FROM print_history WHERE label_type = ? AND number = ? AND outcome = ?"
        params: list[Any] = [label_type, number, PRINTED]
        if content_hash is not None:
            sql += " AND content_hash = ?"
            params.append(content_hash)
        rows = self._db.query(f"{sql} ORDER BY at DESC, id DESC LIMIT 1", params)
        return _record(rows[0]) if rows else None

    def state(self, label_type: str, number: str) -> PrintState:
        """The print state a card shows: the newest good print of this label, and the count."""
        where = "label_type = ? AND number = ? AND outcome = ?"
        params = (label_type, number, PRINTED)
        rows = self._db.query(f"SELECT COUNT(*) FROM print_history WHERE {where}", params)
        count = int(rows[0][0]) if rows else 0
        return PrintState(self.last_print(label_type, number) if count else None, count)

    def entries(
        self, limit: int = 500, search: str | None = None, label_type: str | None = None
    ) -> list[PrintRecord]:
        """Newest first. `search` finds text in the number, printer, user, workstation or job id."""
        # instr, not LIKE: label numbers may hold "_" or "%", which LIKE reads as wildcards.
        columns = ("number", "printer", '"user"', "workstation", "cups_job_id")
        clause, params = where(
            ("label_type = ?", [label_type]) if label_type is not None else None,
            (" OR ".join(f"instr(lower({c}), ?) > 0" for c in columns),
             [search.lower()] * len(columns)) if search else None,
        )  # fmt: skip
        rows = self._db.query(
            f"SELECT * FROM print_history{clause} ORDER BY at DESC, id DESC LIMIT ?",
            [*params, limit],
        )
        return [_record(row) for row in rows]

    def newest(
        self, limit: int, *, number: str | None = None, since: float | None = None
    ) -> list[PrintRecord]:
        """The `limit` newest prints and attempts, of one label number and/or from `since` on."""
        clause, params = where(
            ("upper(number) = upper(?)", [number]) if number else None,
            ("at >= ?", [since]) if since is not None else None,
        )
        rows = self._db.query(
            f"SELECT * FROM print_history{clause} ORDER BY at DESC, id DESC LIMIT ?",
            [*params, limit],
        )
        return [_record(row) for row in rows]

    def printed_numbers(self, numbers: Iterable[str]) -> set[str]:
        """Which of `numbers` had a label of any type printed successfully (for "not printed")."""
        found: set[str] = set()
        for group in chunks(list(dict.fromkeys(numbers)), NUMBERS_PER_QUERY):
            marks = ", ".join("?" * len(group))
            rows = self._db.query(
                f"SELECT DISTINCT number FROM print_history WHERE outcome = ?"
                f" AND number IN ({marks})",
                [PRINTED, *group],
            )
            found.update(str(row["number"]) for row in rows)
        return found


# A reprint's reason in a print's audit detail (the reason typed is shown as typed).
REPRINT_DETAIL = QT_TRANSLATE_NOOP("audit", "reprint: {reason}")


def reprint_detail(reason: str) -> Words:
    return Words.of(REPRINT_DETAIL, reason=reason)


def audit_print(
    audit: AuditLog, profile: str, key: str, *, reprint: bool, ok: bool, detail: str | Words
) -> AuditEntry:
    """One label print (or failed attempt) in the audit log, the same way from every path."""
    action = "reprint" if reprint else "print"
    return audit.record(profile, AUDIT_ENDPOINT, action, [key], PRINTED if ok else FAILED, detail)


def _record(row: Any) -> PrintRecord:
    return row_to(PrintRecord, row, user=text, profile=text, reason=text, workstation=text)
