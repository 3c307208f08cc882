"""A computer without CUPS (Windows, a Mac without its command-line tools): labels still print,
through Qt to a system printer and directly to a label printer; nothing asks for lp or lpstat."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from fake_printer import FakePrinter
from label_checks import CUPS_PDF_DIR, CUPS_QUEUE, Scanner, cups_output_titled

from ocdesk.labels import cups, presets
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.printing import available_printers, print_label, print_qt, printer_trouble
from ocdesk.sandbox import labels as sandbox_labels

pytestmark = pytest.mark.usefixtures("qapp")
STOCK = presets.get("100x150@203")


@pytest.fixture
def no_cups_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PATH without lp, lpstat or ipptool, as on Windows."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert not cups.cups_installed() and not cups.cups_available()


@pytest.mark.usefixtures("no_cups_tools")
def test_a_label_printer_address_prints_without_cups(return_doc: LabelDocument) -> None:
    with FakePrinter("tspl") as printer:
        outcome = print_label(return_doc, printer.address, STOCK, via="cups")
        printer.wait_for_jobs(1)
    assert outcome.ok, outcome.message
    assert printer.pages()[0].picture.size == (799, 1199)


@pytest.mark.usefixtures("no_cups_tools")
def test_a_system_printer_chosen_for_cups_prints_through_qt_instead(
    return_doc: LabelDocument,
) -> None:
    """A setting made where CUPS was (via "cups") still prints on a computer without it."""
    if CUPS_QUEUE not in available_printers():  # Qt's own printer support, not lp
        pytest.skip(f"Qt lists no printer {CUPS_QUEUE} here (run .ci/setup-cups)")
    outcome = print_label(return_doc, CUPS_QUEUE, STOCK, via="cups")
    assert outcome.ok, outcome.message
    assert outcome.job_id is None  # without lpstat nobody can tell the job's number


@pytest.mark.usefixtures("no_cups_tools")
def test_qt_draws_every_copy_at_true_size_and_dot_for_dot_without_cups() -> None:
    """Qt's own printing (as on Windows) gets the same rendered dots: the printed pages are the
    stock's size and their barcodes scan."""
    if CUPS_QUEUE not in available_printers():
        pytest.skip(f"Qt lists no printer {CUPS_QUEUE} here (run .ci/setup-cups)")
    number = f"OCS1DE{os.getpid() % 10**9:09d}"  # its own: others print to this queue too
    pdf = sandbox_labels.return_label(number, region="DE", date="2025-03-11")
    doc = LabelDocument(pdf, label_type="return", number=number, source_endpoint=None)
    since = time.time()
    outcome = print_qt(doc, CUPS_QUEUE, STOCK, copies=2)
    assert outcome.ok, outcome.message
    scanner = Scanner()
    pages = scanner.pages(cups_output_titled(CUPS_PDF_DIR, number, since, timeout=60))
    assert len(pages) == 2
    for size, picture in pages:
        scanner.assert_size_mm(size, (100, 150))
        assert scanner.texts(picture) == [number]


@pytest.mark.usefixtures("no_cups_tools")
def test_without_cups_an_unknown_printer_is_said_in_words_before_anything_is_sent() -> None:
    assert printer_trouble("Zebra-not-here") == (
        "there is no printer called Zebra-not-here on this computer. Choose another printer, "
        "or add this one again in the computer's printer settings."
    )
