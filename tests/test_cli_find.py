"""`ocdesk find NUMBER`: the lookup bar's search on the command line, with its exit codes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
import requests

from ocdesk import cli
from ocdesk.jobs.windows import outbound_orders_between
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import sandbox_session

pytestmark = pytest.mark.usefixtures("root_logging")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=5) as sb:
        requests.post(f"{sb.base_url}/__emu/config", json={"status_step_s": 0}, timeout=10)
        yield sb


@pytest.fixture(scope="module")
def records(sandbox: Sandbox) -> dict[str, list[dict[str, Any]]]:
    """The sandbox's recent orders and its returns, as OC lists them."""
    session = sandbox_session(sandbox.base_url)
    now = datetime.now().astimezone()
    orders = outbound_orders_between(session.client.call, now - timedelta(days=30), now).rows
    return {"orders": orders, "returns": session.client.call("returns.orders", {"pageSize": 200}).rows()}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_tracking_number_is_found_and_printed_one_line_per_match(
    sandbox: Sandbox, records: dict[str, list[dict[str, Any]]], capsys: Any
) -> None:
    order = next(o for o in records["orders"] if o["trackingNumberList"] and o["referenceNumber"])
    tracking = order["trackingNumberList"][0]["trackingNumber"]

    code, out, err = run(capsys, "find", tracking.lower(), "--sandbox-url", sandbox.base_url)

    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("outbound order")
    for fact in (order["orderNumber"], order["status"], order["referenceNumber"], tracking):
        assert fact in lines[0]
    assert "Found in the " in err and "orders and returns of the last 90 days" in err


def test_json_lists_every_record_sharing_the_number(
    sandbox: Sandbox, records: dict[str, list[dict[str, Any]]], capsys: Any
) -> None:
    a_return = next(r for r in records["returns"] if r["ebayOrderId"] and r["trackingNumber"])

    code, out, err = run(capsys, "find", a_return["ebayOrderId"], "--json",
                         "--sandbox-url", sandbox.base_url)  # fmt: skip

    assert code == 0, err
    found = json.loads(out)
    assert {item["kind"] for item in found} == {"outbound", "return"}
    mine = next(item for item in found if item["kind"] == "return")
    assert mine["number"] == a_return["orderNumber"] and mine["status"] == a_return["status"]
    assert mine["tracking"] == [a_return["trackingNumber"]]
    assert mine["ebay_order_id"] == a_return["ebayOrderId"]


def test_nothing_found_exits_1(sandbox: Sandbox, capsys: Any) -> None:
    code, out, err = run(capsys, "find", "no such parcel", "--sandbox-url", sandbox.base_url)

    assert code == 1 and out == ""
    assert "Nothing has the number 'no such parcel'" in err


def test_when_the_index_cannot_be_refreshed_it_says_why_and_still_searches(
    sandbox: Sandbox, records: dict[str, list[dict[str, Any]]], capsys: Any
) -> None:
    run(capsys, "find", "anything", "--sandbox-url", sandbox.base_url)  # the first fill
    a_return = next(r for r in records["returns"] if r["trackingNumber"])
    fault = {"endpoint": "outbound.query", "kind": "malformed_json", "count": 50}
    requests.post(f"{sandbox.base_url}/__emu/faults", json=fault, timeout=10)
    try:
        code, out, err = run(capsys, "find", a_return["trackingNumber"],
                             "--sandbox-url", sandbox.base_url)  # fmt: skip
    finally:
        requests.delete(f"{sandbox.base_url}/__emu/faults", timeout=10)

    assert "the list of recent orders and returns could not be updated" in err
    assert "it holds what it had at " in err
    assert code == 0 and a_return["orderNumber"] in out


def test_bad_input_and_an_unreachable_sandbox_exit_as_call_does(capsys: Any) -> None:
    with Sandbox(seed=1) as gone:
        url = gone.base_url
    code, _, err = run(capsys, "find", "AP484690306812", "--sandbox-url", url)
    assert code == cli.EXIT_NETWORK == run(capsys, "call", "warehouse.services",
                                           "--sandbox-url", url)[0]  # fmt: skip
    assert "sandbox" in err

    code, _, err = run(capsys, "find", "   ", "--sandbox-url", url)
    assert code == cli.EXIT_INPUT and "give the number to find" in err
    code, _, err = run(capsys, "find", "X1", "--sandbox-url", "ftp://example.com")
    assert code == cli.EXIT_INPUT and "--sandbox-url must be an http:// address" in err
