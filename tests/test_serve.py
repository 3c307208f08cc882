"""`ocdesk serve` as the service a warehouse runs: its own process, OC's signed callbacks posted
to it as the sandbox posts them, the inbox read by another process, health, and a clean stop."""

from __future__ import annotations

import json
import os
import queue
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from ocdesk import cli
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.sandbox.signing import signature
from ocdesk.sandbox.webhook import WebhookSender
from ocdesk.store.db import Database
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import Profile, ProfileStore
from ocdesk.webhook.receiver import ReceiverSettings
from ocdesk.webhook.service import WebhookService

CLIENT_ID = "warehouse-desks"
STARTED = "; health at "
pytestmark = pytest.mark.usefixtures("root_logging")


class Service:
    """One `ocdesk serve` process: its URLs, and its log lines as they come."""

    def __init__(self, proc: subprocess.Popen[str], secret: str) -> None:
        self.proc = proc
        self.secret = secret
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        first = self.wait_for(STARTED)
        self.url = first.split(" callbacks at ")[1].split(" ")[0]
        self.health_url = first.split(STARTED)[1].strip()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = 10) -> str:
        """The first log line (from the start) holding `text`; fails after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not any(text in line for line in self.log):
            try:
                self.log.append(self.lines.get(timeout=max(0.0, deadline - time.monotonic())))
            except queue.Empty:
                pytest.fail(f"no log line with {text!r} in {timeout} s; the log: {self.log}")
        return next(line for line in self.log if text in line)

    def sender(self, secret: str | None = None) -> WebhookSender:
        """The sandbox's own sender, signing with the profile's keys (or another secret)."""
        return WebhookSender(CLIENT_ID, secret or self.secret)

    def health(self) -> tuple[int, dict[str, Any]]:
        with urllib.request.urlopen(self.health_url, timeout=5) as response:
            return response.status, json.loads(response.read())


@contextmanager
def serving(*options: str, secret: str = "") -> Iterator[Service]:
    """`ocdesk serve --port 0 OPTIONS` as its own process, the secret given as systemd would."""
    env = os.environ | ({"OCDESK_CLIENT_SECRET": secret} if secret else {})
    proc = subprocess.Popen(
        [sys.executable, "-m", "ocdesk", "serve", "--port", "0", *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        yield Service(proc, secret)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        proc.stderr.close()


@pytest.fixture
def service() -> Iterator[Service]:
    """`ocdesk serve --profile warehouse` on a free port, with this test's OCDESK_HOME."""
    ProfileStore(app_paths().ensure().settings_file).save(Profile.for_region(
        "warehouse", "sandbox", "custom", CLIENT_ID, base_url="http://127.0.0.1:9"))  # fmt: skip
    with serving("--profile", "warehouse", secret=secrets.token_hex(16)) as running:
        yield running


def event(**fields: Any) -> dict[str, Any]:
    return {"eventId": str(uuid.uuid4()), "status": "shipped", "orderNumber": "OCO2000011384024GB",
            "eventTime": "2026-12-06T14:02:11+0800"} | fields  # fmt: skip


