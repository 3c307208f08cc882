"""The sandbox world's seeded data and its read endpoints, called directly (no HTTP)."""

from __future__ import annotations

import base64
import re
from collections import Counter
from datetime import timedelta

import pypdfium2 as pdfium
import pytest

from ocdesk.sandbox.core import Clock, EmuError, EmuRequest, Reply
from ocdesk.sandbox.handlers import HANDLERS
from ocdesk.sandbox.world import World
from ocdesk.sandbox.world.dates import fmt
from ocdesk.sandbox.world.model import (
    FEE_TYPES,
    INBOUND_FLOW,
    OUTBOUND_STATUSES,
    REGIONS,
    RETURN_FLOW,
)


@pytest.fixture(scope="module")
def world() -> World:
    return World(7, Clock(), HANDLERS)


def call(world: World, endpoint_id: str, data: object) -> Reply:
    request = EmuRequest(endpoint_id, data, "m-1", "client", world.clock.now())
    return world.handlers[endpoint_id](request)


def refused(world: World, endpoint_id: str, data: object) -> EmuError:
    with pytest.raises(EmuError) as caught:
        call(world, endpoint_id, data)
    return caught.value


def pdf_pages(file: str) -> int:
    raw = base64.b64decode(file, validate=True)
    assert raw.startswith(b"%PDF-1.4")
    return len(pdfium.PdfDocument(raw))


def test_seeded_counts_cover_every_status_and_region(world: World) -> None:
    store = world.store
    assert len(store.skus) >= 200
    assert Counter(s.status for s in store.skus.values()).most_common(1)[0][0] == "approved"
    assert len(store.outbound) >= 1000
    assert {o.status for o in store.outbound.values()} == set(OUTBOUND_STATUSES)
    assert {o.region for o in store.outbound.values()} == set(REGIONS)
    assert len(store.inbound) >= 30
    assert {o.status for o in store.inbound.values()} == {*INBOUND_FLOW, "cancelled"}
    assert len(store.returns) >= 50
    assert {o.status for o in store.returns.values()} == {*RETURN_FLOW, "cancelled"}
    assert any(i.mfskuid is None for o in store.returns.values() for i in o.items)
    assert len(store.vas) >= 10
    assert {f.fee_type for f in store.fees} == set(FEE_TYPES)
    assert any(re.fullmatch(r"\d\d-\d{5}-\d{5}", o.ebay_order_id) for o in store.outbound.values())


def test_ids_follow_oc_patterns(world: World) -> None:
    store = world.store
    assert all(re.fullmatch(r"OC\d{13}", m) for m in store.skus)
    assert all(re.fullmatch(r"OCO\d{13}(GB|DE|AU|US)", n) for n in store.outbound)
    assert all(re.fullmatch(r"OCI4(GB|DE|AU|US)\d{8}", n) for n in store.inbound)
    assert all(re.fullmatch(r"OCS1(GB|DE|AU|US)\d{9}", n) for n in store.returns)
    assert all(re.fullmatch(r"OCV4(GB|DE|AU|US)\d{8}", n) for n in store.vas)


def test_same_seed_same_data_other_seed_other_data() -> None:
    clock = Clock()
    first, again, other = (World(n, clock, HANDLERS) for n in (3, 3, 4))

    def head(w: World) -> list[tuple[str, str, str]]:
        return [
            (o.order_number, o.reference, o.status) for o in list(w.store.outbound.values())[:50]
        ]

    assert head(first) == head(again)
    assert list(first.store.skus) == list(again.store.skus)
    assert head(first) != head(other)


def test_sku_query_by_ids_and_by_dates(world: World) -> None:
    sku = next(iter(world.store.skus.values()))
    rows = call(world, "sku.query", {"MFSKULIST": [{"MFSKUID": sku.mfskuid}]}).payload
    assert [r["MFSKUID"] for r in rows] == [sku.mfskuid]
    assert rows[0]["SKUDescription"] and rows[0]["SKUNameList"][0]["languageCode"] == "en-US"
    day = sku.updated.strftime("%Y-%m-%d") + "+0000"
    dated = call(world, "sku.query", {"startTime": day, "endTime": day, "limit": "200"}).payload
    assert sku.mfskuid in {r["MFSKUID"] for r in dated}
    assert refused(world, "sku.query", {"page": 1}).code == "EMU_VALIDATION"
    assert refused(world, "sku.query", {"startTime": day, "limit": 201}).code == "EMU_BATCH_LIMIT"


