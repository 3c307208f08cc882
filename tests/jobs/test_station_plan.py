"""Which printer a label type starts on at the station before anyone chose one."""

from __future__ import annotations

from ocdesk.jobs.station_plan import PrinterSource, StartingPrinter, starting_printer

PRINTERS = ["Zebra-1", "Office"]


def test_a_chosen_printer_wins_and_is_called_last_used_when_it_printed_last() -> None:
    chosen = starting_printer("return", chosen="Office", last_used="Zebra-1", default="Zebra-1",
                              available=PRINTERS)  # fmt: skip
    again = starting_printer("return", chosen="Zebra-1", last_used="Zebra-1", default=None,
                             available=PRINTERS)  # fmt: skip
    assert (chosen.printer, chosen.source) == ("Office", PrinterSource.CHOSEN)
    assert (again.printer, again.source) == ("Zebra-1", PrinterSource.LAST_USED)


def test_the_last_printer_used_comes_before_the_default_while_it_is_still_there() -> None:
    there = starting_printer("sku", chosen=None, last_used="Zebra-1", default="Office",
                             available=PRINTERS)  # fmt: skip
    gone = starting_printer("sku", chosen=None, last_used="Zebra-9", default="Office",
                            available=PRINTERS)  # fmt: skip
    assert (there.printer, there.source) == ("Zebra-1", PrinterSource.LAST_USED)
    assert (gone.printer, gone.source) == ("Office", PrinterSource.DEFAULT)


def test_without_a_default_the_only_printer_is_used_and_several_need_a_choice() -> None:
    only = starting_printer("carton", chosen=None, last_used=None, default=None,
                            available=["Zebra-1"])  # fmt: skip
    several = starting_printer("carton", chosen=None, last_used=None, default=None,
                               available=PRINTERS)  # fmt: skip
    none = starting_printer("carton", chosen=None, last_used=None, default=None, available=[])
    assert only == StartingPrinter("carton", "Zebra-1", PrinterSource.ONLY, 1)
    assert several == StartingPrinter("carton", None, PrinterSource.NONE, 2)
    assert none == StartingPrinter("carton", None, PrinterSource.NONE, 0)
