"""OAuth: the authorize URL, pasted-code handling (§2.0.1), token calls on the wire, demo login."""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from urllib.parse import parse_qs, quote, unquote, urlsplit

import pytest
from fake_oc import FakeOC, Received, Reply, oc_fixture  # noqa: F401 (provides the `oc` fixture)

from ocdesk.api.errors import OAuthError
from ocdesk.api.oauth import CodeNotFound, OAuth, StateMismatch, extract_code, login_without_browser
from ocdesk.api.result import RawExchange

TOKEN = "/oauth/token"
AUTHORIZE = "/oauth/authorize"
REDIRECT = "https://www.example.com/"
NOW = 1_750_000_000.0


def _raw_code() -> str:
    """A code as OC issues it: standard base64 with `/`, `+` and `=`."""
    while True:
        code = base64.b64encode(secrets.token_bytes(31)).decode()
        if "/" in code and "+" in code:
            return code


def _oauth(server: FakeOC, **kw) -> OAuth:
    return OAuth(server.url, str(uuid.uuid4()), REDIRECT, clock=lambda: NOW, **kw)


def _token_reply(**extra) -> Reply:
    body = {"access_token": secrets.token_urlsafe(32), "token_type": "bearer", "expires_in": 3600}
    return Reply(body={**body, **extra})


# --- pasted codes ---


def test_worked_example_keeps_the_code_encoded() -> None:
    url = (
        "https://www.google.com/?act=getAuthorizationCode&code=gTJj%2FYo5%2BQ0X%3D%3D&state=k3J9x2"
    )
    assert extract_code(url, "k3J9x2") == "gTJj%2FYo5%2BQ0X%3D%3D"


def test_code_keeps_plus_and_fragment_is_ignored() -> None:
    assert extract_code("https://x.test/?code=a+b%2F&state=s#frag", "s") == "a+b%2F"


def test_query_without_url_is_accepted() -> None:
    assert extract_code("code=abc%3D&state=s1", "s1") == "abc%3D"


@pytest.mark.parametrize(
    ("pasted", "code"),
    [
        ("gTJj%2FYo5%2BQ0X%3D%3D", "gTJj%2FYo5%2BQ0X%3D%3D"),
        ("gTJj/Yo5+Q0X==", "gTJj%2FYo5%2BQ0X%3D%3D"),
        ("  plainCode123  ", "plainCode123"),
    ],
)
def test_bare_codes(pasted: str, code: str) -> None:
    assert extract_code(pasted, "any-state") == code


@pytest.mark.parametrize(
    "pasted",
    [
        "https://www.google.com/?act=getAuthorizationCode&code=abc&state=other",
        "https://www.google.com/?act=getAuthorizationCode&code=abc",
    ],
)
def test_wrong_or_missing_state_is_refused(pasted: str) -> None:
    with pytest.raises(StateMismatch):
        extract_code(pasted, "expected-state-123")


def test_url_without_code_is_refused() -> None:
    with pytest.raises(CodeNotFound):
        extract_code("https://www.google.com/?act=getAuthorizationCode&state=s", "s")


# --- authorize URL ---


def test_authorize_url_carries_a_fresh_random_state() -> None:
    oauth = OAuth("https://oc.test", "cid-1", REDIRECT)
    url, state = oauth.authorize_url()
    _, other = oauth.authorize_url()
    assert len(state) >= 16 and state != other
    parts = urlsplit(url)
    assert parts.path == AUTHORIZE
    assert parse_qs(parts.query) == {
        "response_type": ["code"],
        "client_id": ["cid-1"],
        "redirect_uri": [REDIRECT],
        "state": [state],
    }
    assert oauth.authorize_url("given-state-000000")[1] == "given-state-000000"


# --- token calls on the wire ---


