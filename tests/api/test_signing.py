"""The vAuthorization signature: OC's test vector, both signature modes, which path is signed."""

from __future__ import annotations

import hashlib
import secrets

import pytest

from ocdesk.api.signing import sign, signed_path


def test_reference_vector() -> None:
    signature = sign(
        "/openapi/3pp/base/v1/service",
        "11111111-2222-3333-4444-555555555555",
        "demo-secret-not-real",
    )
    assert signature == "94c7fb77900c37afa277098441c4ed77"


@pytest.mark.parametrize(
    ("given", "signed"),
    [
        (
            "https://openapi-stage-hk.orangeconnex.com/openapi/3pp/sku/v3/query",
            "/openapi/3pp/sku/v3/query",
        ),
        (
            "http://127.0.0.1:8080/openapi/3pp/returns/v1/query/orders?a=1%2B2",
            "/openapi/3pp/returns/v1/query/orders",
        ),
        ("/openapi/3pp/base/v1/service?x=1", "/openapi/3pp/base/v1/service"),
        ("https://proxy.example/oc/openapi/3pp/sku/v3/query", "/openapi/3pp/sku/v3/query"),
        ("/oc/webhook/outbound", "/oc/webhook/outbound"),
    ],
)
def test_signed_path_is_from_openapi_without_query(given: str, signed: str) -> None:
    assert signed_path(given) == signed


def test_a_url_signs_like_its_path() -> None:
    key, secret = secrets.token_hex(8), secrets.token_hex(16)
    url = "https://openapi-hk.orangeconnex.com/openapi/3pp/sku/v3/query?page=2"
    assert sign(url, key, secret) == sign("/openapi/3pp/sku/v3/query", key, secret)


def test_body_mode_signs_the_exact_body_bytes() -> None:
    key, secret = secrets.token_hex(8), secrets.token_hex(16)
    body = '{"data":{"name":"Grüße"}}'.encode()
    expected = hashlib.md5(b"/openapi/x|" + body + f"|{key}|{secret}".encode()).hexdigest()
    assert sign("/openapi/x", key, secret, body) == expected
    assert sign("/openapi/x", key, secret, body.decode()) == expected
    assert sign("/openapi/x", key, secret) != expected
