"""The OAuth desktop flow: authorize URL, pasted-code handling, token exchange and refresh (§2)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from urllib.parse import quote, unquote_plus, urlencode, urlsplit

import requests

from ocdesk.api import catalog
from ocdesk.api.client import ExchangeSink, Timeout, perform
from ocdesk.api.envelope import interpret
from ocdesk.api.errors import OAuthError
from ocdesk.api.redact import is_secret_name, register_secret
from ocdesk.api.tokens import TokenSet

_STATE_BYTES = 24  # token_urlsafe gives 32 characters, well over the 16 required


class StateMismatch(ValueError):
    """The pasted URL's `state` is not the one this login started with: start the login again."""


class CodeNotFound(ValueError):
    """The pasted text holds no authorization code."""


class OAuth:
    """One profile's OAuth endpoints. Token calls are unsigned and carry no Access-Token."""

    def __init__(
        self,
        base_url: str,
        client_id: str,
        redirect_uri: str,
        *,
        session: requests.Session | None = None,
        timeout: Timeout = (5, 30),
        clock: Callable[[], float] = time.time,
        on_exchange: ExchangeSink | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.redirect_uri = redirect_uri
        self.session = session or requests.Session()
        self.timeout = timeout
        self._clock = clock
        self.on_exchange = on_exchange

    def authorize_url(self, state: str | None = None) -> tuple[str, str]:
        """The URL to open in the browser, and the `state` to check the pasted answer against."""
        state = state or secrets.token_urlsafe(_STATE_BYTES)
        query = urlencode(
            {
                "response_type": "code",
                "client_id": self.client_id,
                "redirect_uri": self.redirect_uri,
                "state": state,
            }
        )
        return f"{self.base_url}{catalog.get('oauth.authorize').path}?{query}", state

    def exchange(self, code: str) -> TokenSet:
        """Tokens for an authorization code in its address-bar form (see `extract_code`)."""
        return self._token_call(
            "oauth.token",
            {
                "grant_type": "authorization_code",
                "client_id": self.client_id,
                "redirect_uri": self.redirect_uri,
                "code": code,
            },
        )

    def refresh(self, refresh_token: str) -> TokenSet:
        """New tokens from a refresh token; raises OAuthError when OC refuses it."""
        return self._token_call(
            "oauth.refresh",
            {
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": self.client_id,
            },
        )

    def _token_call(self, endpoint_id: str, params: dict[str, str]) -> TokenSet:
        """POST /oauth/token with the parameters in the query string and an empty body.

        requests encodes each value once more, so an address-bar code `%2F` goes out as `%252F`,
        as OC expects (§2.0.1). The code, the refresh token and the new tokens are registered as
        secrets first, so no message, log line or raw view can show them.
        """
        for name, value in params.items():
            if is_secret_name(name, in_url=True):
                register_secret(value)
        endpoint = catalog.get(endpoint_id)
        request = requests.Request(
            "POST",
            self.base_url + endpoint.path,
            params=params,
            headers={"clientKey": self.client_id},
        )
        response, text, exchange = perform(
            self.session, request, endpoint, self.timeout, self.on_exchange, mask_response=True
        )
        result = interpret(endpoint, response.status_code, response.headers, text, exchange)
        tokens = TokenSet.from_oauth_response(result.body, now=self._clock())
        register_secret(tokens.access_token)
        register_secret(tokens.refresh_token or "")
        return tokens


def _query_params(raw_query: str) -> dict[str, str]:
    """Parameters split by hand on `&` and the first `=`: values stay byte-for-byte as pasted."""
    params: dict[str, str] = {}
    for pair in raw_query.split("&"):
        key, _, value = pair.partition("=")
        params.setdefault(key, value)
    return params


def _looks_like_query(text: str) -> bool:
    # A bare code is base64 (maybe percent-encoded): it never holds `?` or `&`.
    return "?" in text or "&" in text or text.startswith("code=")


def _state_matches(raw_state: str | None, expected: str) -> bool:
    # Unlike the code, the state may be compared decoded: it is ours, echoed back.
    return raw_state is not None and expected in (raw_state, unquote_plus(raw_state))


def _params_of(text: str) -> dict[str, str]:
    """The raw query parameters of a full URL, a `/path?query` target or a bare query."""
    raw_query = urlsplit(text).query if "://" in text else text.partition("?")[2] or text
    return _query_params(raw_query.split("#", 1)[0])


def carries_state(address: str, expected_state: str) -> bool:
    """True when a redirect address carries the `state` this login started with."""
    return _state_matches(_params_of(address).get("state"), expected_state)


def extract_code(pasted: str, expected_state: str | None) -> str:
    """The authorization code from a pasted redirect URL or bare code, never percent-decoded.

    OC-API.md: a URL's `code` is kept exactly as it appeared; its `state` must equal
    `expected_state`. A bare code holding `%` is used as it is; one without `%` but with `/`, `+`
    or `=` is percent-encoded once, to rebuild the address-bar form.
    """
    text = pasted.strip()
    if not text:
        raise CodeNotFound("Paste the whole address from the browser, or the code.")
    if not _looks_like_query(text):
        if "%" not in text and any(c in text for c in "/+="):
            return quote(text, safe="")
        return text
    params = _params_of(text)
    code = params.get("code")
    if not code:
        raise CodeNotFound("The pasted address has no code=…; copy it again after logging in.")
    register_secret(code)
    if expected_state is not None and not _state_matches(params.get("state"), expected_state):
        raise StateMismatch(
            "The pasted address belongs to a different login attempt (state does not match); "
            "start the login again."
        )
    return code


def login_without_browser(oauth: OAuth) -> TokenSet:
    """Log in where the authorize page answers at once (the sandbox): follow its redirect by hand.

    The `Location` header is read raw, so the code keeps its percent-escapes and the state is
    checked as it would be for a pasted URL.
    """
    url, state = oauth.authorize_url()
    endpoint = catalog.get("oauth.authorize")
    response, text, exchange = perform(
        oauth.session,
        requests.Request("GET", url),
        endpoint,
        oauth.timeout,
        oauth.on_exchange,
        allow_redirects=False,
    )
    location = response.headers.get("Location")
    if not response.is_redirect or not location:
        # OC's own refusal (an OAuth error body, an error page) explains it best, when it has one.
        interpret(endpoint, response.status_code, response.headers, text, exchange)
        raise OAuthError(
            f"OC's authorize page did not redirect (HTTP {response.status_code}).",
            http_status=response.status_code,
            raw_body=text,
            endpoint_id=endpoint.id,
        )
    return oauth.exchange(extract_code(location, state))
