"""The OC client: signs, wraps, sends, retries and interprets every business call."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import requests
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from ocdesk.api import catalog, validation
from ocdesk.api.catalog import Auth, Endpoint
from ocdesk.api.envelope import build_envelope, interpret
from ocdesk.api.errors import (
    AuthError,
    BusinessError,
    OcError,
    OcTimeout,
    OutcomeUnknown,
    ReauthRequired,
    TransportError,
    ValidationError,
)
from ocdesk.api.redact import redact
from ocdesk.api.result import OcResult, RawExchange, mask_headers, mask_token_fields, mask_url
from ocdesk.api.retry import RetryPolicy
from ocdesk.api.signing import sign, signed_path
from ocdesk.api.text import QT_TRANSLATE_NOOP
from ocdesk.api.tokens import TokenManager

log = logging.getLogger(__name__)

SIGNATURE_MODES = ("path", "body")
Timeout = float | tuple[float, float]
ExchangeSink = Callable[[RawExchange], None]
UNKNOWN_OUTCOME_HINT = QT_TRANSLATE_NOOP(
    "oc_errors",
    "The request may have reached OC and been carried out: look it up (by your own reference "
    "number) before sending it again.",
)


@dataclass(frozen=True)
class Connection:
    """Where and as whom to call OC. `signature_mode`: "path" signs an empty body slot,
    "body" signs the exact body bytes of a POST (docs/OC-API.md)."""

    base_url: str
    client_id: str
    secret_key: str = field(repr=False)
    signature_mode: str = "path"

    def __post_init__(self) -> None:
        if self.signature_mode not in SIGNATURE_MODES:
            raise ValueError(f"signature_mode must be one of {SIGNATURE_MODES}")

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + path


def _may_have_been_sent(exc: requests.RequestException) -> bool:
    """False only when the connection was never made, so OC cannot have seen the request."""
    if isinstance(exc, requests.ConnectTimeout | requests.exceptions.SSLError):
        return False
    if isinstance(exc, requests.ConnectionError):
        cause = exc.args[0] if exc.args else None
        reason = getattr(cause, "reason", cause)
        return not isinstance(reason, NewConnectionError | ConnectTimeoutError)
    return not isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema)


def transport_error(exc: requests.RequestException, endpoint: Endpoint) -> TransportError:
    """The TransportError (or OcTimeout) for a request that got no HTTP answer.

    requests names the whole URL in its messages, query and all: a refresh token or an
    authorization code in it is masked here, before the text exists anywhere else.
    """
    unknown = _may_have_been_sent(exc)
    hint = UNKNOWN_OUTCOME_HINT if unknown and not endpoint.retry_safe else None
    common: dict[str, Any] = {"outcome_unknown": unknown, "endpoint_id": endpoint.id, "hint": hint}
    detail = redact(str(exc))
    if isinstance(exc, requests.Timeout):
        return OcTimeout(f"OC did not answer in time ({detail})", **common)
    if unknown:
        return TransportError(f"The connection to OC broke during the call ({detail})", **common)
    return TransportError(f"Could not reach OC ({detail})", **common)


def proves_not_done(error: OcError) -> bool:
    """True when `error` shows OC did not carry a call out: it refused it, or never got it."""
    if isinstance(error, TransportError):
        return not error.outcome_unknown
    return isinstance(error, BusinessError | AuthError | ValidationError)


def _text_of(response: requests.Response) -> str:
    # JSON without a charset is UTF-8; requests would guess instead.
    return response.content.decode(response.encoding or "utf-8", errors="replace")


def _exchange(
    prepared: requests.PreparedRequest,
    response: requests.Response | None,
    started: float,
    mask_response: bool,
) -> RawExchange:
    text = _text_of(response) if response is not None else ""
    return RawExchange(
        method=prepared.method or "",
        url=mask_url(prepared.url or ""),
        request_headers=mask_headers(_text_headers(prepared.headers)),
        request_body=_body_text(prepared.body),
        status=response.status_code if response is not None else None,
        response_headers=mask_headers(dict(response.headers)) if response is not None else {},
        response_text=mask_token_fields(text) if mask_response else text,
        elapsed_ms=(time.perf_counter() - started) * 1000,
    )


def _text_headers(headers: Mapping[str, str | bytes]) -> dict[str, str]:
    # requests lets a header value be bytes; HTTP sends those as Latin-1.
    return {
        name: value.decode("latin-1") if isinstance(value, bytes) else value
        for name, value in headers.items()
    }


def _body_text(body: object) -> str:
    """The request body as text; our requests only ever carry bytes, text or nothing."""
    if isinstance(body, bytes):
        return body.decode("utf-8", "replace")
    return body if isinstance(body, str) else ""


def _report(on_exchange: ExchangeSink | None, exchange: RawExchange) -> None:
    if on_exchange is None:
        return
    try:
        on_exchange(exchange)
    except Exception:
        # A broken raw pane must never lose the answer to a call that already happened.
        log.exception("on_exchange callback failed")


def perform(
    session: requests.Session,
    request: requests.Request,
    endpoint: Endpoint,
    timeout: Timeout,
    on_exchange: ExchangeSink | None = None,
    *,
    allow_redirects: bool = True,
    mask_response: bool = False,
) -> tuple[requests.Response, str, RawExchange]:
    """Send one request; return the response, its text and the recorded exchange.

    Every exchange, failed or not, goes to `on_exchange` (rule C1). `mask_response` hides OAuth
    tokens in the recorded copy of the body.
    """
    prepared = session.prepare_request(request)
    settings = session.merge_environment_settings(prepared.url or "", {}, None, None, None)
    started = time.perf_counter()
    try:
        response = session.send(
            prepared, timeout=timeout, allow_redirects=allow_redirects, **settings
        )
    except requests.RequestException as exc:
        _report(on_exchange, _exchange(prepared, None, started, mask_response))
        raise transport_error(exc, endpoint) from exc
    exchange = _exchange(prepared, response, started, mask_response)
    _report(on_exchange, exchange)
    return response, _text_of(response), exchange


class OcClient:
    """Calls OC business endpoints by catalog id. Safe to share between worker threads."""

    def __init__(
        self,
        conn: Connection,
        tokens: TokenManager | None = None,
        *,
        session: requests.Session | None = None,
        timeout: Timeout = (5.0, 30.0),
        retry: RetryPolicy | None = None,
        on_exchange: ExchangeSink | None = None,
        validate: bool = True,
    ) -> None:
        self.conn = conn
        self.tokens = tokens
        self._session = session or requests.Session()
        self._timeout = timeout
        self._retry = retry or RetryPolicy()
        self._on_exchange = on_exchange
        self._validate = validate

    def call(
        self, endpoint_id: str, data: Any = None, *, timeout: Timeout | None = None
    ) -> OcResult:
        """Send one call and return its result, or raise the OcError that explains the failure.

        Invalid data raises ValidationError before anything is sent. A rejected token is
        refreshed and the call sent once more (rule C5): a refused call did nothing at OC.
        A write that fails in any other way raises OutcomeUnknown: it may have been done.
        A login that cannot be refreshed raises its own error: then nothing was sent.
        """
        endpoint = catalog.get(endpoint_id)
        if not endpoint.is_business:
            raise ValueError(f"{endpoint_id} is not a business call; use ocdesk.api.oauth")
        if self._validate:
            validation.validate(endpoint, data)
        send = partial(self._send_judged, endpoint, data, timeout or self._timeout)
        token = self._token_for(endpoint)
        try:
            return send(token)
        except AuthError:
            if self.tokens is None or token is None:
                raise
            fresh = self.tokens.refresh_after_rejection(token)
        return send(fresh)

    def _send_judged(
        self, endpoint: Endpoint, data: Any, timeout: Timeout, token: str | None
    ) -> OcResult:
        """Send (a read with retries); a write that fails without proof it was not carried out
        raises OutcomeUnknown, naming what to look up."""
        try:
            return self._retry.run(endpoint, partial(self._send, endpoint, data, timeout, token))
        except OcError as error:
            if endpoint.retry_safe or proves_not_done(error):
                raise
            raise OutcomeUnknown(error, endpoint.references_in(data)) from error

    def _token_for(self, endpoint: Endpoint) -> str | None:
        """The access token to send: required for TOKEN_SIGNED, sent for SIGNED when we have one."""
        if endpoint.auth is Auth.TOKEN_SIGNED:
            if self.tokens is None:
                raise ReauthRequired("This call needs an OC login.", endpoint_id=endpoint.id)
            return self.tokens.access_token()
        if endpoint.auth is Auth.SIGNED and self.tokens is not None and self.tokens.tokens:
            try:
                return self.tokens.access_token()
            except ReauthRequired:
                return None
        return None

    def _send(self, endpoint: Endpoint, data: Any, timeout: Timeout, token: str | None) -> OcResult:
        """One HTTP exchange with fresh envelope ids, interpreted."""
        request = self._request(endpoint, data, token)
        response, text, exchange = perform(
            self._session, request, endpoint, timeout, self._on_exchange
        )
        return interpret(endpoint, response.status_code, response.headers, text, exchange)

    def _request(self, endpoint: Endpoint, data: Any, token: str | None) -> requests.Request:
        url = self.conn.url(endpoint.path)
        if endpoint.method == "GET":
            # requests encodes the query itself, `+` as %2B (rule C8).
            params = dict(data) if isinstance(data, Mapping) else None
            headers = self._headers(url, b"", token, int(time.time() * 1000))
            return requests.Request("GET", url, params=params, headers=headers)
        envelope = build_envelope(data, api_version=endpoint.api_version)
        # Serialised once: these exact bytes are both signed (body mode) and sent.
        body = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers = self._headers(url, body, token, envelope["timestamp"])
        headers["Content-Type"] = "application/json"
        return requests.Request(endpoint.method, url, data=body, headers=headers)

    def _headers(self, url: str, body: bytes, token: str | None, stamp: int) -> dict[str, str]:
        signed_body = body if self.conn.signature_mode == "body" else b""
        headers = {
            "clientKey": self.conn.client_id,
            "vAuthorization": sign(
                signed_path(url), self.conn.client_id, self.conn.secret_key, signed_body
            ),
            "TimeStamp": str(stamp),
        }
        if token is not None:
            headers["Access-Token"] = f"Bearer {token}"
        return headers
