"""One print on a label printer addressed directly: ask how it is, send the job once, ask again.

The label's pages are rendered at the printer's own dots, encoded in its language and sent as
one job. A job is never sent twice here: a connection cut half-way is a failed print that
"may have printed", and only the user decides to send it again.
"""

from __future__ import annotations

from ocdesk.api.text import QT_TRANSLATE_NOOP
from ocdesk.labels import presets
from ocdesk.labels.document import LabelDocument, LabelError, open_pdf
from ocdesk.labels.outcome import BAD_LABEL, PrintOutcome, no_copies
from ocdesk.labels.outcome import said as _said
from ocdesk.labels.presets import MediaPreset
from ocdesk.labels.raw.address import ZPL, AddressError, PrinterAddress, parse_address
from ocdesk.labels.raw.bitmap import bitmap_of
from ocdesk.labels.raw.link import NoAnswer, NotSent, SendBroken, Timeouts, send
from ocdesk.labels.raw.status import UnreadableStatus, printer_problems, problems_words
from ocdesk.labels.raw.tspl import encode_tspl
from ocdesk.labels.raw.zpl import encode_zpl
from ocdesk.labels.render import render_open_page

DEFAULT_DPI = 203  # most desk label printers; `?dpi=300` in the address for the others

NOT_REACHED = QT_TRANSLATE_NOOP(
    "printing",
    "the printer at {place} could not be reached ({reason}). Check that it is switched on, "
    "that its cable is in, and that {place} is its address (its configuration label shows "
    "it); then print again.",
)
NOT_OPENED = QT_TRANSLATE_NOOP(
    "printing",
    "{place} could not be opened ({reason}). Check that the printer is plugged in and switched "
    "on, and that you may print to it (on Linux: be in the lp group); then print again.",
)
SILENT = QT_TRANSLATE_NOOP(
    "printing",
    "the printer at {place} did not answer within {seconds:g} s, so nothing was sent. Check "
    "that it is switched on, that its cable is in, and that {place} is its address (its "
    "configuration label shows it); then print again.",
)
STRANGE = QT_TRANSLATE_NOOP(
    "printing",
    "the printer at {place} answered, but not as a {language} printer does, so nothing was "
    "sent. Check the printer's language: zpl:// for Zebra printers, tspl:// for TSC, Xprinter "
    "and similar ones.",
)
NOT_READY = QT_TRANSLATE_NOOP(
    "printing", "the printer at {place} is not ready: {problems}. {fix}, then print again."
)
CUT_OFF = QT_TRANSLATE_NOOP(
    "printing",
    "the connection to {place} broke while the label was being sent ({sent} of {total} "
    "bytes went). It may have printed: look at the printer before you print it again.",
)
AFTER_PROBLEMS = QT_TRANSLATE_NOOP(
    "printing",
    "The printer took the label, and now says {problems}: {fix}. A label that has not come "
    "out yet comes out then; do not print it again.",
)
AFTER_SILENT = QT_TRANSLATE_NOOP(
    "printing",
    "The printer took the label but did not answer afterwards; check that the label came out.",
)


def stock_at(address: PrinterAddress, preset: MediaPreset, doc: LabelDocument) -> MediaPreset:
    """The thermal stock the printer gets: the preset's, at the printer's dpi.

    A sheet preset (A4, A6) means nothing to a label printer: the label's own size is used.
    """
    dpi = address.dpi or (preset.dpi if preset.thermal and preset.dpi else DEFAULT_DPI)
    if preset.thermal and preset.dpi == dpi:
        return preset
    if preset.thermal:
        return presets.preset_for(preset.width_mm, preset.height_mm, dpi=dpi)
    return presets.preset_for(*doc.page_size_mm(0), dpi=dpi)


def encode(address: PrinterAddress, doc: LabelDocument, stock: MediaPreset, copies: int) -> bytes:
    """Every page of `doc` on `stock`, in the printer's language, as one job."""
    with open_pdf(doc.pdf) as pdf:
        pages = [bitmap_of(render_open_page(pdf, doc, index, stock))
                 for index in range(doc.page_count)]  # fmt: skip
    if address.language == ZPL:
        return encode_zpl(pages, stock, copies=copies, compression=address.compression)
    return encode_tspl(pages, stock, copies=copies)


def print_raw(
    doc: LabelDocument,
    printer: str,
    preset: MediaPreset,
    *,
    copies: int = 1,
    timeouts: Timeouts | None = None,
) -> PrintOutcome:
    """Print every page of `doc` on the printer at address `printer` (zpl://..., tspl://...).

    A networked printer is asked how it is first (unless its address says status=off): one
    that is not ready, or silent, gets nothing. Afterwards it is asked again, and what it says
    comes back as the outcome's `note`.
    """
    timeouts = timeouts or Timeouts()
    try:
        address = parse_address(printer)
    except AddressError as exc:
        return PrintOutcome(False, None, str(exc))
    if address is None:
        raise ValueError(f"{printer!r} is a system printer, not a printer address")
    if copies < 1:
        return no_copies(copies)
    try:
        job = encode(address, doc, stock_at(address, preset, doc), copies)
    except LabelError as exc:
        return PrintOutcome(False, None, _said(BAD_LABEL, detail=exc))
    asks = address.networked and address.ask_status
    refusal = _not_ready(address, timeouts) if asks else None
    if refusal is not None:
        return PrintOutcome(False, None, refusal)
    try:
        send(address, job, timeouts)
    except NotSent as exc:
        return PrintOutcome(False, None, _unreachable(address, str(exc)))
    except SendBroken as exc:
        words = _said(CUT_OFF, place=address.place, sent=exc.sent, total=exc.total)
        return PrintOutcome(False, None, words, maybe_printed=True)
    note = _after(address, timeouts) if asks else ""
    return PrintOutcome(True, None, f"sent to {address} ({len(job):,} bytes)", note=note)


def _unreachable(address: PrinterAddress, reason: str) -> str:
    words = NOT_REACHED if address.networked else NOT_OPENED
    return _said(words, place=address.place, reason=reason)


def _not_ready(address: PrinterAddress, timeouts: Timeouts) -> str | None:
    """Why nothing may be sent now, or None when the printer says it is ready."""
    try:
        problems = printer_problems(address, timeouts)
    except NotSent as exc:
        return _unreachable(address, str(exc))
    except NoAnswer:
        return _said(SILENT, place=address.place, seconds=timeouts.answer_s)
    except UnreadableStatus:
        return _said(STRANGE, place=address.place, language=address.language.upper())
    if not problems:
        return None
    what, fix = problems_words(problems)
    return _said(NOT_READY, place=address.place, problems=what, fix=fix[:1].upper() + fix[1:])


def _after(address: PrinterAddress, timeouts: Timeouts) -> str:
    """What the printer says once it has the job: "" when all is well."""
    try:
        problems = printer_problems(address, timeouts)
    except (NotSent, NoAnswer, UnreadableStatus):
        return _said(AFTER_SILENT)
    if not problems:
        return ""
    what, fix = problems_words(problems)
    return _said(AFTER_PROBLEMS, problems=what, fix=fix)
