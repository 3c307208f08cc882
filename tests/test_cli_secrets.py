"""`ocdesk login` and `ocdesk call --profile`: no secret ever printed or written, keyring or not.

Every way a login or a token refresh fails against the sandbox (OC gone, a reset, an HTML 502,
a timeout, a refused code or refresh token, another login's address) is played through the
command line; then stdout, stderr and every file under the config, data, cache and log folders
are searched for each secret used. A station without a keyring logs in with
OCDESK_CLIENT_SECRET, --secret-stdin, or the opt-in --insecure-storage file.
"""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import keyring
import pytest
import requests
import secret_scan as scan
from keyring.backends import fail
from secret_scan import issued_tokens_fixture, short_token_calls_fixture  # noqa: F401

from ocdesk import cli
from ocdesk.api.tokens import TokenSet
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.store import secrets as secret_store
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import ProfileStore

PROFILE = "desk"
SNAPSHOT = json.dumps(
    {"pageNumber": 1, "pageSize": 5, "serviceRegionList": [{"serviceRegion": "UK"}]}
)
YEAR_AND_A_DAY = 366 * 86400
pytestmark = pytest.mark.usefixtures("root_logging", "short_token_calls")

Browser = Callable[[str], str]  # the authorize URL -> the address the user pastes


@dataclass
class Desk:
    """A desk station's command line on the sandbox; keeps everything the commands printed."""

    sandbox: Sandbox
    capsys: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch
    found: scan.SecretValues = field(default_factory=scan.SecretValues)
    printed: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        info = self.sandbox.info()
        self.client_secret = info["client_secret"]
        self.found.add("client secret", self.client_secret)
        self.found.add_signatures(info["client_id"], self.client_secret)

    def run(self, *argv: str, stdin: str = "", env: dict[str, str] | None = None):
        """One command, as its own process would run it: nothing in memory from the last one."""
        self.monkeypatch.setattr(secret_store, "_session", {})
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        with self.monkeypatch.context() as scoped:
            for name, value in (env or {}).items():
                scoped.setenv(name, value)
            code = cli.main(list(argv))
        out, err = self.capsys.readouterr()
        self.printed += [out, err]
        return code, out, err

    def add_profile(self, *extra: str, base_url: str | None = None):
        info = self.sandbox.info()
        return self.run(
            "profiles", "add", PROFILE, "--env", "sandbox", "--region", "custom",
            "--base-url", base_url or self.sandbox.base_url, "--client-id", info["client_id"],
            "--redirect-uri", info["redirect_uri"], "--secret-stdin", *extra,
            stdin=self.client_secret + "\n",
        )  # fmt: skip

    def login(self, *extra: str, browser: Browser | None = None, stdin: str = "", **kw):
        """`ocdesk login`; `browser` plays the user's part and gives the address to paste."""
        lands = browser or partial(scan.browser_lands_on, self.sandbox)

        def open_browser(url: str) -> bool:
            pasted = lands(url)
            self.found.add_code_from(pasted)
            self.monkeypatch.setattr("builtins.input", lambda prompt="": pasted)
            return True

        self.monkeypatch.setattr("webbrowser.open", open_browser)
        return self.run("login", "--profile", PROFILE, *extra, stdin=stdin, **kw)

    def call(self, endpoint_id: str = "stock.snapshot", *extra: str, **kw):
        data = ["--data", SNAPSHOT] if endpoint_id == "stock.snapshot" else []
        return self.run("call", endpoint_id, *data, "--profile", PROFILE, *extra, **kw)

    def assert_nothing_leaked(self, home: Path, tokens: list[TokenSet], **kw: Path) -> int:
        """Search all the output and every file; returns how many files were searched."""
        for tokens_set in tokens:
            self.found.add_tokens(tokens_set)
        for number, text in enumerate(self.printed):
            self.found.assert_absent(text, f"output #{number}")
        return self.found.assert_no_file_holds_them(home, **kw)


@pytest.fixture
def desk(
    shared_sandbox: Sandbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Desk]:
    yield Desk(shared_sandbox, capsys, monkeypatch)
    requests.delete(f"{shared_sandbox.base_url}/__emu/faults", timeout=5)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A station where keyring finds no backend at all."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


# --- every failure of a login and of a refresh, then a search for the secrets ------------------


