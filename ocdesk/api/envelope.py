"""Request envelopes out, and OC's answers in: dialect detection, success rules, error mapping."""

from __future__ import annotations

import html
import json
import re
import time
import uuid
from collections.abc import Mapping
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.catalog import Dialect, Endpoint
from ocdesk.api.errors import AuthError, BusinessError, OAuthError, OcError, ServerError
from ocdesk.api.result import OcResult, RawExchange

OTHER = "other"
FALLBACK_WARNING = "OC answered with a fallback (degraded) result; retry later."
SIGNATURE_HINT = (
    "OC rejected the signature (vAuthorization): try the other signature setting in the profile "
    "(path only / path and body), and check the secret key."
)
CLIENT_KEY_HINT = "OC does not know this client id (clientKey): check it in the profile."
TOKEN_HINT = "Your OC login was refused or has expired: log in again from the Account tab."
PARTIAL_HINT = "Some items may have been accepted: check the result before sending them again."
_EXCERPT_CHARS = 200


def build_envelope(data: Any, *, api_version: str | None = None) -> dict[str, Any]:
    """A fresh request envelope: new messageId and send-time timestamp on every call (rule C9)."""
    envelope: dict[str, Any] = {"messageId": uuid.uuid4().hex, "timestamp": int(time.time() * 1000)}
    if api_version is not None:
        envelope["apiVersion"] = api_version
    envelope["data"] = data
    return envelope


def detect_dialect(body: Any) -> str:
    """Which envelope `body` is in, judged by its keys and never by the path (REFERENCE §1.3)."""
    if not isinstance(body, Mapping):
        return OTHER
    if lenient.get(body, "code") is not None:
        return Dialect.VENDOR
    if any(lenient.get(body, k) is not None for k in ("requestId", "hasBusinessException")) or (
        "result" in body
    ):
        return Dialect.RETURNS
    if lenient.get(body, "access_token") is not None or lenient.get(body, "error") is not None:
        return Dialect.OAUTH
    return OTHER


def _error_items(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [dict(item) if isinstance(item, Mapping) else {"message": item} for item in value]


def _text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _parse(endpoint: Endpoint, body: Mapping[str, Any], exchange: RawExchange) -> OcResult:
    """The dialect-neutral result; judges success by the dialect's own rule (REFERENCE §1.3)."""
    dialect = detect_dialect(body)
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
    """Rule C5: vendor code 1, an `Authentication Fail` or token message, or HTTP 401."""
    if status == 401:
        return True
    if result.ok:
        return False
    message = (result.message or "").lower()
    vendor_auth = result.dialect == Dialect.VENDOR and str(result.code).strip() == "1"
    return vendor_auth or message.startswith("authentication fail") or "token" in message


def _error_for(endpoint: Endpoint, status: int, result: OcResult, text: str) -> OcError | None:
    """The error an answer means, or None when it is a success to hand back."""
    common: dict[str, Any] = {
        "code": result.code,
        "message_id": result.message_id,
        "http_status": status,
        "raw_body": text,
        "endpoint_id": endpoint.id,
        "result": result,
    }
    if result.dialect == Dialect.OAUTH and not result.ok:
        return OAuthError(result.message or "OAuth error", **common)
    if _is_auth_failure(status, result):
        message = result.message or f"HTTP {status}: {_excerpt(text)}"
        return AuthError(message, hint=_auth_hint(message), **common)
    if status == 429 or status >= 500:
        return ServerError(f"HTTP {status}: {result.message or _excerpt(text)}", **common)
    if result.dialect in (Dialect.VENDOR, Dialect.RETURNS) and not result.ok:
        hint = PARTIAL_HINT if result.errors and result.payload else None
        return BusinessError(_business_message(result), hint=hint, **common)
    if not result.ok or not 200 <= status < 300:
        return ServerError(f"HTTP {status}: unexpected answer: {_excerpt(text)}", **common)
    return None


def _unreadable_error(
    endpoint: Endpoint, status: int, headers: Mapping[str, str], text: str
) -> OcError:
    """The error for an answer in no envelope at all: empty, HTML, or not JSON."""
    common: dict[str, Any] = {"http_status": status, "raw_body": text, "endpoint_id": endpoint.id}
    if status == 401:
        return AuthError(f"HTTP 401: {_excerpt(text)}", hint=TOKEN_HINT, **common)
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if not text.strip():
        what = "an empty answer"
    elif "html" in content_type.lower() or "<html" in text[:500].lower():
        what = "an HTML page"
    else:
        what = "an answer that is not an OC JSON envelope"
    excerpt = _excerpt(text)
    return ServerError(
        f"HTTP {status}: OC sent {what}" + (f": {excerpt}" if excerpt else ""), **common
    )


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
        raise _unreadable_error(endpoint, status, headers, text)
    result = _parse(endpoint, body, exchange)
    error = _error_for(endpoint, status, result, text)
    if error is not None:
        raise error
    return result
