"""Looking for secrets where they must never be: printed text, widgets, raw views and every file.

A test breaks OC's token call in one of the ways OC fails (`OC_FAILURES`), collects each secret
value it used (client secret, tokens, codes, signatures) in a `SecretValues`, then hands it
everything a user or a support ticket could see.
"""

from __future__ import annotations

import re
import socket
from functools import partial
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

import pytest
import requests

from ocdesk.api import catalog
from ocdesk.api.oauth import OAuth
from ocdesk.api.signing import sign
from ocdesk.api.tokens import TokenSet
from ocdesk.sandbox.http.server import Sandbox

# How OC's token call fails (the profile points at a closed port, or a sandbox fault), and words
# the failure is reported with, on stderr and in the login box alike.
OC_FAILURES = {
    "OC unreachable": ("closed port", "Could not reach OC"),
    "connection reset": ("reset", "The connection to OC broke"),
    "HTML 502": ("http_502", "HTTP 502: OC sent an HTML page"),
    "timeout": ("latency", "OC did not answer in time"),
}
# Longer than the token calls' read timeout in these tests (see `short_token_calls`).
_SLOW_MS = 1500

# Any JWT-shaped text: the sandbox's tokens are JWTs, and nothing else ocdesk shows is.
JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.")


def spellings(value: str) -> set[str]:
    """A value as it may appear: as is, percent-encoded once or twice, and decoded."""
    once = quote(value, safe="")
    return {value, once, quote(once, safe=""), unquote(value)}


class SecretValues:
    """Every secret a test used, by what it is; `leaks_in(text)` names those found in text."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def add(self, what: str, value: str | None) -> None:
        if value:
            self.values.setdefault(value, what)

    def add_signatures(self, client_id: str, secret: str) -> None:
        """vAuthorization of every business path (path mode: the same for every call)."""
        for endpoint in catalog.business_endpoints():
            self.add(f"signature of {endpoint.id}", sign(endpoint.path, client_id, secret))

    def add_code_from(self, address: str) -> str:
        """The authorization code in a redirect address; returns it as the address bar has it."""
        code = address.split("code=", 1)[1].split("&", 1)[0]
        self.add("authorization code", code)
        return code

    def add_tokens(self, tokens: TokenSet) -> None:
        self.add("access token", tokens.access_token)
        self.add("refresh token", tokens.refresh_token)

    def leaks_in(self, text: str) -> list[str]:
        found = [
            what
            for value, what in self.values.items()
            if any(form in text for form in spellings(value) if len(form) >= 8)
        ]
        if JWT_SHAPE.search(text):
            found.append("a JWT-shaped token")
        return found

    def assert_absent(self, text: str, where: str) -> None:
        leaks = self.leaks_in(text)
        assert not leaks, f"{', '.join(leaks)} found in {where}"

    def assert_no_file_holds_them(self, home: Path, *, except_for: Path | None = None) -> int:
        """Check every file under the config, data, cache and log folders; returns how many."""
        files = [p for p in home.rglob("*") if p.is_file() and p != except_for]
        for path in files:
            self.assert_absent(path.read_bytes().decode("latin-1"), str(path))
        return len(files)


@pytest.fixture(name="issued_tokens")
def issued_tokens_fixture(monkeypatch: pytest.MonkeyPatch) -> list[TokenSet]:
    """Every TokenSet an OAuth token call handed to a session, in order."""
    issued: list[TokenSet] = []
    original = OAuth._token_call

    def recording(self: OAuth, endpoint_id: str, params: dict[str, str]) -> TokenSet:
        tokens = original(self, endpoint_id, params)
        issued.append(tokens)
        return tokens

    monkeypatch.setattr(OAuth, "_token_call", recording)
    return issued


def code_sent_for(authorize_url: str, redirect_location: str) -> dict[str, str]:
    """The /oauth/token parameters a client would send for a redirect (to use a code up)."""
    query = parse_qs(urlsplit(authorize_url).query)
    return {
        "grant_type": "authorization_code",
        "client_id": query["client_id"][0],
        "redirect_uri": query["redirect_uri"][0],
        "code": redirect_location.split("code=", 1)[1].split("&", 1)[0],
    }


@pytest.fixture(name="short_token_calls")
def short_token_calls_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    """Token calls give up after a second, so a slow OC makes a quick test."""
    monkeypatch.setattr("ocdesk.session.OAuth", partial(OAuth, timeout=(2.0, 1.0)))


def closed_port_url() -> str:
    """An address on this computer where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def break_token_calls(sandbox: Sandbox, setup: str, count: int = 1) -> None:
    """Make the next `count` token calls fail as `setup` says (an `OC_FAILURES` sandbox fault)."""
    fault: dict[str, object] = {"endpoint": "/oauth/token", "kind": setup, "count": count}
    if setup == "latency":
        fault["delay_ms"] = _SLOW_MS
    requests.post(f"{sandbox.base_url}/__emu/faults", json=fault, timeout=5).raise_for_status()


def browser_lands_on(sandbox: Sandbox, authorize_url: str) -> str:
    """The user logs in on OC's page: the address the browser shows next, code encoded.

    The URL may name another host (a profile pointing where OC is not); the sandbox answers.
    """
    parts = urlsplit(authorize_url)
    answer = requests.get(f"{sandbox.base_url}{parts.path}?{parts.query}", allow_redirects=False,
                          timeout=10)  # fmt: skip
    assert answer.status_code in (302, 303), answer.text
    return answer.headers["Location"]


def use_up_the_code(sandbox: Sandbox, authorize_url: str) -> str:
    """A browser tab reloaded, or the address pasted twice: the code is spent before ocdesk's try."""
    landed = browser_lands_on(sandbox, authorize_url)
    spent = requests.post(f"{sandbox.base_url}/oauth/token", timeout=5,
                          params=code_sent_for(authorize_url, landed))  # fmt: skip
    assert spent.status_code == 200
    return landed


def another_attempt(sandbox: Sandbox, authorize_url: str) -> str:
    """The address of an older login attempt: another state."""
    return browser_lands_on(sandbox, authorize_url.replace("state=", "state=older", 1))
