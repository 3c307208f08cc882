"""The audit log: what is recorded, how it is filtered, and the CSV export."""

from __future__ import annotations

import csv
import io
import json
import secrets
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from ocdesk.api import text
from ocdesk.api.redact import MASK
from ocdesk.store import audit as audit_module
from ocdesk.store import operator as operator_module
from ocdesk.store import owners
from ocdesk.store.audit import AuditLog, Words, WriteState
from ocdesk.store.logs import register_secret
from ocdesk.store.sql import Store


class Clock:
    """A clock the test moves by hand, so `since` filters are exact."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(audit_module, "time", SimpleNamespace(time=fake.time))
    return fake


@pytest.fixture
def audit(clock: Clock, monkeypatch: pytest.MonkeyPatch, any_store: Store):
    monkeypatch.delenv(operator_module.OPERATOR_ENV, raising=False)
    monkeypatch.setenv(operator_module.WORKSTATION_ENV, "desk-3")
    yield AuditLog(any_store)


def test_record_keeps_what_was_done(audit: AuditLog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(operator_module.getpass, "getuser", lambda: "desk-anna")

    entry = audit.record("hk", "outbound.cancel", "cancel", ["OCO2000009385032GB"], "ok", "done")

    assert audit.entries() == [entry]
    assert entry.id > 0
    assert entry.user == "desk-anna"
    assert entry.workstation == "desk-3"
    assert entry.key_numbers == ("OCO2000009385032GB",)


def test_an_unknown_login_name_does_not_stop_recording(
    audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_user() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(operator_module.getpass, "getuser", no_user)

    assert audit.record("hk", "sku.query", "query", [], "ok").user == "unknown"


def test_details_are_stored_without_secrets(audit: AuditLog) -> None:
    secret = secrets.token_urlsafe(16)
    register_secret(secret)

    audit.record("hk", "oauth.token", "login", [], "failed", f"sent {secret}; Bearer abc.def")

    stored = audit.entries()[0].detail
    assert secret not in stored and "abc.def" not in stored
    assert stored.startswith("sent ")


def test_entries_filter_by_profile_endpoint_and_time(audit: AuditLog, clock: Clock) -> None:
    calls = [
        ("hk", "outbound.query"),
        ("hk", "outbound.third_party_label"),
        ("uk", "outbound.create"),
        ("hk", "inbound.list"),
    ]
    for profile, endpoint in calls:
        audit.record(profile, endpoint, "call", [], "ok", user="u")
        clock.now += 60

    assert [e.endpoint_id for e in audit.entries(profile="hk", endpoint_prefix="outbound")] == [
        "outbound.third_party_label",
        "outbound.query",
    ]
    assert [e.endpoint_id for e in audit.entries(endpoint_prefix="outbound.third_")] == [
        "outbound.third_party_label"
    ]
    since = datetime.fromtimestamp(1_750_000_000.0 + 120)
    assert [e.endpoint_id for e in audit.entries(since=since)] == [
        "inbound.list",
        "outbound.create",
    ]
    assert len(audit.entries(limit=3)) == 3


def test_export_csv_to_a_file_object(audit: AuditLog) -> None:
    audit.record("hk", "outbound.create", "create", ["OCO1", "OCO2"], "partial", "=1+1", user="u")
    out = io.StringIO()

    count = AuditLog.export_csv(out, audit.entries())

    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert count == 1
    assert rows[0][:4] == ["time", "user", "workstation", "profile"]
    assert rows[1][1:] == [
        "u", "desk-3", "hk", "outbound.create", "create", "OCO1 OCO2", "partial", "'=1+1"
    ]  # fmt: skip


def test_export_csv_to_a_path_reads_back_in_a_spreadsheet_encoding(
    audit: AuditLog, tmp_path: Path
) -> None:
    audit.record("cn", "returns.orders", "query", ["OCS1DE000453014"], "ok", "退货订单", user="u")
    target = tmp_path / "audit.csv"

    AuditLog.export_csv(target, audit.entries())

    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][-1] == "退货订单"
    assert rows[1][0] == datetime.fromtimestamp(1_750_000_000.0).isoformat(" ", "seconds")


# --- writes: recorded before they leave, settled after ---------------------------------------


def test_a_write_is_recorded_as_sending_before_it_leaves_and_settled_with_ocs_number(audit):
    begun = audit.begin("desk", "outbound.create", "create order", ["REF-1"])
    assert [(e.state, e.outcome) for e in audit.entries()] == [("sending", "sending")]
    audit.settle(begun.id, WriteState.DONE, "created", numbers=["OCO0000000000001GB"])
    (entry,) = audit.entries()
    assert entry.state == "done" and entry.outcome == "created"
    assert entry.key_numbers == ("REF-1", "OCO0000000000001GB")


def test_unknown_writes_stay_open_until_a_lookup_settles_them(audit):
    begun = audit.begin("desk", "vas.create", "create VAS order", ["VAS-7"])
    audit.settle(begun.id, WriteState.UNKNOWN, "unknown: HTTP 502")
    assert [e.key_numbers for e in audit.open_writes()] == [("VAS-7",)]
    audit.settle(begun.id, WriteState.NOT_DONE, "not created: OC has no VAS-7")
    assert audit.open_writes() == []


def test_a_sending_write_of_a_live_process_is_in_flight_not_lost(audit):
    audit.begin("desk", "outbound.create", "create order", ["REF-2"])
    assert audit.open_writes() == []  # this process still runs: it will settle it


def test_a_sending_write_of_a_process_that_died_needs_a_lookup(audit, monkeypatch):
    monkeypatch.setattr(audit_module, "this_process", lambda _folder: "host-x:999999999:1")
    audit.begin("desk", "outbound.create", "create order", ["REF-3"])
    monkeypatch.undo()
    monkeypatch.setattr(audit_module, "is_gone", lambda owner, _folder: owner.startswith("host-x:"))
    assert [e.key_numbers for e in audit.open_writes()] == [("REF-3",)]


def test_owners_tell_a_gone_process_from_a_running_one(tmp_path) -> None:
    me = owners.this_process(tmp_path)
    assert not owners.is_gone(me, tmp_path)
    host, pid, start = me.split(":")
    assert owners.is_gone(f"{host}:{pid}:{int(start or 0) + 1}", tmp_path)  # pid reused
    assert not owners.is_gone(f"another-host:{pid}:{start}", tmp_path)  # cannot be seen from here


HOLD_AND_STAY = """
import sys, time
from pathlib import Path
from ocdesk.store import owners
print(owners.this_process(Path(sys.argv[1])), flush=True)
time.sleep(60)
"""


def test_an_owner_is_gone_once_its_process_ends_however_it_ends(tmp_path) -> None:
    child = subprocess.Popen([sys.executable, "-c", HOLD_AND_STAY, str(tmp_path)],
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert child.stdout is not None
    owner = child.stdout.readline().strip()
    try:
        assert not owners.is_gone(owner, tmp_path)  # it runs: its writes are in flight
    finally:
        child.kill()  # no clean-up of its own
        child.wait(10)
    assert owners.is_gone(owner, tmp_path)
    assert list(tmp_path.iterdir()) == []  # the lock file it left is cleared on the way


def test_the_owners_folder_keeps_only_the_files_of_running_processes(tmp_path) -> None:
    left = tmp_path / "4242-1.lock"  # a process that crashed before this one started
    left.write_text("")
    me = owners.this_process(tmp_path)
    _, pid, start = me.split(":")
    assert [p.name for p in tmp_path.iterdir()] == [f"{pid}-{start}.lock"]


def test_joined_words_read_part_by_part_and_an_older_reader_reads_their_english(
    audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    chinese = {"created {created} of {total}": "{total} 个中已创建 {created} 个", "; ": "；",
               "refused {count}": "被拒绝 {count} 个", "ok": "成功"}  # fmt: skip
    summary = Words.joined(
        Words.of("created {created} of {total}", created=48, total=50),
        Words.of("refused {count}", count=1),
        Words.of("not sent {count}: {why}", count=1, why="{no} braces read as names"),
    )
    audit.record("hk", "outbound.create", "create from CSV", ["R1"], summary, state="done")
    audit.record("hk", "outbound.cancel", "cancel", ["OCO1"], Words("ok"), state="done")
    monkeypatch.setattr(text, "_translator", lambda _context, english: chinese.get(english, ""))

    one, joined = audit.entries()
    english = "created 48 of 50; refused 1; not sent 1: {no} braces read as names"
    assert joined.outcome == english  # the CSV export and the command line read this
    assert joined.shown_outcome == "50 个中已创建 48 个；被拒绝 1 个；not sent 1: {no} braces read as names"
    older = json.loads(joined.outcome_words)  # what an ocdesk reading one template finds
    assert older["template"].format(**older["values"]) == english
    assert json.loads(one.outcome_words) == {"template": "ok", "values": {}}  # as before
    assert one.shown_outcome == "成功"


def test_a_detail_keeps_its_words_for_each_reader_and_no_secret_in_either_column(
    audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = secrets.token_urlsafe(16)
    register_secret(secret)
    chinese = {"{printer}, {preset}: {message}": "{printer}，{preset}：{message}", "; ": "；",
               "reprint: {reason}": "重打：{reason}"}  # fmt: skip
    detail = Words.joined(
        Words.of("{printer}, {preset}: {message}", printer="Zebra-1", preset="60x30",
                 message=f"sent with {secret}"),
        Words.of("reprint: {reason}", reason="torn"),
    )  # fmt: skip
    audit.record("hk", "label.print", "reprint", ["OC1"], "printed", detail)
    audit.record("hk", "returns.cancel_rma", "cancel", ["R1"], "ok", "typed by hand")
    monkeypatch.setattr(text, "_translator", lambda _context, english: chinese.get(english, ""))

    plain, printed = audit.entries()
    assert printed.detail == f"Zebra-1, 60x30: sent with {MASK}; reprint: torn"  # as before
    assert printed.shown_detail == f"Zebra-1，60x30：sent with {MASK}；重打：torn"
    assert secret not in printed.detail_words and secret not in printed.detail
    assert (plain.detail_words, plain.shown_detail) == ("", "typed by hand")  # as written


def test_settling_a_write_keeps_its_details_words(audit: AuditLog) -> None:
    begun = audit.begin("hk", "inbound.upload_clearance", "upload", ["OCI1"])
    uploaded = Words.of("files: {files}", files="a.pdf")
    audit.settle(begun.id, WriteState.DONE, Words("ok"), detail=uploaded)
    (entry,) = audit.entries()
    assert (entry.detail, json.loads(entry.detail_words)) == (
        "files: a.pdf", {"template": "files: {files}", "values": {"files": "a.pdf"}}
    )
