"""Outbound status callbacks (§10.1): signed POSTs to the receiver, retried after 10, 60, 300 s."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from http.client import HTTPConnection, HTTPException, HTTPSConnection
from typing import Any
from urllib.parse import urlsplit

from ocdesk.sandbox.signing import signature

RETRY_DELAYS_S = (10, 60, 300)
SEND_TIMEOUT_S = 5


@dataclass
class _Delivery:
    url: str
    data: dict[str, Any]
    message_id: str
    attempts: int = 0
    due: float = 0.0


class WebhookSender:
    """Queues callbacks and sends them from a daemon thread; `flush` sends the pending ones now.

    Real time drives the retries: the emulator clock jumps, and a jump must not fire a burst.
    """

    def __init__(self, client_key: str, secret_key: str) -> None:
        self.client_key = client_key
        self.secret_key = secret_key
        self._pending: list[_Delivery] = []
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sandbox-webhook", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=SEND_TIMEOUT_S + 1)

    def enqueue(self, url: str, events: list[dict[str, Any]]) -> None:
        """Queue one callback per event, in order."""
        with self._lock:
            self._pending += [_Delivery(url, e, uuid.uuid4().hex) for e in events]
        self._wake.set()

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    def flush(self) -> int:
        """Send every pending callback at once, retries included; how many were delivered."""
        return self._send_due(lambda _: True)

    def _run(self) -> None:
        while not self._stopped.is_set():
            self._send_due(lambda d: d.due <= time.monotonic())
            self._wake.wait(timeout=1.0)
            self._wake.clear()

    def _send_due(self, is_due: Callable[[_Delivery], bool]) -> int:
        with self._lock:
            batch = [d for d in self._pending if is_due(d)]
            self._pending = [d for d in self._pending if not is_due(d)]
        delivered = 0
        for delivery in batch:
            if self._post(delivery):
                delivered += 1
            else:
                self._reschedule(delivery)
        return delivered

    def _reschedule(self, delivery: _Delivery) -> None:
        """Keep a failed callback for its next try, or drop it once the retries are spent."""
        if delivery.attempts > len(RETRY_DELAYS_S):
            return
        delivery.due = time.monotonic() + RETRY_DELAYS_S[delivery.attempts - 1]
        with self._lock:
            self._pending.append(delivery)

    def _post(self, delivery: _Delivery) -> bool:
        """One attempt; True when the receiver answered HTTP 200 with vendor code 0."""
        delivery.attempts += 1
        now_ms = int(time.time() * 1000)
        envelope = {"messageId": delivery.message_id, "timestamp": now_ms, "data": delivery.data}
        url = urlsplit(delivery.url)
        path = url.path or "/"
        headers = {
            "Content-Type": "application/json",
            "clientKey": self.client_key,
            "TimeStamp": str(now_ms),
            "vAuthorization": signature(path, "", self.client_key, self.secret_key),
        }
        # http.client sends header names as written (urllib would re-case them)
        connection_class = HTTPSConnection if url.scheme == "https" else HTTPConnection
        conn = connection_class(url.netloc, timeout=SEND_TIMEOUT_S)
        try:
            body = json.dumps(envelope, ensure_ascii=False).encode("utf-8")
            conn.request("POST", path + (f"?{url.query}" if url.query else ""), body, headers)
            response = conn.getresponse()
            reply = json.loads(response.read() or b"null")
            return response.status == 200 and str(reply.get("code")) == "0"
        except (OSError, ValueError, AttributeError, HTTPException):
            # refused, timed out, not HTTP, or not a JSON object
            return False
        finally:
            conn.close()