def test_sku_label_prints_one_page_per_label(world: World) -> None:
    mfskuid = next(iter(world.store.skus))
    data = {"skuList": [{"mfSkuId": mfskuid, "printQuantity": "3"}]}
    payload = call(world, "sku.label", data).payload
    assert pdf_pages(payload["file"]) == 3
    assert payload["labelList"] == [{"MFSKUID": mfskuid, "printQuantity": 3}]
    assert refused(world, "sku.label", {"skuList": []}).code == "EMU_BATCH_LIMIT"
    assert refused(world, "sku.label", {"skuList": [{"mfSkuId": "OC9"}]}).code == "EMU_NOT_FOUND"


def test_every_week_of_the_year_has_stock_movements(world: World) -> None:
    now = world.clock.now()
    for week in range(51):
        end = now - timedelta(days=7 * week)
        window = {"startTime": fmt(end - timedelta(days=6)), "endTime": fmt(end)}
        rows = call(world, "stock.movement", window).payload
        assert rows, f"no movements in week {week}"
    movement = rows[0]["serviceRegionList"][0]["inventoryList"][0]["movementList"][0]
    assert {"moventmentID", "quantity", "actualCount", "reason", "orderNumber"} <= set(movement)


def test_stock_movement_window_errors(world: World) -> None:
    now = world.clock.now()
    too_long = {"startTime": fmt(now - timedelta(days=7)), "endTime": fmt(now)}
    error = refused(world, "stock.movement", too_long)
    assert (error.code, error.message) == (
        "EMU_WINDOW",
        "Duration between endTime and startTime should be less than 7days",
    )
    too_old = {
        "startTime": fmt(now - timedelta(days=400)),
        "endTime": fmt(now - timedelta(days=399)),
    }
    assert refused(world, "stock.movement", too_old).message == (
        "Query timeslot is only valid for the last 12 months."
    )
    assert refused(world, "stock.movement", {}).code == "EMU_VALIDATION"


def test_snapshot_matches_movement_balance_and_age(world: World) -> None:
    (mfskuid, region), row = next(iter(world.store.stock.items()))
    query = {"pageNumber": 1, "pageSize": 200, "skuList": [{"mfSkuId": mfskuid}]}
    snap = call(world, "stock.snapshot", query).payload["SKUList"]
    mine = next(r for r in snap if r["serviceRegion"] == region)
    held = sum(
        mine[k]
        for k in ("reservedAllocated", "reservedHold", "reservedVAS", "suspend", "unfulfillable")
    )
    assert mine["available"] == max(0, row.movements[-1].balance - held)
    age = call(world, "stock.age", query).payload["SKUList"]
    aged = next(r for r in age if r["serviceRegion"] == region)
    assert aged["totalQuantity"] == row.movements[-1].balance
    assert sum(b["quantity"] for b in aged["inventoryAgeList"]) == aged["totalQuantity"]
    whole = call(
        world,
        "stock.snapshot",
        {"pageNumber": 1, "pageSize": 5, "serviceRegionList": [{"serviceRegion": "uk"}]},
    )
    assert len(whole.payload["SKUList"]) == 5
    assert refused(world, "stock.snapshot", {"pageNumber": 1, "pageSize": 5}).code == (
        "EMU_VALIDATION"
    )
    big = {"pageNumber": 1, "pageSize": 201, "skuList": [{"mfSkuId": mfskuid}]}
    assert refused(world, "stock.age", big).code == "EMU_BATCH_LIMIT"


def test_inbound_list_detail_and_labels(world: World) -> None:
    order = next(o for o in world.store.inbound.values() if len(o.cartons) > 1)
    window = {
        "startTime": fmt(order.created - timedelta(days=1)),
        "endTime": fmt(order.created + timedelta(days=1)),
    }
    listed = call(world, "inbound.list", window).payload["inboundOrderList"]
    assert order.inbound_number in {r["inboundNumber"] for r in listed}
    detail = call(world, "inbound.detail", {"inboundNumberList": [order.inbound_number]})
    row = detail.payload["inboundOrderList"][0]
    assert row["sellerinboundNumber"] == order.seller_number
    assert len(row["cartonList"]) == len(order.cartons)
    error = refused(world, "inbound.detail", {"inboundNumberList": ["OCI4DE00000000"]})
    assert error.code == "3A0529" and "[OCI4DE00000000] doesnt exists" in error.message
    labels = call(
        world, "inbound.labels", {"inboundOrderList": [{"inboundOrder": order.inbound_number}]}
    )
    assert pdf_pages(labels.payload["labelList"][0]["file"]) == len(order.cartons)


def test_outbound_query_caps_at_1000_oldest_first(world: World) -> None:
    now = world.clock.now()
    rows = call(world, "outbound.query", {"startTime": fmt(now - timedelta(days=100))}).payload
    assert len(rows) == 1000
    created = [r["orderCreationTime"] for r in rows]
    assert created == sorted(created)
    shipped = next(r for r in rows if r["status"] == "shipped")
    parcel = shipped["trackingNumberList"][0]
    assert parcel["trackingNumber"] and isinstance(parcel["chargeableWeight"], str)
    assert refused(world, "outbound.query", {}).code == "EMU_VALIDATION"