# kind: (how to set it up, exit code, what stderr says)
LOGIN_FAILURES = {
    **{kind: (setup, 5, said) for kind, (setup, said) in scan.OC_FAILURES.items()},
    "refused code": ("used code", 4, "invalid_grant"),
    "state mismatch": ("other state", 4, "different login attempt"),
}
REFRESH_FAILURES = {
    **{kind: (setup, 5, said) for kind, (setup, said) in scan.OC_FAILURES.items()},
    "refused refresh token": ("expired", 4, "OC refused to refresh the login"),
}


@pytest.mark.parametrize("kind", list(LOGIN_FAILURES))
def test_a_failed_login_prints_and_writes_no_secret(
    desk: Desk, kind: str, ocdesk_home: Path, issued_tokens: list[TokenSet]
) -> None:
    setup, exit_code, said = LOGIN_FAILURES[kind]
    browsers = {"used code": scan.use_up_the_code, "other state": scan.another_attempt}
    browser = partial(browsers.get(setup, scan.browser_lands_on), desk.sandbox)
    base_url = scan.closed_port_url() if setup == "closed port" else None
    assert desk.add_profile(base_url=base_url)[0] == 0
    if setup in ("reset", "http_502", "latency"):
        scan.break_token_calls(desk.sandbox, setup)

    code, out, err = desk.login(browser=browser)

    assert code == exit_code, err
    assert said in err
    assert "Logged in" not in out
    assert "authorization code" in desk.found.values.values()
    assert (
        desk.assert_nothing_leaked(ocdesk_home, issued_tokens) >= 2
    )  # settings and log; a login opens no database


@pytest.mark.parametrize("kind", list(REFRESH_FAILURES))
def test_a_failed_refresh_prints_and_writes_no_secret(
    desk: Desk, kind: str, ocdesk_home: Path, issued_tokens: list[TokenSet]
) -> None:
    setup, exit_code, said = REFRESH_FAILURES[kind]
    assert desk.add_profile()[0] == 0
    assert desk.login()[0] == 0
    code, out, err = desk.call()  # a new process: the stored refresh token is used at once
    assert code == 0, err
    assert json.loads(out)["data"]["SKUList"]
    if setup == "closed port":
        ProfileStore(app_paths().settings_file).update(PROFILE, base_url=scan.closed_port_url())
    elif setup == "expired":
        desk.sandbox.advance_clock(YEAR_AND_A_DAY)
    else:
        scan.break_token_calls(desk.sandbox, setup)

    code, out, err = desk.call()

    assert code == exit_code, err
    assert said in err and out == ""
    if exit_code == 4:
        assert "ocdesk login --profile" in err  # what to do, in command-line words
    assert len(issued_tokens) == 2  # the login's, and the first call's refresh
    assert (
        desk.assert_nothing_leaked(ocdesk_home, issued_tokens) >= 2
    )  # settings and log; a login opens no database


# --- a station without a keyring ---------------------------------------------------------------


def test_without_a_keyring_profiles_add_says_plainly_the_secret_is_not_kept(
    desk: Desk, no_keyring: None
) -> None:
    code, out, err = desk.add_profile()

    assert code == 0
    assert "Saved" not in out and "NOT stored" in out
    assert "No system keyring found" in err
    assert "OCDESK_CLIENT_SECRET" in err and "--secret-stdin" in err
    assert "--insecure-storage" in err
    code, _, err = desk.login()  # the next command: the secret is gone
    assert code == 4
    assert "No client secret is stored" in err and "OCDESK_CLIENT_SECRET" in err


def test_a_script_gives_the_secret_by_environment_or_stdin(
    desk: Desk, no_keyring: None, ocdesk_home: Path, issued_tokens: list[TokenSet]
) -> None:
    desk.add_profile()
    secret_env = {"OCDESK_CLIENT_SECRET": desk.client_secret}

    code, out, err = desk.login(env=secret_env)
    assert code == 0, err
    assert "Logged in" in out and "was not stored" in out
    assert "kept only while this command runs" in err

    # Signed calls need only the secret; the login did not outlive its command.
    code, out, err = desk.call("warehouse.services", "--secret-stdin",
                               stdin=desk.client_secret + "\n")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["code"] == 0
    code, _, err = desk.call(env=secret_env)
    assert code == 4
    assert "--insecure-storage" in err

    # Opting in keeps the login for the commands after it.
    code, out, err = desk.login("--insecure-storage", env=secret_env)
    assert code == 0, err
    assert str(app_paths().insecure_secrets_file) in out
    code, out, err = desk.call()
    assert code == 0, err
    assert "unencrypted" in err
    plain = app_paths().insecure_secrets_file
    assert (
        desk.assert_nothing_leaked(ocdesk_home, issued_tokens, except_for=plain) >= 2
    )  # settings and log at least; reads open no database


