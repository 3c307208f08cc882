"""Label PDFs: true page sizes, a 1.4 header, readable text, and barcodes that scan back."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp

from ocdesk.sandbox.labels import carton_labels, return_label, sku_labels

MM = 72 / 25.4


def pages(pdf: bytes) -> list[pdfium.PdfPage]:
    assert pdf.startswith(b"%PDF-1.4")
    return list(pdfium.PdfDocument(pdf))


def size_mm(page: pdfium.PdfPage) -> tuple[float, float]:
    w, h = page.get_size()
    return round(w / MM, 1), round(h / MM, 1)


def scanned(page: pdfium.PdfPage) -> list[str]:
    """What a scanner reads off the page printed at 300 dpi."""
    image = page.render(scale=300 / 72).to_pil()
    return [
        b.text for b in zxingcpp.read_barcodes(image) if b.format == zxingcpp.BarcodeFormat.Code128
    ]


def text(page: pdfium.PdfPage) -> str:
    return page.get_textpage().get_text_range()


def test_return_label_is_one_portrait_page_that_scans() -> None:
    pdf = return_label(
        "OCS1DE000453014", region="DE", date="2025-03-11", carrier="DHL", tracking="JJD000123"
    )
    (page,) = pages(pdf)
    assert size_mm(page) == (100.0, 150.0)
    assert scanned(page) == ["OCS1DE000453014"]
    words = text(page)
    for expected in ("OCS1DE000453014", "DE", "2025-03-11", "DHL", "JJD000123"):
        assert expected in words


def test_carton_labels_give_one_square_page_per_carton_with_its_number() -> None:
    cartons = ["OCI4DE06746410-001", "OCI4DE06746410-002", "OCI4DE06746410-003"]
    pdf = carton_labels("OCI4DE06746410", cartons, region="UK", date="2025-03-12")
    got = pages(pdf)
    assert len(got) == 3
    for page, carton in zip(got, cartons, strict=True):
        assert size_mm(page) == (100.0, 100.0)
        assert scanned(page) == ["OCI4DE06746410"]
        assert carton in text(page)
        assert "2025-03-12" in text(page) and "UK" in text(page)


def test_sku_labels_print_quantity_pages_per_line_in_landscape() -> None:
    lines = [
        ("OC0000255606056", 2, "Bluetooth headphones, black"),
        ("OC0000000000017", 1, "蓝牙耳机"),
    ]
    got = pages(sku_labels(lines, date="2025-03-13"))
    assert len(got) == 3
    assert [scanned(p) for p in got] == [["OC0000255606056"]] * 2 + [["OC0000000000017"]]
    for page in got:
        assert size_mm(page) == (60.0, 30.0)
        assert "2025-03-13" in text(page)
    assert "蓝牙耳机" in text(got[2])


@pytest.mark.parametrize("value", ["OC1", "OCO2000009385032GB", "OCS1AU-MEL0004530149999"])
def test_values_of_any_length_still_fit_and_scan(value: str) -> None:
    (page,) = pages(sku_labels([(value, 1, "x")], date="2025-01-01"))
    assert scanned(page) == [value]


def test_a_long_caption_is_shortened_not_overprinted() -> None:
    (page,) = pages(sku_labels([("OC0000255606056", 1, "very long caption " * 10)], date="d"))
    assert "..." in text(page)
    assert scanned(page) == ["OC0000255606056"]


def test_same_label_twice_gives_the_same_bytes() -> None:
    one = return_label("OCS1GB000000001", region="UK", date="2025-03-11")
    assert one == return_label("OCS1GB000000001", region="UK", date="2025-03-11")


def bar_geometry(page: pdfium.PdfPage) -> tuple[float, float, float]:
    """(bar height, narrowest bar, smaller quiet zone) in mm, measured on a 300 dpi rendering."""
    image = page.render(scale=300 / 72).to_pil().convert("L").point(lambda v: 255 * (v > 128))
    width, height = image.size
    pixels = image.load()
    best = (0, 0, 0)  # run length, column, first row
    for x in range(width):
        run = 0
        for y in range(height):
            run = run + 1 if pixels[x, y] == 0 else 0
            if run > best[0]:
                best = (run, x, y - run + 1)
    row = best[2] + best[0] // 2  # through the middle of the bars
    dark = [pixels[x, row] == 0 for x in range(width)]
    first, last = dark.index(True), width - 1 - dark[::-1].index(True)
    runs, x = [], first
    while x <= last:
        end = x
        while end + 1 <= last and dark[end + 1] == dark[x]:
            end += 1
        if dark[x]:
            runs.append(end - x + 1)
        x = end + 1
    px_mm = 25.4 / 300
    return best[0] * px_mm, min(runs) * px_mm, min(first, width - 1 - last) * px_mm


@pytest.mark.parametrize(
    "pdf",
    [
        return_label("OCS1DE000453014", region="DE", date="2025-03-11"),
        carton_labels("OCI4DE06746410", ["C1"], region="DE", date="2025-03-11"),
        sku_labels([("OC0000255606056", 1, "caption")], date="2025-03-11"),
    ],
    ids=["return", "carton", "sku"],
)
def test_bars_are_tall_with_quiet_zones_of_ten_modules(pdf: bytes) -> None:
    bar_mm, module_mm, quiet_mm = bar_geometry(pages(pdf)[0])
    assert bar_mm >= 20
    assert quiet_mm >= 10 * module_mm
