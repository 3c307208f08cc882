"""A tiny scriptable stand-in for OC on loopback: records every request, answers from a script."""

from __future__ import annotations

import contextlib
import json
import secrets
import socket
import struct
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

RESET = "reset"  # close the connection without answering, as a crashed gateway does
HANG = "hang"  # never answer (until the server stops), so the client times out
CUT = "cut"  # announce the whole body, send half of it, then close: a dropped connection

NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@dataclass(frozen=True)
class Received:
    """One request as it arrived; `target` is the raw request-line target, never decoded."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.target.partition("?")[2]

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    """A scripted answer: `body` as JSON when it is a dict or list, else sent as text."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    action: str | None = None


Responder = Reply | Callable[[Received], Reply]


def vendor_ok(data: Any = None, **extra: Any) -> Reply:
    return Reply(body={"code": 0, "success": True, "message": "Success", "data": data, **extra})


def vendor_fail(code: int, message: str, **extra: Any) -> Reply:
    return Reply(body={"code": code, "success": False, "message": message, **extra})


def returns_ok(result: Any, **extra: Any) -> Reply:
    body = {"requestId": secrets.token_hex(16), "success": True, "hasBusinessException": False}
    return Reply(body={**body, "errorCode": None, "errorMsg": None, "result": result, **extra})


def html(status: int, text: str = NGINX_502) -> Reply:
    return Reply(status=status, body=text, headers={"Content-Type": "text/html"})


def spring(
    status: int,
    error: str,
    path: str,
    message: str | None = None,
    *,
    http_status: int | None = None,
) -> Reply:
    """Spring Boot's error body, as OC's services send it (at `http_status` when it differs)."""
    body: dict[str, Any] = {
        "timestamp": "2026-12-06T04:00:00.000+00:00",
        "status": status,
        "error": error,
        "path": path,
    }
    if message is not None:
        body["message"] = message
    return Reply(status=http_status or status, body=body)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test output is for the tests."""

    def finish(self) -> None:
        # The socket may have been reset on purpose.
        with contextlib.suppress(OSError, ValueError):
            super().finish()

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        received = Received(self.command, self.path, dict(self.headers), self.rfile.read(length))
        reply = self.server.fake.take(received)
        if reply.action == HANG:
            self.server.fake.released.wait(10)
        if reply.action in (RESET, HANG):
            self._reset()
            return
        self._send(reply, cut=reply.action == CUT)

    def _reset(self) -> None:
        # Linger 0 turns close() into a TCP RST: the client sees "connection reset".
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _send(self, reply: Reply, *, cut: bool = False) -> None:
        if isinstance(reply.body, dict | list):
            payload = json.dumps(reply.body).encode()
            content_type = "application/json;charset=UTF-8"
        else:
            payload = (
                (reply.body or "").encode() if isinstance(reply.body, str | None) else reply.body
            )
            content_type = "text/plain"
        self.send_response(reply.status)
        headers = {"Content-Type": content_type, **reply.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload[: len(payload) // 2] if cut else payload)
        if cut:
            # The close ends a body shorter than announced: the client sees it cut short.
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 64  # ten callers at once must not overflow the listen backlog

    def __init__(self, fake: FakeOC) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake


class FakeOC:
    """Answers each path from its queue of replies, then from its standing responder, else 404."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.released = threading.Event()
        self._queued: dict[str, deque[Responder]] = {}
        self._always: dict[str, Responder] = {}
        self._lock = threading.Lock()
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def queue(self, path: str, *replies: Responder) -> None:
        """Answer the next requests to `path` with these, one each, in order."""
        with self._lock:
            self._queued.setdefault(path, deque()).extend(replies)

    def always(self, path: str, responder: Responder) -> None:
        """Answer every request to `path` with this once its queue is empty."""
        with self._lock:
            self._always[path] = responder

    def to(self, path: str) -> list[Received]:
        """The requests received for `path`, in arrival order."""
        with self._lock:
            return [r for r in self.received if r.path == path]

    def take(self, received: Received) -> Reply:
        with self._lock:
            self.received.append(received)
            queue = self._queued.get(received.path)
            responder = queue.popleft() if queue else self._always.get(received.path)
        if responder is None:
            return Reply(status=404, body=f"no reply scripted for {received.path}")
        return responder(received) if callable(responder) else responder

    def start(self) -> FakeOC:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(name="oc")
def oc_fixture() -> Iterator[FakeOC]:
    """A running FakeOC; test modules import this to get the `oc` fixture."""
    server = FakeOC().start()
    try:
        yield server
    finally:
        server.stop()
