"""The server over the real seeded world: every business endpoint answers in its dialect."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ocdesk.api import catalog
from ocdesk.sandbox.http.server import Sandbox


@pytest.fixture(scope="module")
def real(caller):
    """One real sandbox for the module and a token: the calls below change nothing."""
    with Sandbox(seed=1) as sb:
        oc = caller(sb)
        yield oc, oc.login()["access_token"]


EMPTY = {catalog.Body.OBJECT: {}, catalog.Body.ARRAY: [], catalog.Body.QUERY: {},
         catalog.Body.NONE: None}  # fmt: skip


@pytest.mark.parametrize("endpoint", catalog.business_endpoints(), ids=lambda e: e.id)
def test_every_endpoint_answers_an_empty_request_in_its_dialect(real, endpoint) -> None:
    oc, token = real
    response = oc.call(endpoint.id, EMPTY[endpoint.body], token=token)
    assert response.status_code == 200, response.text
    body = response.json()
    if endpoint.dialect is catalog.Dialect.RETURNS:
        assert body["requestId"] and isinstance(body["success"], bool)
        assert body["success"] or body["errorMsg"]
    else:
        echoed = "m-1" if endpoint.method == "POST" else "1741687331000"  # else TimeStamp
        assert body["code"] in (0, 3) and body["messageId"] == echoed
        assert body["code"] == 0 or body["message"]


def test_service_list_is_served_from_the_fixture(real) -> None:
    oc, _ = real
    body = oc.call("warehouse.services").json()
    assert body["code"] == 0 and len(body["data"]) >= 4


def test_status_hook_changes_what_queries_show(sandbox, caller) -> None:
    oc = caller(sandbox)
    token = oc.login()["access_token"]
    since = (sandbox.clock.now() - timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%S+0000")
    rows = oc.call("outbound.query", {"startTime": since}, token=token).json()["data"]
    order = next(r["orderNumber"] for r in rows if r["status"] in ("created", "processing"))
    assert oc.hook("POST", f"outbound/{order}/status?to=shipped").status_code == 200
    query = {"orderNumberList": [{"orderNumber": order}]}
    (row,) = oc.call("outbound.query", query, token=token).json()["data"]
    assert row["status"] == "shipped"
