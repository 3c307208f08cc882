"""OC's two response envelopes as the sandbox writes them, and the request envelope it reads."""

from __future__ import annotations

import json
import time
from typing import Any

from ocdesk.api.catalog import Dialect
from ocdesk.sandbox.core import EmuError, Headers, Reply


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


def render_reply(dialect: Dialect, reply: Reply, ids: tuple[str, str]) -> dict[str, Any]:
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
    return {"code": 0, "success": True, "message": reply.message or "Success",
            "messageId": message_id, "data": reply.payload}  # fmt: skip


def render_error(dialect: Dialect, error: EmuError, ids: tuple[str, str]) -> dict[str, Any]:
    message_id, request_id = ids
    if dialect is Dialect.RETURNS:
        return {"requestId": request_id, "success": False, "hasBusinessException": True,
                "errorCode": error.code, "errorMsg": error.message, "message": None,
                "result": None, "isFallback": False}  # fmt: skip
    return vendor_failure(3, error.message, message_id, error.vendor_errors())
