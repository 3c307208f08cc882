"""`ocdesk` on the command line: calls, labels, logins and exit codes, against real sandboxes."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import requests
from label_checks import CUPS_QUEUE, Scanner, cups_output, require_cups_queue
from samples import Sample, Seeded, outbound_order, samples

from ocdesk import cli
from ocdesk.api import catalog
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import sandbox_session
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.paths import app_paths

MM = 72 / 25.4
pytestmark = pytest.mark.usefixtures("root_logging")


@pytest.fixture(scope="module")
def sandbox_process() -> Iterator[dict[str, str]]:
    """`ocdesk sandbox` as its own process; yields the JSON of its first stdout line."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "ocdesk", "sandbox", "--port", "0", "--seed", "3"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        yield json.loads(proc.stdout.readline())
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def received(base_url: str) -> list[dict]:
    """What the sandbox received on its business paths."""
    log = requests.get(f"{base_url}/__emu/requests", timeout=5).json()
    entries = log if isinstance(log, list) else log.get("requests", [])
    return [r for r in entries if r["path"].startswith("/openapi/")]


def test_sandbox_first_line_is_its_demo_account(sandbox_process: dict[str, str]) -> None:
    assert set(sandbox_process) == {"base_url", "client_id", "client_secret", "redirect_uri"}
    assert sandbox_process["base_url"].startswith("http://127.0.0.1:")


def test_call_prints_ocs_whole_response(sandbox_process, capsys) -> None:
    code, out, _ = run(capsys, "call", "warehouse.services", "--sandbox-url",
                       sandbox_process["base_url"])  # fmt: skip
    assert code == 0
    body = json.loads(out)
    assert body["code"] == 0
    regions = {row["serviceRegion"] for row in body["data"]}
    assert {"DE", "UK", "AU", "AU-MEL", "US-East"} <= regions


@pytest.fixture(scope="module")
def cli_samples(sandbox_process: dict[str, str]) -> dict[str, Sample]:
    return samples(Seeded(sandbox_session(sandbox_process["base_url"])))


@pytest.mark.parametrize("endpoint_id", [e.id for e in catalog.business_endpoints()])
def test_call_succeeds_for_every_business_endpoint(
    sandbox_process, cli_samples, capsys, endpoint_id: str
) -> None:
    data = cli_samples[endpoint_id].ok
    argv = ["call", endpoint_id, "--sandbox-url", sandbox_process["base_url"]]
    if data is not None:
        argv += ["--data", json.dumps(data)]
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    body = json.loads(out)
    assert body.get("code") in (0, "0") or body.get("success") is True


def test_call_in_a_subprocess_reads_data_from_stdin(sandbox_process) -> None:
    data = json.dumps(
        {"pageNumber": 1, "pageSize": 5, "serviceRegionList": [{"serviceRegion": "UK"}]}
    )
    done = subprocess.run(
        [sys.executable, "-m", "ocdesk", "call", "stock.snapshot", "--data", "-",
         "--sandbox-url", sandbox_process["base_url"]],
        input=data, capture_output=True, text=True, timeout=60, env=os.environ,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["data"]["SKUList"]) == 5


def test_invalid_input_exits_2_names_fields_and_sends_nothing(sandbox_process, capsys) -> None:
    url = sandbox_process["base_url"]
    before = len(received(url))
    orders = json.dumps([{"referenceNumber": "x" * 51, "consigneeCountryCode": "GBR"}])
    code, out, err = run(capsys, "call", "outbound.create", "--data", orders, "--sandbox-url", url)
    assert code == 2
    assert out == ""
    assert "data[0].referenceNumber" in err and "50 characters" in err
    assert "data[0].consigneeCountryCode" in err
    assert "data[0].productList" in err
    assert len(received(url)) == before


def test_bad_json_exits_2(capsys) -> None:
    code, _, err = run(
        capsys, "call", "outbound.query", "--data", "{nope", "--sandbox-url", "http://x"
    )
    assert code == 2
    assert "not valid JSON" in err


