"""Injected failures: HTML and Spring 5xx, resets, slow and broken answers, expired tokens, busy;
each before or after the request is carried out."""

from __future__ import annotations

import json
import time
from datetime import datetime

import pytest
import requests
from samples import outbound_order


def inject(stub, **fault) -> None:
    response = stub.hook("POST", "faults", json=fault)
    assert response.status_code == 200, response.text


def test_502_answers_an_nginx_page_once_then_normal_service(stub) -> None:
    inject(stub, endpoint="warehouse.services", kind="http_502")
    failed = stub.call("warehouse.services")
    assert failed.status_code == 502
    assert failed.headers["Content-Type"].startswith("text/html")
    assert "<title>502 Bad Gateway</title>" in failed.text and "nginx" in failed.text
    assert stub.call("warehouse.services").json()["code"] == 0


@pytest.mark.parametrize(("kind", "title"), [("http_500", "500 Internal Server Error"),
                                             ("http_504", "504 Gateway Time-out")])  # fmt: skip
def test_other_gateway_errors(stub, kind: str, title: str) -> None:
    inject(stub, endpoint="/openapi/3pp/base/v1/service", kind=kind)
    response = stub.call("warehouse.services")
    assert response.status_code == int(kind[5:]) and title in response.text


def test_count_fails_that_many_calls_of_that_endpoint_only(stub) -> None:
    inject(stub, endpoint="warehouse.services", kind="http_500", count=2)
    assert stub.call("sku.query", {}).status_code == 200  # another endpoint is untouched
    assert [stub.call("warehouse.services").status_code for _ in range(3)] == [500, 500, 200]


def test_reset_drops_the_connection_without_an_answer(stub) -> None:
    inject(stub, endpoint="warehouse.services", kind="reset")
    with pytest.raises(requests.ConnectionError):
        stub.call("warehouse.services")
    assert stub.call("warehouse.services").json()["code"] == 0
    logged = [r for r in stub.hook("GET", "requests").json() if r["endpoint_id"]]
    assert [r["status"] for r in logged[-2:]] == [None, 200]


def test_latency_makes_an_impatient_client_time_out(stub) -> None:
    inject(stub, endpoint="warehouse.services", kind="latency", delay_ms=1500)
    with pytest.raises(requests.Timeout):
        stub.call("warehouse.services", timeout=0.2)
    assert stub.call("warehouse.services", timeout=5).json()["code"] == 0


def test_latency_still_answers_a_patient_client(stub) -> None:
    inject(stub, endpoint="warehouse.services", kind="latency", delay_ms=50)
    assert stub.call("warehouse.services").json()["code"] == 0


def test_malformed_json_is_a_200_with_a_cut_body(stub) -> None:
    inject(stub, endpoint="warehouse.services", kind="malformed_json")
    response = stub.call("warehouse.services")
    assert response.status_code == 200 and response.text.startswith('{"code"')
    with pytest.raises(ValueError):
        json.loads(response.text)


def test_token_expiry_expires_the_token_for_one_call(stub) -> None:
    token = stub.login()["access_token"]
    inject(stub, endpoint="sku.query", kind="token_expiry")
    expired = stub.call("sku.query", {}, token=token).json()
    assert expired["code"] == 1 and expired["message"].endswith("access token expired")
    assert stub.call("sku.query", {}, token=token).json()["code"] == 0


def test_token_call_can_fail_too(stub) -> None:
    inject(stub, endpoint="oauth.token", kind="http_502")
    assert stub.exchange(stub.fresh_code()).status_code == 502
    assert stub.exchange(stub.fresh_code()).status_code == 200


def test_faults_are_listed_and_cleared(stub) -> None:
    inject(stub, endpoint="sku.query", kind="http_500", count=3)
    assert stub.hook("GET", "faults").json() == [
        {"endpoint": "sku.query", "kind": "http_500", "count": 3, "delay_ms": 0}
    ]
    assert stub.hook("DELETE", "faults").status_code == 200
    assert stub.hook("GET", "faults").json() == []
    assert stub.call("sku.query", {}).status_code == 200


@pytest.mark.parametrize(
    "fault",
    [{"endpoint": "sku.nope", "kind": "http_500"}, {"endpoint": "sku.query", "kind": "boom"},
     {"endpoint": "sku.query", "kind": "http_500", "count": 0}, ["not", "an", "object"]],
)  # fmt: skip
def test_bad_faults_are_refused_with_the_reason(stub, fault) -> None:
    response = stub.hook("POST", "faults", json=fault)
    assert response.status_code == 400 and response.json()["error"]
    assert stub.hook("GET", "faults").json() == []


def test_a_faults_file_is_loaded_at_start(start_stub, tmp_path) -> None:
    path = tmp_path / "faults.json"
    path.write_text(json.dumps([{"endpoint": "warehouse.services", "kind": "http_504"}]))
    sb = start_stub(faults_file=path)
    assert requests.get(sb.base_url + "/openapi/3pp/base/v1/service", timeout=5).status_code == 504


# --- what OC's stack does to a create, and whether the order was written (E15) ---------------

