"""What a print says when it ends: the same words on the card, the panel and the status bar."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTime

from ocdesk.gui.words import moment_text, short_time
from ocdesk.labels.history import PrintRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintFeedback", text)


def printed(printer: str, at: QTime | None = None, note: str = "") -> str:
    """ "Printed on Zebra-1 at 14:02" (now, unless `at` says when), and on the next line what
    the printer said about itself afterwards (`note`, e.g. out of labels), if anything."""
    when = short_time(at or QTime.currentTime())
    text = _tr("Printed on {printer} at {time}").format(printer=printer, time=when)
    return f"{text}\n{note}" if note else text


def not_printed(reason: str) -> str:
    """ "Not printed: " and why, in words that end with what to do."""
    return _tr("Not printed: {reason}").format(reason=reason)


def not_fetched(error: str) -> str:
    """A label that never reached the printer because OC did not send it."""
    return not_printed(_tr("OC did not send the label. {error}").format(error=error))


def dialog_closed() -> str:
    return not_printed(_tr("the printer dialog was closed. Print again to choose a printer."))


def print_state(last: PrintRecord | None, count: int, this_desk: str = "") -> str:
    """A card's "Label printed 14:02 on Zebra-1 by Li Wei" (its newest print), or never printed;
    "on DESK-A (Zebra-1)" when another desk printed it (a shared database)."""
    if last is None:
        return _tr("Label not printed yet")
    printer = last.printer or "?"
    if last.workstation and last.workstation != this_desk:
        printer = _tr("{desk} ({printer})").format(desk=last.workstation, printer=printer)
    text = _tr("Label printed {time} on {printer} by {user}").format(
        time=moment_text(datetime.fromtimestamp(last.at)), printer=printer, user=last.user or "?"
    )
    if count > 1:
        text += _tr(" ({count} times)").format(count=count)
    return text
