"""Creates, cancels and the status clock of the sandbox world, called directly (no HTTP)."""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest

from ocdesk.sandbox.core import Clock, EmuError, EmuRequest, Reply
from ocdesk.sandbox.handlers import HANDLERS
from ocdesk.sandbox.world import World
from ocdesk.sandbox.world.dates import fmt


@pytest.fixture
def world() -> World:
    return World(11, Clock(), HANDLERS)


def call(world: World, endpoint_id: str, data: object) -> Reply:
    request = EmuRequest(endpoint_id, data, "m-1", "client", world.clock.now())
    return world.handlers[endpoint_id](request)


def refused(world: World, endpoint_id: str, data: object) -> EmuError:
    with pytest.raises(EmuError) as caught:
        call(world, endpoint_id, data)
    return caught.value


def later(world: World, seconds: float) -> None:
    world.clock.advance(seconds)
    world.tick()


def uk_sku(world: World) -> str:
    return next(
        s.mfskuid for s in world.store.skus.values() if s.status == "approved" and "UK" in s.regions
    )


def order(world: World, reference: str, **changes: object) -> dict[str, object]:
    """A valid UK outbound order, written with the lenient spellings real callers use."""
    data: dict[str, object] = {
        "referenceNumber": reference,
        "orderPlatform": "OTHERS",
        "serviceRegion": "UK",
        "shippingServiceCode": "GBDomesticStandard",
        "consigneeName": "Jessica Wang",
        "consigneeAddress1": "133 Elm Tree Ave",
        "consigneeCountryCode": "GB",
        "remarks": "gift",
        "productList": [{"MFSKUID": uk_sku(world), "skuQuantity": "2"}],
    }
    data.update(changes)
    return data


def query_one(world: World, number: str) -> dict:
    return call(world, "outbound.query", {"orderNumberList": [{"orderNumber": number}]}).payload[0]


def test_outbound_create_then_query_shows_it(world: World) -> None:
    reply = call(world, "outbound.create", [order(world, "#A1")])
    assert reply.errors == []
    number = reply.payload[0]["orderNumber"]
    assert number.startswith("OCO") and number.endswith("GB")
    row = query_one(world, number)
    assert (row["status"], row["referenceNumber"], row["trackingNumberList"]) == (
        "created",
        "#A1",
        [],
    )
    assert world.store.outbound[number].remark == "gift"


def test_outbound_duplicates_within_batch_and_against_stored(world: World) -> None:
    stored = next(o.reference for o in world.store.outbound.values() if o.reference)
    batch = [order(world, "#B1"), order(world, "#B1"), order(world, stored), order(world, "#B2")]
    reply = call(world, "outbound.create", batch)
    assert [c["referenceNumber"] for c in reply.payload] == ["#B1", "#B2"]
    assert [(e["code"], e["id"]) for e in reply.errors] == [
        ("EMU_DUPLICATE", "#B1"),
        ("EMU_DUPLICATE", stored),
    ]
    tpl = {
        "referenceNumber": "#B2",
        "orderPlatform": "OTHERS",
        "serviceCode": "OCW_TPL",
        "serviceRegion": "UK",
        "carrierCode": "UPS",
        "trackingNumber": "1Z999",
        "labelFileName": "l.pdf",
        "labelFile": base64.b64encode(b"%PDF-1.4").decode(),
        "productList": [{"mfSkuId": uk_sku(world), "skuQuantity": 1}],
    }
    shared = call(world, "outbound.third_party_label", [tpl, {**tpl, "referenceNumber": "#T1"}])
    assert [e["id"] for e in shared.errors] == ["#B2"]
    assert shared.payload[0]["referenceNumber"] == "#T1"


def test_both_outbound_creates_open_the_same_kind_of_order(world: World) -> None:
    sku = uk_sku(world)
    ids = {"orderPlatform": "eBay", "ebayId": "amelia_buys_uk"}
    mine = order(world, "#E1", ebayOrderId="02-05696-00555", **ids)
    theirs = {
        **ids,
        "ebayOrderId": "02-05696-00556",
        "referenceNumber": "#E2",
        "serviceCode": "OCW_TPL",
        "serviceRegion": "uk",
        "carrierCode": "UPS",
        "trackingNumber": "1Z999",
        "labelFileName": "l.pdf",
        "labelFile": base64.b64encode(b"%PDF-1.4").decode(),
        "productList": [{"mfSkuId": sku, "skuQuantity": 2}],
    }
    numbers = [
        call(world, "outbound.create", [mine]).payload[0]["orderNumber"],
        call(world, "outbound.third_party_label", [theirs]).payload[0]["orderNumber"],
    ]
    later(world, 2 * world.status_step_s + 1)  # both move on with the status clock
    rows = [query_one(world, number) for number in numbers]
    assert [(r["status"], r["ebayOrderId"]) for r in rows] == [
        ("picked", "02-05696-00555"),
        ("picked", "02-05696-00556"),
    ]
    world.set_outbound_status(numbers[0], "packed")
    world.set_outbound_status(numbers[1], "packed")
    mine_parcel, their_parcel = (query_one(world, n)["trackingNumberList"][0] for n in numbers)
    assert mine_parcel["chargeableWeight"] == their_parcel["chargeableWeight"] != "0.0000"
    assert mine_parcel["feeAmount"] > 0 and their_parcel["feeAmount"] > 0
    assert (their_parcel["trackingNumber"], their_parcel["LMCarrierCode"]) == ("1Z999", "UPS")


