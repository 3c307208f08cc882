"""Bad input on the command line: one clear line on stderr, a documented exit code, no traceback.

Every case runs `python -m ocdesk ...` as a real process against a sandbox, the way a desk
worker's script would.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
from label_checks import CUPS_QUEUE, require_cups_queue
from samples import Seeded

from ocdesk import cli
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.db import Database
from ocdesk.store.logs import register_secret
from ocdesk.store.paths import app_paths

CLOSED = "closed"  # run with standard input closed, as from a service or `<&-`


@dataclass(frozen=True)
class Case:
    """One bad input: the arguments ({url}, {label}, {tmp} filled in), what must come back."""

    argv: tuple[str | bytes, ...]
    code: int
    message: str
    stdin: bytes | str = b""
    files: dict[str, bytes] = field(default_factory=dict)
    sends_nothing: bool = True


DATA = ("call", "outbound.query", "--sandbox-url", "{url}", "--data")
LABEL = ("label", "sku.label", "--sandbox-url", "{url}", "--data", "{label}")
SKU_LABEL = ("call", "sku.label", "--sandbox-url", "{url}", "--data")

CASES: dict[str, Case] = {
    "data-file-latin-1": Case((*DATA, "@{tmp}/o.json"), 2, "o.json is not UTF-8 text (byte 0xe9",
                              files={"o.json": '{"ref": "café"}'.encode("latin-1")}),
    "data-file-utf-16": Case((*DATA, "@{tmp}/o.json"), 2, "o.json is UTF-16 text; save it as UTF-8",
                             files={"o.json": '{"ref": 1}'.encode("utf-16")}),
    "data-file-binary": Case((*DATA, "@{tmp}/o.json"), 2, "o.json is not a text file",
                             files={"o.json": bytes(range(256))}),
    "data-file-jpeg": Case((*DATA, "@{tmp}/o.json"), 2, "o.json is not UTF-8 text (byte 0xff",
                           files={"o.json": b"\xff\xd8\xff\xe0 JFIF"}),
    "data-file-missing": Case((*DATA, "@{tmp}/none.json"), 2, "cannot read"),
    "data-file-is-a-folder": Case((*DATA, "@{tmp}"), 2, "Is a directory"),
    "data-escaped-lone-surrogate": Case(
        (*SKU_LABEL, '{"skuList": [{"mfSkuId": "\\ud800", "printQuantity": 1}]}'), 2,
        "not valid Unicode (a lone surrogate such as '\\ud800'); nothing was sent"),
    "data-bytes-not-utf8-in-argument": Case(
        (*SKU_LABEL, b'{"skuList": [{"mfSkuId": "\xed\xa0\x80", "printQuantity": 1}]}'), 2,
        "not valid Unicode"),
    "data-5000-digit-integer": Case((*DATA, '{"pageSize": ' + "9" * 5000 + "}"), 2,
                                    "a number longer than 4,300 digits"),
    "data-nested-100000-deep": Case((*DATA, "@{tmp}/deep.json"), 2, "nested too deeply",
                                    files={"deep.json": b"[" * 100_000 + b"]" * 100_000}),
    "data-nan": Case((*DATA, '{"pageSize": NaN}'), 2, "holds NaN, which is not a number OC"),
    "data-infinite-number": Case((*DATA, '{"pageSize": 1e999}'), 2, "1e999, a number too large"),
    "data-stdin-closed": Case((*DATA, "-"), 2, "standard input is empty", stdin=CLOSED),
    "data-stdin-latin-1": Case((*DATA, "-"), 2, "standard input is not UTF-8 text",
                               stdin='{"x": "é"}'.encode("latin-1")),
    "out-existing-folder": Case((*LABEL, "--out", "{tmp}"), 2, "is a folder, not a file"),
    "out-dot": Case((*LABEL, "--out", "."), 2, "--out . is a folder"),
    "out-missing-folder": Case((*LABEL, "--out", "{tmp}/no/such/label.pdf"), 2,
                               "/no/such does not exist"),
    "out-dev-full": Case((*LABEL, "--out", "/dev/full"), 2,
                         "could not write /dev/full: No space left on device",
                         sends_nothing=False),
    "copies-zero": Case((*LABEL, "--out", "{tmp}/l.pdf", "--copies", "0"), 2,
                        "--copies must be from 1 to 999"),
    "login-stdin-closed": Case(("login", "--sandbox-url", "{url}"), 2,
                               "the input ended (Ctrl-D, or standard input is closed)",
                               stdin=CLOSED),
    "login-ctrl-d": Case(("login", "--sandbox-url", "{url}"), 2, "the input ended"),
    "profiles-add-ctrl-d-at-secret": Case(
        ("profiles", "add", "desk", "--client-id", "c-1"), 2, "nothing was saved"),
    "profiles-add-name-not-utf8": Case(
        ("profiles", "add", b"desk\xff", "--client-id", "c-1", "--secret-stdin"), 2,
        "the profile name is not valid text", stdin=b"s3cret\n"),
    "sandbox-url-without-scheme": Case(
        ("call", "warehouse.services", "--sandbox-url", "{host}"), 2,
        "--sandbox-url must be an http:// address"),
    "sandbox-port-in-use": Case(("sandbox", "--port", "{busy_port}"), 2,
                                "is already in use; choose another --port"),
    "sandbox-port-out-of-range": Case(("sandbox", "--port", "70000"), 2,
                                      "--port must be from 0 (any free port) to 65535"),
    "sandbox-faults-missing": Case(("sandbox", "--port", "0", "--faults", "{tmp}/none.json"), 2,
                                   "none.json: No such file or directory"),
}  # fmt: skip


@pytest.fixture(scope="module")
def label_data(shared_sandbox: Sandbox, oc_session: Session) -> str:
    """A request OC answers with an SKU label."""
    sku = Seeded(oc_session).sku
    return json.dumps({"skuList": [{"mfSkuId": sku, "printQuantity": 1}]})


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield taken.getsockname()[1]


def fill(argument: str, values: dict[str, str]) -> str:
    """The argument with {name} placeholders filled in (JSON braces stay as they are)."""
    for name, value in values.items():
        argument = argument.replace("{" + name + "}", value)
    return argument


def business_requests(base_url: str) -> int:
    log = requests.get(f"{base_url}/__emu/requests", timeout=5).json()
    entries = log if isinstance(log, list) else log.get("requests", [])
    return sum(1 for r in entries if r["path"].startswith("/openapi/"))


def run_ocdesk(
    argv: list[str | bytes], stdin: bytes | str, cwd: Path
) -> subprocess.CompletedProcess:
    closed = stdin == CLOSED
    return subprocess.run(
        [sys.executable, "-m", "ocdesk", *argv],
        input=None if closed else stdin,
        # `<&-`: the child starts with no standard input at all (Python's sys.stdin is None).
        stdin=subprocess.DEVNULL if closed else None,
        preexec_fn=(lambda: os.close(0)) if closed else None,
        capture_output=True, timeout=60, cwd=cwd, env=os.environ,
    )  # fmt: skip


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input_gets_one_clear_line_and_its_exit_code(
    case: Case, shared_sandbox: Sandbox, label_data: str, busy_port: int, tmp_path: Path
) -> None:
    url = shared_sandbox.base_url
    for name, content in case.files.items():
        (tmp_path / name).write_bytes(content)
    values = {"url": url, "host": url.removeprefix("http://"), "label": label_data,
              "tmp": str(tmp_path), "busy_port": str(busy_port)}  # fmt: skip
    argv = [fill(a, values) if isinstance(a, str) else a for a in case.argv]
    before = business_requests(url)

    done = run_ocdesk(argv, case.stdin, tmp_path)

    stderr = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert done.returncode == case.code, stderr
    assert case.message in stderr
    problem = [line for line in stderr.splitlines() if line.startswith(("error:", "ocdesk:"))]
    assert len(problem) == 1, stderr  # one line says what is wrong
    if case.sends_nothing:
        assert business_requests(url) == before


def test_nothing_is_saved_when_the_secret_prompt_ends(tmp_path: Path) -> None:
    done = run_ocdesk(["profiles", "add", "desk", "--client-id", "c-1"], b"", tmp_path)

    assert done.returncode == 2
    settings = app_paths().settings_file
    assert not settings.exists() or "desk" not in settings.read_text(encoding="utf-8")


def test_a_data_file_saved_with_a_byte_order_mark_is_read(
    shared_sandbox: Sandbox, tmp_path: Path
) -> None:
    (tmp_path / "q.json").write_bytes('{"pageSize": 5, "pageNumber": 1}'.encode("utf-8-sig"))

    done = run_ocdesk(["call", "returns.orders", "--sandbox-url", shared_sandbox.base_url,
                       "--data", "@q.json"], b"", tmp_path)  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)


def test_a_sandbox_url_before_the_command_is_used(shared_sandbox: Sandbox, tmp_path: Path) -> None:
    done = run_ocdesk(["--sandbox-url", shared_sandbox.base_url, "call", "warehouse.services"],
                      b"", tmp_path)  # fmt: skip

    assert done.returncode == 0, done.stderr


@pytest.mark.usefixtures("root_logging")
def test_an_unexpected_failure_is_one_line_and_the_traceback_goes_to_the_log(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "tok-5e2b7c9d41aa"
    register_secret(secret)

    def broken(args: object) -> int:
        raise RuntimeError(f"the catalog fell over holding {secret}")

    monkeypatch.setattr(cli, "cmd_endpoints", broken)

    code = cli.main(["endpoints"])

    err = capsys.readouterr().err
    log_file = app_paths().log_dir / "ocdesk.log"
    assert code == 1
    assert err == (
        "ocdesk: internal error: RuntimeError: the catalog fell over holding ****; "
        f"details in {log_file}\n"
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "in broken" in logged
    assert secret not in logged


# --- damaged files under the command line --------------------------------------------------


def test_a_damaged_settings_file_is_set_aside_in_one_line_and_the_command_runs(
    tmp_path: Path,
) -> None:
    settings = app_paths().ensure().settings_file
    settings.write_bytes(bytes(range(256)))

    done = run_ocdesk(["profiles", "list"], b"", tmp_path)

    stderr = done.stderr.decode()
    (aside,) = settings.parent.glob("settings.json.damaged-*")
    assert done.returncode == 0, stderr
    assert stderr.splitlines() == [
        f"warning: The settings file could not be read (it is not UTF-8 text). It was moved to "
        f"{aside} and ocdesk started with empty settings; your profiles can be restored from "
        "that file."
    ]


@pytest.mark.usefixtures("root_logging")  # cli.main sets up logging in this process
def test_a_label_printed_over_a_damaged_database_is_recorded_in_a_new_one(
    shared_sandbox: Sandbox, label_data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    require_cups_queue()
    database = app_paths().ensure().database_file
    database.write_bytes(b"not a database " * 500)

    code = cli.main(["label", "sku.label", "--data", label_data, "--print", CUPS_QUEUE,
                     "--via", "cups", "--sandbox-url", shared_sandbox.base_url])  # fmt: skip

    err = capsys.readouterr().err
    (aside,) = database.parent.glob("ocdesk.sqlite3.damaged-*")
    assert code == 0, err
    assert err.startswith(f"warning: The database {database} was damaged (file is not a database)")
    assert str(aside) in err
    assert aside.read_bytes() == b"not a database " * 500
    with Database(database) as fresh:
        assert fresh.query("SELECT count(*) FROM print_history")[0][0] == 1
