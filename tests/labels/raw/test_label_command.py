"""`ocdesk label returns.label --print zpl://...`: the label comes out of the (fake) label printer,
recorded in the history as a print on that address; a reprint is recorded as one."""

from __future__ import annotations

import json

import pytest
from fake_printer import PAPER_OUT, FakePrinter
from label_checks import Scanner, return_numbers

from ocdesk import cli
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.paths import app_paths

# qapp: a QApplication, before the command would make a QGuiApplication of its own.
pytestmark = pytest.mark.usefixtures("root_logging", "qapp")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def history(number: str) -> list[dict]:
    rows = Database(app_paths().database_file).query(
        "SELECT printer, preset, outcome, reprint_of FROM print_history WHERE number = ?"
        " ORDER BY id", (number,))  # fmt: skip
    return [dict(row) for row in rows]


def test_label_prints_on_a_zpl_printer_address_and_a_second_print_is_a_recorded_reprint(
    capsys: pytest.CaptureFixture[str], shared_sandbox: Sandbox, oc_session: Session
) -> None:
    number = return_numbers(oc_session, 1)[0]
    with FakePrinter("zpl") as printer:
        argv = ["label", "returns.label", "--data", json.dumps({"orderNumber": number}),
                "--print", printer.address, "--sandbox-url", shared_sandbox.base_url]  # fmt: skip
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        assert out.startswith(f"{number}: printed on {printer.address} (sent to {printer.address}")
        printer.wait_for_jobs(1)
        code, _, err = run(capsys, *argv)
        assert code == 0, err
        printer.wait_for_jobs(2)
    pages = printer.pages()
    assert [page.picture.size for page in pages] == [(799, 1199)] * 2
    assert [Scanner().texts(page.picture.convert("L")) for page in pages] == [[number]] * 2
    first, second = history(number)
    assert (first["printer"], first["preset"], first["outcome"]) == (
        printer.address, "100x150@203", "printed")  # fmt: skip
    assert first["reprint_of"] is None and second["reprint_of"] is not None
    audited = AuditLog(Database(app_paths().database_file)).entries(endpoint_prefix="label.print")
    assert [e.action for e in reversed(audited)] == ["print", "reprint"]


def test_a_printer_out_of_labels_prints_nothing_and_the_command_says_why(
    capsys: pytest.CaptureFixture[str], shared_sandbox: Sandbox, oc_session: Session
) -> None:
    number = return_numbers(oc_session, 2)[1]
    with FakePrinter("tspl") as printer:
        printer.problems = {PAPER_OUT}
        code, out, err = run(capsys, "label", "returns.label", "--data",
                             json.dumps({"orderNumber": number}), "--print", printer.address,
                             "--sandbox-url", shared_sandbox.base_url)  # fmt: skip
    assert code != 0
    assert f"NOT printed on {printer.address}" in out
    assert "is not ready: it is out of labels. Load labels, then print again." in out
    assert "did not print" in err
    assert printer.jobs == []
    assert [row["outcome"].startswith("failed: ") for row in history(number)] == [True]


def test_a_wrong_printer_address_is_refused_before_oc_is_asked(
    capsys: pytest.CaptureFixture[str], shared_sandbox: Sandbox
) -> None:
    code, out, err = run(capsys, "label", "returns.label", "--data", '{"orderNumber": "X"}',
                         "--print", "zpl://127.0.0.1:PORT", "--sandbox-url",
                         shared_sandbox.base_url)  # fmt: skip
    assert code == 2
    assert out == ""
    assert "--print: PORT is not a port number (in zpl://127.0.0.1:PORT)" in err
    assert "Nothing was sent." in err
