"""The sandbox's HTTP front: OC's gateway on loopback (OAuth, checks, envelopes, faults, hooks)."""

from __future__ import annotations

import contextlib
import ipaddress
import json
import socket
import sys
import threading
import traceback
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

from ocdesk.api import catalog
from ocdesk.sandbox.core import Clock, EmuError, EmuRequest, Handler, Headers
from ocdesk.sandbox.handlers import HANDLERS
from ocdesk.sandbox.http import hooks
from ocdesk.sandbox.http.auth import (
    REDIRECT_URI,
    SIGNATURE_MODES,
    AuthFailure,
    Authority,
    OAuthFailure,
    load_tenant,
)
from ocdesk.sandbox.http.dialects import (
    SPRING_TYPE,
    echo_id,
    lookup,
    parse_body,
    render_busy,
    render_error,
    render_reply,
    spring_error,
    vendor_failure,
)
from ocdesk.sandbox.http.faults import (
    FAULTABLE_PATHS,
    Fault,
    FaultBoard,
    gateway_page,
    keys_for,
    load_faults,
    truncated,
)
from ocdesk.sandbox.webhook import WebhookSender
from ocdesk.sandbox.world import World

ROUTES = {(e.method, e.path): e for e in catalog.business_endpoints()}
_SERVED = {*ROUTES, ("GET", "/oauth/authorize"), ("POST", "/oauth/token")}
# The methods each served path accepts: any other gets a 405 naming them in `Allow` (E15).
ALLOWED = {path: tuple(sorted(m for m, p in _SERVED if p == path)) for _, path in _SERVED}
JSON_TYPE = "application/json;charset=UTF-8"
WORLD_SETTINGS = ("status_step_s", "sku_approve_s", "pricing_delay_s")
IDLE_TIMEOUT_S = 60


class WorldApi(Protocol):
    """What the HTTP layer needs of the business world (`world.World`), so it can be stubbed."""

    handlers: dict[str, Handler]
    status_step_s: float
    sku_approve_s: float
    pricing_delay_s: float

    def tick(self) -> None: ...

    def set_outbound_status(self, order_number: str, to: str) -> None: ...

    def approve_sku(self, mfskuid: str) -> None: ...

    def drain_events(self) -> list[dict[str, Any]]: ...


WorldFactory = Callable[[int, Clock], WorldApi]


def business_world(seed: int, clock: Clock) -> World:
    """The seeded world, answering through the handler table: served unless a test stubs it."""
    return World(seed, clock, HANDLERS)


@dataclass
class HttpReply:
    """What goes back on the wire; `reset` drops the connection instead of answering."""

    status: int
    body: bytes = b""
    content_type: str = JSON_TYPE
    headers: dict[str, str] = field(default_factory=dict)
    reset: bool = False


def json_reply(obj: Any, status: int = 200) -> HttpReply:
    return HttpReply(status, json.dumps(obj, ensure_ascii=False).encode("utf-8"))


