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

from ocdesk.api.text import QT_TRANSLATE_NOOP, translate
from ocdesk.store.db import row_to, text
from ocdesk.store.filters import where
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


# The context, in the core .ts, of the audit log's own words; lupdate reads only a literal, so
# their marks spell it out.
AUDIT_CONTEXT = "audit"
SENDING_WORDS = QT_TRANSLATE_NOOP("audit", "sending")


# What joins the parts of joined words ("created 48 of 50; refused 1"), in the reader's language.
PART_JOINER = QT_TRANSLATE_NOOP("audit", "; ")


@dataclass(frozen=True)
class Words:
    """An outcome kept so that each reader sees it in their own language.

    `template` is English, marked where it is written (`QT_TRANSLATE_NOOP("audit", ...)`);
    `values` fill its `{names}` and are shown as they are (OC's numbers and messages). The
    entry stores the English too, which the CSV export, the command line and older ocdesk read.
    `more` are parts said after this one, each after "; " (`Words.joined`): a summary made of
    whichever parts apply, which no single template could spell.
    """

    template: str
    values: tuple[tuple[str, str], ...] = ()
    more: tuple[Words, ...] = ()

    @classmethod
    def of(cls, template: str, **values: object) -> Words:
        return cls(template, tuple((name, str(value)) for name, value in values.items()))

    @classmethod
    def joined(cls, first: Words, *rest: Words) -> Words:
        """The parts said one after the other, joined by "; "."""
        head, *tail = [*first.parts, *(part for words in rest for part in words.parts)]
        return replace(head, more=tuple(tail))

    @property
    def parts(self) -> tuple[Words, ...]:
        """Each part on its own (one template and its values)."""
        return (replace(self, more=()), *self.more)

    def english(self) -> str:
        return "; ".join(part.template.format(**dict(part.values)) for part in self.parts)

    def shown(self) -> str:
        """In the language of the translation installed now (ocdesk.api.text)."""
        said = [translate(AUDIT_CONTEXT, p.template).format(**dict(p.values)) for p in self.parts]
        return translate(AUDIT_CONTEXT, PART_JOINER).join(said)

    def stored(self) -> str:
        if not self.more:
            return json.dumps(_kept(self), ensure_ascii=False)
        # Joined words keep a template of their English too (braces doubled, so no values), which
        # is what an ocdesk that reads one template only shows.
        english = self.english().replace("{", "{{").replace("}", "}}")
        kept = {"template": english, "values": {}, "parts": [_kept(p) for p in self.parts]}
        return json.dumps(kept, ensure_ascii=False)

    @classmethod
    def from_stored(cls, stored: str) -> Words | None:
        """None for an entry written without words (an older ocdesk's, or a plain text one)."""
        if not stored:
            return None
        kept = json.loads(stored)
        return cls.joined(*map(_one_part, kept["parts"])) if "parts" in kept else _one_part(kept)


def _kept(part: Words) -> dict[str, Any]:
    return {"template": part.template, "values": dict(part.values)}


def _one_part(kept: dict[str, Any]) -> Words:
    return Words(kept["template"], tuple(kept["values"].items()))


def _outcome_columns(outcome: str | Words) -> tuple[str, str]:
    """(outcome, outcome_words) as stored: the English text, and its words when it has them."""
    if isinstance(outcome, Words):
        return outcome.english(), outcome.stored()
    return outcome, ""


def _detail_columns(detail: str | Words) -> tuple[str, str]:
    """(detail, detail_words) as stored, redacted: a detail's values may come from anywhere."""
    if isinstance(detail, Words):
        detail = Words.joined(*(_redacted(part) for part in detail.parts))
    english, words = _outcome_columns(detail)
    return redact(english), words


