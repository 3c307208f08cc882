"""Callbacks as OC sends them, and raw HTTP requests with exactly the headers a test wants."""

from __future__ import annotations

import http.client
import json
import uuid
from typing import Any

from ocdesk.webhook import WebhookReceiver


def callback(**data: Any) -> dict[str, Any]:
    """A §10.1 envelope; `data` fields override a shipped event with a fresh eventId."""
    event = {
        "eventId": str(uuid.uuid4()),
        "status": "shipped",
        "eventTime": "2025-03-11T18:02:11+0800",
        "orderNumber": "OCO2000011384024GB",
        "referenceNumber": "#1003",
    } | data
    return {"messageId": uuid.uuid4().hex, "timestamp": 1741687331000, "data": event}


def post(
    receiver: WebhookReceiver,
    body: bytes | dict[str, Any],
    headers: dict[str, str] | None = None,
    *,
    path: str | None = None,
    method: str = "POST",
    content_length: bool = True,
) -> tuple[int, dict[str, Any]]:
    """Send one raw request (header names as written) and return (HTTP status, JSON reply)."""
    raw = json.dumps(body).encode() if isinstance(body, dict) else body
    conn = http.client.HTTPConnection("127.0.0.1", receiver.port, timeout=10)
    try:
        conn.putrequest(method, path or receiver.settings.path, skip_accept_encoding=True)
        sent = {"Content-Type": "application/json"} | (headers or {})
        if content_length:
            sent["Content-Length"] = str(len(raw))
        for name, value in sent.items():
            conn.putheader(name, value)
        conn.endheaders(raw if raw else None)
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()
