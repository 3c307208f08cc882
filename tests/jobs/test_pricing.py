"""The asynchronous cost estimate: polling until OC is ready, a clear timeout, services compared."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from workflow_helpers import CallLog, approved_skus, emu

from ocdesk.jobs.pricing import (
    EstimatePending,
    compare_services,
    estimate_and_wait,
    wait_for_result,
)
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session


def parcel(session: Session) -> dict[str, Any]:
    return {
        "referenceId": f"PR-{uuid.uuid4().hex[:10]}", "serviceRegion": "UK",
        "consigneeCountryCode": "GB", "consigneePostCode": "CV4 9ES", "skuType": True,
        "skuList": [{"skuId": approved_skus(session, "UK")[0], "pieceQuantity": 2}],
    }  # fmt: skip


def clock_sleep(sb: Sandbox, slept: list[float]) -> Any:
    """A `sleep` that moves the sandbox's clock instead of the test's."""

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        emu(sb, "POST", f"clock/advance?seconds={seconds}")

    return sleep


def test_estimate_is_polled_with_backoff_until_oc_has_priced_it(
    own_sandbox: Sandbox, own_session: Session
) -> None:
    emu(own_sandbox, "POST", "config", {"pricing_delay_s": 3})
    slept: list[float] = []
    log = CallLog(own_session.client.call)

    result = estimate_and_wait(log, parcel(own_session), sleep=clock_sleep(own_sandbox, slept))

    assert result.rows()
    assert slept == [2.0, 3.0]  # 2 s, then 1.5 x longer
    assert [eid for eid, _ in log.calls] == ["pricing.estimate"] + ["pricing.result"] * 3
    services = compare_services(result.rows())
    totals = [s["total"] for s in services]
    assert totals == sorted(totals) and all(s["success"] for s in services)
    assert {"fulfillmentFee", "packagingFee", "remoteSurcharge", "chargeableWeight"} <= set(
        services[0]
    )
    assert services[0]["currency"] == "GBP"


def test_an_estimate_not_ready_in_time_says_how_to_fetch_it_later(
    own_sandbox: Sandbox, own_session: Session
) -> None:
    emu(own_sandbox, "POST", "config", {"pricing_delay_s": 100})
    data = parcel(own_session)
    slept: list[float] = []
    with pytest.raises(EstimatePending) as caught:
        estimate_and_wait(own_session.client.call, data, sleep=clock_sleep(own_sandbox, slept))
    reference = data["referenceId"]
    assert str(caught.value) == (
        f"OC has not finished the estimate after 30 s; try Fetch result later with reference "
        f"{reference}"
    )
    assert caught.value.reference_id == reference and sum(slept) == 30
    emu(own_sandbox, "POST", "clock/advance?seconds=70")
    assert wait_for_result(own_session.client.call, reference, timeout=0).rows()


def test_services_compare_cheapest_first_with_failures_last() -> None:
    def service(code: str, *channels: dict[str, Any], ok: bool = True) -> dict[str, Any]:
        return {"productOuterCode": code, "productOuterName": code, "success": ok,
                "ebayFee": 1, "noEbayFee": 2, "freightTrialChannelResults": list(channels)}  # fmt: skip

    def channel(code: str, total: float | None, ok: bool = True, **fees: Any) -> dict[str, Any]:
        return {"channelCode": code, "currency": "EUR", "totalFee": total, "success": ok,
                "errorMessage": "" if ok else "no route", **fees}  # fmt: skip

    rows = compare_services(
        [
            service("EXPRESS", channel("DHL", 9.5, fulfillmentFee=9.5)),
            service("FAILS", channel("X", None, ok=False), ok=False),
            service("STANDARD", channel("DPD", 6.0), channel("GLS", 4.2, bulkySurcharge=0.7)),
        ]
    )
    assert [(r["service"], r["total"], r["channel"]) for r in rows] == [
        ("STANDARD", 4.2, "GLS"),
        ("EXPRESS", 9.5, "DHL"),
        ("FAILS", 2, "X"),
    ]
    assert rows[0]["bulkySurcharge"] == 0.7 and rows[1]["fulfillmentFee"] == 9.5
    assert rows[2]["success"] is False and rows[2]["error"] == "no route"