def _redacted(part: Words) -> Words:
    return replace(part, values=tuple((name, redact(value)) for name, value in part.values))


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
    outcome_words: str = ""  # Words.stored(), or "" (see shown_outcome)
    detail_words: str = ""  # the same for the detail (see shown_detail)

    @property
    def shown_outcome(self) -> str:
        """The outcome in the reader's language; as it was written when it has no words."""
        return _shown(self.outcome_words, self.outcome)

    @property
    def shown_detail(self) -> str:
        """The detail in the reader's language; as it was written when it has no words."""
        return _shown(self.detail_words, self.detail)

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
        outcome: str | Words,
        detail: str | Words = "",
        user: str | None = None,
        state: str = "",
    ) -> AuditEntry:
        operator = self.who()
        english, words = _outcome_columns(outcome)
        detail_english, detail_words = _detail_columns(detail)
        entry = AuditEntry(
            id=0,
            at=time.time(),
            user=user or operator.name,
            profile=profile,
            endpoint_id=endpoint_id,
            action=action,
            key_numbers=tuple(str(n) for n in key_numbers),
            outcome=english,
            detail=detail_english,
            state=state,
            owner=this_process(self._owners) if state else "",
            workstation=operator.workstation,
            outcome_words=words,
            detail_words=detail_words,
        )
        written = self._db.execute(
            "INSERT INTO audit_log (at, \"user\", profile, endpoint_id, action, key_numbers,"
            " outcome, detail, state, owner, workstation, outcome_words, detail_words)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
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
                entry.outcome_words,
                entry.detail_words,
            ),
        )
        return replace(entry, id=written.lastrowid or 0)

    def begin(
        self, profile: str, endpoint_id: str, action: str, references: Sequence[str]
    ) -> AuditEntry:
        """Record a write as "sending" before its request leaves, so a crash cannot hide it."""
        return self.record(
            profile, endpoint_id, action, references, Words(SENDING_WORDS), state=WriteState.SENDING
        )

    def settle(
        self,
        entry_id: int,
        state: str,
        outcome: str | Words,
        numbers: Sequence[str] = (),
        detail: str | Words = "",
    ) -> None:
        """Say how a begun (or unknown) write ended; OC's `numbers` join its key numbers.

        An empty `detail` keeps the one recorded before.
        """
        english, words = _outcome_columns(outcome)
        detail_english, detail_words = _detail_columns(detail)
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT key_numbers FROM audit_log WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                raise KeyError(f"no audit entry {entry_id}")
            keys = json.loads(row["key_numbers"] or "[]")
            keys += [str(n) for n in numbers if str(n) not in keys]
            conn.execute(
                "UPDATE audit_log SET state = ?, outcome = ?, outcome_words = ?, key_numbers = ?,"
                " detail = CASE WHEN ? = '' THEN detail ELSE ? END,"
                " detail_words = CASE WHEN ? = '' THEN detail_words ELSE ? END WHERE id = ?",
                (
                    state,
                    english,
                    words,
                    json.dumps(keys, ensure_ascii=False),
                    detail_english,
                    detail_english,
                    detail_english,
                    detail_words,
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
        from_time = since.timestamp() if isinstance(since, datetime) else since
        clause, params = where(
            ("profile = ?", [profile]) if profile is not None else None,
            # substr, not LIKE: ids contain "_", which LIKE would read as a wildcard.
            ("substr(endpoint_id, 1, ?) = ?", [len(endpoint_prefix), endpoint_prefix])
            if endpoint_prefix else None,
            ("at >= ?", [from_time]) if from_time is not None else None,
        )  # fmt: skip
        rows = self._db.query(
            f"SELECT * FROM audit_log{clause} ORDER BY at DESC, id DESC LIMIT ?",
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


def _shown(stored_words: str, written: str) -> str:
    words = Words.from_stored(stored_words)
    return words.shown() if words is not None else written


def _entry(row: Any) -> AuditEntry:
    return row_to(AuditEntry, row, user=text, profile=text, key_numbers=_key_numbers,
                  workstation=text, outcome_words=text, detail_words=text)  # fmt: skip


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