def test_insecure_storage_keeps_secret_and_login_in_a_private_file_and_says_so_each_time(
    desk: Desk, no_keyring: None, ocdesk_home: Path, issued_tokens: list[TokenSet]
) -> None:
    plain = app_paths().insecure_secrets_file
    code, out, err = desk.add_profile("--insecure-storage")
    assert code == 0, err
    assert f"its client secret is in {plain}" in out
    warnings = [err]

    for command in (desk.login, desk.call, desk.call):
        code, _, err = command()
        assert code == 0, err
        warnings.append(err)

    assert all(f"keeps its client secret and login unencrypted in {plain}" in w for w in warnings)
    if os.name == "posix":
        assert stat.S_IMODE(plain.stat().st_mode) == 0o600
        assert stat.S_IMODE(plain.parent.stat().st_mode) == 0o700
    kept = json.loads(plain.read_text())["profiles"][PROFILE]
    assert kept == {"client_secret": desk.client_secret,
                    "refresh_token": issued_tokens[0].refresh_token}  # fmt: skip
    assert "[secrets in a plain file]" in desk.run("profiles", "list")[1]
    # No other file holds a secret.
    assert (
        desk.assert_nothing_leaked(ocdesk_home, issued_tokens, except_for=plain) >= 2
    )  # settings and log at least; reads open no database

    assert desk.run("profiles", "remove", PROFILE)[0] == 0
    assert not plain.exists()


def test_the_secret_and_the_data_cannot_both_come_from_stdin(desk: Desk) -> None:
    code, _, err = desk.run("call", "stock.snapshot", "--data", "-", "--secret-stdin",
                            "--profile", PROFILE, stdin="secret\n{}")  # fmt: skip
    assert code == 2
    assert "both read standard input" in err


def test_a_station_without_a_keyring_logs_in_and_calls_from_separate_processes(
    shared_sandbox: Sandbox, ocdesk_home: Path
) -> None:
    """The real thing: three `ocdesk` processes, keyring finding no backend at all."""
    info = shared_sandbox.info()
    env = {**os.environ, "OCDESK_HOME": str(ocdesk_home), "BROWSER": "true", "PYTHONUNBUFFERED": "1",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # fmt: skip
    ocdesk = [sys.executable, "-m", "ocdesk"]
    outputs = []

    added = subprocess.run(
        [*ocdesk, "profiles", "add", PROFILE, "--region", "custom", "--base-url",
         shared_sandbox.base_url, "--client-id", info["client_id"], "--redirect-uri",
         info["redirect_uri"], "--secret-stdin", "--insecure-storage"],
        input=info["client_secret"] + "\n", capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    outputs += [added.stdout, added.stderr]

    login = subprocess.Popen([*ocdesk, "login", "--profile", PROFILE], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip
    assert login.stdout is not None
    authorize = next(line for line in login.stdout if "/oauth/authorize?" in line).strip()
    landed = requests.get(authorize, allow_redirects=False, timeout=10).headers["Location"]
    rest, login_err = login.communicate(landed + "\n", timeout=60)
    assert login.returncode == 0, login_err
    assert "Logged in" in rest
    outputs += [rest, login_err]

    called = subprocess.run([*ocdesk, "call", "stock.snapshot", "--data", SNAPSHOT, "--profile",
                             PROFILE], capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert called.returncode == 0, called.stderr
    assert json.loads(called.stdout)["data"]["SKUList"]
    assert "unencrypted" in called.stderr
    outputs += [called.stderr]  # stdout is OC's answer

    plain = ocdesk_home / "config" / "insecure-secrets.json"
    kept = json.loads(plain.read_text())["profiles"][PROFILE]
    found = scan.SecretValues()
    found.add("client secret", info["client_secret"])
    found.add("refresh token", kept["refresh_token"])
    found.add_code_from(landed)
    found.add_signatures(info["client_id"], info["client_secret"])
    for text in outputs:
        found.assert_absent(text, "the output")
    found.assert_no_file_holds_them(ocdesk_home, except_for=plain)
