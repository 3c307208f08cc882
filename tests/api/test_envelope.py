"""Reading OC's answers: envelopes, both dialects, error mapping, lenient keys, rows and labels."""

from __future__ import annotations

import base64
import email.utils
import json
import time
from typing import Any

import pytest
from fake_oc import spring

from ocdesk.api import catalog, lenient
from ocdesk.api.envelope import (
    FALLBACK_WARNING,
    PARTIAL_HINT,
    SIGNATURE_HINT,
    UNHANDLED_HINT,
    build_envelope,
    detect_dialect,
    interpret,
    retry_after_seconds,
)
from ocdesk.api.errors import (
    AuthError,
    BusinessError,
    OAuthError,
    OcBusy,
    OutcomeUnknown,
    ServerError,
    UnreadableAnswer,
)
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


SPRING_500 = spring(500, "Internal Server Error", "/openapi/3pp/outbound/v1/creation").body
OAUTH_REFUSAL = {"error": "invalid_grant", "error_description": "Invalid authorization code"}


@pytest.mark.parametrize(
    ("endpoint_id", "body", "dialect"),
    [
        ("sku.query", {"code": 0, "message": "Success"}, "vendor"),
        (
            "returns.stock",
            {"code": 1, "success": False, "message": "Authentication Fail:clientKey missing"},
            "vendor",
        ),
        ("returns.orders", {"requestId": "r", "success": True, "result": None}, "returns"),
        (
            "returns.orders",
            {"success": False, "hasBusinessException": True, "errorCode": "E"},
            "returns",
        ),
        ("oauth.token", {"access_token": "t", "expires_in": 3600}, "oauth"),
        ("oauth.refresh", {"error": "invalid_grant"}, "oauth"),
        ("oauth.authorize", OAUTH_REFUSAL, "oauth"),
        # Elsewhere only OAuth's exact error shape is an OAuth answer.
        ("outbound.create", OAUTH_REFUSAL, "oauth"),
        ("outbound.create", {"error": "invalid_grant"}, "other"),
        ("outbound.query", {"access_token": "t"}, "other"),
        # Spring's error bodies have an `error` key too; they are no OAuth answer anywhere.
        ("outbound.create", SPRING_500, "spring"),
        ("oauth.token", {**SPRING_500, "path": "/oauth/token"}, "spring"),
        ("outbound.query", {**OAUTH_REFUSAL, "status": 400}, "spring"),
        ("sku.query", {"timestamp": 1, "message": "Request method 'GET' not supported"}, "spring"),
        ("sku.query", {"hello": "world"}, "other"),
        ("sku.query", [1, 2], "other"),
    ],
)
def test_dialect_is_detected_by_keys(endpoint_id: str, body: Any, dialect: str) -> None:
    assert detect_dialect(body, catalog.get(endpoint_id)) == dialect


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


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ('{"code": 0, "data": [{"orderNumber": "OCO20000', "cut short or is not valid JSON"),
        ("", "an empty answer"),
        ('"just text"', "not an OC JSON envelope"),
    ],
)
def test_an_unreadable_200_is_a_server_error(text: str, what: str) -> None:
    error = _fail("sku.query", text, status=200)
    assert isinstance(error, UnreadableAnswer) and what in error.message
    assert error.http_status == 200 and error.raw_body == text


def test_json_5xx_is_a_server_error_keeping_the_result() -> None:
    error = _fail("sku.query", {"code": 500, "message": "internal"}, status=500)
    assert isinstance(error, ServerError) and error.result.body["message"] == "internal"


def test_oauth_error_body() -> None:
    error = _fail("oauth.token", OAUTH_REFUSAL, status=400)
    assert isinstance(error, OAuthError)
    assert error.code == "invalid_grant" and error.message == "Invalid authorization code"


# --- Spring Boot's error bodies (OC-API.md, "How OC fails in practice") ---


QUERY_PATH = "/openapi/3pp/sku/v3/query"


def _spring(status: int, error: str, path: str, message: str | None = None) -> dict[str, Any]:
    return spring(status, error, path, message).body


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (SPRING_500, "500 Internal Server Error for /openapi/3pp/outbound/v1/creation"),
        (
            _spring(400, "Bad Request", QUERY_PATH, "Required request body is missing"),
            f"400 Bad Request for {QUERY_PATH}: Required request body is missing",
        ),
        (_spring(404, "Not Found", QUERY_PATH), f"404 Not Found for {QUERY_PATH}"),
        (
            _spring(405, "Method Not Allowed", QUERY_PATH, "Request method 'GET' not supported"),
            f"405 Method Not Allowed for {QUERY_PATH}: Request method 'GET' not supported",
        ),
    ],
)
def test_a_spring_error_body_is_a_server_error_in_plain_words(body: dict, words: str) -> None:
    error = _fail("sku.query", body, status=body["status"])
    assert type(error) is ServerError and error.http_status == body["status"]
    assert error.message == f"HTTP {body['status']}: OC's server reported {words}"
    assert error.code is None and error.result.body == body


def test_a_spring_5xx_on_a_read_says_try_again_and_a_4xx_says_what_to_check() -> None:
    assert _fail("sku.query", SPRING_500, status=500).hint == ServerError.default_hint
    not_found = _spring(404, "Not Found", QUERY_PATH)
    assert _fail("sku.query", not_found, status=404).hint == UNHANDLED_HINT


def test_a_spring_body_at_http_200_is_not_a_success() -> None:
    error = _fail("outbound.query", SPRING_500, status=200)
    assert type(error) is ServerError
    assert "HTTP 200: OC's server reported 500 Internal Server Error" in error.message


