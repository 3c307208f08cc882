"""E1-E3 on business calls: clientKey, signature (both forms, and the switch), access token."""

from __future__ import annotations

import pytest
import requests


@pytest.fixture
def token(stub) -> str:
    return stub.login()["access_token"]


def auth_failure(response: requests.Response) -> str:
    """The vendor code-1 message, checking the envelope shape E1-E3 promise."""
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == 1 and body["success"] is False
    return body["message"]


def test_a_signed_call_with_a_token_succeeds(stub, token: str) -> None:
    body = stub.call("outbound.query", {"orderNumbers": ["X"]}, token=token).json()
    assert body["code"] == 0 and body["messageId"] == "m-1"
    assert body["data"]["echo"] == {"orderNumbers": ["X"]}


def test_missing_client_key_is_refused_first(stub, token: str) -> None:
    response = stub.call("sku.query", {}, token=token, headers={"clientKey": ""})
    assert auth_failure(response) == "Authentication Fail:clientKey missing"
    assert response.json()["messageId"] == "m-1"


def test_unknown_client_key_is_refused(stub, token: str) -> None:
    stranger = {"clientKey": "00000000-0000-4000-8000-000000000000"}
    response = stub.call("sku.query", {}, token=token, headers=stranger)
    assert auth_failure(response) == "Authentication Fail:clientKey invalid"


def test_bad_signature_is_refused(stub, token: str) -> None:
    response = stub.call("sku.query", {}, token=token, headers={"vAuthorization": "0" * 32})
    assert auth_failure(response) == "Authentication Fail:vAuthorization invalid"


def test_a_non_ascii_signature_is_just_invalid(stub, token: str) -> None:
    response = stub.call("sku.query", {}, token=token, headers={"vAuthorization": "é" * 32})
    assert auth_failure(response) == "Authentication Fail:vAuthorization invalid"


def test_signature_is_checked_before_the_token(stub) -> None:
    response = stub.call("sku.query", {}, token="nonsense", headers={"vAuthorization": "0" * 32})
    assert "vAuthorization" in auth_failure(response)


@pytest.mark.parametrize("sign_body", [False, True], ids=["path-only", "path-and-body"])
def test_both_signature_forms_are_accepted_by_default(stub, token: str, sign_body: bool) -> None:
    response = stub.call("sku.query", {"limit": 5}, token=token, sign_body=sign_body)
    assert response.json()["code"] == 0


@pytest.mark.parametrize(("mode", "body_form_ok"), [("path", False), ("body", True)])
def test_signature_mode_switch_requires_one_form(
    stub, token: str, mode: str, body_form_ok: bool
) -> None:
    assert stub.hook("POST", "config", json={"signature_mode": mode}).status_code == 200
    body_signed = stub.call("sku.query", {"limit": 5}, token=token, sign_body=True)
    path_signed = stub.call("sku.query", {"limit": 5}, token=token)
    assert (body_signed.json()["code"] == 0) is body_form_ok
    assert (path_signed.json()["code"] == 0) is not body_form_ok


def test_get_calls_are_signed_over_the_path_without_query(stub, token: str) -> None:
    params = {"startTime": "2025-03-01T00:00:00+0800", "pageSize": "10"}
    body = stub.call("returns.orders", params, token=token).json()
    assert body["success"] is True
    assert body["result"]["echo"] == params  # `+` arrived intact: one decode of %2B


def test_missing_or_forged_token_is_invalid(stub) -> None:
    assert auth_failure(stub.call("sku.query", {})).endswith("access token invalid")
    forged = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjk5OTk5OTk5OTl9.c2lnbmF0dXJl"
    response = stub.call("sku.query", {}, token=forged)
    assert auth_failure(response) == "Authentication Fail:access token invalid"


def test_token_expires_after_an_hour_of_emulator_time(stub, token: str) -> None:
    stub.hook("POST", "clock/advance?seconds=3590")
    assert stub.call("sku.query", {}, token=token).json()["code"] == 0
    stub.hook("POST", "clock/advance?seconds=11")
    response = stub.call("sku.query", {}, token=token)
    assert auth_failure(response) == "Authentication Fail:access token expired"


def test_the_refresh_token_is_not_an_access_token(stub) -> None:
    response = stub.call("sku.query", {}, token=stub.login()["refresh_token"])
    assert auth_failure(response) == "Authentication Fail:access token invalid"


def test_token_scheme_is_case_insensitive(stub, token: str) -> None:
    response = stub.call("sku.query", {}, headers={"Access-Token": f"bearer {token}"})
    assert response.json()["code"] == 0


def test_service_list_needs_no_token_but_a_signature(stub) -> None:
    assert stub.call("warehouse.services").json()["code"] == 0
    response = stub.call("warehouse.services", headers={"vAuthorization": "bad"})
    assert "vAuthorization" in auth_failure(response)


def test_returns_paths_fail_auth_in_the_vendor_dialect(stub) -> None:
    body = stub.call("finance.fee_detail", {"feeType": "x"}).json()
    assert body["code"] == 1 and "requestId" not in body