class Sandbox:
    """The emulator: one tenant, one seeded world, served over HTTP from a daemon thread."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int = 1,
        data_dir: Path | None = None,
        faults_file: Path | None = None,
        world_factory: WorldFactory | None = None,
    ) -> None:
        self.host, self.port, self.seed = host, port, seed
        self.clock = Clock()
        self.tenant, key = load_tenant(data_dir)
        self.auth = Authority([self.tenant], key, self.clock)
        self.faults = FaultBoard()
        for fault in load_faults(faults_file) if faults_file else []:
            self.faults.add(fault)
        self.log = hooks.RequestLog(self.clock)
        self.webhook = WebhookSender(self.tenant.client_id, self.tenant.secret_key)
        self.webhook_url: str | None = None
        self.success_key = False  # vendor successes say `success: true` as the docs show
        self._world_factory: WorldFactory = world_factory or business_world
        self._world: WorldApi | None = None  # seeded on first need, or by start()'s builder
        self._seeding = threading.Lock()
        self._lock = threading.RLock()  # the world's handlers are not thread-safe
        self._httpd: ThreadingHTTPServer | None = None
        self._connections: set[socket.socket] = set()
        self._stopping = threading.Event()  # ends held answers (latency faults) at stop()

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Sandbox:
        server_class = _IPv6Server if ":" in self.host else ThreadingHTTPServer
        httpd = server_class((self.host, self.port), _Handler)
        httpd.sandbox = self  # type: ignore[attr-defined]
        self._httpd = httpd
        self._stopping.clear()
        self.port = httpd.server_address[1]
        serve = partial(httpd.serve_forever, poll_interval=0.05)  # stop() waits one poll at most
        threading.Thread(target=serve, name="sandbox-http", daemon=True).start()
        # Seeding takes longer than starting to listen: a client logs in meanwhile (OAuth needs
        # no business data), and its first business call waits for the world.
        threading.Thread(target=lambda: self.world, name="sandbox-world", daemon=True).start()
        self.webhook.start()
        return self

    @property
    def world(self) -> WorldApi:
        """The seeded world, built by whoever needs it first (the same world from the same
        seed whenever that is); anyone else waits until it is there."""
        with self._seeding:
            if self._world is None:
                self._world = self._world_factory(self.seed, self.clock)
            return self._world

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        for conn in list(self._connections):  # idle keep-alive clients would otherwise linger
            _shut(conn)
        self.webhook.stop()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host = "127.0.0.1" if self.host in ("", "0.0.0.0") else self.host
        return f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"

    def info(self) -> dict[str, str]:
        return {
            "base_url": self.base_url,
            "client_id": self.tenant.client_id,
            "client_secret": self.tenant.secret_key,
            "secretKey": self.tenant.secret_key,
            "redirect_uri": REDIRECT_URI,
        }

    # --- switches and hooks ------------------------------------------------------------------

    def config(self) -> dict[str, Any]:
        with self._lock:
            settings = {name: getattr(self.world, name) for name in WORLD_SETTINGS}
        return {
            "signature_mode": self.auth.signature_mode,
            "rotate_refresh_token": self.auth.rotate_refresh_token,
            "success_key": self.success_key,
            **settings,
            "webhook_url": self.webhook_url,
            "webhook_secret_key": self.webhook.secret_key,
        }

    def configure(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Apply any of the switches of `config()`; ValueError names a bad one, nothing changes."""
        checks: dict[str, Callable[[Any], bool]] = {
            "signature_mode": lambda v: v in SIGNATURE_MODES,
            "rotate_refresh_token": lambda v: isinstance(v, bool),
            "success_key": lambda v: isinstance(v, bool),
            "webhook_url": lambda v: v is None or (isinstance(v, str) and "://" in v),
            "webhook_secret_key": lambda v: isinstance(v, str) and bool(v),
        } | {name: _non_negative for name in WORLD_SETTINGS}
        for name, value in changes.items():
            if name not in checks or not checks[name](value):
                raise ValueError(f"bad config {name}={value!r}; known: {', '.join(checks)}")
        with self._lock:
            for name, value in changes.items():
                self._set(name, value)
        return self.config()

    def _set(self, name: str, value: Any) -> None:
        if name in WORLD_SETTINGS:
            setattr(self.world, name, float(value))
        elif name in ("signature_mode", "rotate_refresh_token"):
            setattr(self.auth, name, value)
        elif name == "webhook_url":
            self.webhook_url = value
        elif name == "success_key":
            self.success_key = value
        else:
            self.webhook.secret_key = value

    def advance_clock(self, seconds: float) -> None:
        with self._lock:
            world = self.world  # seeded before the clock moves, as if it had been all along
            self.clock.advance(seconds)
            world.tick()
            self._forward_events()

    def set_outbound_status(self, order_number: str, to: str) -> None:
        with self._lock:
            self.world.set_outbound_status(order_number, to)
            self._forward_events()

    def approve_sku(self, mfskuid: str) -> None:
        with self._lock:
            self.world.approve_sku(mfskuid)

    def flush_webhooks(self) -> int:
        return self.webhook.flush()

    def reset(self) -> None:
        """A fresh world from the same seed; the tenant and the tokens it issued stay valid."""
        with self._lock:
            self.clock.reset()
            with self._seeding:
                self._world = self._world_factory(self.seed, self.clock)
            self.faults.clear()
            self.log.clear()
            self.webhook.clear()
            self.auth.clear_codes()
            self.auth.signature_mode, self.auth.rotate_refresh_token = "both", False
            self.webhook_url, self.success_key = None, False
            self.webhook.secret_key = self.tenant.secret_key

    def _forward_events(self) -> None:
        events = self.world.drain_events()
        if events and self.webhook_url:
            self.webhook.enqueue(self.webhook_url, events)

    # --- serving -----------------------------------------------------------------------------

    def respond(
        self, method: str, path: str, query: str, headers: Headers, body: bytes
    ) -> HttpReply:
        """The answer to one non-hook request, faults applied as OC's stack would (faults.KINDS)."""
        fault = self.faults.take(keys_for(method, path)) if path in FAULTABLE_PATHS else None
        if fault is None:
            return self._route(method, path, query, headers, body, "")
        if not fault.after_processing and (spoilt := self._spoil(fault, path, None)):
            return spoilt
        reply = self._route(method, path, query, headers, body, fault.kind)
        if fault.after_processing:
            return self._spoil(fault, path, reply) or reply
        return reply

    def _spoil(self, fault: Fault, path: str, reply: HttpReply | None) -> HttpReply | None:
        """What `fault` answers instead of `reply` (None before processing); None: answer as is."""
        kind = fault.base
        if kind == "latency":
            self._stopping.wait(fault.delay_ms / 1000)
        elif kind == "reset":
            return HttpReply(0, reset=True)
        elif kind == "spring_500":
            return self._spring(500, path)
        elif fault.http_status:
            return HttpReply(fault.http_status, gateway_page(fault.http_status), "text/html")
        elif kind == "malformed_json" and reply is not None:
            return HttpReply(200, truncated(reply.body), reply.content_type)
        return None  # token_expiry and busy act inside the call

    def _spring(self, status: int, path: str, headers: dict[str, str] | None = None) -> HttpReply:
        """Spring Boot's JSON error answer, as OC's services give outside the envelope (§1.3)."""
        body = spring_error(status, path, self.clock.now())
        return HttpReply(status, body, SPRING_TYPE, headers or {})

    def _route(
        self, method: str, path: str, query: str, headers: Headers, body: bytes, fault_kind: str
    ) -> HttpReply:
        if path in ALLOWED and method not in ALLOWED[path]:
            return self._spring(405, path, {"Allow": ", ".join(ALLOWED[path])})
        params = dict(parse_qsl(query, keep_blank_values=True))  # the server's one decode
        try:
            if (method, path) == ("GET", "/oauth/authorize"):
                return HttpReply(302, headers={"Location": self.auth.authorize(params)})
            if (method, path) == ("POST", "/oauth/token"):
                if headers.get("Content-Type", "").startswith("application/x-www-form"):
                    params |= dict(parse_qsl(body.decode("utf-8", "replace")))
                return json_reply(self.auth.token(params))
        except OAuthFailure as failure:
            return json_reply(failure.body(), 400)
        endpoint = ROUTES.get((method, path))
        if endpoint is None:
            return self._spring(404, path)
        return self._business(endpoint, params, headers, body, fault_kind)

    def _business(
        self,
        endpoint: catalog.Endpoint,
        params: dict[str, str],
        headers: Headers,
        body: bytes,
        fault_kind: str,
    ) -> HttpReply:
        """E1-E3, then the world's handler, rendered in the endpoint's dialect."""
        envelope, well_formed = parse_body(body) if endpoint.method == "POST" else ({}, True)
        message_id = echo_id(envelope, headers)
        try:
            client_id = self.auth.check_call(
                method=endpoint.method, path=endpoint.path, headers=headers, body=body,
                token_required=endpoint.auth is catalog.Auth.TOKEN_SIGNED,
                force_expired=fault_kind == "token_expiry",
            )  # fmt: skip
        except AuthFailure as failure:
            return json_reply(vendor_failure(1, str(failure), message_id))
        sent_id = lookup(envelope, "messageId")
        ids = (message_id, str(sent_id) if sent_id not in (None, "") else uuid.uuid4().hex)
        if fault_kind == "busy":
            return json_reply(render_busy(endpoint.dialect, ids))
        data = lookup(envelope, "data") if endpoint.method == "POST" else params
        with self._lock:
            self.world.tick()
            try:
                if not well_formed:
                    raise EmuError("EMU_VALIDATION", "request body is not a JSON object")
                call = EmuRequest(endpoint.id, data, message_id, client_id, self.clock.now(), body)
                reply = self.world.handlers[endpoint.id](call)
                answer = render_reply(endpoint.dialect, reply, ids, success_key=self.success_key)
            except EmuError as error:
                answer = render_error(endpoint.dialect, error, ids)
            finally:
                self._forward_events()
            # serialised under the lock: the payload may share objects with the world's state
            return json_reply(answer)


