"""Media presets: the label stock a printer holds (size, print-head dpi, sheet layout)."""

from __future__ import annotations

from dataclasses import dataclass

# Sheet sizes in mm (ISO 216), portrait.
SHEETS: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A6": (105.0, 148.0)}
THERMAL_DPIS = (203, 300)


@dataclass(frozen=True)
class MediaPreset:
    """One kind of stock.

    Thermal presets are one label per page at the printer's exact dots (`dpi`). Sheet presets
    (`sheet` "A4"/"A6") are vector output on office paper: labels keep their true size and an
    A4 sheet holds as many as fit in a grid (`margin_mm` around, `gap_mm` between).
    `width_mm` x `height_mm` is the page sent to the printer, in the stock's own orientation.
    A label printer addressed directly (ocdesk.labels.raw) is also told how dark to burn
    (`darkness`, ZPL's 0-30 scale), how fast to print (`speed`, inches per second) and the gap
    between labels on the roll (`roll_gap_mm`; 0 for continuous stock).
    """

    key: str
    title: str
    width_mm: float
    height_mm: float
    dpi: int | None = None
    thermal: bool = False
    sheet: str | None = None
    margin_mm: float = 0.0
    gap_mm: float = 0.0
    darkness: int = 15
    speed: int = 4
    roll_gap_mm: float = 3.0

    @property
    def n_up(self) -> bool:
        """True when a page may hold several labels."""
        return self.sheet == "A4"

    def matches(self, width_mm: float, height_mm: float, tolerance_mm: float) -> bool:
        """True when a label of that size fits this stock, in either orientation."""

        def close(a: float, b: float) -> bool:
            return abs(a - b) <= tolerance_mm

        return (close(width_mm, self.width_mm) and close(height_mm, self.height_mm)) or (
            close(width_mm, self.height_mm) and close(height_mm, self.width_mm)
        )


def _thermal(width: float, height: float, dpi: int, note: str = "") -> MediaPreset:
    size = f"{width:g}x{height:g}"
    title = f"Thermal {width:g} x {height:g} mm{note}, {dpi} dpi"
    return MediaPreset(f"{size}@{dpi}", title, width, height, dpi=dpi, thermal=True)


def _all_presets() -> tuple[MediaPreset, ...]:
    stock = [(100, 150, " (4x6 in)"), (100, 100, ""), (60, 30, ""), (50, 25, "")]
    thermal = [_thermal(w, h, dpi, note) for w, h, note in stock for dpi in THERMAL_DPIS]
    a6_w, a6_h = SHEETS["A6"]
    a4_w, a4_h = SHEETS["A4"]
    sheets = [
        MediaPreset("A6", "A6 sheet, one label, true size", a6_w, a6_h, sheet="A6"),
        MediaPreset(
            "A4",
            "A4 sheet, labels at true size",
            a4_w,
            a4_h,
            sheet="A4",
            margin_mm=8.0,
            gap_mm=4.0,
        ),
    ]
    return (*thermal, *sheets)


PRESETS: tuple[MediaPreset, ...] = _all_presets()
_BY_KEY = {p.key: p for p in PRESETS}


def get(key: str) -> MediaPreset:
    """The preset with that key; `custom:WxH@dpi` keys (from `preset_for`) are rebuilt."""
    if key in _BY_KEY:
        return _BY_KEY[key]
    if key.startswith("custom:"):
        return _parse_custom(key)
    raise KeyError(f"unknown media preset {key!r}; known: {', '.join(_BY_KEY)}")


def preset_for(
    width_mm: float, height_mm: float, *, dpi: int | None = 203, tolerance_mm: float = 1.0
) -> MediaPreset:
    """The thermal stock a label of this size is printed on: the label's size decides.

    A label that no stock matches gets a custom preset of its exact size, so it still prints
    at true size. `dpi=None` asks for vector output (office printers).
    """
    for preset in PRESETS:
        if (
            preset.thermal
            and preset.dpi == dpi
            and preset.matches(width_mm, height_mm, tolerance_mm)
        ):
            return preset
    return custom(width_mm, height_mm, dpi=dpi)


def custom(width_mm: float, height_mm: float, *, dpi: int | None = 203) -> MediaPreset:
    """A preset of exactly this size; thermal when a dpi is given."""
    width, height = round(width_mm, 1), round(height_mm, 1)
    key = f"custom:{width:g}x{height:g}" + (f"@{dpi}" if dpi else "")
    kind = f"Thermal, {dpi} dpi" if dpi else "Vector"
    title = f"{kind}, custom {width:g} x {height:g} mm"
    return MediaPreset(key, title, width, height, dpi=dpi, thermal=dpi is not None)


def _parse_custom(key: str) -> MediaPreset:
    size, _, dpi = key.removeprefix("custom:").partition("@")
    try:
        width, height = (float(v) for v in size.split("x"))
        return custom(width, height, dpi=int(dpi) if dpi else None)
    except ValueError as exc:
        raise KeyError(f"bad custom preset key {key!r} (expected custom:WxH@dpi)") from exc
