"""Reading OC's answers: envelopes, both dialects, error mapping, lenient keys, rows and labels."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import pytest

from ocdesk.api import catalog, lenient
from ocdesk.api.envelope import (
    FALLBACK_WARNING,
    SIGNATURE_HINT,
    build_envelope,
    detect_dialect,
    interpret,
)
from ocdesk.api.errors import AuthError, BusinessError, OAuthError, ServerError
from ocdesk.api.result import OcResult, RawExchange, mask_headers, mask_url

PDF = b"%PDF-1.4\n% a label\n"
NGINX_502 = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


def _exchange(text: str = "", status: int = 200) -> RawExchange:
    return RawExchange("POST", "http://oc.test/openapi/x", {}, "", status, {}, text, 1.0)


def _read(endpoint_id: str, body: Any, status: int = 200, headers: dict | None = None) -> OcResult:
    text = body if isinstance(body, str) else json.dumps(body)
    return interpret(catalog.get(endpoint_id), status, headers or {}, text, _exchange(text, status))


def _fail(endpoint_id: str, body: Any, status: int = 200, headers: dict | None = None):
    with pytest.raises(Exception) as caught:
        _read(endpoint_id, body, status, headers)
    return caught.value


# --- request envelopes ---


def test_envelope_has_fresh_ids_and_send_time() -> None:
    before = int(time.time() * 1000)
    first = build_envelope({"a": 1})
    second = build_envelope([1, 2])
    after = int(time.time() * 1000)
    assert first["messageId"] != second["messageId"]
    assert len(first["messageId"]) == 32 and int(first["messageId"], 16) >= 0
    assert before <= first["timestamp"] <= after
    assert first["data"] == {"a": 1} and second["data"] == [1, 2]
    assert "apiVersion" not in first


def test_envelope_carries_api_version_only_when_given() -> None:
    assert build_envelope({}, api_version="2.0")["apiVersion"] == "2.0"


@pytest.mark.parametrize(
    ("body", "dialect"),
    [
        ({"code": 0, "message": "Success"}, "vendor"),
        (
            {"code": 1, "success": False, "message": "Authentication Fail:clientKey missing"},
            "vendor",
        ),
        ({"requestId": "r", "success": True, "result": None}, "returns"),
        ({"success": False, "hasBusinessException": True, "errorCode": "E"}, "returns"),
        ({"access_token": "t", "expires_in": 3600}, "oauth"),
        ({"error": "invalid_grant"}, "oauth"),
        ({"hello": "world"}, "other"),
        ([1, 2], "other"),
    ],
)
def test_dialect_is_detected_by_keys(body: Any, dialect: str) -> None:
    assert detect_dialect(body) == dialect


# --- vendor dialect ---


def test_vendor_success_keeps_unknown_fields() -> None:
    body = {
        "code": "0",
        "message": "成功",
        "messageId": "m1",
        "data": [{"orderNumber": "OCO2000009385032GB", "newField": {"x": 1}}],
        "traceId": "abc",
    }
    result = _read("outbound.query", body)
    assert result.ok and result.dialect == "vendor"
    assert result.message_id == "m1" and result.message == "成功"
    assert result.body["traceId"] == "abc"
    assert result.rows()[0]["newField"] == {"x": 1}


def test_vendor_business_error_names_every_item() -> None:
    body = {
        "code": 3,
        "success": False,
        "message": "Some orders failed",
        "messageId": "m2",
        "data": [{"orderNumber": "OCO2000000000001GB", "referenceNumber": "R1"}],
        "errors": [
            {"code": "EMU_DUPLICATE", "id": "R2", "message": "referenceNumber already used"},
            {"skuId": "OC0000000000001", "reason": "no price"},
        ],
    }
    error = _fail("outbound.create", body)
    assert isinstance(error, BusinessError)
    text = str(error)
    assert (
        "Some orders failed" in text and "[EMU_DUPLICATE] R2: referenceNumber already used" in text
    )
    assert "skuId=OC0000000000001" in text and "reason=no price" in text
    assert error.code == 3 and error.message_id == "m2" and error.http_status == 200
    assert "Some items may have been accepted" in error.hint
    # The part that succeeded is still readable.
    assert error.result.rows() == body["data"]
    assert error.item_errors[1]["reason"] == "no price"


def test_success_flag_false_or_errors_fail_even_with_code_zero() -> None:
    assert isinstance(
        _fail("sku.query", {"code": 0, "success": False, "message": "x"}), BusinessError
    )
    failed = _fail("sku.query", {"code": 0, "errors": [{"code": "E", "message": "bad"}]})
    assert isinstance(failed, BusinessError) and "[E] bad" in str(failed)


@pytest.mark.parametrize(
    ("message", "hint"),
    [
        ("Authentication Fail:vAuthorization invalid", SIGNATURE_HINT),
        ("Authentication Fail:access token expired", "log in again"),
        ("Authentication Fail:clientKey missing", "client id"),
    ],
)
def test_vendor_code_1_is_an_auth_error_with_a_hint(message: str, hint: str) -> None:
    error = _fail("returns.stock", {"code": 1, "success": False, "message": message})
    assert type(error) is AuthError
    assert error.message == message and hint in error.hint


def test_http_401_is_an_auth_error() -> None:
    error = _fail("sku.query", "<html>Unauthorized</html>", status=401)
    assert type(error) is AuthError and error.http_status == 401


# --- returns dialect ---


def test_returns_success_with_fallback_warns() -> None:
    body = {
        "requestId": "r1",
        "success": True,
        "hasBusinessException": False,
        "result": {"total": 1, "list": [{"orderNumber": "OCS1DE000453014"}]},
        "isFallback": True,
    }
    result = _read("returns.orders", body)
    assert result.ok and result.message_id == "r1"
    assert result.warnings == [FALLBACK_WARNING]
    assert result.rows() == [{"orderNumber": "OCS1DE000453014"}]


def test_returns_business_error_shows_error_code_and_text() -> None:
    body = {
        "requestId": "r2",
        "success": False,
        "hasBusinessException": True,
        "errorCode": "EMU_STATE",
        "errorMsg": "RMA already received",
        "result": None,
    }
    error = _fail("returns.cancel_rma", body)
    assert isinstance(error, BusinessError)
    assert str(error) == "[EMU_STATE] RMA already received (messageId r2)"


# --- everything else ---


def test_html_502_is_a_server_error_with_status_and_excerpt() -> None:
    error = _fail("sku.query", NGINX_502, status=502, headers={"Content-Type": "text/html"})
    assert isinstance(error, ServerError)
    assert error.http_status == 502 and error.raw_body == NGINX_502
    assert "HTML page" in error.message and "502 Bad Gateway" in error.message


def test_malformed_json_is_a_server_error() -> None:
    error = _fail("sku.query", '{"code": 0, "data": [', status=200)
    assert isinstance(error, ServerError) and "not an OC JSON envelope" in error.message


def test_json_5xx_is_a_server_error_keeping_the_result() -> None:
    error = _fail("sku.query", {"code": 500, "message": "internal"}, status=500)
    assert isinstance(error, ServerError) and error.result.body["message"] == "internal"


def test_oauth_error_body() -> None:
    body = {"error": "invalid_grant", "error_description": "Invalid authorization code"}
    error = _fail("oauth.token", body, status=400)
    assert isinstance(error, OAuthError)
    assert error.code == "invalid_grant" and error.message == "Invalid authorization code"


# --- lenient reading, rows, labels ---


@pytest.mark.parametrize(
    ("row", "names", "value"),
    [
        ({"mfSkuId": "OC1"}, ("MFSKUID",), "OC1"),
        ({"skuId": "OC2"}, ("MFSKUID",), "OC2"),
        ({"MFSKUID": "OC3"}, ("mfskuid",), "OC3"),
        ({"moventmentID": "M1"}, ("movementID",), "M1"),
        ({"remarks": "fragile"}, ("remark",), "fragile"),
        ({"eBayOrderId": "02-1"}, ("ebayOrderId",), "02-1"),
        ({"SKUDescription": "d"}, ("SKUdescription",), "d"),
        ({"x": 1}, ("missing", "x"), 1),
    ],
)
def test_lenient_get_finds_every_spelling(row: dict, names: tuple[str, ...], value: Any) -> None:
    assert lenient.get(row, *names) == value


def test_lenient_get_prefers_the_exact_spelling_and_tolerates_null() -> None:
    assert lenient.get({"eta": "a", "ETA": "b"}, "ETA") == "b"
    assert lenient.get(None, "x", default=7) == 7


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("11000.0000", 11000.0),
        ("12", 12),
        (3.5, 3.5),
        (" 7 ", 7),
        ("", None),
        ("abc", None),
        (True, None),
        (None, None),
    ],
)
def test_as_number(value: Any, number: Any) -> None:
    assert lenient.as_number(value) == number


@pytest.mark.parametrize(
    "data",
    [
        {"SKUList": [{"MFSKUID": "OC1"}]},
        {"skuList": [{"MFSKUID": "OC1"}]},
        [{"MFSKUID": "OC1"}],
        {"list": [{"MFSKUID": "OC1"}]},
    ],
)
def test_snapshot_rows_in_every_shape(data: Any) -> None:
    result = _read("stock.snapshot", {"code": 0, "data": data})
    assert result.rows() == [{"MFSKUID": "OC1"}]


def test_null_data_gives_no_rows() -> None:
    assert _read("stock.snapshot", {"code": 0, "data": None}).rows() == []


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_sku_label_decodes_and_names_its_sku() -> None:
    data = {
        "fileName": "sku-label-1.pdf",
        "file": _b64(PDF),
        "labelList": [{"MFSKUID": "OC0000250260096", "printQuantity": 20}],
    }
    (label,) = _read("sku.label", {"code": 0, "data": data}).labels()
    assert label.pdf == PDF and label.name == "sku-label-1.pdf"
    assert label.number == "OC0000250260096"


def test_inbound_labels_one_file_per_order() -> None:
    data = {
        "labelList": [
            {"inboundOrder": "OCI4AU05251270", "fileName": "OCI4AU05251270.pdf", "file": _b64(PDF)},
            {
                "inboundOrder": "OCI4AU05251271",
                "fileName": "OCI4AU05251271.pdf",
                "file": _b64(b"%PDF-2"),
            },
        ]
    }
    labels = _read("inbound.labels", {"code": 0, "data": data}).labels()
    assert [(lab.number, lab.pdf) for lab in labels] == [
        ("OCI4AU05251270", PDF),
        ("OCI4AU05251271", b"%PDF-2"),
    ]


def test_inbound_create_label_file_is_optional() -> None:
    data = {"inboundNumber": "OCI4DE06746410", "sellerInboundNumber": "S1"}
    assert _read("inbound.create", {"code": 0, "data": data}).labels() == []
    (label,) = _read(
        "inbound.create", {"code": 0, "data": {**data, "labelFile": _b64(PDF)}}
    ).labels()
    assert label.name == "OCI4DE06746410.pdf" and label.number == "OCI4DE06746410"


def test_return_label_from_returns_result() -> None:
    result = {
        "orderNumber": "OCS1DE000453014",
        "fileName": "OCS1DE000453014.pdf",
        "file": _b64(PDF),
    }
    body = {"requestId": "r", "success": True, "hasBusinessException": False, "result": result}
    (label,) = _read("returns.label", body).labels()
    assert label.number == "OCS1DE000453014" and label.pdf == PDF


# --- what the raw pane may show ---


def test_masking_hides_secrets_only() -> None:
    headers = {"Access-Token": "Bearer abc.def", "vAuthorization": "94c7", "clientKey": "ck"}
    assert mask_headers(headers) == {
        "Access-Token": "Bearer ****",
        "vAuthorization": "****",
        "clientKey": "ck",
    }
    url = "http://h/oauth/token?grant_type=refresh_token&refresh_token=SECRET&client_id=c%2B1"
    assert (
        mask_url(url)
        == "http://h/oauth/token?grant_type=refresh_token&refresh_token=****&client_id=c%2B1"
    )
