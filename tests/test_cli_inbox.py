"""`ocdesk inbox`: the callbacks the store holds, for scripts (--json) and for people (a table)."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

import pytest

from ocdesk import cli
from ocdesk.store.db import Database
from ocdesk.store.paths import app_paths
from ocdesk.webhook.inbox import WebhookInbox

pytestmark = pytest.mark.usefixtures("root_logging")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def inbox() -> WebhookInbox:
    """The inbox of this desk's store, holding three callbacks of two orders; one handled."""
    db = Database(app_paths().ensure().database_file)
    inbox = WebhookInbox(db)
    for event_id, order, status in (("e1", "OCO1GB", "picked"), ("e2", "OCO2GB", "packed"),
                                     ("e3", "OCO1GB", "shipped")):  # fmt: skip
        data = {"eventId": event_id, "orderNumber": order, "status": status,
                "eventTime": "2026-12-06T14:02:11+0800"}  # fmt: skip
        inbox.store(data, json.dumps({"messageId": event_id, "data": data}))
        time.sleep(0.01)  # arrival order is what the list is sorted by
    inbox.mark_handled([inbox.get("e1").id])  # type: ignore[union-attr]
    return inbox


def test_json_lists_every_callback_newest_first_with_its_times_and_state(
    inbox: WebhookInbox, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "inbox", "--json")

    assert code == 0, err
    listed = json.loads(out)
    assert [e["event_id"] for e in listed] == ["e3", "e2", "e1"]
    newest = listed[0]
    assert (newest["order_number"], newest["status"], newest["handled"]) == ("OCO1GB", "shipped",
                                                                             False)  # fmt: skip
    assert newest["handled_at"] is None and listed[2]["handled"] is True
    received = datetime.fromisoformat(newest["received_at"])
    assert received.utcoffset() is not None and abs(received.timestamp() - time.time()) < 60
    assert newest["data"]["eventTime"] == "2026-12-06T14:02:11+0800"


def test_unhandled_order_and_limit_narrow_the_list(
    inbox: WebhookInbox, capsys: pytest.CaptureFixture[str]
) -> None:
    def listed(*options: str) -> list[str]:
        code, out, err = run(capsys, "inbox", "--json", *options)
        assert code == 0, err
        return [e["event_id"] for e in json.loads(out)]

    assert listed("--unhandled") == ["e3", "e2"]
    assert listed("--order", "oco1gb") == ["e3", "e1"]
    assert listed("--order", "OCO1GB", "--unhandled") == ["e3"]
    assert listed("--limit", "1") == ["e3"]


def test_people_get_an_aligned_table_in_local_time(
    inbox: WebhookInbox, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "inbox")

    assert code == 0
    header, *rows = out.splitlines()
    assert header.split() == ["RECEIVED", "ORDER", "STATUS", "HANDLED", "EVENT", "ID"]
    assert len(rows) == 3
    today = datetime.now().strftime("%Y-%m-%d")
    assert all(row.startswith(today) for row in rows)
    for column in ("ORDER", "STATUS", "HANDLED", "EVENT ID"):
        at = header.index(column)  # every cell starts under its heading
        assert all(row[at - 2 : at] == "  " and row[at] != " " for row in rows), column
    assert "not yet" in rows[0] and "not yet" not in rows[2]


def test_an_empty_inbox_says_so_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "inbox", "--unhandled")

    assert (code, out) == (0, "")
    assert err.strip() == "No callbacks received with --unhandled."


def test_a_store_that_cannot_be_opened_exits_5_naming_the_database(
    ocdesk_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ocdesk_home.mkdir(parents=True)
    (ocdesk_home / "data").write_text("not a folder")  # where the database's folder should be

    code, out, err = run(capsys, "inbox", "--json")

    assert (code, out) == (5, "")
    assert err.startswith(f"error: cannot open the database {ocdesk_home / 'data'}")
    assert "Check that its folder exists" in err and len(err.splitlines()) == 1