def test_outbound_item_errors_name_the_field(world: World) -> None:
    bad = order(world, "#C1", consigneeName="")
    ebay = order(world, "#C2", orderPlatform="ebay", ebayId="buyer")
    reply = call(world, "outbound.create", [bad, ebay, order(world, "#C3")])
    assert len(reply.payload) == 1
    assert "consigneeName" in reply.errors[0]["message"]
    assert "ebayOrderId" in reply.errors[1]["message"]


def test_batch_limits_reject_the_whole_batch(world: World) -> None:
    many = [order(world, f"#D{i}") for i in range(51)]
    assert refused(world, "outbound.create", many).code == "EMU_BATCH_LIMIT"
    assert refused(world, "outbound.create", []).code == "EMU_BATCH_LIMIT"
    skus = [{"referenceSKUID": f"R{i}", "SKUNameList": [{"SKUName": "x"}]} for i in range(201)]
    assert refused(world, "sku.create", skus).code == "EMU_BATCH_LIMIT"
    assert not any(o.reference.startswith("#D") for o in world.store.outbound.values())


def test_status_clock_walks_an_order_to_shipped_with_events(world: World) -> None:
    mfskuid = uk_sku(world)
    number = call(world, "outbound.create", [order(world, "#E1")]).payload[0]["orderNumber"]
    before = world.store.stock[(mfskuid, "UK")].on_hand
    world.drain_events()
    later(world, 120 * 2 + 1)
    assert query_one(world, number)["status"] == "picked"
    later(world, 120)
    packed = query_one(world, number)
    assert packed["status"] == "packed" and packed["trackingNumberList"][0]["trackingNumber"]
    later(world, 3600)
    shipped = query_one(world, number)
    assert shipped["status"] == "shipped" and shipped["shippedTime"]
    assert world.store.stock[(mfskuid, "UK")].on_hand == before - 2
    assert world.store.stock[(mfskuid, "UK")].movements[-1].reason == "OEH"
    events = world.drain_events()
    assert [e["status"] for e in events] == ["processing", "picked", "packed", "shipped"]
    assert all(e["orderNumber"] == number and e["eventId"] and e["eventTime"] for e in events)
    assert world.drain_events() == []


def test_status_step_zero_means_manual_only(world: World) -> None:
    world.status_step_s = 0
    number = call(world, "outbound.create", [order(world, "#F1")]).payload[0]["orderNumber"]
    later(world, 86400)
    assert query_one(world, number)["status"] == "created"
    world.set_outbound_status(number, "packed")
    assert query_one(world, number)["trackingNumberList"]
    assert world.drain_events()[-1]["status"] == "packed"
    with pytest.raises(KeyError):
        world.set_outbound_status("OCO0000000000000GB", "shipped")
    with pytest.raises(ValueError):
        world.set_outbound_status(number, "lost")


def test_cancel_allowed_before_picking_refused_once_shipped(world: World) -> None:
    number = call(world, "outbound.create", [order(world, "#G1")]).payload[0]["orderNumber"]
    now = fmt(world.clock.now())
    call(world, "outbound.cancel", {"orderNumber": number, "cancelTime": now})
    assert query_one(world, number)["status"] == "cancelled"
    assert world.drain_events()[-1]["status"] == "cancelled"
    shipped = next(o.order_number for o in world.store.outbound.values() if o.status == "shipped")
    error = refused(world, "outbound.cancel", {"orderNumber": shipped, "cancelTime": now})
    assert error.code == "EMU_STATE"
    assert error.vendor_errors()[0]["message"] == (
        f"Order {shipped} is shipped and can no longer be cancelled"
    )
    unknown = {"orderNumber": "OCO0000000000000GB", "cancelTime": now}
    assert refused(world, "outbound.cancel", unknown).code == "EMU_NOT_FOUND"


