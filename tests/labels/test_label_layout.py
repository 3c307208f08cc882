"""Page layout: labels keep their true size; sheets hold a grid, thermal stock one label."""

from __future__ import annotations

from itertools import combinations

from ocdesk.labels import presets
from ocdesk.labels.layout import Slot, sheets, slots_on_page


def overlap(a: Slot, b: Slot) -> bool:
    return (
        a.x_mm < b.x_mm + b.width_mm
        and b.x_mm < a.x_mm + a.width_mm
        and a.y_mm < b.y_mm + b.height_mm
        and b.y_mm < a.y_mm + a.height_mm
    )


def test_an_a4_sheet_holds_a_grid_of_true_size_sku_labels() -> None:
    a4 = presets.get("A4")
    slots = slots_on_page(a4, 60, 30)
    assert len(slots) == 24  # 3 across, 8 down
    for slot in slots:
        assert (slot.width_mm, slot.height_mm, slot.rotated) == (60, 30, False)
        assert slot.x_mm >= 0 and slot.x_mm + slot.width_mm <= a4.width_mm
        assert slot.y_mm >= 0 and slot.y_mm + slot.height_mm <= a4.height_mm
    assert not any(overlap(a, b) for a, b in combinations(slots, 2))


def test_an_a4_sheet_turns_big_labels_when_that_fits_more() -> None:
    slots = slots_on_page(presets.get("A4"), 100, 150)
    assert len(slots) == 2
    assert all(s.rotated and (s.width_mm, s.height_mm) == (150, 100) for s in slots)


def test_thermal_stock_centres_one_label_and_turns_it_to_the_stock() -> None:
    (slot,) = slots_on_page(presets.get("60x30@203"), 30, 60)
    assert slot == Slot(0, 0, 60, 30, rotated=True)


def test_sheets_fill_slots_in_order_and_start_a_new_sheet_when_full() -> None:
    a4 = presets.get("A4")
    planned = sheets(a4, list(range(30)), [(60.0, 30.0)] * 30)
    assert [len(sheet) for sheet in planned] == [24, 6]
    assert [p.page_index for sheet in planned for p in sheet] == list(range(30))


def test_a_label_of_another_size_starts_its_own_sheet() -> None:
    sizes = [(60.0, 30.0), (60.0, 30.0), (100.0, 100.0)]
    planned = sheets(presets.get("A4"), [0, 1, 2], sizes)
    assert [[p.page_index for p in sheet] for sheet in planned] == [[0, 1], [2]]