def _endpoint_id(method: str, path: str, query: str) -> str | None:
    """The catalog id a request is for; the token call's id depends on its grant."""
    if path == "/oauth/token":
        grant = dict(parse_qsl(query)).get("grant_type")
        return "oauth.refresh" if grant == "refresh_token" else "oauth.token"
    if path == "/oauth/authorize":
        return "oauth.authorize"
    endpoint = ROUTES.get((method, path))
    return endpoint.id if endpoint else None


def _non_negative(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


def _shut(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed by the peer
        conn.shutdown(socket.SHUT_RDWR)


def _is_loopback(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    mapped = getattr(ip, "ipv4_mapped", None)
    return (mapped or ip).is_loopback


class _IPv6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    """One connection; keep-alive, quiet, every answer with an exact Content-Length."""

    protocol_version = "HTTP/1.1"
    server_version = "ocdesk-sandbox"
    sys_version = ""
    timeout = IDLE_TIMEOUT_S

    @property
    def sandbox(self) -> Sandbox:
        return self.server.sandbox  # type: ignore[attr-defined]

    def setup(self) -> None:
        super().setup()
        # headers and body leave in separate writes; Nagle would hold the body ~40 ms for an ACK
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sandbox._connections.add(self.connection)

    def finish(self) -> None:
        self.sandbox._connections.discard(self.connection)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: GET /__emu/requests shows the traffic."""

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_DELETE = do_PUT = do_PATCH = do_GET

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self) -> None:
        url = urlsplit(self.path)
        body = self._read_body()
        try:
            reply = self._answer(url.path, url.query, body)
        except Exception:  # a bug in the emulator: say so loudly rather than hang the client
            traceback.print_exc(file=sys.stderr)
            reply = json_reply({"error": "sandbox internal error"}, 500)
        self._send(reply)

    def _answer(self, path: str, query: str, body: bytes) -> HttpReply:
        if path.startswith("/__emu/"):
            if not _is_loopback(self.client_address[0]):
                return json_reply({"error": "test hooks are served to loopback only"}, 403)
            params = dict(parse_qsl(query, keep_blank_values=True))
            status, answer = hooks.handle(self.sandbox, self.command, path, params, body)
            return json_reply(answer, status)
        entry = self.sandbox.log.record(
            method=self.command, path=path, endpoint_id=_endpoint_id(self.command, path, query),
            query=query, headers=self.headers, body=body,
        )  # fmt: skip
        reply = self.sandbox.respond(self.command, path, query, self.headers, body)
        entry["status"] = None if reply.reset else reply.status
        return reply

    def _send(self, reply: HttpReply) -> None:
        if reply.reset:
            self.close_connection = True
            _shut(self.connection)
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        try:
            self.end_headers()
            self.wfile.write(reply.body)
        except OSError:  # the client gave up waiting (a held answer): nobody left to tell
            self.close_connection = True