def test_outbound_query_by_ebay_order_id(world: World) -> None:
    order = next(o for o in world.store.outbound.values() if o.ebay_order_id)
    data = {"ebayOrderIdList": [{"ebayId": order.ebay_id, "eBayOrderId": order.ebay_order_id}]}
    rows = call(world, "outbound.query", data).payload
    assert order.order_number in {r["orderNumber"] for r in rows}


def test_warehouse_services_fixture(world: World) -> None:
    regions = {r["serviceRegion"]: r for r in call(world, "warehouse.services", None).payload}
    assert set(regions) == set(REGIONS)
    products = {p["shippingServiceCode"]: p for p in regions["AU"]["productList"]}
    names = products["AUDomStd_PFLOnly"]["shippingServiceNameList"]
    assert {n["language"] for n in names} == {"en-US", "de-DE", "zh-CN", "it-IT"}
    assert {n["applyPlatform"] for n in names} == {"0"}
    assert products["AU_PFLOnly"]["shippingServiceNameList"][0]["applyPlatform"] == "0,1"
    assert len(regions["UK"]["productList"]) == 18


def test_returns_orders_label_and_stock(world: World) -> None:
    listed = call(world, "returns.orders", {"pageNumber": "1", "pageSize": "10"}).payload
    assert listed["total"] == len(world.store.returns) and len(listed["list"]) == 10
    cancelled = next(o for o in world.store.returns.values() if o.status == "cancelled")
    assert refused(world, "returns.label", {"orderNumber": cancelled.order_number}).code == (
        "EMU_STATE"
    )
    live = next(o for o in world.store.returns.values() if o.status == "in_transit")
    label = call(world, "returns.label", {"orderNumber": live.order_number}).payload
    assert pdf_pages(label["file"]) == 1 and label["fileName"] == f"{live.order_number}.pdf"
    arrived = next(o for o in world.store.returns.values() if o.status == "completed")
    stock = call(
        world, "returns.stock", {"serviceType": "ORDER", "uniqueIdList": [arrived.order_number]}
    ).payload
    assert {r["returnItemId"] for r in stock["list"]} == {i.item_id for i in arrived.items}
    assert refused(world, "returns.stock", {"serviceType": "SKU", "uniqueIdList": []}).code == (
        "EMU_BATCH_LIMIT"
    )


def test_fee_detail_window_and_filters(world: World) -> None:
    now = world.clock.now()
    month = {
        "startTime": fmt(now - timedelta(days=31)),
        "endTime": fmt(now),
        "orderType": "OUTBOUND",
        "pageSize": 200,
    }
    page = call(world, "finance.fee_detail", month).payload
    assert page["total"] > 0 and {r["orderType"] for r in page["list"]} == {"OUTBOUND"}
    month["startTime"] = fmt(now - timedelta(days=32))
    assert refused(world, "finance.fee_detail", month).code == "EMU_WINDOW"


def test_pricing_is_deterministic_and_priced_in_region_currency(world: World) -> None:
    sku = next(s for s in world.store.skus.values() if s.status == "approved")
    data = {
        "referenceId": "r",
        "serviceRegion": "UK",
        "consigneeCountryCode": "GB",
        "consigneePostCode": "CV4 9ES",
        "skuType": True,
        "skuList": [{"skuId": sku.mfskuid, "pieceQuantity": 1}],
    }
    first = call(world, "outbound.freight_sync", data).payload
    again = call(world, "outbound.freight_sync", data).payload
    assert [r["ebayFee"] for r in first] == [r["ebayFee"] for r in again]
    assert {c["currency"] for r in first for c in r["freightTrialChannelResults"]} == {"GBP"}
    data["serviceRegion"] = "AU-Sydney"
    aud = call(world, "outbound.freight_sync", data).payload
    assert aud[0]["freightTrialChannelResults"][0]["currency"] == "AUD"
    assert refused(world, "pricing.result", {"referenceId": "never"}).code == "EMU_NOT_FOUND"


def test_vas_detail(world: World) -> None:
    order = next(iter(world.store.vas.values()))
    rows = call(world, "vas.detail", {"sellerVasNumberList": [order.seller_number]}).payload
    assert rows["vasOrderList"][0]["vasNumber"] == order.vas_number
    assert refused(world, "vas.detail", {"vasNumberList": ["OCV4DE00000000"]}).code == (
        "EMU_NOT_FOUND"
    )
    assert refused(world, "vas.detail", {"vasNumberList": ["x"] * 101}).code == "EMU_BATCH_LIMIT"
