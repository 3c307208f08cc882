"""OAuth on the wire (E4-E6): authorize redirect, the percent-encoded code, refresh and rotation."""

from __future__ import annotations

import base64
import json
from urllib.parse import unquote

import pytest


def oauth_error(response) -> str:
    assert response.status_code == 400
    body = response.json()
    assert body["error_description"]
    return body["error"]


def test_authorize_redirects_with_an_encoded_base64_code_and_the_state(stub) -> None:
    response = stub.authorize(state="k3J9x2k3J9x2k3J9")
    location = response.headers["Location"]
    assert location.startswith(stub.info["redirect_uri"] + "?act=getAuthorizationCode&code=")
    assert location.endswith("&state=k3J9x2k3J9x2k3J9")
    code = stub.fresh_code()
    assert "%2F" in code and "%2B" in code and "%3D" in code
    raw = unquote(code)
    assert len(raw) >= 300 and base64.b64decode(raw, validate=True)


@pytest.mark.parametrize(
    "redirect_uri",
    ["http://127.0.0.1:8080/cb", "http://localhost/cb", "https://printer.lan/cb",
     "https://box.internal/cb", "https://[::1]/cb", ""],
)  # fmt: skip
def test_authorize_refuses_intranet_redirects(stub, redirect_uri: str) -> None:
    response = stub.authorize(redirect_uri=redirect_uri)
    assert oauth_error(response) == "invalid_request"
    assert "intranet" in response.json()["error_description"]


def test_authorize_refuses_an_unknown_client(stub) -> None:
    assert oauth_error(stub.authorize(client_id="nobody")) == "invalid_client"


def test_code_exchange_then_call_round_trip(stub) -> None:
    tokens = stub.exchange(stub.fresh_code()).json()
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 3600
    assert tokens["access_token"].count(".") == 2 and tokens["refresh_token"]
    assert stub.call("sku.query", {}, token=tokens["access_token"]).json()["code"] == 0
    sent = [r for r in stub.hook("GET", "requests").json() if r["path"] == "/oauth/token"]
    assert sent[-1]["status"] == 200 and "code=***" in sent[-1]["query"]  # the code stays hidden


def test_access_token_claims_are_jwt_shaped(stub) -> None:
    payload = stub.login()["access_token"].split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    assert claims["client_id"] == stub.info["client_id"] and claims["scope"] == ["all"]
    assert {"exp", "user_name"} <= claims.keys()


def test_a_code_sent_decoded_is_refused(stub) -> None:
    code = stub.fresh_code()
    assert oauth_error(stub.exchange(unquote(code))) == "invalid_grant"
    assert stub.exchange(code).status_code == 200  # the refusal did not burn it


def test_a_code_works_once(stub) -> None:
    code = stub.fresh_code()
    assert stub.exchange(code).status_code == 200
    assert oauth_error(stub.exchange(code)) == "invalid_grant"


def test_the_redirect_uri_must_be_identical(stub) -> None:
    response = stub.exchange(stub.fresh_code(), redirect_uri=stub.info["redirect_uri"] + "/")
    assert oauth_error(response) == "invalid_grant"


def test_a_code_expires_after_ten_minutes(stub) -> None:
    code = stub.fresh_code()
    stub.hook("POST", "clock/advance?seconds=601")
    assert oauth_error(stub.exchange(code)) == "invalid_grant"


def test_unknown_grant_and_client_are_named(stub) -> None:
    assert oauth_error(stub.token(grant_type="password")) == "unsupported_grant_type"
    response = stub.token(grant_type="refresh_token", refresh_token="x", client_id="nobody")
    assert oauth_error(response) == "invalid_client"


def test_refresh_is_reusable_and_omits_the_refresh_token(stub) -> None:
    refresh = stub.login()["refresh_token"]
    for _ in range(2):
        response = stub.token(grant_type="refresh_token", refresh_token=refresh)
        assert response.status_code == 200
        body = response.json()
        assert "refresh_token" not in body and body["expires_in"] == 3600
        assert stub.call("sku.query", {}, token=body["access_token"]).json()["code"] == 0


def test_refresh_token_dies_after_a_year(stub) -> None:
    refresh = stub.login()["refresh_token"]
    stub.hook("POST", f"clock/advance?seconds={365 * 86400}")
    response = stub.token(grant_type="refresh_token", refresh_token=refresh)
    assert oauth_error(response) == "invalid_grant"


def test_rotation_returns_a_new_refresh_token_and_retires_the_old(stub) -> None:
    stub.hook("POST", "config", json={"rotate_refresh_token": True})
    old = stub.login()["refresh_token"]
    rotated = stub.token(grant_type="refresh_token", refresh_token=old).json()
    assert rotated["refresh_token"] != old
    assert oauth_error(stub.token(grant_type="refresh_token", refresh_token=old)) == "invalid_grant"
    again = stub.token(grant_type="refresh_token", refresh_token=rotated["refresh_token"])
    assert again.status_code == 200


def test_a_forged_refresh_token_is_refused(stub) -> None:
    response = stub.token(grant_type="refresh_token", refresh_token=stub.login()["access_token"])
    assert oauth_error(response) == "invalid_grant"
