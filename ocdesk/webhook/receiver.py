"""The local HTTP receiver for OC's outbound callbacks (docs/OC-API.md): check, store, answer."""

from __future__ import annotations

import contextlib
import errno
import hmac
import ipaddress
import json
import logging
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from ocdesk.api.signing import sign
from ocdesk.api.text import translate
from ocdesk.store.db import DatabaseError
from ocdesk.store.logs import redact
from ocdesk.webhook.inbox import InboxEntry, WebhookInbox, event_text

log = logging.getLogger(__name__)

REQUIRED_FIELDS = ("eventId", "status", "orderNumber")
CODE_OK, CODE_AUTH, CODE_INVALID = 0, 1, 3
# A client that stalls mid-request must not hold a thread for long.
REQUEST_TIMEOUT_S = 10
# Connections the kernel queues while the receiver is busy: OC posts callbacks side by side, and
# past the queue a connection attempt is dropped and retried only a second or more later.
LISTEN_BACKLOG = 128
# After refusing a body unread, take in this much more so the refusal is not lost to a TCP
# reset; a sender pushing past it simply gets the reset.
_DISCARD_BUDGET = 1024 * 1024
_DISCARD_TIMEOUT_S = 1.0
_LOOPBACK_NAMES = frozenset({"localhost"})

EventCallback = Callable[[InboxEntry], None]
# A page served on GET beside the callback path (a health check): HTTP status and a JSON object.
Page = Callable[[], tuple[int, dict[str, Any]]]


class ReceiverError(Exception):
    """The receiver cannot start; the message says why and what to change."""


@dataclass(frozen=True)
class ReceiverSettings:
    """Where the receiver listens and what it accepts.

    With `secret_key` set, every callback must carry OC's signature over the receiver's path;
    without it, callbacks are accepted unsigned. Binding anywhere but loopback needs
    `allow_remote`, so the inbox is never exposed to the network by accident.
    """

    host: str = "127.0.0.1"
    port: int = 8787
    path: str = "/oc/webhook/outbound"
    max_body_bytes: int = 256 * 1024
    client_key: str | None = None
    secret_key: str | None = None
    allow_remote: bool = False

    def __post_init__(self) -> None:
        if not self.path.startswith("/"):
            raise ValueError(f"the receiver path must start with /, not {self.path!r}")
        if not 0 <= self.port <= 65535:
            raise ValueError(f"port {self.port} is not between 0 and 65535")
        if self.max_body_bytes <= 0:
            raise ValueError("the body size limit must be at least one byte")

    @property
    def checks_signature(self) -> bool:
        return bool(self.secret_key)


@dataclass(frozen=True)
class Reply:
    """One answer: HTTP status and the vendor envelope."""

    status: int
    code: int
    message: str
    message_id: str | None = None

    def body(self) -> bytes:
        envelope: dict[str, Any] = {
            "code": self.code,
            "success": self.code == CODE_OK,
            "message": self.message,
        }
        if self.message_id is not None:
            envelope["messageId"] = self.message_id
        return json.dumps(envelope, ensure_ascii=False).encode("utf-8")


