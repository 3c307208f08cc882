"""Helpers for workflow tests: the sandbox's test hooks, seeded SKUs, fake answers, a call log."""

from __future__ import annotations

import socket
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from samples import outbound_order

from ocdesk.api import catalog
from ocdesk.api.dates import format_date
from ocdesk.api.result import OcResult, RawExchange
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session


def emu(sb: Sandbox, method: str, hook: str, body: Any = None) -> Any:
    """Call one of the sandbox's `/__emu/*` test hooks over HTTP."""
    response = requests.request(method, f"{sb.base_url}/__emu/{hook}", json=body, timeout=10)
    response.raise_for_status()
    return response.json()


def sent(sb: Sandbox, endpoint_id: str) -> list[dict[str, Any]]:
    """The requests the sandbox received for `endpoint_id`, oldest first."""
    return [r for r in emu(sb, "GET", "requests") if r["endpoint_id"] == endpoint_id]


def approved_skus(session: Session, region: str | None = None) -> list[str]:
    """MFSKUIDs the seeded world holds, optionally only those stocked in `region`."""
    today = datetime.now(UTC).date()
    rows = session.client.call(
        "sku.query",
        {
            "startTime": format_date(today - timedelta(days=800), UTC),
            "endTime": format_date(today, UTC),
            "limit": 200,
        },
    ).rows()
    return [
        r["MFSKUID"]
        for r in rows
        if r.get("status") == "approved" and region in (None, r.get("serviceRegion"))
    ]


def new_orders(session: Session, count: int) -> list[dict[str, Any]]:
    """`count` valid UK orders with fresh references, ready to send."""
    sku, tag = approved_skus(session, "UK")[0], uuid.uuid4().hex[:8]
    return [outbound_order(sku, f"N-{tag}-{n:03d}") for n in range(count)]


def fake_result(endpoint_id: str, payload: Any) -> OcResult:
    """An OcResult as the client would build it from a successful answer carrying `payload`."""
    exchange = RawExchange("POST", "http://fake", {}, "", 200, {}, "", 0.0)
    dialect = str(catalog.get(endpoint_id).dialect)
    return OcResult(endpoint_id, dialect, True, 0, "Success", "m1", payload, [], [], {}, exchange)


class CallLog:
    """Wraps a `call` and remembers what was sent, so tests can count calls per endpoint."""

    def __init__(self, call: Callable[[str, Any], OcResult]) -> None:
        self._call = call
        self.calls: list[tuple[str, Any]] = []

    def __call__(self, endpoint_id: str, data: Any = None) -> OcResult:
        self.calls.append((endpoint_id, data))
        return self._call(endpoint_id, data)

    def of(self, endpoint_id: str) -> list[Any]:
        return [data for eid, data in self.calls if eid == endpoint_id]


@contextmanager
def dead_owner(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Writes begun inside belong to a process that has ended, as after a kill -9."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    owner = f"{socket.gethostname()}:{child.stdout.strip()}:1"
    with monkeypatch.context() as patch:
        patch.setattr("ocdesk.store.audit.this_process", lambda _folder: owner)
        yield
