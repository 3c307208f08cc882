"""Sandbox fixtures: the emulator on a free loopback port, and helpers to call it as OC's docs say."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from ocdesk.api import catalog
from ocdesk.sandbox.core import Clock, EmuError, EmuRequest, Reply
from ocdesk.sandbox.http.server import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """The emulator with its real, seeded world."""
    with Sandbox(seed=1) as sb:
        yield sb


class StubWorld:
    """A tiny world that echoes what it was sent, so server tests do not depend on seeded data.

    `outbound.cancel` and `returns.cancel_rma` refuse; `sku.create` partly fails.
    """

    def __init__(self, seed: int, clock: Clock) -> None:
        self.seed, self.clock = seed, clock
        self.status_step_s, self.sku_approve_s, self.pricing_delay_s = 120.0, 60.0, 0.0
        self.ticks = 0
        self.statuses: dict[str, str] = {"OCO2000000000001GB": "created"}
        self.approved: list[str] = []
        self.events: list[dict[str, Any]] = []
        self.calls: list[EmuRequest] = []
        self.handlers = {e.id: self._echo for e in catalog.business_endpoints()}
        self.handlers["outbound.cancel"] = self._refuse
        self.handlers["returns.cancel_rma"] = self._refuse
        self.handlers["sku.create"] = self._partly

    def _echo(self, request: EmuRequest) -> Reply:
        self.calls.append(request)
        return Reply(payload={"echo": request.data, "endpoint": request.endpoint_id})

    def _refuse(self, request: EmuRequest) -> Reply:
        raise EmuError("EMU_STATE", "Order cannot be cancelled in status shipped", item_id="X1")

    def _partly(self, request: EmuRequest) -> Reply:
        error = {"code": "EMU_DUPLICATE", "id": "ref-2", "message": "duplicate referenceSKUID"}
        return Reply(payload=[{"referenceSKUID": "ref-1"}], errors=[error])

    def tick(self) -> None:
        self.ticks += 1

    def set_outbound_status(self, order_number: str, to: str) -> None:
        if order_number not in self.statuses:
            raise KeyError(order_number)
        if to not in ("created", "processing", "picked", "packed", "shipped", "cancelled"):
            raise ValueError(f"unknown status {to!r}")
        self.statuses[order_number] = to
        self.events.append({"eventId": str(uuid.uuid4()), "orderNumber": order_number,
                            "status": to})  # fmt: skip

    def approve_sku(self, mfskuid: str) -> None:
        if not mfskuid.startswith("OC"):
            raise KeyError(mfskuid)
        self.approved.append(mfskuid)

    def drain_events(self) -> list[dict[str, Any]]:
        events, self.events = self.events, []
        return events


@pytest.fixture
def start_stub() -> Iterator[Callable[..., Sandbox]]:
    """Start a stub-world sandbox with the given Sandbox options; all are stopped afterwards."""
    started: list[Sandbox] = []

    def start(**options: Any) -> Sandbox:
        started.append(Sandbox(seed=7, world_factory=StubWorld, **options).start())
        return started[-1]

    yield start
    for sb in started:
        sb.stop()


@pytest.fixture
def stub_sandbox(start_stub: Callable[..., Sandbox]) -> Sandbox:
    """The emulator's HTTP layer over a StubWorld."""
    return start_stub()


