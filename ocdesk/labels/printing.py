"""Print label documents at true size: through Qt (any printer, or a PDF file) or raw to CUPS."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ocdesk.api.text import QT_TRANSLATE_NOOP, translate
from ocdesk.labels import cups
from ocdesk.labels.cups import (
    MISSING,
    NOT_RUNNING,
    STOPPED,
    CupsError,
    cups_available,
    wait_for_cups_job,
)
from ocdesk.labels.document import LabelDocument, LabelError, open_pdf
from ocdesk.labels.dots_pdf import Page, Placed, pdf_of
from ocdesk.labels.layout import Placement, sheets
from ocdesk.labels.outcome import BAD_LABEL, PrintOutcome, no_copies
from ocdesk.labels.outcome import said as _said
from ocdesk.labels.presets import MediaPreset
from ocdesk.labels.raw.address import AddressError, is_address, parse_address
from ocdesk.labels.raw.job import print_raw, stock_at
from ocdesk.labels.render import VECTOR_DPI, render_label, render_open_page, turned

__all__ = [
    "PrintOutcome",
    "available_printers",
    "cups_available",
    "default_printer",
    "print_cups",
    "print_label",
    "print_qt",
    "printer_trouble",
    "stock_for",
    "wait_for_cups_job",
]

# Why a label did not come out, each with what to do; PrintOutcome.message of a failed print.
# Marked for translation here, translated where used (`_said`).
_TROUBLE = {
    NOT_RUNNING: QT_TRANSLATE_NOOP(
        "printing",
        "the computer's print service (CUPS) is not running. Start it, or restart the "
        "computer, then print again.",
    ),
    MISSING: QT_TRANSLATE_NOOP(
        "printing",
        "there is no printer called {printer} on this computer. Choose another printer, "
        "or add this one again in the computer's printer settings.",
    ),
    STOPPED: QT_TRANSLATE_NOOP(
        "printing",
        "the printer {printer} is stopped. Start it again in the computer's printer "
        "settings (Resume), then print again.",
    ),
}
REJECTING_WORDS = QT_TRANSLATE_NOOP(
    "printing",
    "the printer {printer} does not take new jobs. Let it accept jobs again in the computer's "
    "printer settings, then print again.",
)
REFUSED = QT_TRANSLATE_NOOP(
    "printing",
    "the print service refused the label ({detail}). Check the printer, then print again.",
)
NOT_OPENED = QT_TRANSLATE_NOOP(
    "printing",
    "the printer {printer} could not be opened. Check that it is on and connected, then print "
    "again.",
)
NO_PDF = QT_TRANSLATE_NOOP(
    "printing",
    "no PDF was made at {path}. Check that the folder exists and can be written, then print again.",
)


VIA_QT = "qt"
VIA_CUPS = "cups"
MM_PER_INCH = 25.4


def print_label(
    doc: LabelDocument, printer: str, preset: MediaPreset, *, via: str = VIA_QT, copies: int = 1
) -> PrintOutcome:
    """Print `doc` on any printer: an address (zpl://, tspl://) gets the label's dots directly;
    a system printer gets the PDF itself through CUPS (`via` "cups") or a drawing through Qt.

    Where CUPS is not installed (Windows, a Mac without its command-line tools) "cups" prints
    through Qt, so a setting brought from another computer still prints.
    """
    if is_address(printer):
        return print_raw(doc, printer, preset, copies=copies)
    if via == VIA_CUPS and cups.cups_installed():
        return print_cups(doc, printer, preset, copies=copies)
    return print_qt(doc, printer, preset, copies=copies)


def stock_for(printer: str, preset: MediaPreset, doc: LabelDocument) -> MediaPreset:
    """The stock `doc` really prints on at `printer`: a label printer's own dpi may change it."""
    try:
        address = parse_address(printer)
    except AddressError:
        return preset  # print_raw says what is wrong with the address
    return stock_at(address, preset, doc) if address is not None else preset


def available_printers() -> list[str]:
    """Printer names the system offers (CUPS queues on Linux and macOS)."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str | None:
    return QPrinterInfo.defaultPrinterName() or None


def printer_trouble(printer_name: str) -> str | None:
    """Why a label sent to `printer_name` now would not come out (words, what to do), or None.

    Asked before anything is sent: a stopped queue would take the label and hold it, and the
    desk would be told it printed.
    """
    if not cups.cups_installed():
        if printer_name in available_printers():
            return None  # not a CUPS system: the printer is known, nothing more to ask
        return _said(_TROUBLE[MISSING], printer=printer_name)
    return _trouble(cups.queue_problem(printer_name), printer_name)


def _trouble(problem: str | None, printer_name: str) -> str | None:
    if problem is None:
        return None
    return _said(_TROUBLE.get(problem, REJECTING_WORDS), printer=printer_name)


def print_cups(
    doc: LabelDocument, printer_name: str, preset: MediaPreset, *, copies: int = 1
) -> PrintOutcome:
    """Send the label PDF itself to a CUPS queue, on media of the preset's exact size.

    Each copy is its own job. An n-up preset (A4) gets one label per sheet, centred at true
    size: CUPS' own n-up would shrink the labels; print_qt fills a sheet instead.
    """
    if copies < 1:
        return no_copies(copies)
    trouble = printer_trouble(printer_name)
    if trouble is not None:
        return PrintOutcome(False, None, trouble)
    job_ids: list[str] = []
    try:
        for _ in range(copies):
            job_ids.append(cups.submit(doc.pdf, printer_name, media=_media(preset),
                                       title=_title(doc)))  # fmt: skip
    except CupsError as exc:
        sent = translate("printing", " ({sent} of {copies} copies were sent)") if job_ids else ""
        sent = sent.format(sent=len(job_ids), copies=copies)
        words = _said(REFUSED, detail=exc)
        return PrintOutcome(False, _last(job_ids), f"{words}{sent}", tuple(job_ids))
    return PrintOutcome(
        True, _last(job_ids), f"sent to {printer_name} ({', '.join(job_ids)})", tuple(job_ids)
    )


def print_qt(
    doc: LabelDocument,
    printer_name: str,
    preset: MediaPreset,
    *,
    pages: Sequence[int] | None = None,
    copies: int = 1,
    output_file: Path | str | None = None,
) -> PrintOutcome:
    """Print the label at the printer's dots for `preset`, true size, never fitted to the paper.

    Where CUPS is installed the rendered pages go into a PDF of their own dots (dots_pdf) that
    lp hands to the queue, returning the job id; with `output_file` that PDF is written there
    instead. Elsewhere (Windows, macOS without CUPS' tools) Qt prints the same pages through
    QPrinter. Works from a worker thread; a Q(Gui)Application must exist.
    """
    if copies < 1:
        return no_copies(copies)
    chosen = list(range(doc.page_count)) if pages is None else list(pages)
    bad = [p for p in chosen if not 0 <= p < doc.page_count]
    if bad or not chosen:
        no_pages = translate("printing", "no such page(s) {pages} in {number}")
        return PrintOutcome(False, None, no_pages.format(pages=bad or chosen, number=doc.number))
    try:
        if output_file is not None:
            return _drawn_to_file(doc, preset, chosen, copies, Path(output_file))
        if cups.cups_installed():
            return _drawn_to_cups(doc, printer_name, preset, chosen, copies)
        return _drawn_by_qt(doc, printer_name, preset, chosen, copies)
    except LabelError as exc:
        return PrintOutcome(False, None, _said(BAD_LABEL, detail=exc))


def _drawn_to_file(
    doc: LabelDocument, preset: MediaPreset, pages: list[int], copies: int, output_file: Path
) -> PrintOutcome:
    drawn = _dots_pdf(doc, preset, pages, copies)
    try:
        output_file.write_bytes(drawn)
    except OSError:
        return PrintOutcome(False, None, _said(NO_PDF, path=output_file))
    return PrintOutcome(True, None, f"sent to {output_file}")


def _drawn_to_cups(
    doc: LabelDocument, printer_name: str, preset: MediaPreset, pages: list[int], copies: int
) -> PrintOutcome:
    """print_qt on a CUPS computer: the rendered pages in a PDF of their own dots, one lp job.

    The queue is asked while the label is drawn, so every label still has its own check just
    before it is sent. Measured per 100 x 150 mm label: Qt's own CUPS job and the lpstat calls
    to learn its id cost ~85 ms, QPdfWriter ~40 ms (it stores the 1-bit page as 8-bit RGB);
    this PDF takes ~2 ms.
    """
    checking = cups.QueueCheck(printer_name)
    try:
        drawn = _dots_pdf(doc, preset, pages, copies)
    finally:  # lpstat is waited for even when the label cannot be drawn
        trouble = _trouble(checking.result(), printer_name)
    if trouble is not None:
        return PrintOutcome(False, None, trouble)
    try:
        job_id = cups.submit(drawn, printer_name, media=_media(preset), title=_title(doc))
    except CupsError as exc:
        return PrintOutcome(False, None, _said(REFUSED, detail=exc))
    return PrintOutcome(True, job_id, f"sent to {printer_name} ({job_id})", (job_id,))


def _drawn_by_qt(
    doc: LabelDocument, printer_name: str, preset: MediaPreset, pages: list[int], copies: int
) -> PrintOutcome:
    """print_qt where there is no CUPS: Qt's own print system draws the pages."""
    trouble = printer_trouble(printer_name)
    if trouble is not None:
        return PrintOutcome(False, None, trouble)
    rendered = _rendered_sheets(doc, preset, pages)
    try:
        _paint(_printer(printer_name, preset, _title(doc)), rendered, preset, copies)
    except RuntimeError:
        return PrintOutcome(False, None, _said(NOT_OPENED, printer=printer_name))
    return PrintOutcome(True, None, f"sent to {printer_name}")


def _dots_pdf(doc: LabelDocument, preset: MediaPreset, pages: list[int], copies: int) -> bytes:
    return pdf_of(_rendered_sheets(doc, preset, pages) * copies, _title(doc))


def _rendered_sheets(doc: LabelDocument, preset: MediaPreset, pages: list[int]) -> list[Page]:
    """Every sheet to print with its labels rendered, once: copies repeat these pages."""
    with open_pdf(doc.pdf) as pdf:
        planned = sheets(preset, pages, [doc.page_size_mm(i) for i in range(doc.page_count)])
        return [Page(preset.width_mm, preset.height_mm, _placed(pdf, doc, preset, sheet))
                for sheet in planned]  # fmt: skip


def _placed(
    pdf: QPdfDocument, doc: LabelDocument, preset: MediaPreset, sheet: list[Placement]
) -> tuple[Placed, ...]:
    """A thermal page is the stock's own dots, centred; sheet labels go in their slots."""
    if preset.thermal and preset.dpi:
        image = render_open_page(pdf, doc, sheet[0].page_index, preset)
        width_mm, height_mm = (image.width() * MM_PER_INCH / preset.dpi,
                               image.height() * MM_PER_INCH / preset.dpi)  # fmt: skip
        left, top = (preset.width_mm - width_mm) / 2, (preset.height_mm - height_mm) / 2
        return (Placed(image, left, top, width_mm, height_mm),)
    placed = []
    for placement in sheet:
        image = render_label(pdf, doc, placement.page_index, VECTOR_DPI)
        slot = placement.slot
        placed.append(Placed(turned(image) if slot.rotated else image,
                             slot.x_mm, slot.y_mm, slot.width_mm, slot.height_mm))  # fmt: skip
    return tuple(placed)


def _media(preset: MediaPreset) -> str:
    """Office printers know their sheets by name; custom sizes are for label stock."""
    return preset.sheet or cups.media_option(preset.width_mm, preset.height_mm)


def _title(doc: LabelDocument) -> str:
    return f"{doc.label_type} label {doc.number or doc.name}".strip()


def _last(job_ids: list[str]) -> str | None:
    return job_ids[-1] if job_ids else None


def _printer(name: str, preset: MediaPreset, title: str) -> QPrinter:
    """A QPrinter set up as qpageview does: full page, no margins, the label's paper size."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    printer.setFullPage(True)
    # Copies are drawn page by page: a driver's copy count may be ignored or collated oddly.
    printer.setCopyCount(1)
    printer.setDocName(title)
    size = QPageSize(
        QSizeF(preset.width_mm, preset.height_mm),
        QPageSize.Unit.Millimeter,
        preset.title,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    # Portrait with a landscape size keeps the page exactly W x H; "Landscape" would swap it.
    printer.setPageLayout(
        QPageLayout(
            size, QPageLayout.Orientation.Portrait, QMarginsF(), QPageLayout.Unit.Millimeter
        )
    )
    if preset.thermal and preset.dpi:
        printer.setResolution(preset.dpi)
    return printer


def _paint(printer: QPrinter, rendered: list[Page], preset: MediaPreset, copies: int) -> None:
    """Draw every sheet `copies` times; on any failure the job is aborted, never half-sent."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("cannot start printing")
    # Qt's PDF output (CUPS printers) stores images as JPEG unless told otherwise, which greys
    # the edges of every bar; lossless keeps the dots as drawn.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        for number in range(copies * len(rendered)):
            if number and not printer.newPage():
                raise RuntimeError("the printer refused a new page")
            _draw_sheet(painter, printer, preset, rendered[number % len(rendered)])
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()


def _draw_sheet(painter: QPainter, printer: QPrinter, preset: MediaPreset, sheet: Page) -> None:
    if preset.thermal and preset.dpi:
        _draw_thermal(painter, printer, sheet.placed[0].image, preset.dpi)
        return
    per_mm = printer.resolution() / MM_PER_INCH
    for placed in sheet.placed:
        target = QRectF(placed.x_mm, placed.y_mm, placed.width_mm, placed.height_mm)
        painter.drawImage(QRectF(target.topLeft() * per_mm, target.size() * per_mm),
                          placed.image)  # fmt: skip


def _draw_thermal(painter: QPainter, printer: QPrinter, image: QImage, dpi: int) -> None:
    """One printer dot per image pixel, centred on the page.

    Qt rounds a custom page to whole points, so its page may be a dot or two smaller than
    the image; a 1:1 draw keeps every bar its exact width where scaling would not.
    """
    page = printer.pageLayout().fullRectPixels(printer.resolution())
    scale = printer.resolution() / dpi  # 1 unless the driver refused the preset's dpi
    width, height = image.width() * scale, image.height() * scale
    left = round((page.width() - width) / 2)
    top = round((page.height() - height) / 2)
    if scale == 1:
        painter.drawImage(QPoint(left, top), image)
    else:
        painter.drawImage(QRectF(left, top, width, height), image)
