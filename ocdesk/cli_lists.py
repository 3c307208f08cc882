"""What `ocdesk history` and `ocdesk inbox` print: JSON objects for scripts, tables for people.

JSON times are ISO 8601 with the offset; tables show local time, as the desk's clock reads.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ocdesk.labels.history import PrintRecord
    from ocdesk.webhook.inbox import InboxEntry

SINCE_EXAMPLE = "2026-12-06, 2026-12-06T14:00 or 2026-12-06T14:00:00+08:00"


def parse_since(text: str) -> float:
    """`--since` as epoch seconds: an ISO 8601 date or date and time, local time without offset.

    ValueError, in words, for anything else.
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"--since {text!r} is not an ISO 8601 date or time; use e.g. {SINCE_EXAMPLE}"
        ) from None
    return moment.astimezone().timestamp()  # a naive time is read as local time


def iso_time(epoch: float) -> str:
    """2026-12-06T14:02:11+08:00: the moment with this computer's offset, as scripts read it."""
    return datetime.fromtimestamp(epoch).astimezone().isoformat(timespec="seconds")


def local_time(epoch: float) -> str:
    return datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M")


def history_json(records: Sequence[PrintRecord]) -> list[dict[str, Any]]:
    """The fields a script needs first, then the rest of the record."""
    more = ("reprint_of", "ok", "outcome", "copies", "preset", "cups_job_id", "profile", "reason")
    return [
        {"id": r.id, "number": r.number, "label_type": r.label_type, "printer": r.printer,
         "operator": r.user, "workstation": r.workstation, "printed_at": iso_time(r.at),
         "reprint": r.reprint_of is not None}  # fmt: skip
        | {name: getattr(r, name) for name in more}
        for r in records
    ]


def history_table(records: Sequence[PrintRecord]) -> list[str]:
    header = ("PRINTED", "NUMBER", "LABEL", "PRINTER", "OPERATOR", "WORKSTATION", "REPRINT",
              "OUTCOME")  # fmt: skip
    rows = [
        (local_time(r.at), r.number, r.label_type, r.printer or "-", r.user, r.workstation or "-",
         "yes" if r.reprint_of is not None else "", r.outcome)  # fmt: skip
        for r in records
    ]
    return aligned(header, rows)


def inbox_json(entries: Sequence[InboxEntry]) -> list[dict[str, Any]]:
    kept = ("id", "event_id", "order_number", "status", "event_time", "handled")
    return [
        {name: getattr(e, name) for name in kept}
        | {
            "received_at": iso_time(e.received_at),
            "handled_at": iso_time(e.handled_at) if e.handled_at is not None else None,
            "data": _event_data(e.body),
        }
        for e in entries
    ]


def inbox_table(entries: Sequence[InboxEntry]) -> list[str]:
    header = ("RECEIVED", "ORDER", "STATUS", "HANDLED", "EVENT ID")
    rows = [
        (local_time(e.received_at), e.order_number or "-", e.status or "-",
         local_time(e.handled_at) if e.handled_at is not None else "not yet",
         e.event_id)  # fmt: skip
        for e in entries
    ]
    return aligned(header, rows)


def aligned(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Columns padded to their widest cell as a terminal shows it (a Chinese character is two)."""
    widths = [max(_width(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    return [
        "  ".join(
            cell + " " * (width - _width(cell)) for cell, width in zip(row, widths, strict=True)
        ).rstrip()
        for row in (header, *rows)
    ]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _event_data(body: str) -> Any:
    """The callback's `data` object as stored (secrets already masked), or None if unreadable."""
    try:
        envelope = json.loads(body)
    except ValueError:
        return None
    return envelope.get("data") if isinstance(envelope, dict) else None
