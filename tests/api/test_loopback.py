"""The loopback redirect catcher: raw URL kept byte-for-byte, only this login's redirect taken,
stray and idle connections ignored, browser answered, port clashes named."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import pytest
import requests

from ocdesk.api.loopback import (
    LoopbackCatcher,
    LoopbackClosed,
    LoopbackTimeout,
    PortInUse,
    is_loopback_uri,
)
from ocdesk.api.oauth import extract_code

CODE = "gTJj%2FYo5%2BQ0X%3D%3D"
STATE = "k3J9x2-this-login"
_WAITER = ThreadPoolExecutor(max_workers=2, thread_name_prefix="loopback-wait")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def catcher() -> Iterator[LoopbackCatcher]:
    with LoopbackCatcher(f"http://127.0.0.1:{_free_port()}/callback", STATE) as caught:
        yield caught


def _waiting(catcher: LoopbackCatcher) -> Future[str]:
    """The catcher waiting in the background, as it does on a worker thread in the app."""
    return _WAITER.submit(catcher.wait, 10)


def test_the_redirected_url_comes_back_raw_and_the_browser_is_told_to_close(
    catcher: LoopbackCatcher,
) -> None:
    url = (
        f"http://127.0.0.1:{catcher.port}/callback?act=getAuthorizationCode&code={CODE}"
        f"&state={STATE}"
    )
    caught = _waiting(catcher)
    page = requests.get(url, timeout=10)  # the browser following OC's redirect
    assert caught.result(10) == url
    assert extract_code(caught.result(), STATE) == CODE  # %2F, %2B and %3D intact
    assert page.status_code == 200
    assert "You can close this tab and return to ocdesk" in page.text


def test_other_paths_are_refused_and_waiting_goes_on(catcher: LoopbackCatcher) -> None:
    base = f"http://127.0.0.1:{catcher.port}"
    caught = _waiting(catcher)
    assert requests.get(base + "/favicon.ico", timeout=10).status_code == 404
    assert not caught.done()
    requests.get(base + f"/callback?code={CODE}&state={STATE}", timeout=10)
    assert caught.result(10) == base + f"/callback?code={CODE}&state={STATE}"


def test_localhost_redirects_keep_their_host_name() -> None:
    port = _free_port()
    with LoopbackCatcher(f"http://localhost:{port}/", STATE) as catcher:
        caught = _waiting(catcher)
        requests.get(f"http://127.0.0.1:{port}/?code={CODE}&state={STATE}", timeout=10)
        assert caught.result(10) == f"http://localhost:{port}/?code={CODE}&state={STATE}"


def test_a_port_held_by_another_program_is_named() -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        port = other.getsockname()[1]
        with pytest.raises(PortInUse, match=str(port)):
            LoopbackCatcher(f"http://127.0.0.1:{port}/cb", STATE).start()


@pytest.mark.parametrize(
    "query", [f"code={CODE}&state=an-older-login", f"code={CODE}", "error=access_denied"]
)
def test_a_redirect_without_this_logins_state_is_refused_and_waiting_goes_on(
    catcher: LoopbackCatcher, query: str
) -> None:
    base = f"http://127.0.0.1:{catcher.port}/callback"
    caught = _waiting(catcher)
    page = requests.get(f"{base}?{query}", timeout=10)
    assert page.status_code == 400 and "another login attempt" in page.text
    assert not caught.done()
    requests.get(f"{base}?code={CODE}&state={STATE}", timeout=10)
    assert caught.result(10).endswith(f"state={STATE}")


def test_an_idle_connection_and_stray_requests_neither_end_nor_delay_the_capture(
    catcher: LoopbackCatcher,
) -> None:
    base = f"http://127.0.0.1:{catcher.port}"
    caught = _waiting(catcher)
    with contextlib.ExitStack() as held:
        # A browser's speculative connection, or a probe, that never sends a byte.
        idle = held.enter_context(socket.create_connection(("127.0.0.1", catcher.port)))
        # One that sends half a request head and then stalls.
        half = held.enter_context(socket.create_connection(("127.0.0.1", catcher.port)))
        half.sendall(b"GET /callback?code=x&state=" + STATE.encode() + b" HTTP/1.1\r\nHost:")
        assert requests.get(f"{base}/callback?code=old&state=other", timeout=5).status_code == 400
        assert requests.get(f"{base}/favicon.ico", timeout=5).status_code == 404
        assert not caught.done()

        started = time.monotonic()
        page = requests.get(f"{base}/callback?code={CODE}&state={STATE}", timeout=5)
        url = caught.result(5)
        took = time.monotonic() - started

        assert page.status_code == 200
        assert url == f"{base}/callback?code={CODE}&state={STATE}"
        assert took < 1.0, f"the capture took {took:.2f} s"
        assert idle.fileno() != -1  # still open on our side the whole time


def test_waiting_ends_on_timeout_and_on_close(catcher: LoopbackCatcher) -> None:
    with pytest.raises(LoopbackTimeout):
        catcher.wait(0.3)
    outcome: list[BaseException] = []

    def wait() -> None:
        try:
            catcher.wait(30)
        except LoopbackClosed as exc:
            outcome.append(exc)

    waiter = threading.Thread(target=wait)
    waiter.start()
    catcher.close()
    waiter.join(10)
    assert len(outcome) == 1


@pytest.mark.parametrize(
    ("uri", "loopback"),
    [
        ("http://127.0.0.1:8765/callback", True),
        ("http://localhost:8765/", True),
        ("http://127.0.0.1/callback", False),  # no port: nothing to listen on
        ("https://127.0.0.1:8765/", False),  # a plain socket cannot answer TLS
        ("https://www.google.com", False),
        ("http://192.168.1.5:8765/", False),
    ],
)
def test_which_redirect_uris_can_be_caught(uri: str, loopback: bool) -> None:
    assert is_loopback_uri(uri) is loopback
