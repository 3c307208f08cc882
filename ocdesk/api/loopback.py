"""Catch OC's login redirect on a loopback redirect URI, so the user has nothing to paste."""

from __future__ import annotations

import contextlib
import errno
import selectors
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from ocdesk.api.oauth import carries_state

LOOPBACK_HOSTS = ("127.0.0.1", "localhost")
_MAX_HEAD = 64 * 1024  # a request head beyond this is not a browser following a redirect
_POLL_S = 0.2  # how soon wait() notices close()
_IDLE_S = 10.0  # a connection that has not sent its whole request by then is closed
_SEND_TIMEOUT_S = 1.0

_PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>ocdesk login</title></head>"
    b"<body style='font-family:sans-serif;margin:3em'>"
    b"<h2>Login received</h2><p>You can close this tab and return to ocdesk.</p>"
    b"</body></html>"
)
_OTHER_LOGIN_PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>ocdesk login</title></head>"
    b"<body style='font-family:sans-serif;margin:3em'>"
    b"<h2>Not the login ocdesk is waiting for</h2><p>This address belongs to another login "
    b"attempt. Use the browser tab ocdesk opened last, or start the login again.</p>"
    b"</body></html>"
)


class LoopbackError(RuntimeError):
    """The redirect could not be caught; the user can still paste the address by hand."""


class PortInUse(LoopbackError):
    """Another program listens on the redirect URI's port."""

    def __init__(self, port: int) -> None:
        super().__init__(
            f"Port {port} on this computer is already in use by another program: close it, or "
            "put another port in the profile's redirect URI."
        )
        self.port = port


class LoopbackTimeout(LoopbackError):
    """No browser came back in time."""


class LoopbackClosed(LoopbackError):
    """close() was called while waiting (the user cancelled or started again)."""


def is_loopback_uri(redirect_uri: str) -> bool:
    """True for `http://127.0.0.1:PORT/...` and `http://localhost:PORT/...` (an explicit port)."""
    parts = urlsplit(redirect_uri)
    try:
        port = parts.port
    except ValueError:
        return False
    return parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS and port is not None


@dataclass
class _Pending:
    """A client connection whose request head has not fully arrived yet."""

    since: float
    head: bytes = b""


