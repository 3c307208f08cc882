"""The /__emu/* hooks: info, request log, clock, status, config, reset, webhooks, loopback only."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests


def test_info_names_the_generated_demo_tenant(stub) -> None:
    info = stub.hook("GET", "info").json()
    assert info["base_url"] == stub.url
    assert uuid.UUID(info["client_id"]).version == 4
    assert info["secretKey"] == info["client_secret"] and len(info["secretKey"]) >= 16
    assert info["redirect_uri"] == "https://sandbox.ocdesk.example/oauth/callback"


def test_each_sandbox_has_its_own_tenant(start_stub) -> None:
    assert start_stub().info()["client_id"] != start_stub().info()["client_id"]


def test_tenant_persists_in_the_data_dir(start_stub, tmp_path) -> None:
    first = start_stub(data_dir=tmp_path).info()
    second = start_stub(data_dir=tmp_path).info()
    assert (first["client_id"], first["secretKey"]) == (second["client_id"], second["secretKey"])
    assert (tmp_path / "tenant.json").stat().st_mode & 0o077 == 0


def test_tokens_survive_a_restart_with_the_same_data_dir(start_stub, caller, tmp_path) -> None:
    refresh = caller(start_stub(data_dir=tmp_path)).login()["refresh_token"]
    later = caller(start_stub(data_dir=tmp_path))
    assert later.token(grant_type="refresh_token", refresh_token=refresh).status_code == 200


def test_request_log_masks_secrets_newest_last(stub) -> None:
    token = stub.login()["access_token"]
    stub.call("sku.query", {"limit": 3}, token=token)
    last = stub.hook("GET", "requests").json()[-1]
    assert last["endpoint_id"] == "sku.query" and last["status"] == 200
    assert last["headers"]["Access-Token"] == "***" and last["headers"]["vAuthorization"] == "***"
    assert json.loads(last["body"])["data"] == {"limit": 3}
    assert token not in json.dumps(stub.hook("GET", "requests").json())


def test_request_log_hides_refresh_tokens_in_the_query(stub) -> None:
    refresh = stub.login()["refresh_token"]
    stub.token(grant_type="refresh_token", refresh_token=refresh)
    last = stub.hook("GET", "requests").json()[-1]
    assert last["endpoint_id"] == "oauth.refresh" and refresh not in last["query"]


def test_request_log_never_shows_a_secret_sent_anywhere_in_a_request(stub) -> None:
    tokens = stub.login()
    code = stub.fresh_code()
    access, refresh = tokens["access_token"], tokens["refresh_token"]
    secret = stub.info["secretKey"]
    stub.call("sku.query", {"limit": 1}, token=access,
              headers={"Authorization": f"Bearer {access}", "AUTHORIZATION-X": "kept"})  # fmt: skip
    requests.post(stub.url + "/openapi/3pp/sku/v3/query", timeout=5,
                  headers={"authorization": f"Basic {secret}", "access-token": access},
                  json={"refresh_token": refresh, "Access-Token": access,
                        "data": {"client_secret": secret}})  # fmt: skip
    stub.token(grant_type="authorization_code", code=code, client_secret=secret,
               redirect_uri=stub.info["redirect_uri"])  # fmt: skip
    form = {"grant_type": "refresh_token", "refresh_token": refresh, "client_secret": secret,
            "code": code, "access_token": access}  # fmt: skip
    requests.post(stub.url + "/oauth/token", data=form, timeout=5)
    log = stub.hook("GET", "requests").json()
    shown = json.dumps(log)
    for value in (access, refresh, secret, code, code.replace("%", "%25")):
        assert value not in shown
    call, raw, exchange, refreshed = log[-4:]
    assert call["headers"]["Authorization"] == "***"
    assert call["headers"]["AUTHORIZATION-X"] == "kept"  # only the names of secrets are masked
    assert raw["headers"]["authorization"] == raw["headers"]["access-token"] == "***"
    assert json.loads(raw["body"]) == {"refresh_token": "***", "Access-Token": "***",
                                       "data": {"client_secret": "***"}}  # fmt: skip
    assert "code=***" in exchange["query"] and "client_secret=***" in exchange["query"]
    assert exchange["status"] == 200  # the code went out in the form OC accepts (E5)
    assert "grant_type=refresh_token" in refreshed["body"] and "code=***" in refreshed["body"]


def test_request_log_keeps_500_and_truncates_big_bodies(stub) -> None:
    with requests.Session() as session:
        for _ in range(505):
            session.post(stub.url + "/openapi/3pp/sku/v3/query", data=b"{}", timeout=5)
        session.post(stub.url + "/openapi/3pp/sku/v3/query", data=b"x" * 70_000, timeout=5)
    log = stub.hook("GET", "requests").json()
    assert len(log) == 500
    assert len(log[-1]["body"]) == 64 * 1024


def test_clock_advance_moves_emulator_time(stub) -> None:
    before = stub.sb.clock.time()
    ticks = stub.sb.world.ticks
    now = stub.hook("POST", "clock/advance?seconds=7200").json()["now"]
    assert stub.sb.clock.time() - before >= 7200 and now.startswith("20")
    assert stub.sb.world.ticks == ticks + 1
    assert stub.hook("POST", "clock/advance").status_code == 400


def test_outbound_status_hook(stub) -> None:
    order = "OCO2000000000001GB"
    assert stub.hook("POST", f"outbound/{order}/status?to=shipped").status_code == 200
    assert stub.sb.world.statuses[order] == "shipped"
    assert stub.hook("POST", "outbound/OCO_NOPE/status?to=shipped").status_code == 404
    assert stub.hook("POST", f"outbound/{order}/status?to=flying").status_code == 400


def test_sku_approve_hook(stub) -> None:
    assert stub.hook("POST", "sku/OC0000000000001/approve").status_code == 200
    assert stub.sb.world.approved == ["OC0000000000001"]
    assert stub.hook("POST", "sku/NOPE/approve").status_code == 404


def test_config_changes_switches_and_refuses_bad_values(stub) -> None:
    config = stub.hook("POST", "config", json={"status_step_s": 0, "sku_approve_s": 5}).json()
    assert config["status_step_s"] == 0 and stub.sb.world.sku_approve_s == 5
    bad = stub.hook("POST", "config", json={"status_step_s": 1, "signature_mode": "nope"})
    assert bad.status_code == 400 and "signature_mode" in bad.json()["error"]
    assert stub.hook("GET", "config").json()["status_step_s"] == 0  # nothing half-applied


def test_reset_gives_a_fresh_world_and_keeps_the_tenant(stub) -> None:
    token = stub.login()["access_token"]
    old_world = stub.sb.world
    stub.hook("POST", "faults", json={"endpoint": "sku.query", "kind": "http_500"})
    stub.hook("POST", "clock/advance?seconds=600")
    assert stub.hook("POST", "reset").json()["client_id"] == stub.info["client_id"]
    assert stub.sb.world is not old_world and stub.sb.world.seed == old_world.seed
    assert stub.hook("GET", "faults").json() == [] and stub.hook("GET", "requests").json() == []
    assert abs(stub.sb.clock.time() - old_world.clock.time()) < 60  # offset gone
    assert stub.call("sku.query", {}, token=token).json()["code"] == 0


def test_unknown_hook_and_wrong_method(stub) -> None:
    assert stub.hook("GET", "nothing").status_code == 404
    assert stub.hook("POST", "info").status_code == 405


def _outward_address() -> str:
    """This machine's non-loopback IPv4 address, if it has one (a UDP connect sends nothing)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
        except OSError:
            return ""
        return probe.getsockname()[0]


