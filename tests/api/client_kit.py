"""What the client tests share: a valid order, a counting refresher, a client aimed at a FakeOC."""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from typing import Any

from fake_oc import FakeOC

from ocdesk.api.client import Connection, OcClient
from ocdesk.api.result import RawExchange
from ocdesk.api.retry import RetryPolicy
from ocdesk.api.tokens import TokenManager, TokenSet

QUERY = "/openapi/3pp/outbound/v2/query"
CREATE = "/openapi/3pp/outbound/v1/creation"
SERVICES = "/openapi/3pp/base/v1/service"
RETURNS = "/openapi/3pp/returns/v1/query/orders"
TOKEN = "/oauth/token"
AUTH_FAIL = "Authentication Fail:access token invalid"
LOOKUP = {"orderNumberList": [{"orderNumber": "OCO2000009385032GB"}]}


def valid_order() -> dict[str, Any]:
    """One order that passes validation (outbound.create takes a list of these)."""
    return {
        "referenceNumber": f"REF-{secrets.token_hex(3)}",
        "serviceRegion": "UK",
        "shippingServiceCode": "STANDARD",
        "consigneeName": "A Buyer",
        "consigneeAddress1": "1 High Street",
        "consigneeCity": "London",
        "consigneeZipCode": "SW1A 1AA",
        "consigneeCountryCode": "GB",
        "consigneePhone": "+44 20 0000 0000",
        "orderPlatform": "Other",
        "productList": [{"mfSkuId": "OC0000255606056", "skuQuantity": 1}],
    }


class Refresher:
    """Counts refreshes; each hands out a new access token."""

    def __init__(self) -> None:
        self.calls = 0
        self.issued: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, refresh_token: str) -> TokenSet:
        with self.lock:
            self.calls += 1
            token = secrets.token_urlsafe(16)
            self.issued.append(token)
        time.sleep(0.05)  # widen the window in which concurrent callers pile up
        return TokenSet(token, time.time() + 3600, None, None)


def token_manager(refresher: Any, *, expires_in: float = 3600) -> TokenManager:
    """A logged-in TokenManager whose access token lives `expires_in` more seconds."""
    tokens = TokenSet(secrets.token_urlsafe(16), time.time() + expires_in, "rt", time.time())
    return TokenManager(refresher, tokens)


def make_client(
    server: FakeOC,
    tokens: TokenManager | None = None,
    *,
    mode: str = "path",
    exchanges: list[RawExchange] | None = None,
    **kw: Any,
) -> OcClient:
    """A client for `server` that retries without waiting unless given its own policy."""
    conn = Connection(server.url, str(uuid.uuid4()), secrets.token_hex(16), mode)
    kw.setdefault("retry", RetryPolicy(sleep=lambda _: None))
    sink = exchanges.append if exchanges is not None else None
    return OcClient(conn, tokens or token_manager(Refresher()), on_exchange=sink, **kw)
