"""Media presets: the label's own size picks the stock, in either orientation."""

from __future__ import annotations

import pytest

from ocdesk.labels import presets
from ocdesk.labels.document import LabelDocument


def test_a_return_label_picks_the_100_by_150_stock(return_doc: LabelDocument) -> None:
    preset = presets.preset_for(*return_doc.page_size_mm(0))
    assert (preset.key, preset.thermal, preset.dpi) == ("100x150@203", True, 203)


def test_a_sku_label_picks_the_60_by_30_stock_at_the_asked_dpi(sku_doc: LabelDocument) -> None:
    assert presets.preset_for(*sku_doc.page_size_mm(0), dpi=300).key == "60x30@300"


def test_a_carton_label_picks_the_square_stock(carton_doc: LabelDocument) -> None:
    assert presets.preset_for(*carton_doc.page_size_mm(0)).key == "100x100@203"


def test_a_label_turned_sideways_still_finds_its_stock() -> None:
    assert presets.preset_for(150.4, 99.6).key == "100x150@203"


def test_an_unknown_size_gets_a_custom_preset_of_exactly_that_size() -> None:
    preset = presets.preset_for(101.6, 152.4)
    assert (preset.width_mm, preset.height_mm, preset.dpi) == (101.6, 152.4, 203)
    assert presets.get(preset.key) == preset


@pytest.mark.parametrize("key", ["100x150@300", "50x25@203", "A4", "A6"])
def test_every_listed_preset_can_be_looked_up_by_key(key: str) -> None:
    assert presets.get(key).key == key


def test_an_unknown_key_says_which_keys_exist() -> None:
    with pytest.raises(KeyError, match="100x150@203"):
        presets.get("zebra-xl")


def test_the_a4_sheet_is_vector_output_holding_several_labels() -> None:
    sheet = presets.get("A4")
    assert (sheet.width_mm, sheet.height_mm, sheet.thermal, sheet.n_up) == (210, 297, False, True)
