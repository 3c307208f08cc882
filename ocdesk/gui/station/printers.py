"""How the station says where it prints each label type from the first scan on (the printers
themselves: ocdesk.gui.labels.starting), and what to do where there is none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ocdesk.gui.labels.starting import (
    StartingPrinters,
    prints_on_words,
    same_printer_groups,
    types_in_words,
)
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.station_plan import StartingPrinter

ADD_PRINTER_HELP = QT_TRANSLATE_NOOP(
    "StationPrinters",
    "Add the label printer in the system's printer settings (on Linux and macOS: CUPS, "
    "http://localhost:631), then press F2 to choose it. A label printer on the network needs "
    "no setting up: press F2, Change…, and type its address (e.g. zpl://192.168.1.50).",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StationPrinters", text)


def where_words(printers: StartingPrinters) -> str:
    """One sentence per printer: where the label types print and why; what to do when nowhere."""
    lines = []
    for types in same_printer_groups(printers):
        start = printers.starts[types[0]]
        lines.append(prints_on_words(start, types) if start.printer else no_printer_words(start, types))
    return "\n".join(lines)


def no_printer_words(start: StartingPrinter, types: list[str] | None = None) -> str:
    """Why there is no printer for a label type, and what to do about it."""
    what = types_in_words(types or [start.label_type])
    if start.printers_found == 0:
        return _tr("No printer for {types}: this computer has none. ").format(types=what) + _tr(
            ADD_PRINTER_HELP
        )
    text = _tr("No printer for {types}: there are {count} printers and none is the default. "
               "Press F2 to choose one.")  # fmt: skip
    return text.format(types=what, count=start.printers_found)
