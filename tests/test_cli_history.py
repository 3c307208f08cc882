"""`ocdesk history`: the labels printed, whoever printed them where, for scripts and for people."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta
from typing import Any

import pytest
from label_checks import CUPS_QUEUE, require_cups_queue
from samples import Seeded, outbound_order

from ocdesk import cli
from ocdesk.labels.document import LabelIdentity
from ocdesk.labels.history import PrintHistory
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.operator import Operator
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import ProfileStore

pytestmark = pytest.mark.usefixtures("root_logging")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def history(capsys: pytest.CaptureFixture[str], *options: str) -> list[dict[str, Any]]:
    code, out, err = run(capsys, "history", "--json", *options)
    assert code == 0, err
    listed: list[dict[str, Any]] = json.loads(out)
    return listed


def open_returns(session: Session) -> list[str]:
    rows = session.client.call("returns.orders", {"pageSize": 200}).rows()
    return [r["orderNumber"] for r in rows if r["status"] != "cancelled"]


def print_return_label(capsys: pytest.CaptureFixture[str], sandbox: Sandbox, number: str,
                       *options: str) -> None:  # fmt: skip
    """`ocdesk [options] label returns.label ... --print ocdesk-pdf`: fetched, printed, recorded."""
    code, _, err = run(capsys, *options, "label", "returns.label", "--data",
                       json.dumps({"orderNumber": number}), "--print", CUPS_QUEUE, "--via", "cups",
                       "--sandbox-url", sandbox.base_url)  # fmt: skip
    assert code == 0, err


def test_prints_on_the_real_queue_are_listed_with_who_where_and_which_was_a_reprint(
    shared_sandbox: Sandbox, oc_session: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    require_cups_queue()
    number = open_returns(oc_session)[0]
    before = time.time()

    print_return_label(capsys, shared_sandbox, number, "--operator", "Li Wei",
                       "--workstation", "returns-desk-2")  # fmt: skip
    print_return_label(capsys, shared_sandbox, number, "--workstation", "returns-desk-2",
                       "--operator", "Li Wei")  # fmt: skip

    again, first = history(capsys, "--number", number)
    for printed in (again, first):
        assert (printed["number"], printed["label_type"], printed["printer"]) == (
            number, "return", CUPS_QUEUE)  # fmt: skip
        assert (printed["operator"], printed["workstation"]) == ("Li Wei", "returns-desk-2")
        assert printed["ok"] is True and printed["cups_job_id"]
        moment = datetime.fromisoformat(printed["printed_at"])
        assert moment.utcoffset() is not None
        assert before - 1 <= moment.timestamp() <= time.time() + 1
    assert (first["reprint"], again["reprint"]) == (False, True)
    assert again["reprint_of"] == first["id"]
    audited = AuditLog(Database(app_paths().database_file)).entries(endpoint_prefix="label.print")
    assert [(e.action, e.user, e.workstation) for e in audited] == [
        ("reprint", "Li Wei", "returns-desk-2"), ("print", "Li Wei", "returns-desk-2")]  # fmt: skip


def test_a_write_sent_with_operator_flags_is_audited_under_them(
    shared_sandbox: Sandbox, oc_session: Session, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("OCDESK_OPERATOR", "Script Runner")
    order = outbound_order(Seeded(oc_session).sku)

    code, _, err = run(capsys, "--operator", "Wang Fang", "call", "outbound.create",
                       "--workstation", "inbound-1", "--data", json.dumps([order]),
                       "--sandbox-url", shared_sandbox.base_url)  # fmt: skip

    assert code == 0, err
    (entry,) = AuditLog(Database(app_paths().database_file)).entries()
    assert (entry.user, entry.workstation) == ("Wang Fang", "inbound-1")
    assert entry.key_numbers[0] == order["referenceNumber"]


def test_the_flag_beats_the_environment_which_beats_the_desks_own_choice(
    shared_sandbox: Sandbox, oc_session: Session, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    require_cups_queue()
    settings = ProfileStore(app_paths().ensure().settings_file)
    settings.set_pref("operator.name", "Desk Choice")
    settings.set_pref("operator.workstation", "packing-3")
    monkeypatch.setenv("OCDESK_OPERATOR", "Script Runner")
    monkeypatch.delenv("OCDESK_WORKSTATION", raising=False)
    by_env, by_flag = open_returns(oc_session)[1:3]

    print_return_label(capsys, shared_sandbox, by_env)
    print_return_label(capsys, shared_sandbox, by_flag, "--operator", "Wang Fang")

    (env_print,) = history(capsys, "--number", by_env)
    (flag_print,) = history(capsys, "--number", by_flag)
    assert (env_print["operator"], env_print["workstation"]) == ("Script Runner", "packing-3")
    assert (flag_print["operator"], flag_print["workstation"]) == ("Wang Fang", "packing-3")
    assert (env_print["reprint"], flag_print["reprint"]) == (False, False)


def record(
    number: str, hours_ago: float, who: str = "Li Wei", reprint_of: int | None = None
) -> int:
    """One print in this desk's history, as the print path records it, `hours_ago` hours ago."""
    db = Database(app_paths().ensure().database_file)
    history = PrintHistory(db, lambda: Operator(who, "returns-desk-2", True))
    printed = history.record(LabelIdentity("return", number, "a" * 64), CUPS_QUEUE, "100x150@203",
                             "printed", reprint_of=reprint_of)  # fmt: skip
    db.execute("UPDATE print_history SET at = ? WHERE id = ?",
               (time.time() - hours_ago * 3600, printed))  # fmt: skip
    db.close()
    return printed