def test_exchange_sends_the_code_encoded_once_more(oc: FakeOC) -> None:
    refresh = secrets.token_urlsafe(32)
    oc.queue(TOKEN, _token_reply(refresh_token=refresh))
    oauth = _oauth(oc)
    tokens = oauth.exchange("gTJj%2FYo5%2BQ0X%3D%3D")
    (sent,) = oc.received
    assert sent.method == "POST" and sent.body == b""
    assert "code=gTJj%252FYo5%252BQ0X%253D%253D" in sent.query.split("&")
    params = parse_qs(sent.query)
    assert params["grant_type"] == ["authorization_code"]
    assert params["redirect_uri"] == [REDIRECT] and params["client_id"] == [oauth.client_id]
    assert sent.header("clientKey") == oauth.client_id
    assert sent.header("Access-Token") is None and sent.header("vAuthorization") is None
    assert tokens.access_expires_at == NOW + 3600
    assert tokens.refresh_token == refresh and tokens.refresh_issued_at == NOW


def test_refresh_without_refresh_token_in_answer(oc: FakeOC) -> None:
    oc.queue(TOKEN, _token_reply())
    tokens = _oauth(oc).refresh("the-refresh-token")
    params = parse_qs(oc.received[0].query)
    assert params["grant_type"] == ["refresh_token"]
    assert params["refresh_token"] == ["the-refresh-token"]
    assert tokens.refresh_token is None  # the TokenManager keeps the previous one


def test_refused_refresh_is_an_oauth_error(oc: FakeOC) -> None:
    body = {"error": "invalid_grant", "error_description": "Invalid refresh token"}
    oc.queue(TOKEN, Reply(status=400, body=body))
    with pytest.raises(OAuthError) as caught:
        _oauth(oc).refresh("old")
    assert caught.value.code == "invalid_grant" and caught.value.http_status == 400


def test_token_exchanges_are_recorded_without_secrets(oc: FakeOC) -> None:
    reply = _token_reply(refresh_token=secrets.token_urlsafe(32))
    oc.queue(TOKEN, reply)
    exchanges: list[RawExchange] = []
    _oauth(oc, on_exchange=exchanges.append).refresh("rt-value-xyz")
    (exchange,) = exchanges
    assert "rt-value-xyz" not in exchange.url and "refresh_token=****" in exchange.url
    assert reply.body["access_token"] not in exchange.response_text
    assert reply.body["refresh_token"] not in exchange.response_text
    assert json.loads(exchange.response_text)["expires_in"] == 3600


# --- demo login: follow the redirect by hand ---


class FakeAuthorizer:
    """Issues one code on authorize and honours it only in the address-bar form (E5)."""

    def __init__(self, state_override: str | None = None) -> None:
        self.code = _raw_code()
        self.state_override = state_override

    def authorize(self, received: Received) -> Reply:
        params = parse_qs(received.query)
        state = self.state_override or params["state"][0]
        location = (
            f"{params['redirect_uri'][0]}?act=getAuthorizationCode"
            f"&code={quote(self.code, safe='')}&state={state}"
        )
        return Reply(status=302, headers={"Location": location})

    def token(self, received: Received) -> Reply:
        sent = parse_qs(received.query)["code"][0]  # the server decodes once
        if "%" in sent and unquote(sent) == self.code:
            return _token_reply(refresh_token=secrets.token_urlsafe(32))
        return Reply(status=400, body={"error": "invalid_grant", "error_description": "bad code"})


def test_login_without_browser(oc: FakeOC) -> None:
    authorizer = FakeAuthorizer()
    oc.always(AUTHORIZE, authorizer.authorize)
    oc.always(TOKEN, authorizer.token)
    tokens = login_without_browser(_oauth(oc))
    assert tokens.access_token and tokens.refresh_token
    assert [r.path for r in oc.received] == [AUTHORIZE, TOKEN]


def test_login_without_browser_refuses_a_foreign_state(oc: FakeOC) -> None:
    authorizer = FakeAuthorizer(state_override="someone-elses-state")
    oc.always(AUTHORIZE, authorizer.authorize)
    oc.always(TOKEN, authorizer.token)
    with pytest.raises(StateMismatch):
        login_without_browser(_oauth(oc))
    assert oc.to(TOKEN) == []


def test_login_without_browser_reports_a_refused_authorize(oc: FakeOC) -> None:
    body = {"error": "invalid_request", "error_description": "redirect_uri must not be an IP"}
    oc.always(AUTHORIZE, Reply(status=400, body=body))
    with pytest.raises(OAuthError) as caught:
        login_without_browser(_oauth(oc))
    assert "redirect_uri" in str(caught.value)
