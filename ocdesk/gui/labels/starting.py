"""Where each label type prints when nobody has chosen a printer for it yet.

Nothing has to be set up before the first label: a label type without a chosen printer starts
on the last printer used for it, else the system's default printer, else the only printer
there is (ocdesk.jobs.station_plan.starting_printer). The station and the batch dialog both
start this way, and say which printer and why.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ocdesk.gui.labels.choice import VIA_CUPS, VIA_QT, PrinterChoice
from ocdesk.gui.labels.controller import PrintController
from ocdesk.gui.labels.print_settings import type_title
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.requests import label_types
from ocdesk.jobs.station_plan import PrinterSource, StartingPrinter, starting_printer
from ocdesk.labels.history import PrintHistory
from ocdesk.labels.printing import available_printers, cups_available, default_printer
from ocdesk.labels.raw.address import is_address

_WHY = {
    PrinterSource.CHOSEN: QT_TRANSLATE_NOOP("StationPrinters", "the printer chosen for them"),
    PrinterSource.LAST_USED: QT_TRANSLATE_NOOP("StationPrinters",
                                               "the last printer used for them"),
    PrinterSource.DEFAULT: QT_TRANSLATE_NOOP("StationPrinters", "the system's default printer"),
    PrinterSource.ONLY: QT_TRANSLATE_NOOP("StationPrinters", "the only printer on this computer"),
}  # fmt: skip
_RECENT_PRINTS = 20  # how far back the history is searched for a type's last good print


@dataclass(frozen=True)
class StartingPrinters:
    """Each label type's starting printer, and the path a new choice prints by."""

    starts: dict[str, StartingPrinter]
    via: str  # the PDF itself to CUPS when CUPS runs here, else drawn through Qt

    def choice(self, label_type: str) -> PrinterChoice | None:
        """The choice `label_type` prints with when none is saved; None: no printer."""
        start = self.starts.get(label_type)
        if start is None or start.printer is None:
            return None
        return PrinterChoice(start.printer, None, self.via)


def look_up(controller: PrintController) -> StartingPrinters:
    """Worker thread: ask the settings, the print history and the system (CUPS may be slow)."""
    available = available_printers()
    default = default_printer()
    starts = {}
    for label_type in label_types():
        chosen = controller.choice_for(label_type)
        last_used = _last_printer(controller.history, label_type)
        # A label printer by address is not among the system's printers, and is as near.
        direct = [last_used] if last_used and is_address(last_used) else []
        starts[label_type] = starting_printer(
            label_type,
            chosen=chosen.printer if chosen else None,
            last_used=last_used,
            default=default,
            available=available + direct,
        )
    return StartingPrinters(starts, VIA_CUPS if cups_available() else VIA_QT)


def choice_to_use(
    controller: PrintController, printers: StartingPrinters, label_type: str
) -> tuple[PrinterChoice | None, bool]:
    """The printer for a label type, and whether it is new (to be saved once used, so the
    controller prints there and asks nothing)."""
    saved = controller.choice_for(label_type)
    if saved is not None:
        return saved, False
    return printers.choice(label_type), True


def _last_printer(history: PrintHistory, label_type: str) -> str | None:
    records = history.entries(limit=_RECENT_PRINTS, label_type=label_type)
    return next((r.printer for r in records if r.ok and r.printer), None)


# The station's words (it said them first), shared by the batch.
def _tr(text: str) -> str:
    return QCoreApplication.translate("StationPrinters", text)


def capital(text: str) -> str:
    """The first letter in capitals, the rest as it is ("SKU labels" stays so)."""
    return text[:1].upper() + text[1:]


def printer_words(start: StartingPrinter) -> str:
    """ "Zebra-1 (the system's default printer)"; for a type that has a printer."""
    return _tr("{printer} ({why})").format(printer=start.printer, why=_tr(_WHY[start.source]))


def types_in_words(label_types_: list[str]) -> str:
    """ "return labels, inbound carton labels and SKU labels" """
    titles = [type_title(t) for t in label_types_]
    if len(titles) == 1:
        return titles[0]
    return _tr("{first} and {last}").format(first=_tr(", ").join(titles[:-1]), last=titles[-1])


def same_printer_groups(printers: StartingPrinters) -> list[list[str]]:
    """The label types, grouped by the printer they start on and why (one sentence each)."""
    groups: dict[tuple[str | None, PrinterSource], list[str]] = {}
    for start in printers.starts.values():
        groups.setdefault((start.printer, start.source), []).append(start.label_type)
    return list(groups.values())


def prints_on_words(start: StartingPrinter, types: list[str]) -> str:
    """ "Return labels and SKU labels print on Zebra-1 (the system's default printer)." """
    text = _tr("{types} print on {printer}.")
    return capital(text.format(types=types_in_words(types), printer=printer_words(start)))