def inbox_of_another_process(*options: str) -> list[dict[str, Any]]:
    done = subprocess.run([sys.executable, "-m", "ocdesk", "inbox", "--json", *options],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    listed: list[dict[str, Any]] = json.loads(done.stdout)
    return listed


def test_the_health_page_says_the_store_answers_with_the_inbox_counts(service: Service) -> None:
    status, health = service.health()

    assert status == 200
    assert health["status"] == "ok" and health["store"]["reachable"] is True
    assert health["store"]["database"] == str(app_paths().database_file)
    assert health["inbox"] == {"count": 0, "unhandled": 0}
    assert 0 <= health["uptime_s"] < 60


def test_a_callback_signed_as_oc_signs_it_shows_in_the_inbox_of_another_process(
    service: Service,
) -> None:
    shipped = event(status="shipped", orderNumber="OCO2000011384099GB")

    sender = service.sender()
    sender.enqueue(service.url, [shipped])
    assert sender.flush() == 1  # answered HTTP 200 with code 0, as OC requires

    (listed,) = inbox_of_another_process()
    assert listed["event_id"] == shipped["eventId"]
    assert (listed["order_number"], listed["status"]) == ("OCO2000011384099GB", "shipped")
    assert listed["handled"] is False and listed["data"]["eventTime"] == shipped["eventTime"]
    assert service.health()[1]["inbox"] == {"count": 1, "unhandled": 1}
    logged = service.wait_for(shipped["eventId"])
    assert "order OCO2000011384099GB is shipped" in logged


def test_a_status_change_in_the_sandbox_reaches_the_inbox_through_the_service(
    shared_sandbox: Sandbox,
) -> None:
    order = next(number for number, o in sorted(shared_sandbox.world.store.outbound.items())
                 if o.status in ("created", "processing", "picked"))  # fmt: skip

    with serving("--sandbox-url", shared_sandbox.base_url) as running:
        running.wait_for("(signature checked)")
        emu = f"{shared_sandbox.base_url}/__emu"
        for hook, params in (("config", None), (f"outbound/{order}/status", {"to": "shipped"}),
                             ("webhook/flush", None)):  # fmt: skip
            body = {"webhook_url": running.url} if hook == "config" else None
            assert requests.post(f"{emu}/{hook}", json=body, params=params, timeout=10).ok
        running.wait_for(f"order {order} is shipped")
        requests.post(f"{emu}/config", json={"webhook_url": None}, timeout=10)

    assert [(e["order_number"], e["status"]) for e in inbox_of_another_process()] == [
        (order, "shipped")]  # fmt: skip


def test_on_a_shared_database_the_services_callbacks_reach_every_desk(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warehouse's case: the service on one machine, the desks elsewhere, one PostgreSQL."""
    monkeypatch.setenv("OCDESK_DATABASE_URL", pg_url)
    ProfileStore(app_paths().ensure().settings_file).save(Profile.for_region(
        "warehouse", "sandbox", "custom", CLIENT_ID, base_url="http://127.0.0.1:9"))  # fmt: skip
    picked = event(status="picked", orderNumber="OCO2000011384111GB")

    with serving("--profile", "warehouse", secret=secrets.token_hex(16)) as running:
        assert running.health()[1]["store"]["database"].startswith("postgresql://")
        sender = running.sender()
        sender.enqueue(running.url, [picked])
        assert sender.flush() == 1
        monkeypatch.setenv("OCDESK_HOME", str(tmp_path / "desk-b"))  # another desk's own folder
        (listed,) = inbox_of_another_process()

    assert (listed["event_id"], listed["status"]) == (picked["eventId"], "picked")
    assert not (tmp_path / "desk-b" / "data" / "ocdesk.sqlite3").exists()


def test_a_repeated_event_id_is_stored_once_and_still_acknowledged(service: Service) -> None:
    packed = event(status="packed")

    sender = service.sender()
    sender.enqueue(service.url, [packed, packed])  # OC retrying an answer it did not get
    assert sender.flush() == 2

    assert [e["event_id"] for e in inbox_of_another_process()] == [packed["eventId"]]
    assert service.wait_for("(already stored)").count(packed["eventId"]) == 1


def test_a_bad_signature_is_refused_logged_and_not_stored(service: Service) -> None:
    forged = service.sender(secret=secrets.token_hex(16))
    forged.enqueue(service.url, [event()])

    assert forged.flush() == 0
    refused = service.wait_for("refused")
    assert "from 127.0.0.1" in refused and "vAuthorization invalid" in refused
    assert inbox_of_another_process() == []
    assert service.secret not in "\n".join(service.log)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])  # systemd's stop, Ctrl+C
def test_a_stop_signal_finishes_the_callback_in_flight_closes_the_store_and_exits_0(
    service: Service, stop: signal.Signals
) -> None:
    late = event(status="picked")
    body = json.dumps({"messageId": "m1", "timestamp": 0, "data": late}).encode()
    path = urlsplit(service.url).path
    headers = (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\nclientKey: {CLIENT_ID}\r\n"
               f"vAuthorization: {signature(path, '', CLIENT_ID, service.secret)}"
               "\r\n\r\n")  # fmt: skip
    conn = socket.create_connection(("127.0.0.1", urlsplit(service.url).port or 0), timeout=10)
    with conn:
        conn.sendall(headers.encode() + body[:10])  # the receiver now waits for the rest
        time.sleep(0.5)
        service.proc.send_signal(stop)
        service.wait_for(f"stopping ({stop.name})")
        assert service.proc.poll() is None  # still there: a callback is in flight
        conn.sendall(body[10:])
        answer = conn.makefile("rb").read().decode()

    assert answer.startswith("HTTP/1.0 200") and '"code": 0' in answer
    started = time.monotonic()
    assert service.proc.wait(timeout=5) == 0
    assert time.monotonic() - started < 5
    service.wait_for("the store is closed")
    assert [e["event_id"] for e in inbox_of_another_process()] == [late["eventId"]]
    with pytest.raises(urllib.error.URLError):  # nothing listens any more
        service.health()


def test_the_health_page_answers_503_while_the_store_cannot_be_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = Database(tmp_path / "store.sqlite3")
    service = WebhookService(ReceiverSettings(port=0), db).start()
    try:
        db.close()  # as a database server gone away: every query fails
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(service.health_url, timeout=5)
        with refused.value as answer:
            assert answer.code == 503
            health = json.loads(answer.read())
    finally:
        service.stop("test over")

    assert health["status"] == "unavailable"
    assert health["store"]["reachable"] is False and health["store"]["problem"]
    assert f"the store {db.location} cannot be read" in caplog.text


def test_serve_without_the_profiles_secret_says_how_to_give_it(
    ocdesk_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OCDESK_CLIENT_SECRET", raising=False)
    ProfileStore(app_paths().ensure().settings_file).save(Profile.for_region(
        "warehouse", "sandbox", "custom", CLIENT_ID, base_url="http://127.0.0.1:9"))  # fmt: skip

    code = cli.main(["serve", "--port", "0", "--profile", "warehouse"])

    err = capsys.readouterr().err
    assert code == 2
    assert "client secret of profile 'warehouse' is not kept" in err
    assert "OCDESK_CLIENT_SECRET" in err


def test_serve_on_a_port_in_use_exits_2_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        code = cli.main(["serve", "--port", str(port), "--no-signature-check"])

    assert code == 2
    assert f"Port {port} on 127.0.0.1 is already in use" in capsys.readouterr().err
