"""Rendering: exact printer dots, pure black and white, barcodes that scan; thread-safe."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import pytest
from PIL import Image

from ocdesk.labels import presets
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.render import render_page

if TYPE_CHECKING:
    from label_checks import Scanner


def shades(picture: Image.Image) -> set[int]:
    return {value for value, count in enumerate(picture.histogram()) if count}


@pytest.mark.parametrize(("dpi", "size"), [(203, (799, 1199)), (300, (1181, 1772))])
def test_a_return_label_renders_at_the_printers_exact_dots(
    return_doc: LabelDocument, scanner: Scanner, dpi: int, size: tuple[int, int]
) -> None:
    image = render_page(return_doc, 0, presets.get(f"100x150@{dpi}"))
    assert (image.width(), image.height()) == size
    picture = scanner.picture(image)
    assert shades(picture) == {0, 255}  # aliased: no grey edge for a thermal head to guess
    assert scanner.texts(picture) == [return_doc.number]


def test_a_small_sku_label_still_scans_at_203_dpi(sku_doc: LabelDocument, scanner: Scanner) -> None:
    image = render_page(sku_doc, 1, presets.get("60x30@203"))
    assert (image.width(), image.height()) == (480, 240)
    picture = scanner.picture(image)
    assert shades(picture) == {0, 255}
    assert scanner.texts(picture) == [sku_doc.number]


def test_a_label_on_larger_stock_is_centred_at_true_size(
    carton_doc: LabelDocument, return_doc: LabelDocument, scanner: Scanner
) -> None:
    """A 100x100 carton label on 100x150 stock keeps its bars exactly as wide."""
    on_own = scanner.barcodes(
        scanner.picture(render_page(carton_doc, 0, presets.get("100x100@203")))
    )
    on_big = scanner.barcodes(
        scanner.picture(render_page(carton_doc, 0, presets.get("100x150@203")))
    )
    assert [b.text for b in on_big] == [carton_doc.number]
    assert scanner.width_px(on_big[0]) == scanner.width_px(on_own[0])


def test_a_sheet_preset_renders_the_label_alone_at_600_dpi(
    sku_doc: LabelDocument, scanner: Scanner
) -> None:
    image = render_page(sku_doc, 0, presets.get("A4"))
    assert (image.width(), image.height()) == (1417, 709)
    assert scanner.texts(scanner.picture(image)) == [sku_doc.number]


def test_renders_from_several_threads_at_once_are_identical(return_doc: LabelDocument) -> None:
    preset = presets.get("100x150@203")
    with ThreadPoolExecutor(max_workers=4) as pool:
        images = list(pool.map(lambda _: render_page(return_doc, 0, preset), range(8)))
    first = images[0]
    assert all(image == first for image in images[1:])
