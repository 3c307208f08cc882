"""Answers in each dialect: success, partial failure, refusal, and the messageId echo rules."""

from __future__ import annotations

import http.client
import json
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest


@pytest.fixture
def token(stub) -> str:
    return stub.login()["access_token"]


def test_vendor_success_is_oc_s_four_keys_echoing_the_message_id(stub, token: str) -> None:
    body = stub.call("sku.query", {"limit": 1}, token=token, message_id="abc-123").json()
    assert body == {"code": 0, "message": "Success", "messageId": "abc-123",
                    "data": {"echo": {"limit": 1}, "endpoint": "sku.query"}}  # fmt: skip


def test_the_success_key_switch_adds_the_docs_success_true(stub, token: str) -> None:
    assert stub.hook("POST", "config", json={"success_key": True}).json()["success_key"] is True
    body = stub.call("sku.query", {}, token=token).json()
    assert body["code"] == 0 and body["success"] is True and "errors" not in body
    stub.hook("POST", "reset")
    assert "success" not in stub.call("sku.query", {}, token=token).json()


def test_without_message_id_the_timestamp_header_is_echoed(stub, token: str) -> None:
    body = stub.call("sku.query", {}, token=token, message_id=None).json()
    assert body["messageId"] == "1741687331000"
    body = stub.call("sku.query", {}, token=token, message_id=None,
                     headers={"TimeStamp": ""}).json()  # fmt: skip
    assert re.fullmatch(r"\d{13}", body["messageId"])


def test_envelope_keys_match_case_insensitively(stub, token: str) -> None:
    info = stub.info
    body = json.dumps({"MessageID": "m-9", "DATA": {"x": 1}})
    headers = {"clientKey": info["client_id"], "Access-Token": f"Bearer {token}",
               "vAuthorization": stub.sign("/openapi/3pp/sku/v3/query", info["client_id"],
                                           info["secretKey"])}  # fmt: skip
    answer = stub.sb.respond("POST", "/openapi/3pp/sku/v3/query", "", headers, body.encode())
    reply = json.loads(answer.body)
    assert reply["messageId"] == "m-9" and reply["data"]["echo"] == {"x": 1}


def test_partial_failure_is_code_3_with_errors_and_data(stub, token: str) -> None:
    body = stub.call("sku.create", [{"referenceSKUID": "ref-1"}], token=token).json()
    assert body["code"] == 3 and body["success"] is False
    assert body["errors"] == [{"code": "EMU_DUPLICATE", "id": "ref-2",
                               "message": "duplicate referenceSKUID"}]  # fmt: skip
    assert body["data"] == [{"referenceSKUID": "ref-1"}]


def test_vendor_refusal_lists_the_error(stub, token: str) -> None:
    body = stub.call("outbound.cancel", {"orderNumber": "X"}, token=token).json()
    assert body["code"] == 3 and body["success"] is False and body["data"] is None
    assert body["message"] == "Order cannot be cancelled in status shipped"
    assert body["errors"][0] == {"code": "EMU_STATE", "id": "X1", "message": body["message"]}


def test_returns_success_echoes_message_id_as_request_id(stub, token: str) -> None:
    body = stub.call("returns.stock", {"pageSize": 5}, token=token, message_id="r-1").json()
    assert body == {"requestId": "r-1", "success": True, "hasBusinessException": False,
                    "errorCode": None, "errorMsg": None, "message": None,
                    "result": {"echo": {"pageSize": 5}, "endpoint": "returns.stock"},
                    "isFallback": False}  # fmt: skip


def test_returns_get_without_message_id_gets_a_server_request_id(stub, token: str) -> None:
    first = stub.call("returns.orders", {"pageSize": "5"}, token=token).json()["requestId"]
    second = stub.call("returns.orders", {"pageSize": "5"}, token=token).json()["requestId"]
    assert first and first != second


def test_returns_refusal_is_a_business_exception(stub, token: str) -> None:
    body = stub.call("returns.cancel_rma", {"orderNumber": "X"}, token=token).json()
    assert body["success"] is False and body["hasBusinessException"] is True
    assert body["errorCode"] == "EMU_STATE" and "cancelled" in body["errorMsg"]
    assert body["result"] is None


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]"])
def test_a_body_that_is_not_a_json_object_is_a_validation_error(stub, token, raw) -> None:
    info = stub.info
    path = "/openapi/3pp/sku/v3/query"
    headers = {"clientKey": info["client_id"], "Access-Token": f"Bearer {token}",
               "vAuthorization": stub.sign(path, info["client_id"], info["secretKey"]),
               "TimeStamp": "42"}  # fmt: skip
    conn = http.client.HTTPConnection(urlsplit(stub.url).netloc, timeout=5)
    conn.request("POST", path, body=raw, headers=headers)
    body = json.loads(conn.getresponse().read())
    assert body["code"] == 3 and body["errors"][0]["code"] == "EMU_VALIDATION"
    assert body["messageId"] == "42"


def test_each_call_ticks_the_world_first(stub, token: str) -> None:
    before = stub.sb.world.ticks
    stub.call("sku.query", {}, token=token)
    assert stub.sb.world.ticks == before + 1


def spring_answer(stub, method: str, path: str) -> tuple[http.client.HTTPResponse, dict]:
    conn = http.client.HTTPConnection(urlsplit(stub.url).netloc, timeout=5)
    conn.request(method, path)
    response = conn.getresponse()
    assert response.getheader("Content-Type") == "application/json"
    return response, json.loads(response.read())


def spring_time(body: dict) -> datetime:
    """The body's `timestamp`, as Spring writes it: ISO 8601, milliseconds and an offset."""
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d", body["timestamp"])
    return datetime.fromisoformat(body["timestamp"])


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [("GET", "/openapi/3pp/sku/v3/query", "POST"), ("DELETE", "/openapi/3pp/base/v1/service", "GET"),
     ("PATCH", "/openapi/3pp/outbound/v1/creation", "POST"), ("GET", "/oauth/token", "POST"),
     ("POST", "/oauth/authorize", "GET")],
)  # fmt: skip
def test_a_method_the_path_does_not_take_is_a_spring_405(stub, method, path, allow) -> None:
    response, body = spring_answer(stub, method, path)
    assert response.status == 405 and response.getheader("Allow") == allow
    assert body == {"timestamp": body["timestamp"], "status": 405,
                    "error": "Method Not Allowed", "path": path}  # fmt: skip
    assert abs(spring_time(body) - datetime.now(UTC)) < timedelta(minutes=1)
    assert stub.sb.world.calls == []  # nothing reached the business handlers


def test_an_unknown_path_is_a_spring_404(stub) -> None:
    response, body = spring_answer(stub, "POST", "/openapi/3pp/sku/v9/nothing")
    assert response.status == 404 and response.getheader("Allow") is None
    assert body == {"timestamp": body["timestamp"], "status": 404, "error": "Not Found",
                    "path": "/openapi/3pp/sku/v9/nothing"}  # fmt: skip
    spring_time(body)


def test_one_connection_serves_several_calls(stub) -> None:
    conn = http.client.HTTPConnection(urlsplit(stub.url).netloc, timeout=5)
    for _ in range(3):
        conn.request("GET", "/__emu/info")
        response = conn.getresponse()
        assert response.status == 200
        assert json.loads(response.read())["client_id"] == stub.info["client_id"]