class LoopbackCatcher:
    """A one-shot HTTP listener on 127.0.0.1 at the redirect URI's port.

    `wait()` hands back the redirected URL built from the raw request line, never decoded, so
    `extract_code` sees the code exactly as OC sent it (docs/OC-API.md). Only a request for the
    redirect path carrying this login's `state` ends the wait; anything else (a favicon, an older
    login's redirect, a stray probe) is answered and waiting goes on. Connections are served side
    by side as their bytes arrive, so one that sends nothing holds up no other.
    """

    def __init__(self, redirect_uri: str, state: str) -> None:
        if not is_loopback_uri(redirect_uri):
            raise ValueError(f"{redirect_uri!r} is not an http://127.0.0.1:PORT/ address")
        parts = urlsplit(redirect_uri)
        self.redirect_uri = redirect_uri
        self.state = state
        self.port: int = parts.port or 0
        self._origin = f"{parts.scheme}://{parts.netloc}"
        self._path = parts.path or "/"
        self._sock: socket.socket | None = None
        self._closed = threading.Event()

    def start(self) -> LoopbackCatcher:
        """Bind and listen; PortInUse when another program holds the port."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            # Lets a second login rebind while the first's connections sit in TIME_WAIT; it does
            # not allow two listeners on Linux or macOS.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("127.0.0.1", self.port))
            sock.listen(16)
        except OSError as exc:
            sock.close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUse(self.port) from exc
            raise LoopbackError(f"Cannot listen on 127.0.0.1:{self.port}: {exc}") from exc
        sock.setblocking(False)
        self._sock = sock
        self._closed.clear()
        return self

    def wait(self, timeout: float) -> str:
        """The full redirected URL, as the browser requested it; answers the browser too."""
        sock = self._sock
        if sock is None and not self._closed.is_set():
            raise LoopbackError("start() the catcher before waiting")
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            try:
                if sock is not None:
                    selector.register(sock, selectors.EVENT_READ)
            except (OSError, ValueError):
                pass  # close() came first: reported below
            try:
                url = self._serve(selector, deadline)
            finally:
                _drop_clients(selector)
        if url is None:
            raise LoopbackClosed("The login was cancelled.")
        return url

    def close(self) -> None:
        """Stop listening; a wait() in progress ends with LoopbackClosed."""
        self._closed.set()
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()

    def __enter__(self) -> LoopbackCatcher:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.close()

    def _serve(self, selector: selectors.BaseSelector, deadline: float) -> str | None:
        """Serve the connections until one brings this login's redirect; None when closed."""
        while not self._closed.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                raise LoopbackTimeout("The browser did not come back to ocdesk in time.")
            try:
                ready = selector.select(min(left, _POLL_S))
            except (OSError, ValueError):
                return None  # close() took the socket away under us
            for key, _ in ready:
                if key.data is None:
                    self._accept(selector)
                    continue
                assert isinstance(key.fileobj, socket.socket)
                url = self._take(selector, key.fileobj, key.data)
                if url is not None:
                    return url
            _drop_clients(selector, waiting_since=time.monotonic() - _IDLE_S)
        return None

    def _accept(self, selector: selectors.BaseSelector) -> None:
        while (sock := self._sock) is not None:
            try:
                conn, _ = sock.accept()
            except OSError:
                return  # none left (BlockingIOError), or close() took the socket away
            conn.setblocking(False)
            selector.register(conn, selectors.EVENT_READ, _Pending(time.monotonic()))

    def _take(
        self, selector: selectors.BaseSelector, conn: socket.socket, pending: _Pending
    ) -> str | None:
        """Read what `conn` sent; once its request head is whole, answer it. Our URL, or None."""
        try:
            chunk = conn.recv(4096)
        except BlockingIOError:
            return None
        except OSError:
            chunk = b""  # the client gave up: answer what it sent so far
        pending.head += chunk
        if chunk and b"\r\n\r\n" not in pending.head and len(pending.head) < _MAX_HEAD:
            return None
        selector.unregister(conn)
        with conn:
            return self._answer(conn, _request_target(pending.head))

    def _answer(self, conn: socket.socket, target: str | None) -> str | None:
        if target is None or _path_of(target) != self._path:
            _reply(conn, "404 Not Found", b"")
            return None
        if not carries_state(target, self.state):
            _reply(conn, "400 Bad Request", _OTHER_LOGIN_PAGE)
            return None
        _reply(conn, "200 OK", _PAGE)
        return self._origin + target


def _drop_clients(selector: selectors.BaseSelector, waiting_since: float | None = None) -> None:
    """Close the client connections: all of them, or those waiting since before the time given."""
    for key in list(selector.get_map().values()):
        pending = key.data
        if pending is None or (waiting_since is not None and pending.since > waiting_since):
            continue
        selector.unregister(key.fileobj)
        assert isinstance(key.fileobj, socket.socket)
        key.fileobj.close()


def _request_target(head: bytes) -> str | None:
    """The raw target of `GET <target> HTTP/1.x`, byte-for-byte, or None."""
    line = head.split(b"\r\n", 1)[0].decode("latin-1")
    parts = line.split(" ")
    if len(parts) != 3 or parts[0] != "GET" or not parts[1].startswith("/"):
        return None
    return parts[1]


def _path_of(target: str) -> str:
    return target.split("?", 1)[0].split("#", 1)[0]


def _reply(conn: socket.socket, status: str, body: bytes) -> None:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
    ).encode("ascii")
    # Blocking again, briefly: the answer fits the socket buffer, and a stalled client must not
    # hold the others up. A browser that went away is no loss: its URL is what matters.
    conn.settimeout(_SEND_TIMEOUT_S)
    with contextlib.suppress(OSError):
        conn.sendall(head + body)
