"""Label PDFs the sandbox serves: return, carton and SKU labels with scannable Code 128 barcodes."""

from __future__ import annotations

import io
import math
from functools import cache
from typing import TYPE_CHECKING

# reportlab is imported when the first label is drawn: a sandbox that starts (for the demo
# console, say) answers its first calls without waiting for it.
if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MM = 72 / 25.4  # points per millimetre
DOT = 25.4 / 203 * MM  # one print-head dot of a 203 dpi thermal printer, in points
QUIET_MODULES = 10
LATIN, LATIN_BOLD, CJK = "Helvetica", "Helvetica-Bold", "STSong-Light"

RETURN_PAGE = (100 * MM, 150 * MM)
CARTON_PAGE = (100 * MM, 100 * MM)
SKU_PAGE = (60 * MM, 30 * MM)


@cache
def _cjk_font() -> str:
    """Register the built-in CID font once: demo data holds zh-CN names Helvetica cannot draw."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(CJK))
    return CJK


def _font_for(text: str, bold: bool) -> str:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return _cjk_font()
    return LATIN_BOLD if bold else LATIN


def _fit(text: str, font: str, size: float, max_w: float) -> str:
    """Shorten `text` with an ellipsis until it fits `max_w`, so a long name never overprints."""
    from reportlab.pdfbase import pdfmetrics

    if pdfmetrics.stringWidth(text, font, size) <= max_w:
        return text
    while text and pdfmetrics.stringWidth(text + "...", font, size) > max_w:
        text = text[:-1]
    return text + "..."


def _text(
    c: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    size: float,
    max_w: float,
    bold: bool = False,
    align: str = "left",
) -> None:
    """Draw one line; `x` is the left edge, the centre or the right edge as `align` says."""
    font = _font_for(text, bold)
    line = _fit(text, font, size, max_w)
    c.setFont(font, size)
    draw = {"left": c.drawString, "centre": c.drawCentredString, "right": c.drawRightString}
    draw[align](x, y, line)


def _module_width(value: str, avail_w: float) -> float:
    """The widest bar module that fits `avail_w` with its quiet zones.

    Rounded down to whole 203 dpi dots when at least two fit, so a thermal printer draws every
    bar at the same width; a value too long for that keeps the exact fit instead.
    """
    from reportlab.graphics.barcode.code128 import Code128

    modules = Code128(value, barWidth=1, quiet=0).width
    fit = avail_w / (modules + 2 * QUIET_MODULES)
    dots = math.floor(fit / DOT)
    return dots * DOT if dots >= 2 else fit


def _barcode(
    c: Canvas, value: str, *, centre_x: float, y: float, avail_w: float, height: float
) -> None:
    """Draw `value` as Code 128 centred on `centre_x`, bars from `y` up to `y + height`."""
    from reportlab.graphics.barcode.code128 import Code128

    module = _module_width(value, avail_w)
    quiet = QUIET_MODULES * module
    code = Code128(
        value, barWidth=module, barHeight=height, quiet=1, lquiet=quiet, rquiet=quiet,
        humanReadable=0,
    )  # fmt: skip
    code.drawOn(c, centre_x - code.width / 2, y)


def _canvas(out: io.BytesIO, page: tuple[float, float], title: str) -> Canvas:
    from reportlab.pdfgen.canvas import Canvas

    # invariant: the same label twice gives the same bytes (no creation date or random id)
    c = Canvas(out, pagesize=page, pdfVersion=(1, 4), invariant=1, pageCompression=1)
    c.setTitle(title)
    return c


def _finish(c: Canvas, out: io.BytesIO) -> bytes:
    c.save()
    return out.getvalue()


def return_label(
    order_number: str, *, region: str, date: str, carrier: str = "", tracking: str = ""
) -> bytes:
    """One 100x150 mm portrait page for a return parcel; the barcode is the OCS number."""
    out = io.BytesIO()
    c = _canvas(out, RETURN_PAGE, f"Return label {order_number}")
    w, h = RETURN_PAGE
    m, inner = 5 * MM, w - 10 * MM
    _text(c, m, h - 14 * MM, "RETURN LABEL", size=18, max_w=inner, bold=True)
    _text(c, w - m, h - 14 * MM, region, size=18, max_w=inner / 3, bold=True, align="right")
    _text(c, m, h - 22 * MM, f"Region: {region}    Date: {date}", size=10, max_w=inner)
    if carrier:
        _text(c, m, h - 29 * MM, f"Carrier: {carrier}", size=10, max_w=inner)
    if tracking:
        _text(c, m, h - 36 * MM, f"Tracking: {tracking}", size=10, max_w=inner)
    c.line(m, h - 41 * MM, w - m, h - 41 * MM)
    _text(c, w / 2, h - 55 * MM, "RMA", size=12, max_w=inner, align="centre")
    _barcode(c, order_number, centre_x=w / 2, y=55 * MM, avail_w=inner, height=30 * MM)
    _text(c, w / 2, 47 * MM, order_number, size=14, max_w=inner, bold=True, align="centre")
    c.line(m, 30 * MM, w - m, 30 * MM)
    _text(c, m, 22 * MM, f"Return to: OC warehouse {region}", size=10, max_w=inner)
    c.showPage()
    return _finish(c, out)


def carton_labels(inbound_number: str, cartons: list[str], *, region: str, date: str) -> bytes:
    """One 100x100 mm page per carton; the barcode is the inbound number, the carton is text."""
    out = io.BytesIO()
    c = _canvas(out, CARTON_PAGE, f"Carton labels {inbound_number}")
    w, h = CARTON_PAGE
    m, inner = 5 * MM, w - 10 * MM
    for index, carton in enumerate(cartons, start=1):
        _text(c, m, h - 11 * MM, "INBOUND CARTON", size=14, max_w=inner, bold=True)
        _text(c, w - m, h - 11 * MM, region, size=14, max_w=inner / 3, bold=True, align="right")
        _text(c, m, h - 18 * MM, f"Region: {region}    Date: {date}", size=9, max_w=inner)
        c.line(m, h - 21 * MM, w - m, h - 21 * MM)
        _text(c, m, h - 30 * MM, f"Carton {index} of {len(cartons)}", size=11, max_w=inner)
        _text(c, m, h - 39 * MM, carton, size=16, max_w=inner, bold=True)
        _barcode(c, inbound_number, centre_x=w / 2, y=18 * MM, avail_w=inner, height=25 * MM)
        _text(c, w / 2, 11 * MM, inbound_number, size=13, max_w=inner, bold=True, align="centre")
        c.showPage()
    return _finish(c, out)


def sku_labels(lines: list[tuple[str, int, str]], *, date: str) -> bytes:
    """60x30 mm landscape pages, `quantity` per (mfskuid, quantity, caption) line."""
    out = io.BytesIO()
    c = _canvas(out, SKU_PAGE, "SKU labels")
    w, h = SKU_PAGE
    m, inner = 1.5 * MM, w - 3 * MM
    top = h - m - 2.2 * MM  # baseline of the 6 pt caption line
    bars_y = m + 3.6 * MM  # room for the 8 pt value line under the bars
    bars_h = top - 1 * MM - bars_y  # the rest of the page, the largest that fits
    for mfskuid, quantity, caption in lines:
        for _ in range(quantity):
            _text(c, m, top, caption, size=6, max_w=inner * 0.7)
            _text(c, w - m, top, date, size=6, max_w=inner * 0.3, align="right")
            _barcode(c, mfskuid, centre_x=w / 2, y=bars_y, avail_w=inner, height=bars_h)
            _text(c, w / 2, m + 0.6 * MM, mfskuid, size=8, max_w=inner, bold=True, align="centre")
            c.showPage()
    return _finish(c, out)
