"""The desk guide: what a new desk worker needs on the first day, in plain words."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ocdesk.gui.help.dialog import HelpDialog
from ocdesk.gui.statuses import COLOUR_HEX, STATUS_COLOURS, status_text

COLOUR_MEANING = {
    "green": "Done: shipped, received, approved.",
    "blue": "New: created or waiting, nothing has moved yet.",
    "amber": "On its way: being picked, packed, received or carried.",
    "red": "Trouble: an exception or a refusal; open it and see what OC says.",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskGuide", text)


def _badge(colour: str, text: str) -> str:
    return (f'<span style="background:{colour}; color:white; font-weight:bold;">'
            f"&nbsp;{html.escape(text)}&nbsp;</span>")  # fmt: skip


def colour_legend() -> str:
    """One line per badge colour, with the statuses that wear it (from the badges' own table)."""
    lines = []
    for colour, statuses in STATUS_COLOURS.items():
        examples = ", ".join(status_text(s) for s in statuses[:3])
        lines.append(f"<li>{_badge(COLOUR_HEX[colour], examples)} "
                     f"{html.escape(_tr(COLOUR_MEANING[colour]))}</li>")  # fmt: skip
    return "<ul>" + "".join(lines) + "</ul>"


def guide_html() -> str:
    sections = [
        (
            _tr("Find anything"),
            _tr(
                "Scan or type any number in <b>Find</b> at the top (Ctrl+L puts the cursor there) "
                "and press Enter: an order, a return, an inbound or VAS number, an SKU, an eBay "
                "order id or your own reference. A card shows what it is, its state and what you "
                "can do with it. Esc closes the card."
            ),
        ),
        (
            _tr("Print a label"),
            _tr(
                "On the card, <b>Print label</b> prints it; Labels > Printer for… sets the printer "
                "for each kind of label. <b>View label</b> shows it first in the label panel (F9), "
                "where you can also print, save it as a PDF or print several copies."
            ),
        ),
        (
            _tr("The station"),
            _tr(
                "For a packing bench with a scanner: Labels > Scan-to-print station (F12). A "
                "scanned return, inbound or SKU number prints its label at once; an order number "
                "shows its status and tracking. F2 chooses the printers, F1 shows its keys."
            ),
        ),
        (
            _tr("Many labels at once"),
            _tr(
                "Labels > Print a batch of labels (Ctrl+Shift+B): paste or load the numbers, check "
                "the list, print. Or select rows in a table and use Labels > Print labels for the "
                "selected rows (Ctrl+Shift+P). Failed prints wait under Labels > Failed and unknown "
                "prints; nothing is printed twice without asking."
            ),
        ),
        (
            _tr("The tabs"),
            _tr(
                "One tab per kind of work (Ctrl+1, Ctrl+2, …); the bold entries on the left are "
                "the desk tasks."
            ),
        ),
        (
            _tr("What the colours mean"),
            colour_legend()
            + _tr(
                "An orange band at the top means the <b>sandbox</b>: demo data, nothing reaches "
                "OrangeConnex. In the status bar at the bottom, amber asks for attention soon and red "
                "means OC cannot be reached or a login is needed (the Account tab says what to do)."
            ),
        ),
    ]
    return "".join(f"<h3>{html.escape(title)}</h3><p>{body}</p>" for title, body in sections)


class DeskGuide(HelpDialog):
    """The guide in a window of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.text.setHtml(guide_html())
        self.set_body(self.tr("Desk guide"), self.text)
        self.resize(620, 600)