def test_hooks_refuse_non_loopback_clients_but_business_calls_pass(start_stub) -> None:
    address = _outward_address()
    if not address or address.startswith("127."):
        pytest.skip("this machine has no non-loopback address to call from")
    sb = start_stub(host="0.0.0.0")
    outside = f"http://{address}:{sb.port}"
    assert requests.get(f"{outside}/__emu/info", timeout=5).status_code == 403
    assert requests.post(f"{outside}/__emu/reset", timeout=5).status_code == 403
    response = requests.get(f"{outside}/openapi/3pp/base/v1/service", timeout=5)
    assert response.json()["code"] == 1  # served, and refused only for want of a clientKey


class _Receiver(BaseHTTPRequestHandler):
    """A webhook receiver that records what it got and answers as told."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.got.append((dict(self.headers), json.loads(body)))  # type: ignore[attr-defined]
        ok = self.server.ok  # type: ignore[attr-defined]
        reply = json.dumps({"code": 0 if ok else 1, "success": ok, "message": "OK"}).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)
        self.server.arrived.set()  # type: ignore[attr-defined]

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    server.got, server.ok, server.arrived = [], True, threading.Event()  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def configure_receiver(stub, receiver) -> None:
    url = f"http://127.0.0.1:{receiver.server_address[1]}/oc/webhook/outbound"
    assert stub.hook("POST", "config", json={"webhook_url": url}).status_code == 200


def test_status_changes_are_called_back_signed(stub, receiver) -> None:
    configure_receiver(stub, receiver)
    stub.hook("POST", "outbound/OCO2000000000001GB/status?to=packed")
    assert receiver.arrived.wait(timeout=10)
    headers, envelope = receiver.got[0]
    assert envelope["data"]["status"] == "packed" and envelope["messageId"]
    info = stub.info
    text = f"/oc/webhook/outbound||{info['client_id']}|{info['secretKey']}"
    assert headers["vAuthorization"] == hashlib.md5(text.encode()).hexdigest()
    assert headers["clientKey"] == info["client_id"] and headers["TimeStamp"].isdigit()


def test_flush_sends_pending_callbacks_and_retries_refused_ones(stub, receiver) -> None:
    configure_receiver(stub, receiver)
    stub.sb.webhook.stop()  # no background sending: only flush delivers, so the test decides when
    receiver.ok = False
    stub.hook("POST", "outbound/OCO2000000000001GB/status?to=picked")
    assert stub.hook("POST", "webhook/flush").json()["delivered"] == 0
    receiver.ok = True
    assert stub.hook("POST", "webhook/flush").json()["delivered"] == 1
    assert stub.hook("POST", "webhook/flush").json()["delivered"] == 0
    (_, first), (_, second) = receiver.got
    assert first["messageId"] == second["messageId"] and first["data"] == second["data"]


def test_no_callbacks_without_a_webhook_url(stub, receiver) -> None:
    stub.hook("POST", "outbound/OCO2000000000001GB/status?to=picked")
    configure_receiver(stub, receiver)
    assert stub.hook("POST", "webhook/flush").json()["delivered"] == 0
    assert receiver.got == []