class _Refused(Exception):
    """A request that gets `reply` instead of being stored."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.message)
        self.reply = reply


def is_loopback(host: str) -> bool:
    """True for `localhost` and loopback addresses; an empty host means every interface."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class WebhookReceiver:
    """Serves OC's callbacks from a daemon thread; each valid one is stored before OK goes back.

    `on_event` is called on the receiver's thread for each newly stored callback (not for a
    repeated eventId). It should be quick: a GUI posts it on to its own thread. `pages` maps
    other paths to what a GET there answers (the headless service's health check).
    """

    def __init__(
        self,
        settings: ReceiverSettings,
        inbox: WebhookInbox,
        on_event: EventCallback | None = None,
        pages: Mapping[str, Page] | None = None,
    ) -> None:
        self.settings = settings
        self.inbox = inbox
        self.on_event = on_event
        self.pages = dict(pages or {})
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def port(self) -> int:
        """The port listened on: the real one once started, even when 0 was asked for."""
        return self._httpd.server_address[1] if self._httpd else self.settings.port

    @property
    def url(self) -> str:
        """The callback URL as this machine reaches it."""
        host = self.settings.host
        if host in ("", "0.0.0.0", "::"):
            host = "127.0.0.1"
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}{self.settings.path}"

    def start(self) -> WebhookReceiver:
        if self._httpd is not None:
            return self
        self._check_host()
        httpd = self._bind()
        httpd.receiver = self  # type: ignore[attr-defined]
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, args=(0.1,), name="webhook-receiver", daemon=True
        )
        self._thread.start()
        log.info("webhook receiver listening on %s", redact(self.url))
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=REQUEST_TIMEOUT_S)
        log.info("webhook receiver stopped")

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def _check_host(self) -> None:
        host = self.settings.host
        if not self.settings.allow_remote and not is_loopback(host):
            where = host or translate("webhook", "every network interface")
            raise ReceiverError(translate(
                "webhook",
                "The receiver listens on 127.0.0.1 (this computer only) unless you allow other "
                "addresses; {where} would let other machines reach it. Keep 127.0.0.1 behind a "
                "reverse proxy or tunnel, or allow remote addresses explicitly.",
            ).format(where=where))

    def _bind(self) -> ThreadingHTTPServer:
        host, port = self.settings.host, self.settings.port
        server_class = _IPv6Server if ":" in host else _Server
        try:
            return server_class((host.strip("[]"), port), _Handler)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ReceiverError(translate(
                    "webhook",
                    "Port {port} on {host} is already in use by another program; choose another "
                    "port, or stop the program using it.",
                ).format(port=port, host=host)) from exc
            raise ReceiverError(f"Cannot listen on {host}:{port}: {exc.strerror or exc}") from exc

    # --- one callback ------------------------------------------------------------------------

    def accept(self, headers: Any, body: bytes) -> Reply:
        """Check, store and acknowledge one callback body received on the configured path."""
        try:
            self._check_signature(headers)
            envelope, event = _parse(body)
        except _Refused as refused:
            return refused.reply
        message_id = _message_id(envelope)
        try:
            stored = self.inbox.store(event, body.decode("utf-8"))
        except (sqlite3.Error, DatabaseError) as exc:
            # not OK, so OC sends it again later rather than losing it
            log.error("webhook callback not stored: %s", redact(str(exc)))
            return Reply(500, CODE_INVALID, "callback could not be stored", message_id)
        event_id = event_text(event, "eventId")
        log.info(
            "webhook callback %s: order %s is %s%s",
            redact(event_id),
            redact(event_text(event, "orderNumber")),
            redact(event_text(event, "status")),
            "" if stored else " (already stored)",
        )
        if stored:
            self._notify(event_id)
        return Reply(200, CODE_OK, "OK", message_id)

    def _check_signature(self, headers: Any) -> None:
        secret = self.settings.secret_key
        if not secret:
            return
        sent_key = (headers.get("clientKey") or "").strip()
        client_key = self.settings.client_key or sent_key
        if not client_key:
            raise _Refused(Reply(200, CODE_AUTH, "Authentication Fail:clientKey missing"))
        if self.settings.client_key and sent_key and sent_key != self.settings.client_key:
            raise _Refused(Reply(200, CODE_AUTH, "Authentication Fail:clientKey invalid"))
        expected = sign(self.settings.path, client_key, secret)
        sent = (headers.get("vAuthorization") or "").strip().lower()
        if not hmac.compare_digest(sent.encode("ascii", "replace"), expected.encode("ascii")):
            raise _Refused(Reply(200, CODE_AUTH, "Authentication Fail:vAuthorization invalid"))

    def _notify(self, event_id: str) -> None:
        if self.on_event is None:
            return
        try:
            entry = self.inbox.get(event_id)
            if entry is not None:
                self.on_event(entry)
        except Exception:
            # the callback is stored whatever a listener does; OC must still get its OK
            log.exception("webhook listener failed on event %s", redact(event_id))


