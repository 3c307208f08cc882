"""What a label printer says about itself (ZPL ~HS, TSPL <ESC>!?), in the desk's words."""

from __future__ import annotations

from ocdesk.api.text import QT_TRANSLATE_NOOP, translate
from ocdesk.labels.raw import tspl, zpl
from ocdesk.labels.raw.address import ZPL, PrinterAddress
from ocdesk.labels.raw.link import Timeouts, ask

PAPER_OUT = "paper out"
HEAD_OPEN = "head open"
PAUSED = "paused"
RIBBON_OUT = "ribbon out"
PAPER_JAM = "paper jam"
FAULT = "fault"

# (what the printer is, what to do about it), in that order of urgency.
_WORDS = {
    HEAD_OPEN: (QT_TRANSLATE_NOOP("PrinterStatus", "its print head is open"),
                QT_TRANSLATE_NOOP("PrinterStatus", "close the print head")),
    PAPER_OUT: (QT_TRANSLATE_NOOP("PrinterStatus", "it is out of labels"),
                QT_TRANSLATE_NOOP("PrinterStatus", "load labels")),
    PAPER_JAM: (QT_TRANSLATE_NOOP("PrinterStatus", "the labels are jammed"),
                QT_TRANSLATE_NOOP("PrinterStatus", "clear the jam")),
    RIBBON_OUT: (QT_TRANSLATE_NOOP("PrinterStatus", "it is out of ribbon"),
                 QT_TRANSLATE_NOOP("PrinterStatus", "put in a new ribbon")),
    PAUSED: (QT_TRANSLATE_NOOP("PrinterStatus", "it is paused"),
             QT_TRANSLATE_NOOP("PrinterStatus", "press its Pause button to let it go on")),
    FAULT: (QT_TRANSLATE_NOOP("PrinterStatus", "it reports an error"),
            QT_TRANSLATE_NOOP("PrinterStatus", "look at its display or lights")),
}  # fmt: skip
_TSPL_BITS = ((0x01, HEAD_OPEN), (0x02, PAPER_JAM), (0x04, PAPER_OUT), (0x08, RIBBON_OUT),
              (0x10, PAUSED), (0x80, FAULT))  # fmt: skip
_ETX = b"\x03"


class UnreadableStatus(ValueError):
    """The printer answered, but not in its language's status format."""


def printer_problems(address: PrinterAddress, timeouts: Timeouts) -> list[str]:
    """What keeps the printer from printing now (PAPER_OUT, ...); [] when it is ready.

    link.NotSent or link.NoAnswer when it cannot be asked; UnreadableStatus for a strange answer.
    """
    if address.language == ZPL:
        answer = ask(address, zpl.STATUS_QUERY, lambda a: a.count(_ETX) >= 3, timeouts)
        return zpl_problems(answer)
    return tspl_problems(ask(address, tspl.STATUS_QUERY, lambda a: len(a) >= 1, timeouts))


def zpl_problems(answer: bytes) -> list[str]:
    """From the three ~HS lines: paper out and pause (line 1), head up and ribbon out (line 2;
    the ribbon only counts in thermal-transfer mode)."""
    lines = [part.strip(b"\x02\r\n ").decode("ascii", "replace").split(",")
             for part in answer.split(_ETX)[:3]]  # fmt: skip
    if len(lines) < 2 or len(lines[0]) < 3 or len(lines[1]) < 5:
        raise UnreadableStatus(f"not a ~HS answer: {answer[:60]!r}")
    first, second = lines[0], lines[1]
    found = {PAPER_OUT: first[1] == "1", PAUSED: first[2] == "1", HEAD_OPEN: second[2] == "1",
             RIBBON_OUT: second[3] == "1" and second[4] == "1"}  # fmt: skip
    return [problem for problem in _WORDS if found.get(problem)]


def tspl_problems(answer: bytes) -> list[str]:
    """From the one status byte: each bit one problem (0x20, printing, is none)."""
    byte = answer[0]
    found = {problem for bit, problem in _TSPL_BITS if byte & bit}
    return [problem for problem in _WORDS if problem in found]


def problems_words(problems: list[str]) -> tuple[str, str]:
    """("it is out of labels and its print head is open", "load labels and close the print
    head"), in the user's language."""
    return (_and([translate("PrinterStatus", _WORDS[p][0]) for p in problems]),
            _and([translate("PrinterStatus", _WORDS[p][1]) for p in problems]))  # fmt: skip


def _and(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    last = translate("PrinterStatus", "{first} and {last}")
    return last.format(first=", ".join(parts[:-1]), last=parts[-1])
