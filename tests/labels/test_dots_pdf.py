"""The PDF the Qt path hands to CUPS: the rendered dots as they are, on a page of the media's size."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PIL import ImageChops

from ocdesk.labels import presets
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.dots_pdf import Page, Placed, pdf_of
from ocdesk.labels.render import render_page

if TYPE_CHECKING:
    from label_checks import Scanner

pytestmark = pytest.mark.usefixtures("qapp")


def _whole_page(doc: LabelDocument, preset: presets.MediaPreset) -> Page:
    image = render_page(doc, 0, preset)
    assert preset.dpi
    width_mm, height_mm = (image.width() * 25.4 / preset.dpi, image.height() * 25.4 / preset.dpi)
    left, top = (preset.width_mm - width_mm) / 2, (preset.height_mm - height_mm) / 2
    return Page(preset.width_mm, preset.height_mm, (Placed(image, left, top, width_mm, height_mm),))


def _stored_images(pdf: bytes) -> list[list[pdfium.PdfImage]]:
    document = pdfium.PdfDocument(pdf)
    return [[o for o in page.get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
            for page in document]  # fmt: skip


@pytest.mark.parametrize("key", ["100x150@203", "100x150@300", "50x25@203"])
def test_a_label_page_keeps_its_size_and_every_dot_and_scans(
    request: pytest.FixtureRequest, scanner: Scanner, key: str
) -> None:
    """50 x 25 mm at 203 dpi is 400 dots: rows of 50 bytes where Qt keeps 52 a row."""
    doc: LabelDocument = request.getfixturevalue("sku_doc" if key == "50x25@203" else "return_doc")
    preset = presets.get(key)
    page = _whole_page(doc, preset)
    pdf = pdf_of([page], "label")
    ((size, picture),) = scanner.pages(pdf)  # pypdfium2
    scanner.assert_size_mm(size, (preset.width_mm, preset.height_mm))
    assert LabelDocument(pdf, label_type="x", number="x", source_endpoint=None).page_size_mm(
        0
    ) == pytest.approx((preset.width_mm, preset.height_mm), abs=0.01)  # QtPdf
    assert scanner.texts(picture) == [doc.number]
    ((image,),) = _stored_images(pdf)
    stored = image.get_bitmap().to_pil().convert("L")
    rendered = scanner.picture(page.placed[0].image)
    assert stored.size == rendered.size
    assert ImageChops.difference(stored, rendered).getbbox() is None, "dots changed"


def test_copies_show_one_stored_image_on_each_page(
    return_doc: LabelDocument, scanner: Scanner
) -> None:
    page = _whole_page(return_doc, presets.get("100x150@203"))
    pdf = pdf_of([page] * 3, "three copies")
    assert pdf.count(b"/Subtype /Image") == 1
    pictures = scanner.pages(pdf)
    assert len(pictures) == 3
    assert [scanner.texts(picture) for _, picture in pictures] == [[return_doc.number]] * 3


def test_a_grey_label_lands_in_its_box_at_true_size(
    sku_doc: LabelDocument, scanner: Scanner
) -> None:
    """Office sheets get grey labels placed in a box measured from the sheet's top-left."""
    label = render_page(sku_doc, 0, presets.get("A4"))  # 60 x 30 mm at 600 dpi, grey
    box = Placed(label, 20.0, 30.0, 60.0, 30.0)
    pdf = pdf_of([Page(210.0, 297.0, (box,))], "sheet")
    ((size, sheet),) = scanner.pages(pdf)
    scanner.assert_size_mm(size, (210, 297))
    (found,) = scanner.barcodes(sheet)
    assert found.text == sku_doc.number
    per_mm = scanner.dpi / 25.4
    corners = found.position
    assert 20 * per_mm < corners.top_left.x < corners.top_right.x < 80 * per_mm
    assert 30 * per_mm < corners.top_left.y < 60 * per_mm


def test_the_title_is_kept_in_any_language() -> None:
    from PySide6.QtGui import QImage

    dot = QImage(8, 1, QImage.Format.Format_Mono)
    dot.fill(0)
    pdf = pdf_of([Page(10.0, 10.0, (Placed(dot, 0, 0, 1, 1),))], "退货 label (1)")
    assert pdfium.PdfDocument(pdf).get_metadata_dict()["Title"] == "退货 label (1)"


def test_an_image_that_is_neither_1_bit_nor_grey_is_refused() -> None:
    from PySide6.QtGui import QImage

    colour = QImage(8, 8, QImage.Format.Format_RGB32)
    with pytest.raises(ValueError, match="1-bit or grey"):
        pdf_of([Page(10.0, 10.0, (Placed(colour, 0, 0, 1, 1),))], "x")