def test_a_spring_401_is_an_authentication_failure() -> None:
    body = _spring(401, "Unauthorized", QUERY_PATH)
    error = _fail("sku.query", body, status=401)
    assert type(error) is AuthError and "401 Unauthorized" in error.message


def test_a_spring_400_about_the_token_header_is_no_authentication_failure() -> None:
    # A message about a token counts only in OC's own (vendor) envelope, rule C5.
    message = (
        "Required request header 'Access-Token' for method parameter type String is not present"
    )
    error = _fail("sku.query", _spring(400, "Bad Request", QUERY_PATH, message), status=400)
    assert type(error) is ServerError and message in error.message


def test_a_returns_refusal_mentioning_a_token_is_a_business_error() -> None:
    body = {
        "success": False,
        "hasBusinessException": True,
        "errorCode": "E7",
        "errorMsg": "token X is used",
    }
    assert type(_fail("returns.cancel_rma", body)) is BusinessError


@pytest.mark.parametrize(("status", "kind"), [(400, ServerError), (401, AuthError)])
def test_an_oauth_refusal_on_a_business_call_refreshes_only_at_401(status: int, kind: type) -> None:
    body = {"error": "invalid_token", "error_description": "Access token expired"}
    error = _fail("outbound.query", body, status=status)
    assert type(error) is kind and "Access token expired" in error.message
    assert error.code == "invalid_token"


def test_a_spring_500_on_the_token_endpoint_is_no_oauth_refusal() -> None:
    # An OAuthError would make the user log in again for OC's own failure.
    error = _fail("oauth.refresh", {**SPRING_500, "path": "/oauth/token"}, status=500)
    assert type(error) is ServerError and "for /oauth/token" in error.message


# --- OC's "system busy" answer ---


@pytest.mark.parametrize(
    "message",
    [
        "System busy, please try again later",
        "The system is busy.",
        "SYSTEM BUSY",
        "系统繁忙，请稍后再试",
    ],
)
def test_a_busy_answer_is_no_refusal(message: str) -> None:
    vendor = _fail("outbound.query", {"code": 3, "success": False, "message": message})
    returns = {
        "success": False,
        "hasBusinessException": True,
        "errorCode": "B1",
        "errorMsg": message,
    }
    for error in (vendor, _fail("returns.orders", returns)):
        assert type(error) is OcBusy and message in error.message
        assert error.hint == OcBusy.default_hint


def test_a_busy_looking_code_3_refusal_is_still_a_business_error() -> None:
    error = _fail(
        "outbound.query", {"code": 3, "success": False, "message": "Order is busy being packed"}
    )
    assert type(error) is BusinessError


# --- what a failed write tells the user ---

WRITE_FAILURES = [
    pytest.param(SPRING_500, 500, {}, id="spring-500"),
    pytest.param(_spring(404, "Not Found", QUERY_PATH), 404, {}, id="spring-404"),
    pytest.param(
        _spring(405, "Method Not Allowed", QUERY_PATH, "Request method 'GET' not supported"),
        405,
        {},
        id="spring-405",
    ),
    pytest.param(SPRING_500, 200, {}, id="spring-at-200"),
    pytest.param(NGINX_502, 502, {"Content-Type": "text/html"}, id="html-502"),
    pytest.param('{"code": 0, "data": [{"orderNumber": "OCO20', 200, {}, id="truncated-200"),
    pytest.param("", 200, {}, id="empty-200"),
    pytest.param({"code": 3, "message": "System busy, please try again later"}, 200, {}, id="busy"),
    pytest.param({"code": 0, "data": []}, 503, {"Retry-After": "5"}, id="503"),
]


@pytest.mark.parametrize(("body", "status", "headers"), WRITE_FAILURES)
def test_a_write_failure_never_says_try_again(body: Any, status: int, headers: dict) -> None:
    error = _fail("outbound.create", body, status, headers)
    assert isinstance(error, ServerError)
    assert error.hint == OutcomeUnknown.default_hint and "look it up" in error.hint
    assert "try again" not in error.hint.lower() and "retry" not in error.hint.lower()


@pytest.mark.parametrize(("body", "status", "headers"), WRITE_FAILURES)
def test_the_same_failures_on_a_read_say_it_can_be_asked_again(
    body: Any, status: int, headers: dict
) -> None:
    error = _fail("outbound.query", body, status, headers)
    assert isinstance(error, ServerError)
    if 400 <= status < 500:  # asking again will not help: say what to check
        assert error.hint == UNHANDLED_HINT
    else:
        assert error.hint.endswith("try again in a few minutes.")


def test_no_hint_for_a_refusal_or_warning_tells_to_retry() -> None:
    texts = [
        FALLBACK_WARNING,
        PARTIAL_HINT,
        BusinessError.default_hint,
        OutcomeUnknown.default_hint,
    ]
    assert not [text for text in texts if "try again" in text.lower() or "retry" in text.lower()]


# --- Retry-After ---


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    assert retry_after_seconds({"Retry-After": "7"}) == 7.0
    assert retry_after_seconds({"retry-after": " 0 "}) == 0.0
    in_30_s = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 28 <= retry_after_seconds({"Retry-After": in_30_s}) <= 30
    long_ago = "Wed, 21 Oct 2015 07:28:00 GMT"
    assert retry_after_seconds({"Retry-After": long_ago}) == 0.0
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    assert retry_after_seconds({}) is None


def test_a_503_carries_the_wait_oc_asked_for() -> None:
    error = _fail("sku.query", NGINX_502, status=503, headers={"Retry-After": "12"})
    assert isinstance(error, ServerError) and error.retry_after == 12.0


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