def test_unknown_endpoint_exits_2(capsys) -> None:
    code, _, err = run(capsys, "call", "outbound.qurey", "--sandbox-url", "http://x")
    assert code == 2
    assert "outbound.query" in err  # the close match is suggested


def test_business_error_exits_3_with_ocs_code_and_message(sandbox_process, capsys) -> None:
    data = json.dumps({"inboundNumberList": ["OCI4DE00000000"]})
    code, out, err = run(capsys, "call", "inbound.detail", "--data", data,
                         "--sandbox-url", sandbox_process["base_url"])  # fmt: skip
    assert code == 3
    assert "3A0529" in err and "doesnt exists" in err
    assert json.loads(out)["success"] is False  # OC's whole answer is still printed


def test_authentication_failure_exits_4(capsys, monkeypatch) -> None:
    with Sandbox(seed=1) as sb:
        info = sb.info()
        monkeypatch.setattr(
            "ocdesk.session.sandbox_info", lambda url: {**info, "client_secret": "wrong-secret"}
        )
        code, _, err = run(capsys, "call", "warehouse.services", "--sandbox-url", sb.base_url)
    assert code == 4
    assert "vAuthorization" in err
    assert "signature" in err  # the hint names the profile's signature setting


def test_network_failure_exits_5(capsys) -> None:
    with Sandbox(seed=1) as sb:
        url = sb.base_url
    code, _, err = run(capsys, "call", "warehouse.services", "--sandbox-url", url)
    assert code == 5
    assert "sandbox" in err
    # Python's words stay on the error: line for scripts; the plain sentence comes first.
    first, second, *_ = err.splitlines()
    assert first == (
        "OC cannot be reached: check the network connection (or whether the sandbox is running)."
    )
    assert second.startswith("error: ") and "Errno" in second
    assert len([line for line in err.splitlines() if line.startswith("hint: ")]) == 1


def test_label_writes_a_100x150_mm_pdf(sandbox_process, capsys, tmp_path: Path) -> None:
    url = sandbox_process["base_url"]
    number = _open_return(capsys, url)
    target = tmp_path / "return.pdf"
    code, out, _ = run(capsys, "label", "returns.label", "--data",
                       json.dumps({"orderNumber": number}), "--out", str(target),
                       "--sandbox-url", url)  # fmt: skip
    assert code == 0
    assert number in out
    width, height = pdfium.PdfDocument(target.read_bytes())[0].get_size()
    assert abs(width / MM - 100) < 0.5 and abs(height / MM - 150) < 0.5


def test_a_cli_print_is_recorded_under_the_operator_and_workstation_of_the_environment(
    sandbox_process, capsys, monkeypatch
) -> None:
    require_cups_queue()
    monkeypatch.setenv("OCDESK_OPERATOR", "Li Wei")
    monkeypatch.setenv("OCDESK_WORKSTATION", "returns-desk-2")
    url = sandbox_process["base_url"]
    number = _open_return(capsys, url)
    code, _, err = run(capsys, "label", "returns.label", "--data",
                       json.dumps({"orderNumber": number}), "--print", CUPS_QUEUE, "--via",
                       "cups", "--sandbox-url", url)  # fmt: skip
    assert code == 0, err
    db = Database(app_paths().database_file)
    (row,) = db.query("SELECT user, workstation FROM print_history WHERE number = ?", (number,))
    assert (row["user"], row["workstation"]) == ("Li Wei", "returns-desk-2")
    (entry,) = AuditLog(db).entries(endpoint_prefix="label.print")
    assert (entry.user, entry.workstation) == ("Li Wei", "returns-desk-2")