class Caller:
    """Calls a sandbox the way docs/OC-API.md says, computing signatures here, not with the client."""

    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.info = sb.info()
        self.url = sb.base_url

    @staticmethod
    def sign(path: str, client_key: str, secret_key: str, body: str = "") -> str:
        """vAuthorization per §0: lower-hex MD5 of `path|body|clientKey|secretKey`."""
        return hashlib.md5(f"{path}|{body}|{client_key}|{secret_key}".encode()).hexdigest()

    def authorize(self, **override: str) -> requests.Response:
        params = {"response_type": "code", "client_id": self.info["client_id"],
                  "redirect_uri": self.info["redirect_uri"], "state": "s" * 16} | override  # fmt: skip
        return requests.get(f"{self.url}/oauth/authorize", params=params,
                            allow_redirects=False, timeout=5)  # fmt: skip

    def fresh_code(self) -> str:
        """A code as the address bar shows it: still percent-encoded (§2.0.1)."""
        location = self.authorize().headers["Location"]
        query = location.split("?", 1)[1]
        return dict(pair.split("=", 1) for pair in query.split("&"))["code"]

    def token(self, **params: str) -> requests.Response:
        sent = {"client_id": self.info["client_id"]} | params
        return requests.post(f"{self.url}/oauth/token", params=sent, timeout=5)

    def exchange(self, code: str, redirect_uri: str | None = None) -> requests.Response:
        return self.token(grant_type="authorization_code", code=code,
                          redirect_uri=redirect_uri or self.info["redirect_uri"])  # fmt: skip

    def login(self) -> dict[str, Any]:
        """The tokens of a full authorize -> token exchange."""
        response = self.exchange(self.fresh_code())
        assert response.status_code == 200, response.text
        return response.json()

    def call(
        self,
        endpoint_id: str,
        data: Any = None,
        *,
        token: str | None = None,
        sign_body: bool = False,
        headers: dict[str, str] | None = None,
        message_id: str | None = "m-1",
        timeout: float = 5,
    ) -> requests.Response:
        """One business call with the four §0 headers; POST bodies are exact JSON bytes."""
        endpoint = catalog.get(endpoint_id)
        body = ""
        if endpoint.method == "POST":
            envelope: dict[str, Any] = {"timestamp": 1741687331000, "data": data}
            if message_id is not None:
                envelope["messageId"] = message_id
            body = json.dumps(envelope)
        key, secret = self.info["client_id"], self.info["secretKey"]
        sent = {
            "clientKey": key,
            "TimeStamp": "1741687331000",
            "vAuthorization": self.sign(endpoint.path, key, secret, body if sign_body else ""),
            "Content-Type": "application/json",
        }
        if token:
            sent["Access-Token"] = f"Bearer {token}"
        sent.update(headers or {})
        url = self.url + endpoint.path
        if endpoint.method == "GET":
            return requests.get(url, params=data, headers=sent, timeout=timeout)
        return requests.post(url, data=body.encode(), headers=sent, timeout=timeout)

    def hook(self, method: str, path: str, **kw: Any) -> requests.Response:
        return requests.request(method, f"{self.url}/__emu/{path}", timeout=10, **kw)


@pytest.fixture
def stub(stub_sandbox: Sandbox) -> Caller:
    """A caller for the stub-world sandbox."""
    return Caller(stub_sandbox)


class Seller(Caller):
    """A logged-in caller over the real seeded world, placing and looking up UK outbound orders."""

    def __init__(self, sb: Sandbox) -> None:
        super().__init__(sb)
        self.token = self.login()["access_token"]
        skus = sb.world.store.skus.values()  # type: ignore[attr-defined]
        self.sku = next(s.mfskuid for s in skus if s.status == "approved" and "UK" in s.regions)

    def create(self, endpoint_id: str, orders: list[dict], **kw: Any) -> requests.Response:
        return self.call(endpoint_id, orders, token=self.token, **kw)

    def find(self, reference: str) -> list[dict[str, Any]]:
        """The outbound orders OC holds under `reference` (what a desk worker would look up)."""
        query = {"referenceNumberList": [{"referenceNumber": reference}]}
        response = self.call("outbound.query", query, token=self.token)
        assert response.status_code == 200 and response.json()["code"] == 0, response.text
        return response.json()["data"]


@pytest.fixture
def seller(sandbox: Sandbox) -> Seller:
    """A caller over a fresh real, seeded world."""
    return Seller(sandbox)


@pytest.fixture(scope="module")
def shared_seller() -> Iterator[Seller]:
    """A caller over one real world for a module whose tests create only unique things."""
    with Sandbox(seed=1) as sb:
        yield Seller(sb)


@pytest.fixture(scope="session")
def caller() -> type[Caller]:
    """The Caller class, to wrap sandboxes a test starts itself."""
    return Caller
