"""The one redaction rule: each kind of secret masked in free text, and at the sources that make text.

Exception messages and the recorded raw exchange are made in api; they are checked here against
a stand-in OC that resets, refuses and redirects, and against a port nobody listens on.
"""

from __future__ import annotations

import base64
import secrets
import socket
import uuid
from urllib.parse import quote

import pytest
from fake_oc import RESET, FakeOC, Reply, html, oc_fixture  # noqa: F401 (the `oc` fixture)

from ocdesk.api.errors import OAuthError, OcError, ServerError, TransportError
from ocdesk.api.oauth import OAuth, login_without_browser
from ocdesk.api.redact import MASK, is_secret_name, redact, register_secret
from ocdesk.api.result import RawExchange

JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE3NDE2fQ.c2lnbmF0dXJl-_x"
TOKEN = "/oauth/token"
AUTHORIZE = "/oauth/authorize"


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        ("Access-Token: Bearer abc.DEF-123", "abc.DEF-123", f"Access-Token: {MASK}"),
        ("sent bearer tok_123/xyz= then", "tok_123/xyz=", f"sent bearer {MASK} then"),
        (f"token was {JWT}.", JWT, f"token was {MASK}."),
        ("/oauth/token?access_token=a1b2c3&x=1", "a1b2c3", f"access_token={MASK}&x=1"),
        ("grant_type=refresh_token&refresh_token=r%2Fzz", "r%2Fzz", f"refresh_token={MASK}"),
        ("client_id=abc&client_secret=s3cr3t!", "s3cr3t!", f"client_id=abc&client_secret={MASK}"),
        ("vAuthorization: 94c7fb77900c37afa277098441c4ed77", "94c7fb77", f"vAuthorization: {MASK}"),
        ('{"secretKey": "sk-\\"quoted\\"", "clientKey": "ck"}', "sk-", '"clientKey": "ck"'),
        ("{'vAuthorization': 'abcd1234', 'TimeStamp': '1'}", "abcd1234", "'TimeStamp': '1'"),
        ('{"access_token": "at-1", "expires_in": 3600}', "at-1", '"expires_in": 3600'),
        (
            "url: /oauth/token?grant_type=authorization_code&code=gTJj%252FYo5&redirect_uri=x",
            "gTJj",
            f"&code={MASK}&redirect_uri=x",
        ),
        ("https://www.google.com/?code=ab%2Fcd%3D&state=s1", "ab%2F", f"?code={MASK}&state=s1"),
    ],
)
def test_redact_masks_each_kind_of_secret(text: str, hidden: str, kept: str) -> None:
    masked = redact(text)

    assert hidden not in masked
    assert kept in masked


def test_ordinary_text_is_left_alone() -> None:
    # OC's `code` outside a URL query is its status, not an OAuth code.
    text = "outbound.query OCO2000009385032GB code=0 message=Success tokens left: 3"

    assert redact(text) == text


def test_a_registered_secret_is_masked_in_each_of_its_spellings() -> None:
    raw = base64.b64encode(secrets.token_bytes(30)).decode() + "/+="
    register_secret(quote(raw, safe=""))  # as the address bar shows it

    for spelling in (raw, quote(raw, safe=""), quote(quote(raw, safe=""), safe="")):
        assert redact(f"sent {spelling} then") == f"sent {MASK} then"


def test_secret_names_are_one_list_for_headers_json_and_urls() -> None:
    assert all(
        is_secret_name(n) for n in ("Access-Token", "vAuthorization", "client_secret", "secretKey")
    )
    assert not is_secret_name("clientKey") and not is_secret_name("code")
    assert is_secret_name("code", in_url=True) and is_secret_name("refresh_token", in_url=True)


# --- at the source: exception messages and recorded exchanges --------------------------------


def _closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _fresh_jwt() -> str:
    part = base64.urlsafe_b64encode(secrets.token_bytes(24)).decode().rstrip("=")
    return f"eyJhbGciOiJIUzI1NiJ9.{part}.{part[::-1]}"


def _address_bar_code() -> str:
    return quote(base64.b64encode(secrets.token_bytes(60)).decode() + "/+=", safe="")


def _oauth(base_url: str, exchanges: list[RawExchange] | None = None) -> OAuth:
    sink = exchanges.append if exchanges is not None else None
    return OAuth(base_url, str(uuid.uuid4()), "https://www.example.com/", on_exchange=sink,
                 timeout=(2, 2))  # fmt: skip


def _assert_hidden(error: OcError, *values: str) -> None:
    text = f"{error} {error.hint} {error.raw_body or ''}"
    for value in values:
        for spelling in (value, quote(value, safe="")):
            assert spelling not in text, text


def test_a_refresh_that_cannot_reach_oc_names_no_token() -> None:
    refresh_token = _fresh_jwt()

    with pytest.raises(TransportError) as caught:
        _oauth(_closed_port_url()).refresh(refresh_token)

    assert "Could not reach OC" in str(caught.value)
    assert f"refresh_token={MASK}" in str(caught.value)  # the support text still says what
    _assert_hidden(caught.value, refresh_token)


def test_a_code_exchange_cut_off_or_refused_names_no_code(oc: FakeOC) -> None:
    codes = [_address_bar_code() for _ in range(3)]
    refusal = {"error": "invalid_grant", "error_description": "Invalid authorization code"}
    oc.queue(TOKEN, Reply(action=RESET), html(502), Reply(status=400, body=refusal))
    exchanges: list[RawExchange] = []
    oauth = _oauth(oc.url, exchanges)

    for code, kind in zip(codes, (TransportError, ServerError, OAuthError), strict=True):
        with pytest.raises(kind) as caught:
            oauth.exchange(code)
        _assert_hidden(caught.value, code)

    assert len(exchanges) == 3
    for exchange, code in zip(exchanges, codes, strict=True):
        assert f"code={MASK}" in exchange.url
        assert code not in repr(exchange) and quote(code, safe="") not in repr(exchange)


def test_the_recorded_redirect_hides_the_code_in_its_location_header(oc: FakeOC) -> None:
    code = _address_bar_code()
    location = f"https://www.example.com/?act=getAuthorizationCode&code={code}&state=elsewhere"
    oc.always(AUTHORIZE, Reply(status=302, headers={"Location": location}))
    exchanges: list[RawExchange] = []

    with pytest.raises(ValueError):  # the state is not this login's
        login_without_browser(_oauth(oc.url, exchanges))

    (redirect,) = exchanges
    assert redirect.response_headers["Location"].endswith(f"&code={MASK}&state=elsewhere")
    assert code not in repr(redirect)
