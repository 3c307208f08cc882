"""Labels sent straight to a label printer in ZPL or TSPL: read back by a fake printer on
loopback, measured in dots and scanned; its status answers decide whether anything is sent."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_printer import HEAD_OPEN, PAPER_OUT, PAUSED, DevicePrinter, FakePrinter, decode_zpl
from label_checks import Scanner

from ocdesk.labels import cups, presets
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.printing import print_label
from ocdesk.labels.raw.job import print_raw
from ocdesk.labels.raw.link import Timeouts

pytestmark = pytest.mark.usefixtures("qapp")
RETURN_STOCK = presets.get("100x150@203")
QUICK = Timeouts(connect_s=1.0, answer_s=0.5, send_s=1.0)


def scanned(scanner: Scanner, page) -> list[str]:  # noqa: ANN001 - a fake_printer.Page
    return scanner.texts(page.picture.convert("L"))


@pytest.mark.parametrize(
    ("language", "options", "encoding"),
    [("zpl", "", "ascii"), ("zpl", "?compression=z64", "z64"),
     ("zpl", "?compression=hex", "hex"), ("tspl", "", "tspl")],
)  # fmt: skip
def test_a_return_label_arrives_at_its_exact_dots_and_scans(
    return_doc: LabelDocument, scanner: Scanner, language: str, options: str, encoding: str
) -> None:
    with FakePrinter(language) as printer:
        outcome = print_label(return_doc, printer.address + options, RETURN_STOCK)
        printer.wait_for_jobs(1)
    assert outcome.ok, outcome.message
    (page,) = printer.pages()
    assert page.encoding == encoding
    assert page.picture.size == (799, 1199)  # 100 x 150 mm at 203 dpi, not scaled
    assert scanned(scanner, page) == [return_doc.number]


def test_the_job_carries_the_presets_width_length_darkness_speed_and_copies(
    return_doc: LabelDocument,
) -> None:
    stock = presets.MediaPreset("dark", "dark stock", 100, 150, dpi=203, thermal=True,
                                darkness=25, speed=6, roll_gap_mm=2)  # fmt: skip
    with FakePrinter("zpl") as zebra, FakePrinter("tspl") as tsc:
        assert print_label(return_doc, zebra.address, stock, copies=3).ok
        assert print_label(return_doc, tsc.address, stock, copies=3).ok
        zebra.wait_for_jobs(1)
        tsc.wait_for_jobs(1)
    assert zebra.jobs[0].startswith(b"~SD25\n^XA^MNY^PW799^LL1199")
    ((zpl_page,), (tspl_page,)) = zebra.pages(), tsc.pages()
    assert (zpl_page.copies, zpl_page.settings["PR"]) == (3, "6")
    assert tspl_page.copies == 3
    assert {k: tspl_page.settings[k] for k in ("SIZE", "GAP", "DENSITY", "SPEED")} == {
        "SIZE": "100 mm,150 mm", "GAP": "2 mm,0 mm", "DENSITY": "12", "SPEED": "6"}  # fmt: skip


def test_every_page_of_a_multi_page_label_is_printed_in_one_job(
    sku_doc: LabelDocument, scanner: Scanner
) -> None:
    with FakePrinter("zpl") as printer:
        outcome = print_label(sku_doc, printer.address, presets.get("60x30@203"))
        printer.wait_for_jobs(1)
    assert outcome.ok, outcome.message
    assert len(printer.jobs) == 1
    pages = printer.pages()
    assert [page.picture.size for page in pages] == [(480, 240)] * 2  # 60 x 30 mm at 203 dpi
    assert [scanned(scanner, page) for page in pages] == [[sku_doc.number]] * 2


def test_a_300_dpi_printer_gets_300_dpi_dots_whatever_the_stock_says(
    return_doc: LabelDocument, scanner: Scanner
) -> None:
    with FakePrinter("zpl") as printer:
        outcome = print_label(return_doc, printer.address + "?dpi=300", RETURN_STOCK)
        printer.wait_for_jobs(1)
    assert outcome.ok, outcome.message
    (page,) = printer.pages()
    assert page.picture.size == (1181, 1772)
    assert scanned(scanner, page) == [return_doc.number]


@pytest.mark.parametrize("language", ["zpl", "tspl"])
@pytest.mark.parametrize(
    ("problems", "says"),
    [({PAPER_OUT}, "it is out of labels. Load labels, then print again."),
     ({HEAD_OPEN, PAUSED}, "its print head is open and it is paused. Close the print head and "
                           "press its Pause button to let it go on, then print again.")],
)  # fmt: skip
def test_a_printer_that_is_not_ready_gets_nothing_and_says_why_in_words(
    return_doc: LabelDocument, language: str, problems: set[str], says: str
) -> None:
    with FakePrinter(language) as printer:
        printer.problems = problems
        outcome = print_label(return_doc, printer.address, RETURN_STOCK)
    assert not outcome.ok
    assert outcome.message == f"the printer at 127.0.0.1:{printer.port} is not ready: {says}"
    assert printer.jobs == []


def test_a_printer_that_runs_out_after_the_job_says_so_beside_printed(
    return_doc: LabelDocument,
) -> None:
    with FakePrinter("zpl") as printer:
        original_take = printer._take

        def out_after_the_job(connection) -> None:  # noqa: ANN001
            original_take(connection)
            if printer.jobs:
                printer.problems = {PAPER_OUT}

        printer._take = out_after_the_job  # type: ignore[method-assign]
        outcome = print_label(return_doc, printer.address, RETURN_STOCK)
    assert outcome.ok
    assert outcome.note.startswith("The printer took the label, and now says it is out of "
                                   "labels: load labels.")  # fmt: skip
    assert "do not print it again" in outcome.note
    assert printer.status_queries == 2  # before and after, nothing more
    assert len(printer.jobs) == 1


def test_a_silent_printer_is_an_error_that_says_what_to_check_and_nothing_is_sent(
    return_doc: LabelDocument,
) -> None:
    with FakePrinter("zpl") as printer:
        printer.silent = True
        outcome = print_raw(return_doc, printer.address, RETURN_STOCK, timeouts=QUICK)
    assert not outcome.ok
    assert outcome.message.startswith(
        f"the printer at 127.0.0.1:{printer.port} did not answer within 0.5 s, so nothing was "
        "sent. Check that it is switched on, that its cable is in"
    )
    assert (printer.status_queries, printer.jobs) == (1, [])  # the question, and no label


def test_an_address_where_nothing_listens_is_not_reached(return_doc: LabelDocument) -> None:
    with FakePrinter("zpl") as printer:
        address = printer.address
    outcome = print_raw(return_doc, address, RETURN_STOCK, timeouts=QUICK)
    assert not outcome.ok
    assert outcome.message.startswith(f"the printer at 127.0.0.1:{printer.port} could not be "
                                      "reached (Connection refused). Check that it is switched on")  # fmt: skip


def test_a_job_cut_off_half_way_may_have_printed_and_is_never_sent_again(
    return_doc: LabelDocument, tmp_path: Path
) -> None:
    with DevicePrinter(tmp_path, cut={1}) as printer:
        # hex: 240 KB, more than the device takes before it stops
        outcome = print_raw(return_doc, printer.address + "?compression=hex", RETURN_STOCK,
                            timeouts=QUICK)  # fmt: skip
    assert not outcome.ok and outcome.maybe_printed
    assert outcome.message.startswith(f"the connection to {printer.path} broke while the label "
                                      "was being sent (")  # fmt: skip
    assert "It may have printed: look at the printer before you print it again." in outcome.message
    assert (printer.cut_jobs, printer.jobs) == (1, [])  # sent once, and not again


def test_a_silent_printer_never_answers_a_status_question_when_told_not_to_ask(
    return_doc: LabelDocument,
) -> None:
    with FakePrinter("zpl") as printer:
        printer.silent = True
        outcome = print_raw(return_doc, printer.address + "?status=off", RETURN_STOCK,
                            timeouts=QUICK)  # fmt: skip
        printer.wait_for_jobs(1)
    assert outcome.ok and outcome.note == ""
    assert printer.status_queries == 0


def test_a_device_file_gets_the_same_job(
    return_doc: LabelDocument, scanner: Scanner, tmp_path: Path
) -> None:
    device = tmp_path / "lp0"
    device.touch()
    outcome = print_label(return_doc, f"zpl://{device}", RETURN_STOCK)
    assert outcome.ok, outcome.message
    (page,) = decode_zpl(device.read_bytes())
    assert scanned(scanner, page) == [return_doc.number]


def test_a_device_that_cannot_be_opened_says_what_to_check(return_doc: LabelDocument) -> None:
    outcome = print_label(return_doc, "zpl:///dev/ocdesk-no-such-printer", RETURN_STOCK)
    assert not outcome.ok
    assert outcome.message.startswith("/dev/ocdesk-no-such-printer could not be opened (No such "
                                      "file or directory). Check that the printer is plugged in")  # fmt: skip


def test_a_printer_address_never_asks_cups(
    return_doc: LabelDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_cups(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("CUPS was asked about a printer address")

    monkeypatch.setattr(cups, "_run", no_cups)
    with FakePrinter("zpl") as printer:
        assert print_label(return_doc, printer.address, RETURN_STOCK, via="cups").ok
