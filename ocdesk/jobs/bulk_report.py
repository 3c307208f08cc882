"""What became of every item of a bulk create: created, refused, invalid, unknown or not sent.

Never a guess: "created" carries OC's number, "refused" OC's own message, "invalid" the line and
field, and "unknown" the reference to look up before sending the item again.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ocdesk.api.text import QT_TRANSLATE_NOOP, translate
from ocdesk.jobs.csv_items import SourceItem
from ocdesk.jobs.csv_rows import CsvRow
from ocdesk.jobs.tables import write_table

REPORT_COLUMNS = ("line", "reference", "outcome", "OC number", "message")

CREATED = QT_TRANSLATE_NOOP("bulk_report", "created")
REFUSED = QT_TRANSLATE_NOOP("bulk_report", "refused")
INVALID = QT_TRANSLATE_NOOP("bulk_report", "invalid")
UNKNOWN = QT_TRANSLATE_NOOP("bulk_report", "unknown")
NOT_SENT = QT_TRANSLATE_NOOP("bulk_report", "not sent")
READY = QT_TRANSLATE_NOOP("bulk_report", "ready")
"""An item a dry run found nothing wrong with: it would be sent."""
ALREADY_AT_OC = "already at OC"
"""The reason of an item created earlier: OC refused it as a duplicate and holds it."""


@dataclass(frozen=True)
class ItemOutcome:
    """One item's fate. `index` is its place in the input, which keeps the report in file order."""

    index: int
    item: SourceItem
    reference: str
    status: str
    number: str = ""
    reason: str = ""

    @property
    def label(self) -> str:
        """How the user recognises the item: its reference, else where it is in the file."""
        item = translate("bulk_report", "item {number}").format(number=self.index + 1)
        return self.reference or self.item.where or item


@dataclass
class BulkReport:
    """The outcome of every item, in input order, and whether the user stopped the job."""

    endpoint_id: str
    outcomes: list[ItemOutcome] = field(default_factory=list)
    cancelled: bool = False

    def add(self, outcome: ItemOutcome) -> None:
        bisect.insort(self.outcomes, outcome, key=lambda o: o.index)

    def with_status(self, status: str) -> list[ItemOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def created(self) -> dict[str, str]:
        """reference -> OC's number (orderNumber / MFSKUID)."""
        return {o.reference: o.number for o in self.with_status(CREATED)}

    @property
    def refused(self) -> dict[str, str]:
        """reference (or line) -> OC's reason for refusing it."""
        return {o.label: o.reason for o in self.with_status(REFUSED)}

    @property
    def unknown(self) -> dict[str, str]:
        """reference -> why nobody can tell whether OC has it; look it up before resending."""
        return {o.label: o.reason for o in self.with_status(UNKNOWN)}

    @property
    def skipped_invalid(self) -> dict[str, str]:
        """reference (or line) -> what is wrong with it; these were never sent."""
        return {o.label: o.reason for o in self.with_status(INVALID)}

    @property
    def not_sent(self) -> list[str]:
        """Valid items left unsent: the job was cancelled, or OC refused the login."""
        return [o.label for o in self.with_status(NOT_SENT)]

    @property
    def already_at_oc(self) -> dict[str, str]:
        """reference -> OC's number, for items OC held before this run sent them."""
        return {
            o.reference: o.number for o in self.with_status(CREATED) if o.reason == ALREADY_AT_OC
        }

    def summary(self) -> str:
        """e.g. `497 created (12 already at OC), 3 invalid (not sent)`."""
        already = len(self.already_at_oc)
        created = translate("bulk_report", "{count} created")
        if already:
            created += translate("bulk_report", " ({already} already at OC)")
        parts = [
            (CREATED, created),
            (REFUSED, translate("bulk_report", "{count} refused by OC")),
            (INVALID, translate("bulk_report", "{count} invalid (not sent)")),
            (UNKNOWN, translate(
                "bulk_report", "{count} unknown (look them up before sending again)"
            )),
            (NOT_SENT, translate("bulk_report", "{count} not sent")),
        ]  # fmt: skip
        counted = [(len(self.with_status(status)), words) for status, words in parts]
        said = [words.format(count=n, already=already) for n, words in counted if n]
        comma = translate("bulk_report", ", ")  # a list's comma, as the language writes it
        return comma.join(said) or translate("bulk_report", "nothing to send")

    def to_rows(self) -> list[dict[str, Any]]:
        """One row per item for a results table, in file order."""
        return [
            {
                "line": o.item.where,
                "reference": o.reference,
                "outcome": o.status,
                "number": o.number,
                "problem": o.reason,
            }
            for o in self.outcomes
        ]

    def rows_to_fix(self) -> tuple[list[CsvRow], list[str]]:
        """Every CSV row of an item not created, with its reason: `write_failed_rows(path, *...)`.

        An unknown item's reason says to keep its reference: sent again under the same one, OC
        cannot create it twice; under a new one it could.
        """
        rows: list[CsvRow] = []
        reasons: list[str] = []
        for outcome in self.outcomes:
            if outcome.status == CREATED:
                continue
            reason = outcome.reason or outcome.status
            rows += outcome.item.rows
            reasons += [reason] * len(outcome.item.rows)
        return rows, reasons


def dry_run_report(endpoint_id: str, items: Sequence[SourceItem], problems: Sequence[list[str]],
                   key: str) -> BulkReport:  # fmt: skip
    """What a run would do before it sends anything: each item ready, or invalid and why."""
    report = BulkReport(endpoint_id)
    for index, (item, found) in enumerate(zip(items, problems, strict=True)):
        status = INVALID if found else READY
        reference = str(item.data.get(key) or "")
        report.add(ItemOutcome(index, item, reference, status, reason="; ".join(found)))
    return report


def write_report(path: Path | str, report: BulkReport) -> int:
    """One row per item, in file order (line, reference, outcome, OC number, message), as CSV or
    .xlsx by the suffix; returns the rows written. A one-line item's line is a number."""
    rows = (
        [_line(o.item), o.reference, o.status, o.number, o.reason] for o in report.outcomes
    )
    return write_table(path, REPORT_COLUMNS, rows)


def _line(item: SourceItem) -> int | str:
    lines = item.lines
    return lines[0] if len(lines) == 1 else ", ".join(str(n) for n in lines)