def test_number_and_since_narrow_the_list_newest_first(capsys: pytest.CaptureFixture[str]) -> None:
    first = record("OCS1A", hours_ago=72)
    record("OCS1B", hours_ago=1)
    record("OCS1A", hours_ago=0, reprint_of=first)
    two_days_ago = (datetime.now() - timedelta(days=2)).isoformat(timespec="minutes")
    with_offset = (datetime.now().astimezone() - timedelta(hours=2)).isoformat()

    def numbers(*options: str) -> list[tuple[str, bool]]:
        return [(p["number"], p["reprint"]) for p in history(capsys, *options)]

    assert numbers() == [("OCS1A", True), ("OCS1B", False), ("OCS1A", False)]
    assert numbers("--number", "ocs1a") == [("OCS1A", True), ("OCS1A", False)]
    assert numbers("--since", two_days_ago) == [("OCS1A", True), ("OCS1B", False)]
    assert numbers("--since", with_offset, "--number", "OCS1A") == [("OCS1A", True)]
    assert numbers("--since", datetime.now().date().isoformat(), "--limit", "1") == [
        ("OCS1A", True)]  # fmt: skip


@pytest.mark.parametrize("since", ["yesterday", "06/12/2026", "2026-13-01", ""])
def test_a_since_that_is_no_iso_date_is_one_line_and_exit_2(
    since: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "history", "--since", since)

    assert (code, out) == (2, "")
    assert err.startswith(f"error: --since {since!r} is not an ISO 8601 date or time; use e.g.")
    assert len(err.splitlines()) == 1


def test_people_get_an_aligned_table_in_local_time(capsys: pytest.CaptureFixture[str]) -> None:
    first = record("OCS1A", hours_ago=1, who="李伟")
    record("OCS1A", hours_ago=0, reprint_of=first)

    code, out, _ = run(capsys, "history")

    assert code == 0
    header, again, original = out.splitlines()
    assert header.split() == ["PRINTED", "NUMBER", "LABEL", "PRINTER", "OPERATOR", "WORKSTATION",
                              "REPRINT", "OUTCOME"]  # fmt: skip
    shown = datetime.strptime(again[:16], "%Y-%m-%d %H:%M")  # local time, as the clock reads
    assert abs(shown - datetime.now()) < timedelta(minutes=2)
    desk = header.index("WORKSTATION")
    assert again.index("returns-desk-2") == desk
    assert original.index("returns-desk-2") == desk - 2  # 李伟 is four columns wide on a terminal
    assert again[header.index("REPRINT") :].split()[0] == "yes"
    assert original[header.index("REPRINT") :].split()[0] == "printed"


def test_an_empty_history_says_so_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "history", "--number", "OCS1A")

    assert (code, out) == (0, "")
    assert err.strip() == "No label prints recorded with --number OCS1A."


@pytest.mark.parametrize(("argv", "message"), [
    (["history", "--limit", "0"], "error: --limit must be 1 or more, not 0"),
    (["--operator", "x" * 61, "history"], "error: --operator: Use at most 60 characters."),
    (["--workstation", "  ", "history"], "error: --workstation: Type a name."),
])  # fmt: skip
def test_bad_options_exit_2_with_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *argv)

    assert (code, err.strip()) == (2, message)