def _parse(body: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """The envelope and its `data` object, or a 400 naming what is wrong."""
    try:
        envelope = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _invalid(f"body is not UTF-8 JSON ({exc})") from None
    except RecursionError:
        # a callback is a few levels deep; thousands of brackets are no callback
        raise _invalid("body is nested too deeply to be a callback") from None
    if not isinstance(envelope, dict):
        raise _invalid("body must be a JSON object (the request envelope)")
    data = envelope.get("data")
    if not isinstance(data, dict):
        raise _invalid("data must be an object (one outbound order event)", envelope)
    missing = [name for name in REQUIRED_FIELDS if not event_text(data, name)]
    if missing:
        names = ", ".join(f"data.{name}" for name in missing)
        raise _invalid(f"required field missing or empty: {names}", envelope)
    return envelope, data


def _invalid(problem: str, envelope: dict[str, Any] | None = None) -> _Refused:
    message_id = _message_id(envelope) if envelope else None
    return _Refused(Reply(400, CODE_INVALID, f"Invalid callback: {problem}", message_id))


def _message_id(envelope: dict[str, Any]) -> str | None:
    value = envelope.get("messageId")
    return None if value is None else str(value)


def _has_body(headers: Any) -> bool:
    return bool(headers.get("Content-Length") or headers.get("Transfer-Encoding"))


class _Server(ThreadingHTTPServer):
    request_queue_size = LISTEN_BACKLOG


class _IPv6Server(_Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    """One request per connection: routes, limits the body, hands it to the receiver."""

    server_version = "ocdesk-webhook"
    sys_version = ""
    timeout = REQUEST_TIMEOUT_S
    _body_read = False

    @property
    def receiver(self) -> WebhookReceiver:
        return self.server.receiver  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("webhook %s %s", self.address_string(), redact(format % args))

    def do_POST(self) -> None:
        reply = self._route() or self._read_and_accept()
        self._send(reply)

    def do_GET(self) -> None:
        page = self.receiver.pages.get(urlsplit(self.path).path)
        if page is None:
            self._refuse_method()
            return
        status, content = page()
        self._write(status, json.dumps(content, ensure_ascii=False).encode("utf-8"))

    def _refuse_method(self) -> None:
        self._send(self._route() or Reply(405, CODE_INVALID, "only POST is served here"))

    do_PUT = do_PATCH = do_DELETE = _refuse_method

    def _route(self) -> Reply | None:
        path = urlsplit(self.path).path
        if path != self.receiver.settings.path:
            return Reply(404, CODE_INVALID, f"no receiver at {path}")
        return None

    def _read_and_accept(self) -> Reply:
        limit = self.receiver.settings.max_body_bytes
        declared = self.headers.get("Content-Length")
        if declared is None:
            return Reply(411, CODE_INVALID, "Content-Length is required")
        try:
            length = int(declared)
        except ValueError:
            length = -1
        if length < 0:
            return Reply(400, CODE_INVALID, "Content-Length must be a whole number of bytes")
        if length > limit:
            return Reply(413, CODE_INVALID, f"body over the {limit}-byte limit")
        body = self.rfile.read(length)
        if len(body) < length:
            return Reply(400, CODE_INVALID, "body shorter than its Content-Length")
        self._body_read = True
        return self.receiver.accept(self.headers, body)

    def _send(self, reply: Reply) -> None:
        if reply.code != CODE_OK:
            log.info("webhook request from %s refused (HTTP %s): %s", self.client_address[0],
                     reply.status, redact(reply.message))  # fmt: skip
        self._write(reply.status, reply.body())

    def _write(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True
        if not self._body_read and _has_body(self.headers):
            self._discard_unread()

    def _discard_unread(self) -> None:
        """Let the sender finish sending before closing, so it reads our refusal, not a reset.

        Closing with unread bytes in the socket makes the kernel reset the connection, and a
        reset can wipe the answer before the sender reads it. The bytes are thrown away.
        """
        self.wfile.flush()
        conn = self.connection
        with contextlib.suppress(OSError):
            conn.shutdown(socket.SHUT_WR)
            conn.settimeout(_DISCARD_TIMEOUT_S)
            deadline, budget = time.monotonic() + _DISCARD_TIMEOUT_S, _DISCARD_BUDGET
            while budget > 0 and time.monotonic() < deadline:
                chunk = conn.recv(min(budget, 65536))
                if not chunk:
                    return
                budget -= len(chunk)
