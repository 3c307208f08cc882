"""Catch OC's login redirect on a loopback redirect URI, so the user has nothing to paste."""

from __future__ import annotations

import contextlib
import errno
import selectors
import socket
import threading
import time
from urllib.parse import urlsplit

LOOPBACK_HOSTS = ("127.0.0.1", "localhost")
_MAX_HEAD = 64 * 1024  # a request head beyond this is not a browser following a redirect
_POLL_S = 0.2  # how soon wait() notices close()
_READ_TIMEOUT_S = 5.0

_PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>ocdesk login</title></head>"
    b"<body style='font-family:sans-serif;margin:3em'>"
    b"<h2>Login received</h2><p>You can close this tab and return to ocdesk.</p>"
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


class LoopbackCatcher:
    """A one-shot HTTP listener on 127.0.0.1 at the redirect URI's port.

    `wait()` hands back the redirected URL built from the raw request line, never decoded, so
    `extract_code` sees the code exactly as OC sent it (REFERENCE §2.0.1). Requests for other
    paths (a browser's favicon) get a 404 and waiting goes on.
    """

    def __init__(self, redirect_uri: str) -> None:
        if not is_loopback_uri(redirect_uri):
            raise ValueError(f"{redirect_uri!r} is not an http://127.0.0.1:PORT/ address")
        parts = urlsplit(redirect_uri)
        self.redirect_uri = redirect_uri
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
            sock.listen(4)
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
            while not self._closed.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LoopbackTimeout("The browser did not come back to ocdesk in time.")
                try:
                    ready = selector.select(min(left, _POLL_S))
                except (OSError, ValueError):
                    break  # close() took the socket away under us
                if not ready:
                    continue
                url = self._serve_one()
                if url is not None:
                    return url
        raise LoopbackClosed("The login was cancelled.")

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

    def _serve_one(self) -> str | None:
        """Answer one connection; the URL when it was the redirect, else None."""
        sock = self._sock
        if sock is None:
            return None
        try:
            conn, _ = sock.accept()
        except (BlockingIOError, OSError):
            return None  # another thread closed the socket, or the client gave up
        with conn:
            conn.settimeout(_READ_TIMEOUT_S)
            target = _request_target(_read_head(conn))
            if target is None or _path_of(target) != self._path:
                _reply(conn, "404 Not Found", b"")
                return None
            _reply(conn, "200 OK", _PAGE)
            return self._origin + target


def _read_head(conn: socket.socket) -> bytes:
    """The request head (up to the blank line); partial when the client stops early."""
    head = b""
    try:
        while b"\r\n\r\n" not in head and len(head) < _MAX_HEAD:
            chunk = conn.recv(4096)
            if not chunk:
                break
            head += chunk
    except OSError:
        pass
    return head


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
    # A browser that went away is no loss: the URL it asked for is what matters.
    with contextlib.suppress(OSError):
        conn.sendall(head + body)
