"""Real CUPS: labels sent to the cups-pdf queue come out at true size and still scan."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from label_checks import stopped_queue

from ocdesk.labels import presets
from ocdesk.labels.cups import job_state
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.printing import PrintOutcome, print_cups, print_qt, wait_for_cups_job

if TYPE_CHECKING:
    from label_checks import Scanner

QUEUE = "ocdesk-pdf"
Printer = Callable[[LabelDocument, str, presets.MediaPreset], PrintOutcome]

pytestmark = pytest.mark.usefixtures("qapp", "cups_queue")


@pytest.mark.parametrize("send", [print_cups, print_qt], ids=["raw-pdf", "qt"])
@pytest.mark.parametrize(
    ("label", "size"), [("return_doc", (100, 150)), ("sku_doc", (60, 30))], ids=["return", "sku"]
)
def test_a_label_printed_through_cups_keeps_its_size_and_scans(
    request: pytest.FixtureRequest,
    scanner: Scanner,
    cups_output: Callable[[str], Path],
    send: Printer,
    label: str,
    size: tuple[float, float],
) -> None:
    doc: LabelDocument = request.getfixturevalue(label)
    outcome = send(doc, QUEUE, presets.preset_for(*doc.page_size_mm(0)))
    assert outcome.ok, outcome.message
    assert outcome.job_id and outcome.job_id.startswith(f"{QUEUE}-")
    assert wait_for_cups_job(outcome.job_id, timeout=60) == "completed"
    pages = scanner.pages(cups_output(outcome.job_id))
    assert len(pages) == doc.page_count
    for page_size, picture in pages:
        scanner.assert_size_mm(page_size, size)
        assert scanner.texts(picture) == [doc.number]


def test_each_raw_copy_is_its_own_job(return_doc: LabelDocument) -> None:
    outcome = print_cups(return_doc, QUEUE, presets.get("100x150@203"), copies=2)
    assert outcome.ok and len(set(outcome.job_ids)) == 2
    assert outcome.job_id == outcome.job_ids[-1]
    assert [wait_for_cups_job(j, timeout=60) for j in outcome.job_ids] == ["completed"] * 2


def test_a_queue_that_does_not_exist_is_a_failed_outcome(return_doc: LabelDocument) -> None:
    outcome = print_cups(return_doc, "ocdesk-no-such-queue", presets.get("100x150@203"))
    assert not outcome.ok
    assert "no printer called ocdesk-no-such-queue" in outcome.message
    assert "Choose another printer" in outcome.message


@pytest.mark.parametrize("printer", [print_cups, print_qt])
def test_a_stopped_queue_is_told_in_words_and_nothing_is_sent(
    return_doc: LabelDocument, printer: Callable[..., PrintOutcome]
) -> None:
    """A stopped queue would take the label and hold it: nothing may claim it printed."""
    with stopped_queue() as name:
        outcome = printer(return_doc, name, presets.get("100x150@203"))
        held = subprocess.run(["lpstat", "-o", name], capture_output=True, text=True).stdout
    assert not outcome.ok and outcome.job_id is None
    assert f"the printer {name} is stopped" in outcome.message
    assert "Resume" in outcome.message
    assert held.strip() == ""


def test_a_queue_stopped_between_two_labels_stops_the_second(
    return_doc: LabelDocument, sku_doc: LabelDocument
) -> None:
    """Labels printed one after another each ask the queue: no earlier answer is reused."""
    with stopped_queue() as name:
        subprocess.run(["cupsenable", name], check=True, capture_output=True, timeout=30)
        first = print_qt(return_doc, name, presets.get("100x150@203"))
        subprocess.run(["cupsdisable", name], check=True, capture_output=True, timeout=30)
        second = print_qt(sku_doc, name, presets.get("60x30@203"))
        if first.job_id:
            wait_for_cups_job(first.job_id, timeout=60)
    assert first.ok, first.message
    assert not second.ok and second.job_id is None
    assert f"the printer {name} is stopped" in second.message


def test_a_job_cups_never_had_is_unknown() -> None:
    assert job_state(f"{QUEUE}-999999999") == "unknown"


def test_a_raw_print_on_a4_keeps_the_label_at_true_size(
    sku_doc: LabelDocument, scanner: Scanner, cups_output: Callable[[str], Path]
) -> None:
    outcome = print_cups(sku_doc, QUEUE, presets.get("A4"))
    assert wait_for_cups_job(outcome.job_id or "", timeout=60) == "completed"
    (original,) = scanner.barcodes(scanner.pages(sku_doc.pdf)[0][1])
    for size, picture in scanner.pages(cups_output(outcome.job_id or "")):
        # pdftopdf turns the sheet to suit a landscape label; the paper is still A4.
        scanner.assert_size_mm((min(size), max(size)), (210, 297))
        (printed,) = scanner.barcodes(picture)
        assert abs(scanner.width_px(printed) - scanner.width_px(original)) <= 4
