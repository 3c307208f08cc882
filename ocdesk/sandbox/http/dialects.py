"""OC's answers as the sandbox writes them (its two envelopes and Spring's error body), and the
request envelope it reads."""

from __future__ import annotations

import json
import time
from datetime import datetime
from http import HTTPStatus
from typing import Any

from ocdesk.api.catalog import Dialect
from ocdesk.sandbox.core import EmuError, Headers, Reply

SPRING_TYPE = "application/json"
# OC's real code for "system busy" is undocumented; anything but 0 (and 1, auth) reads the same.
BUSY_CODE = 2
BUSY_MESSAGE = "System busy, please try again later"


def lookup(envelope: Any, key: str) -> Any:
    """An envelope key, matched case-insensitively as OC does."""
    if not isinstance(envelope, dict):
        return None
    return next((v for k, v in envelope.items() if k.lower() == key.lower()), None)


def parse_body(body: bytes) -> tuple[Any, bool]:
    """(envelope, ok): an empty body is an empty envelope; anything but a JSON object is bad."""
    if not body.strip():
        return {}, True
    try:
        envelope = json.loads(body)
    except ValueError:
        return None, False
    return envelope, isinstance(envelope, dict)


def echo_id(envelope: Any, headers: Headers) -> str:
    """§12.1: the request messageId, else the TimeStamp header, else a fresh epoch-ms value."""
    sent = lookup(envelope, "messageId")
    if sent not in (None, ""):
        return str(sent)
    return headers.get("TimeStamp") or str(int(time.time() * 1000))


def vendor_failure(code: int, message: str, message_id: str, errors: Any = None) -> dict[str, Any]:
    reply: dict[str, Any] = {"code": code, "success": False, "message": message,
                             "messageId": message_id}  # fmt: skip
    if errors is not None:
        reply["errors"] = errors
        reply["data"] = None
    return reply


def spring_error(status: int, path: str, now: datetime) -> bytes:
    """Spring Boot's default error body: what OC's services answer outside any envelope (§1.3)."""
    body = {"timestamp": now.isoformat(timespec="milliseconds"), "status": status,
            "error": HTTPStatus(status).phrase, "path": path}  # fmt: skip
    return json.dumps(body).encode("utf-8")


def render_reply(
    dialect: Dialect, reply: Reply, ids: tuple[str, str], *, success_key: bool = False
) -> dict[str, Any]:
    """A handler's answer in its dialect. A vendor success is `{code, message, messageId, data}`
    as real OC sends it (E15); `success_key` adds the docs' `success: true` too."""
    message_id, request_id = ids
    if dialect is Dialect.RETURNS:
        failed = bool(reply.errors)
        return {
            "requestId": request_id,
            "success": not failed,
            "hasBusinessException": failed,
            "errorCode": reply.errors[0].get("code") if failed else None,
            "errorMsg": "; ".join(str(e.get("message")) for e in reply.errors) if failed else None,
            "message": reply.message,
            "result": reply.payload,
            "isFallback": False,
        }
    if reply.errors:
        return {**vendor_failure(3, reply.message or "Partial failure: see errors", message_id),
                "errors": reply.errors, "data": reply.payload}  # fmt: skip
    flag = {"success": True} if success_key else {}
    return {"code": 0, **flag, "message": reply.message or "Success",
            "messageId": message_id, "data": reply.payload}  # fmt: skip


def render_error(dialect: Dialect, error: EmuError, ids: tuple[str, str]) -> dict[str, Any]:
    message_id, request_id = ids
    if dialect is Dialect.RETURNS:
        return {"requestId": request_id, "success": False, "hasBusinessException": True,
                "errorCode": error.code, "errorMsg": error.message, "message": None,
                "result": None, "isFallback": False}  # fmt: skip
    return vendor_failure(3, error.message, message_id, error.vendor_errors())


def render_busy(dialect: Dialect, ids: tuple[str, str]) -> dict[str, Any]:
    """OC's "system busy" refusal, given before anything is processed."""
    if dialect is Dialect.RETURNS:
        return render_error(dialect, EmuError(str(BUSY_CODE), BUSY_MESSAGE), ids)
    return vendor_failure(BUSY_CODE, BUSY_MESSAGE, ids[0])