def test_label_prints_on_a_real_printer_and_a_second_print_is_a_recorded_reprint(
    sandbox_process, capsys
) -> None:
    folder = require_cups_queue()
    url = sandbox_process["base_url"]
    number = _open_return(capsys, url)
    argv = ["label", "returns.label", "--data", json.dumps({"orderNumber": number}),
            "--print", CUPS_QUEUE, "--via", "cups", "--sandbox-url", url]  # fmt: skip
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    job_id = out.split("(job ")[1].split(")")[0]
    ((size, picture),) = Scanner().pages(cups_output(folder, job_id))
    Scanner.assert_size_mm(size, (100, 150))
    assert number in Scanner().texts(picture)
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    history = Database(app_paths().database_file).query(
        "SELECT reprint_of, reason FROM print_history WHERE number = ? ORDER BY id", (number,)
    )
    assert [row["reprint_of"] is None for row in history] == [True, False]
    assert "command line" in history[1]["reason"]
    audited = AuditLog(Database(app_paths().database_file)).entries(endpoint_prefix="label.print")
    assert [(e.action, e.key_numbers) for e in reversed(audited)] == [
        ("print", (number,)), ("reprint", (number,))
    ]  # fmt: skip


def _open_return(capsys, url: str) -> str:
    code, out, _ = run(capsys, "call", "returns.orders", "--data", '{"pageSize": 200}',
                       "--sandbox-url", url)  # fmt: skip
    return next(r["orderNumber"] for r in json.loads(out)["result"]["list"]
                if r["status"] not in ("cancelled",))  # fmt: skip


def test_label_refuses_an_endpoint_without_labels(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "label", "outbound.query", "--out", str(tmp_path / "x.pdf"),
                       "--sandbox-url", "http://x")  # fmt: skip
    assert code == 2
    assert "returns.label" in err


def test_profile_login_keeps_no_secret_in_any_file(capsys, monkeypatch, ocdesk_home: Path,
                                                   test_keyring) -> None:  # fmt: skip
    """Add a profile, log in by pasting the redirect, call: secrets only in the keyring."""
    with Sandbox(seed=1) as sb:
        info = sb.info()
        monkeypatch.setattr("sys.stdin", _Lines(info["client_secret"]))
        code, _, err = run(capsys, "profiles", "add", "desk", "--env", "sandbox", "--region",
                           "custom", "--base-url", sb.base_url, "--client-id", info["client_id"],
                           "--redirect-uri", info["redirect_uri"], "--secret-stdin")  # fmt: skip
        assert code == 0, err

        def browser(url: str) -> bool:
            # The user's part: log in on OC's page, then copy the address bar.
            location = requests.get(url, allow_redirects=False, timeout=5).headers["Location"]
            monkeypatch.setattr("builtins.input", lambda prompt="": location)
            return True

        monkeypatch.setattr("webbrowser.open", browser)
        code, out, err = run(capsys, "login", "--profile", "desk")
        assert code == 0, err
        assert "Logged in" in out
        code, out, err = run(capsys, "call", "warehouse.services", "--profile", "desk")
        assert code == 0, err
        tokens_seen = [r["headers"].get("Access-Token", "") for r in received(sb.base_url)]

    stored = dict(test_keyring.entries)
    assert stored[("ocdesk", "desk:client_secret")] == info["client_secret"]
    refresh = stored[("ocdesk", "desk:refresh_token")]
    secrets = [info["client_secret"], refresh]
    files = [p for p in ocdesk_home.rglob("*") if p.is_file()]
    assert {p.parent.name for p in files} >= {"config", "logs"}
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in content, f"a secret is in {path}"
        assert b"eyJ" not in content, f"a JWT-shaped token is in {path}"
    assert tokens_seen and all(t in ("", "***") or "Bearer" not in t for t in tokens_seen)


class _Lines:
    """A stand-in stdin holding one line."""

    def __init__(self, line: str) -> None:
        self._line = line + "\n"

    def readline(self) -> str:
        line, self._line = self._line, ""
        return line


# --- writes: audit, outcome unknown (exit 6), labels of a create -----------------------------------
def _audit_entries() -> list:
    return AuditLog(Database(app_paths().database_file)).entries()


