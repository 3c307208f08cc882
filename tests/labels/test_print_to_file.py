"""print_qt into a PDF file: the page is the label's size and the barcode still scans."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from ocdesk.labels import presets
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.printing import print_qt
from ocdesk.sandbox import labels as sandbox_labels

if TYPE_CHECKING:
    from label_checks import Scanner

# QPrinter needs an application object, as in the real program.
pytestmark = pytest.mark.usefixtures("qapp")


def test_a_return_label_prints_on_a_100_by_150_mm_page_that_scans(
    return_doc: LabelDocument, scanner: Scanner, tmp_path: Path
) -> None:
    out = tmp_path / "return.pdf"
    outcome = print_qt(return_doc, "", presets.get("100x150@203"), output_file=out)
    assert outcome.ok, outcome.message
    ((size, picture),) = scanner.pages(out)
    scanner.assert_size_mm(size, (100, 150))
    assert scanner.texts(picture) == [return_doc.number]


def test_printing_keeps_the_bars_at_their_true_width(
    return_doc: LabelDocument, scanner: Scanner, tmp_path: Path
) -> None:
    out = tmp_path / "return.pdf"
    print_qt(return_doc, "", presets.get("100x150@300"), output_file=out)
    ((_, printed),) = scanner.pages(out)
    ((_, original),) = scanner.pages(return_doc.pdf)
    (printed_code,) = scanner.barcodes(printed)
    (original_code,) = scanner.barcodes(original)
    # within a dot or two at 600 dpi: a page fitted to other paper would be off by millimetres
    assert abs(scanner.width_px(printed_code) - scanner.width_px(original_code)) <= 4


def test_the_printer_gets_only_black_and_white_dots_not_a_jpeg_blur(
    return_doc: LabelDocument, tmp_path: Path
) -> None:
    """A thermal label is drawn as exact 1-bit dots: a lossy (JPEG) copy in the PDF would grey
    the edges of every bar, and a thermal head turns grey into ragged bars."""
    out = tmp_path / "return.pdf"
    assert print_qt(return_doc, "", presets.get("100x150@203"), output_file=out).ok
    page = pdfium.PdfDocument(str(out))[0]
    (image,) = [o for o in page.get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
    stored = image.get_bitmap().to_pil().convert("L")  # the image as the PDF holds it
    assert stored.size == (799, 1199)
    shades = stored.histogram()
    assert sum(shades[1:255]) == 0, "grey dots in a 1-bit label"


def test_copies_and_chosen_pages_are_printed_page_by_page(
    sku_doc: LabelDocument, scanner: Scanner, tmp_path: Path
) -> None:
    out = tmp_path / "sku.pdf"
    outcome = print_qt(sku_doc, "", presets.get("60x30@203"), pages=[1], copies=3, output_file=out)
    assert outcome.ok, outcome.message
    pages = scanner.pages(out)
    assert len(pages) == 3
    for size, picture in pages:
        scanner.assert_size_mm(size, (60, 30))
        assert scanner.texts(picture) == [sku_doc.number]


def test_an_a4_sheet_holds_sku_labels_at_their_true_size(scanner: Scanner, tmp_path: Path) -> None:
    doc = LabelDocument(
        sandbox_labels.sku_labels([("OC0000000000017", 5, "Cable")], date="2025-03-13"),
        label_type="sku",
        number="OC0000000000017",
        source_endpoint="sku.label",
    )
    out = tmp_path / "sheet.pdf"
    assert print_qt(doc, "", presets.get("A4"), output_file=out).ok
    ((size, sheet),) = scanner.pages(out)
    scanner.assert_size_mm(size, (210, 297))
    found = scanner.barcodes(sheet)
    assert found and {b.text for b in found} == {doc.number}
    ((_, label),) = scanner.pages(doc.pdf)[:1]
    (on_label,) = scanner.barcodes(label)
    for code in found:
        assert abs(scanner.width_px(code) - scanner.width_px(on_label)) <= 4


def test_a_page_the_label_does_not_have_is_refused(
    return_doc: LabelDocument, tmp_path: Path
) -> None:
    outcome = print_qt(
        return_doc, "", presets.get("100x150@203"), pages=[3], output_file=tmp_path / "x.pdf"
    )
    assert not outcome.ok and "3" in outcome.message
    assert not (tmp_path / "x.pdf").exists()


def test_an_unknown_printer_is_reported_not_raised(return_doc: LabelDocument) -> None:
    outcome = print_qt(return_doc, "no-such-printer", presets.get("100x150@203"))
    assert not outcome.ok
    assert "no-such-printer" in outcome.message


def test_printing_works_from_a_worker_thread(
    return_doc: LabelDocument, scanner: Scanner, tmp_path: Path
) -> None:
    out = tmp_path / "from-thread.pdf"
    with ThreadPoolExecutor(max_workers=1) as pool:
        outcome = pool.submit(
            print_qt, return_doc, "", presets.get("100x150@203"), output_file=out
        ).result()
    assert outcome.ok, outcome.message
    ((_, picture),) = scanner.pages(out)
    assert scanner.texts(picture) == [return_doc.number]


def test_zero_copies_prints_nothing(return_doc: LabelDocument, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    outcome = print_qt(return_doc, "", presets.get("100x150@203"), copies=0, output_file=out)
    assert not outcome.ok and not out.exists()