CREATION_PATH = "/openapi/3pp/outbound/v1/creation"


def place(seller, kind: str, **fault) -> tuple[dict, requests.Response]:
    """Inject `kind` on outbound.create, then place one order; (the order, OC's answer)."""
    inject(seller, endpoint="outbound.create", kind=kind, **fault)
    order = outbound_order(seller.sku)
    return order, seller.create("outbound.create", [order])


def written(seller, order: dict) -> bool:
    """Whether OC holds the order afterwards, as a lookup by reference tells."""
    found = seller.find(order["referenceNumber"])
    assert len(found) <= 1
    return bool(found)


@pytest.mark.parametrize(("kind", "processed"), [("spring_500", False), ("spring_500_after", True)])
def test_spring_500_is_json_before_or_after_the_order_is_written(seller, kind, processed) -> None:
    order, response = place(seller, kind)
    assert response.status_code == 500
    assert response.headers["Content-Type"] == "application/json"
    body = response.json()
    assert body == {"timestamp": body["timestamp"], "status": 500,
                    "error": "Internal Server Error", "path": CREATION_PATH}  # fmt: skip
    assert datetime.fromisoformat(body["timestamp"]).tzinfo is not None
    assert written(seller, order) is processed


@pytest.mark.parametrize(
    ("kind", "status", "processed"),
    [("http_500", 500, False), ("http_502", 502, False), ("http_504", 504, False),
     ("http_500_after", 500, True), ("http_502_after", 502, True),
     ("http_504_after", 504, True)],
)  # fmt: skip
def test_gateway_pages_before_or_after_the_order_is_written(
    seller, kind, status, processed
) -> None:
    order, response = place(seller, kind)
    assert response.status_code == status and response.headers["Content-Type"] == "text/html"
    assert f"<title>{status} " in response.text
    assert written(seller, order) is processed


def test_a_truncated_200_comes_after_the_order_is_written(seller) -> None:
    order, response = place(seller, "malformed_json")
    assert response.status_code == 200 and response.text.startswith('{"code": 0')
    with pytest.raises(ValueError):
        json.loads(response.text)
    assert written(seller, order)


def test_an_answer_held_past_the_client_timeout_comes_after_the_order_is_written(seller) -> None:
    inject(seller, endpoint="outbound.create", kind="latency_after", delay_ms=5000)
    order = outbound_order(seller.sku)
    started = time.monotonic()
    with pytest.raises(requests.Timeout):
        seller.create("outbound.create", [order], timeout=0.5)
    assert time.monotonic() - started < 2
    assert written(seller, order)  # at once: OC has the order while its answer is still held


def test_a_held_answer_still_reaches_a_patient_client(seller) -> None:
    order, response = place(seller, "latency_after", delay_ms=400)
    assert response.elapsed.total_seconds() >= 0.4
    assert response.json()["data"][0]["referenceNumber"] == order["referenceNumber"]


def test_stopping_the_sandbox_ends_a_held_answer(start_stub, caller) -> None:
    sb = start_stub()
    inject(caller(sb), endpoint="warehouse.services", kind="latency_after", delay_ms=30_000)
    with pytest.raises(requests.Timeout):
        caller(sb).call("warehouse.services", timeout=0.3)
    started = time.monotonic()
    sb.stop()
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(("kind", "processed"), [("reset", False), ("reset_after", True)])
def test_a_dropped_connection_before_or_after_the_order_is_written(seller, kind, processed) -> None:
    inject(seller, endpoint="outbound.create", kind=kind)
    order = outbound_order(seller.sku)
    with pytest.raises(requests.ConnectionError):
        seller.create("outbound.create", [order])
    assert written(seller, order) is processed


def test_system_busy_is_a_business_answer_and_writes_nothing(seller) -> None:
    order, response = place(seller, "busy")
    assert response.status_code == 200
    body = response.json()
    assert body["code"] not in (0, "0", 1, "1") and body["success"] is False
    assert body["message"] == "System busy, please try again later"
    assert body["messageId"] == "m-1"
    assert not written(seller, order)
    assert seller.create("outbound.create", [order]).json()["code"] == 0  # the retry goes in


def test_system_busy_on_a_returns_path_speaks_that_dialect(stub) -> None:
    token = stub.login()["access_token"]
    inject(stub, endpoint="returns.stock", kind="busy")
    body = stub.call("returns.stock", {"pageSize": 5}, token=token).json()
    assert body["success"] is False and body["hasBusinessException"] is True
    assert body["errorMsg"] == "System busy, please try again later"
    assert stub.sb.world.calls == []


def test_busy_needs_a_business_endpoint(stub) -> None:
    response = stub.hook("POST", "faults", json={"endpoint": "oauth.token", "kind": "busy"})
    assert response.status_code == 400 and "business endpoint" in response.json()["error"]


def test_a_busy_answer_still_checks_the_login_first(seller) -> None:
    inject(seller, endpoint="outbound.create", kind="busy")
    order = outbound_order(seller.sku)
    assert seller.call("outbound.create", [order]).json()["code"] == 1  # no token
    assert not written(seller, order)