def test_a_create_whose_answer_is_lost_exits_6_and_says_what_to_run(capsys) -> None:
    with Sandbox(seed=1) as sb:
        order = outbound_order(Seeded(sandbox_session(sb.base_url)).sku)
        ref = order["referenceNumber"]
        requests.post(f"{sb.base_url}/__emu/faults", timeout=5,
                      json={"endpoint": "outbound.create", "kind": "malformed_json"})  # fmt: skip
        code, out, err = run(capsys, "call", "outbound.create", "--data", json.dumps([order]),
                             "--sandbox-url", sb.base_url)  # fmt: skip
        assert code == 6 and out == ""
        assert "may have reached OC: look it up before sending again" in err
        assert f"Look up referenceNumber: {ref}" in err
        (line,) = [t.strip() for t in err.splitlines() if t.strip().startswith("ocdesk call")]
        assert line.startswith("ocdesk call outbound.query --data ")
        (unknown,) = _audit_entries()
        assert unknown.state == "unknown" and unknown.key_numbers == (ref,)

        code, out, err = run(capsys, *shlex.split(line)[1:])  # the line it printed, as given
    assert code == 0, err
    (found,) = json.loads(out)["data"]
    assert found["referenceNumber"] == ref and found["orderNumber"].startswith("OCO")


def test_a_create_from_the_command_line_is_in_the_audit_log_with_ocs_number(
    sandbox_process, cli_samples, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("OCDESK_OPERATOR", "Li Wei")
    data = [outbound_order(cli_samples["outbound.create"].ok[0]["productList"][0]["mfSkuId"])]
    code, out, err = run(capsys, "call", "outbound.create", "--data", json.dumps(data),
                         "--sandbox-url", sandbox_process["base_url"])  # fmt: skip
    assert code == 0, err
    (created,) = json.loads(out)["data"]
    (entry,) = _audit_entries()
    assert entry.state == "done" and entry.action == "command line"
    assert entry.key_numbers == (data[0]["referenceNumber"], created["orderNumber"])
    assert entry.user == "Li Wei"  # who the environment says runs the command


def test_a_read_and_invalid_input_leave_no_audit_entry(sandbox_process, capsys) -> None:
    url = sandbox_process["base_url"]
    assert run(capsys, "call", "warehouse.services", "--sandbox-url", url)[0] == 0
    assert run(capsys, "call", "outbound.create", "--data", "[{}]", "--sandbox-url", url)[0] == 2
    assert _audit_entries() == []


def _unwritable(tmp_path: Path, case: str) -> Path:
    if case == "missing folder":
        return tmp_path / "no-such-folder" / "label.pdf"
    if case == "a folder":
        return tmp_path
    if case == "inside a file":
        (tmp_path / "notes.txt").write_text("not a folder")
        return tmp_path / "notes.txt" / "label.pdf"
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    return locked / "label.pdf"


@pytest.mark.parametrize(
    "case", ["missing folder", "a folder", "inside a file", "read-only folder"]
)
def test_label_of_a_create_checks_out_before_anything_is_sent(
    sandbox_process, cli_samples, capsys, tmp_path: Path, case: str
) -> None:
    url = sandbox_process["base_url"]
    before = [r for r in received(url) if r["endpoint_id"] == "inbound.create"]
    data = json.dumps(cli_samples["inbound.create"].ok)
    code, out, err = run(capsys, "label", "inbound.create", "--data", data,
                         "--out", str(_unwritable(tmp_path, case)), "--sandbox-url", url)  # fmt: skip
    assert code == 2 and out == ""
    assert "nothing was sent" in err
    assert [r for r in received(url) if r["endpoint_id"] == "inbound.create"] == before
    assert _audit_entries() == []


def test_label_of_a_create_writes_the_pdf_and_audits_the_order(
    sandbox_process, capsys, tmp_path: Path
) -> None:
    url = sandbox_process["base_url"]
    data = samples(Seeded(sandbox_session(url)))["inbound.create"].ok
    target = tmp_path / "carton.pdf"
    code, out, err = run(capsys, "label", "inbound.create", "--data", json.dumps(data),
                         "--out", str(target), "--sandbox-url", url)  # fmt: skip
    assert code == 0, err
    (entry,) = _audit_entries()
    assert entry.state == "done" and entry.key_numbers[0] == data["sellerInboundNumber"]
    assert entry.key_numbers[1] in out and target.read_bytes().startswith(b"%PDF")
