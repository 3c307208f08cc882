"""A print that cannot come out says why in words, with what to do, before anything is sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from ocdesk.labels import presets, printing
from ocdesk.labels.document import LabelDocument

pytestmark = pytest.mark.usefixtures("qapp")
STOCK = presets.get("100x150@203")


def test_cups_not_running_is_said_with_what_to_do(
    return_doc: LabelDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []

    def lpstat(command: list[str], *, check: bool = True) -> str:
        asked.append(command)
        return "scheduler is not running\n"  # what `lpstat -r` says with cupsd stopped

    monkeypatch.setattr(printing.cups, "cups_installed", lambda: True)
    monkeypatch.setattr(printing.cups, "_run", lpstat)
    sent: list[bytes] = []
    monkeypatch.setattr(printing.cups, "submit", lambda pdf, *a, **k: sent.append(pdf))
    outcome = printing.print_cups(return_doc, "ocdesk-pdf", STOCK)
    assert not outcome.ok and sent == [] and [c[0] for c in asked] == ["lpstat"]
    assert "print service (CUPS) is not running" in outcome.message
    assert "then print again" in outcome.message


def test_a_printer_the_system_does_not_know_is_named_without_cups(
    return_doc: LabelDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing.cups, "cups_installed", lambda: False)
    monkeypatch.setattr(printing, "cups_available", lambda: False)
    monkeypatch.setattr(printing, "available_printers", lambda: ["Office"])
    outcome = printing.print_qt(return_doc, "Zebra-1", STOCK)
    assert not outcome.ok
    assert outcome.message.startswith("there is no printer called Zebra-1 on this computer")


def test_a_pdf_that_could_not_be_made_says_where_and_what_to_check(
    return_doc: LabelDocument, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "label.pdf"
    outcome = printing.print_qt(return_doc, "", STOCK, output_file=target)
    assert not outcome.ok and not target.exists()
    assert outcome.message == printing.NO_PDF.format(path=target)
    assert "can be written" in outcome.message