def test_sku_create_draft_then_approved(world: World) -> None:
    stored = next(iter(world.store.skus.values())).reference
    item = {
        "referenceSKUID": "NEW-1",
        "SKUNameList": [{"SKUName": "Lamp", "languageCode": "en-US"}],
        "SKUdescription": "desk lamp",
        "length": "15",
        "dimensionUnit": "cm",
    }
    reply = call(
        world,
        "sku.create",
        [
            item,
            {**item},
            {**item, "referenceSKUID": stored},
            {**item, "referenceSKUID": "NEW-2", "dimensionUnit": ""},
        ],
    )
    assert [c["status"] for c in reply.payload] == ["draft"]
    assert [e["code"] for e in reply.errors] == ["EMU_DUPLICATE", "EMU_DUPLICATE", "EMU_VALIDATION"]
    mfskuid = reply.payload[0]["MFSKUID"]
    query = {"mfskulist": [{"mfskuid": mfskuid}]}
    assert call(world, "sku.query", query).payload[0]["status"] == "draft"
    later(world, 61)
    row = call(world, "sku.query", query).payload[0]
    assert (row["status"], row["SKUDescription"]) == ("approved", "desk lamp")


def test_inbound_create_labels_and_progress(world: World) -> None:
    mfskuid = uk_sku(world)
    data = {
        "sellerInboundNumber": "PO-NEW",
        "serviceRegion": "UK",
        "shippingFrom": "CN",
        "shippingMethod": "TK",
        "ETA": "2030-01-02+0800",
        "cartonList": [
            {"sellerCartonNumber": "C1", "productList": [{"MFSKUID": mfskuid, "quantity": "10"}]},
            {"sellerCartonNumber": "C2", "productList": [{"mfskuid": mfskuid, "quantity": 5}]},
        ],
    }
    payload = call(world, "inbound.create", data).payload
    assert base64.b64decode(payload["labelFile"]).startswith(b"%PDF-1.4")
    number = payload["inboundNumber"]
    assert refused(world, "inbound.create", data).code == "EMU_DUPLICATE"
    listed = call(world, "inbound.list", {"sellerinboundNumberList": ["PO-NEW"]}).payload
    assert listed["inboundOrderList"][0]["status"] == "created"
    before = world.store.stock[(mfskuid, "UK")].on_hand
    later(world, 120 * 4)
    detail = call(world, "inbound.detail", {"inboundNumberList": [number]}).payload
    row = detail["inboundOrderList"][0]
    assert row["status"] == "completed"
    assert row["cartonList"][0]["productList"][0]["receivedQuantity"] == 10
    assert world.store.stock[(mfskuid, "UK")].on_hand == before + 15


def test_inbound_uploads(world: World) -> None:
    number = next(iter(world.store.inbound))
    tracking = {
        "inboundNumber": number,
        "referenceNumber": "PO",
        "trackingList": [{"carrier": "DHL", "trackingNumber": "JD01"}],
    }
    assert call(world, "inbound.upload_tracking", tracking).payload is None
    files = {
        "inboundNumber": number,
        "fileList": [
            {"fileType": "IN", "fileName": "invoice.PDF", "file": base64.b64encode(b"x").decode()}
        ],
    }
    call(world, "inbound.upload_clearance", files)
    detail = call(world, "inbound.detail", {"inboundNumberList": [number]}).payload
    assert detail["inboundOrderList"][0]["fileList"][-1]["verifyStatus"] == "pending"
    assert refused(
        world, "inbound.upload_tracking", {**tracking, "inboundNumber": "OCI4X"}
    ).code == ("3A0529")
    files["fileList"] = []
    assert refused(world, "inbound.upload_clearance", files).code == "EMU_VALIDATION"


def test_returns_submit_update_tracking_and_cancel(world: World) -> None:
    data = {
        "referenceNumber": "RMA-NEW",
        "serviceRegion": "DE",
        "skuList": [{"mfSkuId": next(iter(world.store.skus)), "quantity": 1}],
    }
    result = call(world, "returns.erp_submit", data).payload
    number = result["orderNumber"]
    assert result["status"] == "created" and number.startswith("OCS1DE")
    assert refused(world, "returns.erp_submit", data).code == "EMU_DUPLICATE"
    update = {
        "orderNumber": number,
        "cancelType": "2",
        "trackingNumber": "TN1",
        "carrierName": "DHL",
    }
    call(world, "returns.cancel_rma", update)
    listed = call(world, "returns.orders", {"orderNumber": number}).payload["list"]
    assert (listed[0]["trackingNumber"], listed[0]["carrierName"]) == ("TN1", "DHL")
    received = next(o.order_number for o in world.store.returns.values() if o.status == "received")
    error = refused(world, "returns.cancel_rma", {"orderNumber": received, "cancelType": 1})
    assert error.code == "EMU_STATE" and "received" in error.message
    call(world, "returns.cancel_rma", {"orderNumber": number, "cancelType": 1})
    assert world.store.returns[number].status == "cancelled"


