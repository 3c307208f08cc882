"""Request envelopes out, and OC's answers in: dialect detection, success rules, error mapping.

OC runs on Spring Boot behind a gateway, so besides its own envelopes it answers with Spring
error bodies, HTML pages and cut-short bodies. Only the answers that prove OC refused a call
become BusinessError or AuthError; everything else is a ServerError, which the client treats as
"may have been done" for a write.
"""

from __future__ import annotations

import email.utils
import html
import json
import re
import time
import uuid
from collections.abc import Mapping
from datetime import UTC
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.catalog import Dialect, Endpoint
from ocdesk.api.errors import (
    AuthError,
    BusinessError,
    OAuthError,
    OcBusy,
    OcError,
    OutcomeUnknown,
    ServerError,
    UnreadableAnswer,
)
from ocdesk.api.result import OcResult, RawExchange
from ocdesk.api.text import QT_TRANSLATE_NOOP

OTHER = "other"
SPRING = "spring"  # Spring Boot's error body: {timestamp, status, error, message?, path}
FALLBACK_WARNING = (
    "OC answered with a fallback (degraded) result that may be incomplete: look it up again "
    "later before relying on it."
)
SIGNATURE_HINT = QT_TRANSLATE_NOOP(
    "oc_errors",
    "OC rejected the signature (vAuthorization): try the other signature setting in the profile "
    "(path only / path and body), and check the secret key.",
)
CLIENT_KEY_HINT = QT_TRANSLATE_NOOP(
    "oc_errors", "OC does not know this client id (clientKey): check it in the profile."
)
TOKEN_HINT = QT_TRANSLATE_NOOP(
    "oc_errors", "Your OC login was refused or has expired: log in again from the Account tab."
)
PARTIAL_HINT = QT_TRANSLATE_NOOP(
    "oc_errors", "Some items may have been accepted: check the result before sending them again."
)
UNHANDLED_HINT = QT_TRANSLATE_NOOP(
    "oc_errors",
    "OC could not handle this call as sent: check the profile's host; if it keeps happening, "
    "show the raw answer to OC support.",
)
# How OC says it is too busy to answer (compared lower-cased, as substrings of its message).
BUSY_PHRASES = ("system busy", "system is busy", "系统繁忙", "系统忙")
# A Spring error body says when and where (timestamp, status, path) and what (error, message).
_SPRING_WHERE = ("timestamp", "status", "path")
_SPRING_WHAT = ("error", "message")
_EXCERPT_CHARS = 200


def build_envelope(data: Any, *, api_version: str | None = None) -> dict[str, Any]:
    """A fresh request envelope: new messageId and send-time timestamp on every call (rule C9)."""
    envelope: dict[str, Any] = {"messageId": uuid.uuid4().hex, "timestamp": int(time.time() * 1000)}
    if api_version is not None:
        envelope["apiVersion"] = api_version
    envelope["data"] = data
    return envelope


def _has(body: Mapping[str, Any], *keys: str) -> bool:
    return any(lenient.get(body, key) is not None for key in keys)


def _is_oauth_path(endpoint: Endpoint) -> bool:
    return endpoint.path.startswith("/oauth/")


def _oc_failed(status: int) -> bool:
    """HTTP 429 or 5xx: OC's side failed or is overloaded, whatever the body says."""
    return status == 429 or status >= 500


def detect_dialect(body: Any, endpoint: Endpoint) -> str:
    """Which envelope `body` is in, judged by its keys (docs/OC-API.md).

    An `error` key alone does not make an OAuth answer: every Spring error body has one. OAuth
    answers come from the /oauth/ endpoints, or elsewhere in OAuth's own error shape
    `{error, error_description}` with nothing of Spring's beside it.
    """
    if not isinstance(body, Mapping):
        return OTHER
    if _has(body, "code"):
        return Dialect.VENDOR
    if _has(body, "requestId", "hasBusinessException") or "result" in body:
        return Dialect.RETURNS
    if _has(body, *_SPRING_WHERE) and _has(body, *_SPRING_WHAT):
        return SPRING
    if _has(body, "error") and (_is_oauth_path(endpoint) or _has(body, "error_description")):
        return Dialect.OAUTH
    if _has(body, "access_token") and _is_oauth_path(endpoint):
        return Dialect.OAUTH
    return OTHER


