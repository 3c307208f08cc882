"""Where labels go on a printed page: true size, centred or in a grid, turned only by 90 degrees."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from ocdesk.labels.presets import MediaPreset

# Floating-point slack so a grid that fits exactly (e.g. 3 x 64 mm in 192 mm) is not lost.
_EPSILON_MM = 1e-6


@dataclass(frozen=True)
class Slot:
    """A label's box on the page, in mm from the top-left corner.

    `rotated`: the label is turned 90 degrees clockwise, so the box is its height wide.
    """

    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    rotated: bool


@dataclass(frozen=True)
class Placement:
    """Page `page_index` of the label document, drawn into `slot`."""

    page_index: int
    slot: Slot


def slots_on_page(preset: MediaPreset, label_w: float, label_h: float) -> list[Slot]:
    """Every box a label of this size gets on one page of `preset`, in print order.

    Labels are never scaled. An n-up sheet takes the orientation that fits more labels; other
    stock holds one label, centred, turned when the stock runs the other way.
    """
    if preset.n_up:
        upright = _grid(preset, label_w, label_h, rotated=False)
        turned = _grid(preset, label_h, label_w, rotated=True)
        best = turned if len(turned) > len(upright) else upright
        if best:
            return best
    return [_centred(preset, label_w, label_h)]


def sheets(
    preset: MediaPreset, pages: Sequence[int], sizes: Sequence[tuple[float, float]]
) -> list[list[Placement]]:
    """The pages to print: `pages` (indexes into `sizes`) filled into slots, in order.

    A run of labels of one size shares sheets; a label of another size starts a new sheet so
    no grid ever mixes sizes.
    """
    result: list[list[Placement]] = []
    for size, run in groupby(pages, key=lambda index: sizes[index]):
        slots = slots_on_page(preset, *size)
        indexes = list(run)
        for start in range(0, len(indexes), len(slots)):
            chunk = indexes[start : start + len(slots)]
            result.append([Placement(i, s) for i, s in zip(chunk, slots, strict=False)])
    return result


def _turn(preset: MediaPreset, label_w: float, label_h: float) -> bool:
    """True when the label runs the other way from the stock (portrait on landscape or back)."""
    return (label_w > label_h and preset.width_mm < preset.height_mm) or (
        label_w < label_h and preset.width_mm > preset.height_mm
    )


def _centred(preset: MediaPreset, label_w: float, label_h: float) -> Slot:
    rotated = _turn(preset, label_w, label_h)
    box_w, box_h = (label_h, label_w) if rotated else (label_w, label_h)
    x = (preset.width_mm - box_w) / 2
    y = (preset.height_mm - box_h) / 2
    return Slot(x, y, box_w, box_h, rotated)


def _grid(preset: MediaPreset, box_w: float, box_h: float, *, rotated: bool) -> list[Slot]:
    """Rows of boxes inside the margins, `gap_mm` apart, the whole block centred."""
    margin, gap = preset.margin_mm, preset.gap_mm
    cols = _fits(preset.width_mm - 2 * margin, box_w, gap)
    rows = _fits(preset.height_mm - 2 * margin, box_h, gap)
    left = (preset.width_mm - (cols * box_w + (cols - 1) * gap)) / 2
    top = (preset.height_mm - (rows * box_h + (rows - 1) * gap)) / 2
    return [
        Slot(left + c * (box_w + gap), top + r * (box_h + gap), box_w, box_h, rotated)
        for r in range(rows)
        for c in range(cols)
    ]


def _fits(room: float, box: float, gap: float) -> int:
    return max(0, math.floor((room + gap) / (box + gap) + _EPSILON_MM))