def test_link_returned_items(world: World) -> None:
    item = next(i for o in world.store.returns.values() for i in o.items if i.mfskuid is None)
    mfskuid = next(iter(world.store.skus))
    link = {"itemList": [{"returnItemId": item.item_id, "mfSkuId": mfskuid}]}
    assert call(world, "returns.link_stock", link).payload is None
    assert item.mfskuid == mfskuid and item.linked
    error = refused(world, "returns.link_stock", link)
    assert error.code == "EMU_STATE" and error.item_id == item.item_id


def test_vas_create_and_cancel_only_while_created(world: World) -> None:
    data = {
        "sellerVasNumber": "VAS-NEW",
        "serviceRegion": "DE",
        "vasType": "relabel",
        "skuList": [{"mfSkuId": next(iter(world.store.skus)), "quantity": 5}],
    }
    number = call(world, "vas.create", data).payload["vasNumber"]
    assert refused(world, "vas.create", data).code == "EMU_DUPLICATE"
    later(world, 121)
    cancel = {"vasNumber": number, "cancelTime": fmt(world.clock.now())}
    assert refused(world, "vas.cancel", cancel).code == "EMU_STATE"
    created = next(o for o in world.store.vas.values() if o.status == "created")
    call(world, "vas.cancel", {**cancel, "vasNumber": created.vas_number})
    assert created.status == "cancelled"


def test_pricing_estimate_result_and_delay(world: World) -> None:
    data = {
        "referenceId": "P1",
        "serviceRegion": "DE",
        "consigneeCountryCode": "DE",
        "consigneePostCode": "10115",
        "skuType": False,
        "skuList": [
            {
                "skuId": "own",
                "pieceQuantity": 2,
                "length": 10,
                "width": 5,
                "height": 2,
                "weight": "800",
            }
        ],
    }
    assert call(world, "pricing.estimate", data).payload == {"referenceId": "P1"}
    assert refused(world, "pricing.estimate", data).code == "EMU_DUPLICATE"
    rows = call(world, "pricing.result", {"referenceId": "P1"}).payload
    assert rows and rows[0]["freightTrialChannelResults"][0]["currency"] == "EUR"
    world.pricing_delay_s = 30
    call(world, "pricing.estimate", {**data, "referenceId": "P2"})
    assert call(world, "pricing.result", {"referenceId": "P2"}).payload == []
    later(world, 31)
    assert call(world, "pricing.result", {"referenceId": "P2"}).payload


def test_ef_service_setup_then_query(world: World) -> None:
    mfskuid = uk_sku(world)
    setup = [
        {
            "mfSkuId": mfskuid,
            "fulfillmentCenterList": [
                {
                    "serviceRegion": "UK",
                    "domesticServiceList": [{"shippingServiceCode": "GBDomesticStandard"}],
                }
            ],
        }
    ]
    assert call(world, "sku.setup_ef_service", setup).payload[0]["success"] is True
    rows = call(world, "sku.query_ef_service", {"mfSkuList": [{"mfSkuId": mfskuid}]}).payload
    assert rows[0]["efStatus"] == "enabled"
    assert rows[0]["fulfillmentCenterList"][0]["serviceRegion"] == "UK"
    assert refused(world, "sku.query_ef_service", {"mfSkuList": []}).code == "EMU_BATCH_LIMIT"


def test_stock_movement_by_sku_defaults_to_last_week(world: World) -> None:
    number = call(world, "outbound.create", [order(world, "#H1")]).payload[0]["orderNumber"]
    world.set_outbound_status(number, "shipped")
    mfskuid = world.store.outbound[number].lines[0].mfskuid
    rows = call(world, "stock.movement", {"mfSkuList": [{"mfSkuId": mfskuid}]}).payload
    moves = rows[0]["serviceRegionList"][0]["inventoryList"][0]["movementList"]
    assert moves[-1]["orderNumber"] == number and moves[-1]["quantity"] == -2
    old = fmt(world.clock.now() - timedelta(days=30))
    assert call(
        world, "stock.movement", {"mfSkuList": [{"mfSkuId": mfskuid}], "startTime": old}
    ).payload