def _error_items(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [dict(item) if isinstance(item, Mapping) else {"message": item} for item in value]


def _text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _spring_description(body: Mapping[str, Any]) -> str:
    """A Spring error body in plain words: what failed, for which path, and why when it says."""
    status, error, detail, path = (
        _text(lenient.get(body, key)) for key in ("status", "error", "message", "path")
    )
    what = " ".join(part for part in (status, error) if part) or "an error"
    words = f"OC's server reported {what}" + (f" for {path}" if path else "")
    return words + (f": {detail}" if detail and detail != error else "")


def _parse(endpoint: Endpoint, body: Mapping[str, Any], exchange: RawExchange) -> OcResult:
    """The dialect-neutral result; judges success by the dialect's own rule (docs/OC-API.md)."""
    dialect = detect_dialect(body, endpoint)
    get = lenient.get
    code: Any = None
    message = _text(get(body, "message"))
    payload: Any = body
    errors: list[dict[str, Any]] = []
    warnings: list[str] = []
    if dialect == Dialect.VENDOR:
        code = get(body, "code")
        payload = get(body, "data")
        errors = _error_items(get(body, "errors"))
        ok = str(code).strip() == "0" and get(body, "success") is not False and not errors
    elif dialect == Dialect.RETURNS:
        code = get(body, "errorCode")
        message = _text(get(body, "errorMsg")) or message
        payload = get(body, "result")
        ok = get(body, "success") is True and get(body, "hasBusinessException") is not True
        if get(body, "isFallback") is True:
            warnings.append(FALLBACK_WARNING)
    elif dialect == Dialect.OAUTH:
        code = get(body, "error")
        message = _text(get(body, "error_description")) or _text(code)
        ok = code is None and get(body, "access_token") is not None
    elif dialect == SPRING:
        message = _spring_description(body)
        ok = False
    else:
        ok = False
    return OcResult(
        endpoint_id=endpoint.id,
        dialect=str(dialect),
        ok=ok,
        code=code,
        message=message,
        message_id=_text(get(body, "messageId", "requestId")),
        payload=payload,
        errors=errors,
        warnings=warnings,
        body=body,
        exchange=exchange,
    )


def _excerpt(text: str) -> str:
    """A short, readable piece of a raw body: an HTML page's title, else its text."""
    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    plain = title.group(1) if title else re.sub(r"<[^>]+>", " ", text)
    plain = " ".join(html.unescape(plain).split())
    return plain[:_EXCERPT_CHARS] + ("…" if len(plain) > _EXCERPT_CHARS else "")


def _describe_item(item: Mapping[str, Any]) -> str:
    """One errors[] item with all of its keys: code, id and message first, the rest after."""
    code, item_id, message = (item.get(k) for k in ("code", "id", "message"))
    head = " ".join(
        part
        for part in (
            f"[{code}]" if code not in (None, "") else "",
            f"{item_id}:" if item_id not in (None, "") else "",
            str(message) if message not in (None, "") else "",
        )
        if part
    )
    extra = ", ".join(f"{k}={v}" for k, v in item.items() if k not in ("code", "id", "message"))
    return f"{head} ({extra})" if extra and head else head or extra


def _business_message(result: OcResult) -> str:
    items = "; ".join(_describe_item(item) for item in result.errors)
    head = result.message or "OC refused the request"
    return f"{head}: {items}" if items else head


def _auth_hint(message: str) -> str:
    lowered = message.lower()
    if "vauthorization" in lowered:
        return SIGNATURE_HINT
    if "clientkey" in lowered:
        return CLIENT_KEY_HINT
    return TOKEN_HINT


def _is_auth_failure(status: int, result: OcResult) -> bool:
    """Rule C5, OC's documented authentication failures: HTTP 401, or a vendor answer with
    code 1, an `Authentication Fail…` message or a message about the token."""
    if status == 401:
        return True
    if result.ok or result.dialect != Dialect.VENDOR:
        return False
    message = (result.message or "").lower()
    return (
        str(result.code).strip() == "1"
        or message.startswith("authentication fail")
        or "token" in message
    )


def is_busy_message(message: str | None) -> bool:
    """True when OC's message says its system is busy (one of BUSY_PHRASES)."""
    lowered = (message or "").lower()
    return any(phrase in lowered for phrase in BUSY_PHRASES)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    return next((v for k, v in headers.items() if k.lower() == name.lower()), None)


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The wait OC asks for in `Retry-After` (seconds or an HTTP-date); None if it names none."""
    value = (_header(headers, "Retry-After") or "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000": UTC by the standard
        when = when.replace(tzinfo=UTC)
    return max(when.timestamp() - time.time(), 0.0)


def _server_hint(endpoint: Endpoint, status: int) -> str | None:
    """A write may have been carried out; a read can be asked again (None: the class's hint)."""
    if not endpoint.retry_safe:
        return OutcomeUnknown.default_hint
    if _oc_failed(status) or 200 <= status < 300:
        return None
    return UNHANDLED_HINT


def _server_error(
    cls: type[ServerError],
    message: str,
    endpoint: Endpoint,
    headers: Mapping[str, str],
    **common: Any,
) -> ServerError:
    """A ServerError (or subclass) with the hint for its endpoint and OC's Retry-After."""
    hint = _server_hint(endpoint, common["http_status"])
    return cls(message, hint=hint, retry_after=retry_after_seconds(headers), **common)


def _server_message(status: int, result: OcResult, text: str) -> str:
    if result.dialect == OTHER and not _oc_failed(status):
        return f"HTTP {status}: unexpected answer: {_excerpt(text)}"
    return f"HTTP {status}: {result.message or _excerpt(text)}"


def _error_for(
    endpoint: Endpoint, status: int, headers: Mapping[str, str], result: OcResult, text: str
) -> OcError | None:
    """The error an answer means, or None when it is a success to hand back.

    Only OC's refusals become OAuthError, AuthError or BusinessError; an answer that proves
    nothing (5xx, Spring, a busy OC, an unknown shape) is a ServerError.
    """
    common: dict[str, Any] = {
        "code": result.code,
        "message_id": result.message_id,
        "http_status": status,
        "raw_body": text,
        "endpoint_id": endpoint.id,
        "result": result,
    }
    refused = not result.ok and not _oc_failed(status)
    if result.dialect == Dialect.OAUTH and refused and _is_oauth_path(endpoint):
        return OAuthError(result.message or "OAuth error", **common)
    if _is_auth_failure(status, result):
        message = result.message or f"HTTP {status}: {_excerpt(text)}"
        return AuthError(message, hint=_auth_hint(message), **common)
    business = result.dialect in (Dialect.VENDOR, Dialect.RETURNS) and not result.ok
    if business and is_busy_message(result.message):
        return _server_error(OcBusy, _business_message(result), endpoint, headers, **common)
    if business and refused:
        hint = PARTIAL_HINT if result.errors and result.payload else None
        return BusinessError(_business_message(result), hint=hint, **common)
    if not result.ok or not 200 <= status < 300:
        message = _server_message(status, result, text)
        return _server_error(ServerError, message, endpoint, headers, **common)
    return None


def _unreadable_error(
    endpoint: Endpoint, status: int, headers: Mapping[str, str], text: str, body: Any
) -> OcError:
    """The error for an answer in no envelope at all: empty, cut short, HTML, or not JSON."""
    common: dict[str, Any] = {"http_status": status, "raw_body": text, "endpoint_id": endpoint.id}
    if status == 401:
        return AuthError(f"HTTP 401: {_excerpt(text)}", hint=TOKEN_HINT, **common)
    content_type = _header(headers, "Content-Type") or ""
    if not text.strip():
        what = "an empty answer"
    elif "html" in content_type.lower() or "<html" in text[:500].lower():
        what = "an HTML page"
    elif body is None and text.lstrip()[:1] in ("{", "["):
        what = "an answer that was cut short or is not valid JSON"
    else:
        what = "an answer that is not an OC JSON envelope"
    excerpt = _excerpt(text)
    message = f"HTTP {status}: OC sent {what}" + (f": {excerpt}" if excerpt else "")
    return _server_error(UnreadableAnswer, message, endpoint, headers, **common)


def interpret(
    endpoint: Endpoint,
    status: int,
    headers: Mapping[str, str],
    text: str,
    exchange: RawExchange,
) -> OcResult:
    """The OcResult of a successful answer, or the OcError subclass that explains the failure.

    Data in a failed answer stays readable through the error's `result` (a batch can partly
    succeed, rule C4).
    """
    try:
        body = json.loads(text) if text.strip() else None
    except ValueError:
        body = None
    if not isinstance(body, Mapping):
        raise _unreadable_error(endpoint, status, headers, text, body)
    result = _parse(endpoint, body, exchange)
    error = _error_for(endpoint, status, headers, result, text)
    if error is not None:
        raise error
    return result
