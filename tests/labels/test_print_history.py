"""Print history: every print on record, and "printed at 14:02 on Zebra-1; print again?"."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ocdesk.labels.document import LabelDocument, LabelIdentity
from ocdesk.labels.history import PrintHistory
from ocdesk.labels.printing import PrintOutcome
from ocdesk.store.db import Database


def test_the_last_print_of_a_label_is_found_and_described(
    db: Database, return_doc: LabelDocument
) -> None:
    history = PrintHistory(db)
    first = history.record(
        return_doc.identity, "Zebra-1", "100x150@203", PrintOutcome(True, "Zebra-1-7", "sent")
    )
    last = history.last_print("return", return_doc.number or "")
    assert last is not None and last.id == first
    assert (last.printer, last.preset, last.cups_job_id, last.ok) == (
        "Zebra-1",
        "100x150@203",
        "Zebra-1-7",
        True,
    )
    printed = datetime.fromtimestamp(last.at)
    assert last.describe(today=printed.date()) == f"printed at {printed:%H:%M} on Zebra-1"


def test_a_print_from_another_day_names_the_date(db: Database) -> None:
    history = PrintHistory(db)
    history.record(LabelIdentity("sku", "OC1", "h"), "Zebra-2", "60x30@203", "printed")
    record = history.last_print("sku", "OC1")
    assert record is not None
    tomorrow = date.today() + timedelta(days=1)
    printed = datetime.fromtimestamp(record.at)
    assert record.describe(today=tomorrow) == (
        f"printed on {printed:%Y-%m-%d} at {printed:%H:%M} on Zebra-2"
    )


def test_a_failed_print_is_recorded_but_is_not_a_last_print(db: Database) -> None:
    history = PrintHistory(db)
    history.record(
        LabelIdentity("return", "OCS1", "h"), "Zebra-1", None, PrintOutcome(False, None, "jam")
    )
    assert history.last_print("return", "OCS1") is None
    (entry,) = history.entries(10)
    assert entry.outcome == "failed: jam" and not entry.ok
    assert entry.describe().startswith("print failed at")


def test_a_reprint_points_at_the_print_it_repeats(db: Database) -> None:
    history = PrintHistory(db)
    label = LabelIdentity("return", "OCS1", "h1")
    first = history.record(label, "Zebra-1", None, "printed")
    again = history.record(label, "Zebra-1", None, "printed", reprint_of=first, reason="torn")
    last = history.last_print("return", "OCS1")
    assert last is not None
    assert (last.id, last.reprint_of, last.reason) == (again, first, "torn")


def test_last_print_can_insist_on_the_same_label_bytes(db: Database) -> None:
    history = PrintHistory(db)
    history.record(LabelIdentity("return", "OCS1", "old-bytes"), "Zebra-1", None, "printed")
    assert history.last_print("return", "OCS1", content_hash="new-bytes") is None
    assert history.last_print("return", "OCS1", content_hash="old-bytes") is not None


def test_entries_are_newest_first_and_searchable(db: Database) -> None:
    history = PrintHistory(db)
    history.record(LabelIdentity("sku", "OC_100%", "h"), "Zebra-1", None, "printed", user="ann")
    history.record(LabelIdentity("return", "OCS2", "h"), "Laser-3", None, "printed", user="bob")
    assert [e.number for e in history.entries(10)] == ["OCS2", "OC_100%"]
    assert [e.number for e in history.entries(10, search="laser")] == ["OCS2"]
    assert [e.number for e in history.entries(10, search="_100%")] == ["OC_100%"]
    assert [e.number for e in history.entries(10, search="ANN")] == ["OC_100%"]
    assert [e.number for e in history.entries(10, label_type="sku")] == ["OC_100%"]
    assert len(history.entries(1)) == 1
