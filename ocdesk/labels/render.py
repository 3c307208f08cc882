"""Label pages to pixels: exact printer dots, no anti-aliasing, white paper, thread-safe."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from ocdesk.labels.document import LabelDocument, LabelError, open_pdf
from ocdesk.labels.layout import slots_on_page
from ocdesk.labels.presets import MediaPreset

# Office printers get labels rendered at this resolution; fine enough that no bar moves by a
# visible fraction, small enough that an A4 sheet of labels stays a few MB.
VECTOR_DPI = 600

_ALIASED = (
    QPdfDocumentRenderOptions.RenderFlag.TextAliased
    | QPdfDocumentRenderOptions.RenderFlag.PathAliased
    | QPdfDocumentRenderOptions.RenderFlag.ImageAliased
)


def dots(length_mm: float, dpi: int) -> int:
    """How many printer dots `length_mm` covers at `dpi`."""
    return round(length_mm / 25.4 * dpi)


def render_page(doc: LabelDocument, index: int, preset: MediaPreset) -> QImage:
    """Page `index` as the printer should receive it.

    Thermal presets: a 1-bit image of exactly the stock's dots (100 x 150 mm at 203 dpi is
    799 x 1199), the label at true size in the middle, turned if the stock runs the other
    way. Other presets: the label alone at `VECTOR_DPI`, in grey levels.
    Each call opens its own QPdfDocument, so worker threads may render in parallel.
    """
    with open_pdf(doc.pdf) as pdf:
        return render_open_page(pdf, doc, index, preset)


def render_open_page(
    pdf: QPdfDocument, doc: LabelDocument, index: int, preset: MediaPreset
) -> QImage:
    """`render_page` on an already open document (the printing loop opens it once)."""
    if not preset.thermal or preset.dpi is None:
        return render_label(pdf, doc, index, VECTOR_DPI)
    return _thermal_page(pdf, doc, index, preset, preset.dpi)


def render_label(pdf: QPdfDocument, doc: LabelDocument, index: int, dpi: int) -> QImage:
    """The label page alone at its own size and `dpi`, aliased, on white (Grayscale8)."""
    drawn = _drawn(pdf, doc, index, dpi)
    return _on_white(drawn, drawn.size(), QPoint(0, 0))


def turned(image: QImage) -> QImage:
    """`image` turned 90 degrees clockwise: a pure pixel shuffle, no resampling."""
    return image.transformed(QTransform().rotate(90))


def _thermal_page(
    pdf: QPdfDocument, doc: LabelDocument, index: int, preset: MediaPreset, dpi: int
) -> QImage:
    slot = slots_on_page(preset, *doc.page_size_mm(index))[0]
    label = _drawn(pdf, doc, index, dpi)
    if slot.rotated:
        label = turned(label)
    stock = QSize(dots(preset.width_mm, dpi), dots(preset.height_mm, dpi))
    page = _on_white(label, stock, QPoint(dots(slot.x_mm, dpi), dots(slot.y_mm, dpi)))
    return _black_and_white(page)


def _drawn(pdf: QPdfDocument, doc: LabelDocument, index: int, dpi: int) -> QImage:
    """Page `index` at `dpi`, aliased, on transparent pixels (as QtPdf renders)."""
    width_mm, height_mm = doc.page_size_mm(index)
    size = QSize(dots(width_mm, dpi), dots(height_mm, dpi))
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(_ALIASED)
    drawn = pdf.render(index, size, options)
    if drawn.isNull():
        raise LabelError(f"page {index + 1} of label {doc.number} could not be rendered")
    return drawn


def _on_white(image: QImage, size: QSize, at: QPoint) -> QImage:
    """`image` drawn at `at` on white paper of `size`, in grey levels: labels print on white.

    Painting straight onto grey paper gives the very grey levels that painting onto RGB and
    converting gave, in half the time (measured on the sandbox's labels).
    """
    paper = QImage(size, QImage.Format.Format_Grayscale8)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(at, image)
    painter.end()
    return paper


def _black_and_white(image: QImage) -> QImage:
    """Threshold to 1 bit, as a thermal head prints: dithering would fray the bars' edges."""
    flags = Qt.ImageConversionFlag.MonoOnly | Qt.ImageConversionFlag.ThresholdDither
    return image.convertToFormat(QImage.Format.Format_Mono, flags)
