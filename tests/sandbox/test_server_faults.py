"""Injected gateway failures: HTML 5xx pages, resets, slow and broken answers, expired tokens."""

from __future__ import annotations

import json

import pytest
import requests


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
