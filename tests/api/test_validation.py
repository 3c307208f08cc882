"""Request validation: OC-API.md examples pass, and every broken rule is named plainly."""

from __future__ import annotations

import copy
import json
import secrets
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from ocdesk.api import catalog
from ocdesk.api.dates import format_datetime
from ocdesk.api.errors import ValidationError
from ocdesk.api.validation import is_sent, problems_for, validate

CST = timezone(timedelta(hours=8))
# The examples' envelope timestamp 1741660800000; the example windows fall inside its year.
NOW = datetime(2025, 3, 11, 10, 40, tzinfo=CST)

# The `data` of each example request in OC-API.md, copied as printed there.
EXAMPLE_DATA_JSON: dict[str, str] = {
    "sku.create": '[{"referenceSKUID": "3PPwrtest099", "SKUNameList": [{"SKUName": "iphone X", "attributeDescription": "Green, Large", "languageCode": "en-US"}], "SKUdescription": "Alte Berufe", "SKUPictureURLList": [{"SKUPictureURL": "https://mf-seller-static-cn.orangeconnex.com//attachement/2020/8/10/400242276476911680.jpg"}], "withBattery": false, "salesURL": "https://www.example.com/item/3PPwrtest099", "countryOfOrigin": "CN", "dimensionUnit": "cm", "length": 15, "width": 10, "height": 2, "weight": 180, "weightUnit": "g", "serviceRegionList": [{"serviceRegion": "DE", "withBrand": "WOB"}]}]',
    "sku.query": '{"startTime": "2022-10-31+0800", "endTime": "2022-10-31+0800", "referenceSKUIDList": [{"referenceSKUID": "3PPwrtest003"}], "mfskulist": [{"mfskuid": "OC0000250260096"}], "sellerSKUIDList": [{"sellerSKUID": "3PPwrtest003"}], "page": 1, "limit": 200}',
    "sku.label": '{"labelSize": "2", "skuList": [{"mfSkuId": "OC0000250260096", "printQuantity": 20}]}',
    "sku.setup_ef_service": '[{"mfSkuId": "OC0000250260096", "fulfillmentCenterList": [{"serviceRegion": "UK", "domesticServiceList": [{"shippingServiceCode": "GBDomesticStandard"}], "internationalServiceList": [{"shippingServiceCode": "GBInternationalStandard", "countryList": [{"countryCode": "IE"}, {"countryCode": "FR"}]}]}]}]',
    "sku.query_ef_service": '{"mfSkuList": [{"mfSkuId": "OC0000250260096"}]}',
    "stock.movement": '{"startTime": "2025-01-01T00:00:00+0000", "endTime": "2025-01-07T23:59:59+0000", "mfSkuList": [{"mfSkuId": "OC0000250260096"}]}',
    "stock.snapshot": '{"pageNumber": 1, "pageSize": 200, "serviceRegionList": [{"serviceRegion": "UK"}], "skuList": [{"mfSkuId": "OC0000250260096"}]}',
    "stock.age": '{"pageNumber": 1, "pageSize": 200, "skuList": [{"mfSkuId": "OC0000250260096"}], "serviceRegionList": [{"serviceRegion": "UK"}]}',
    "inbound.create": '{"sellerInboundNumber": "2203123123123030043", "serviceRegion": "DE", "shippingFrom": "CN", "shippingMethod": "TK", "transportMethod": "OF", "eta": "2025-12-27+0800", "vat": "", "needClearanceDoc": true, "cartonList": [{"cartonNumber": "C001", "sellerCartonNumber": "C001", "cartonOriginCountry": "CN", "labelSize": "2", "productList": [{"mfskuid": "OC0000255606056", "quantity": 10}, {"mfskuid": "OC0000255604014", "quantity": 10}]}]}',
    "inbound.list": '{"startTime": "2025-03-01T00:00:00+0800", "endTime": "2025-03-07T23:59:59+0800"}',
    "inbound.detail": '{"startTime": "2025-03-01T00:00:00+0800", "endTime": "2025-03-07T23:59:59+0800", "inboundNumberList": ["OCI4DE06746410"], "sellerinboundNumberList": []}',
    "inbound.labels": '{"inboundOrderList": [{"inboundOrder": "OCI4AU05251270"}]}',
    "inbound.upload_tracking": '{"inboundNumber": "OCI4DE06746410", "referenceNumber": "2203123123123030043", "trackingList": [{"cartonNumber": "C001", "carrier": "DHL", "trackingNumber": "JD014600006281234567"}]}',
    "inbound.upload_clearance": '{"inboundNumber": "OCI4DE06746410", "fileList": [{"fileType": "PL", "fileName": "packing-list.PDF", "file": "JVBERi0xLjQK…"}, {"fileType": "IN", "fileName": "invoice.PDF", "file": "JVBERi0xLjQK…"}]}',
    "outbound.create": '[{"referenceNumber": "#1003", "orderPlatform": "AliExpress", "serviceRegion": "UK", "shippingServiceCode": "GBDomesticStandard", "companyName": "OrangeConnex-Tiaoling Team", "consigneeName": "Jessica Wang", "houseNumber": "", "consigneeAddress1": "133 Elm Tree Ave,", "consigneeAddress2": "", "consigneeCity": "Coventry", "consigneeProvinceOrState": "West MidLands", "consigneeZipCode": "CV4 9ES", "consigneeCountryCode": "GB", "consigneePhone": "077-4639677", "consigneeEmail": "buyer@example.com", "remark": "wrtestorder003", "productList": [{"mfSkuId": "OC0000001279158", "skuQuantity": 1}]}]',
    "outbound.query": '{"ebayOrderIdList": [{"ebayId": "25-11158-23993", "ebayOrderId": "25-11158-23993"}], "endTime": "2023-04-25T20:09:57+0800", "orderNumberList": [{"orderNumber": "OCO2000009385032GB"}], "referenceNumberList": [{"referenceNumber": "25daq"}], "startTime": "2023-04-21T20:09:57+0800"}',
    "outbound.cancel": '{"cancelReason": "Test Cancellation API function", "cancelTime": "2022-11-03T13:44:00+0800", "orderNumber": "OCO2000011384024GB"}',
    "outbound.third_party_label": '[{"referenceNumber": "TPL-0001", "orderPlatform": "OTHERS", "serviceCode": "OCW_TPL", "serviceRegion": "UK", "carrierCode": "UPS", "trackingNumber": "1Z999AA10123456784", "labelFileName": "TPL-0001.pdf", "labelFile": "JVBERi0xLjQK…", "productList": [{"mfSkuId": "OC0000001279158", "skuQuantity": 1}]}]',
    "outbound.freight_sync": '{"referenceId": "16957823453792", "skuType": true, "serviceRegion": "AU", "warehouseRegionCode": "AU", "consigneeCountryCode": "AU", "consigneePostCode": "4610", "mfservice": false, "shippingServiceCode": [], "skuList": [{"skuId": "OC0000250294068", "pieceQuantity": 1}]}',
    "pricing.estimate": '{"companyName": "test", "consigneeAddress1": "test", "consigneeAddress2": "test", "consigneeCity": "test", "consigneeCountryCode": "AU", "consigneeEmail": "test@test.com", "consigneeName": "Amy Test", "consigneePhone": "5700011111", "consigneePostCode": "4610", "consigneeProvinceOrState": "test", "houseNumber": "202", "intlSelfPayment": true, "mfservice": true, "referenceId": "16957823453791", "serviceRegion": "AU", "serviceType": "EF", "shippingServiceCode": [], "skuList": [{"height": 15, "length": 10, "pieceQuantity": 1, "polybag": "true", "siop": false, "skuId": "OC0000250294068", "weight": 1000, "width": 2, "withBattery": false}], "skuType": true, "warehouseRegionCode": "AU"}',
    "pricing.result": '{"referenceId": "16957823453791"}',
    "vas.create": '{"sellerVasNumber": "VAS-2025-0001", "serviceRegion": "DE", "vasType": "RELABEL", "skuList": [{"mfSkuId": "OC0000255606056", "quantity": 50}], "remark": "relabel with new barcode", "fileList": [{"fileName": "new-label.pdf", "file": "JVBERi0xLjQK…"}]}',
    "vas.detail": '{"vasNumberList": ["OCV4DE00012345"], "sellerVasNumberList": []}',
    "vas.cancel": '{"vasNumber": "OCV4DE00012345", "cancelTime": "2025-03-11T12:00:00+0800", "cancelReason": "no longer needed"}',
    "webhook.outbound_callback": '{"eventId": "5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", "status": "shipped", "eventTime": "2025-03-11T18:02:11+0800", "orderNumber": "OCO2000011384024GB", "referenceNumber": "#1003", "serviceRegion": "UK", "autoFulfillmentEF": false, "orderCreationTime": "2025-03-11T10:15:00+0800", "shippedTime": "2025-03-11T18:02:11+0800", "trackingNumberList": [{"orderNumber": "OCO2000011384024GB", "trackingNumber": "ZDBBXK0357800002", "LMCarrierCode": "XDP", "LMCarrierName": "XDP", "chargeableWeight": "1000.0000", "chargeableWeightUnit": "g", "feeAmount": 4.2, "feeAmountCurrency": "GBP", "SKUList": [{"MFSKUID": "OC0000001279158", "SKUQuantity": 1, "SN": ""}]}]}',
    "returns.cancel_rma": '{"orderNumber": "OCS1DE000453014", "cancelType": 1}',
    "returns.stock": '{"serviceType": "SKU", "uniqueIdList": ["OC0000255606056"]}',
    "returns.link_stock": '{"itemList": [{"returnItemId": "RI0000000002", "mfSkuId": "OC0000255606056"}]}',
    "returns.erp_submit": '{"referenceNumber": "RMA-2025-0042", "serviceRegion": "DE", "originalOrderNumber": "OCO2000011384031DE", "ebayOrderId": "02-05696-00555", "returnReason": "Item not as described", "skuList": [{"mfSkuId": "OC0000255606056", "quantity": 1}]}',
    "finance.fee_detail": '{"startTime": "2025-03-01T00:00:00+0800", "endTime": "2025-03-31T23:59:59+0800", "orderType": "OUTBOUND", "pageNumber": 1, "pageSize": 50}',
}


def _query_examples() -> dict[str, Any]:
    """GET/OAuth examples are URLs; their parameters as the client would pass them."""
    client_id = str(uuid.uuid4())
    return {
        "oauth.authorize": {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": "https://www.google.com",
            "state": "k3J9x2",
        },
        "oauth.token": {
            "grant_type": "authorization_code",
            "client_id": client_id,
            "redirect_uri": "https://www.google.com",
            "code": "gTJj%2FYo5%2BQ0X%3D%3D",
        },
        "oauth.refresh": {
            "grant_type": "refresh_token",
            "refresh_token": secrets.token_urlsafe(24),
            "client_id": client_id,
        },
        "returns.token": {
            "grant_type": "refresh_token",
            "refresh_token": secrets.token_urlsafe(24),
            "client_id": client_id,
        },
        # Query strings carry text, so numbers arrive as numeric strings.
        "returns.orders": {"orderNumber": "OCS1DE000453014", "pageNumber": "1", "pageSize": "50"},
        "returns.label": {"orderNumber": "OCS1DE000453014"},
        "warehouse.services": None,
    }


def example(endpoint_id: str) -> Any:
    if endpoint_id in EXAMPLE_DATA_JSON:
        return json.loads(EXAMPLE_DATA_JSON[endpoint_id])
    return _query_examples()[endpoint_id]


def paths(endpoint_id: str, data: Any, now: datetime = NOW) -> dict[str, str]:
    return {p.path: p.message for p in problems_for(catalog.get(endpoint_id), data, now=now)}


def test_examples_cover_every_endpoint() -> None:
    assert set(EXAMPLE_DATA_JSON) | set(_query_examples()) == set(catalog.ENDPOINTS)


@pytest.mark.parametrize("endpoint_id", sorted(catalog.ENDPOINTS))
def test_reference_example_validates_clean(endpoint_id: str) -> None:
    validate(catalog.get(endpoint_id), example(endpoint_id), now=NOW)


def _order(**changes: Any) -> dict[str, Any]:
    order = copy.deepcopy(example("outbound.create")[0])
    order.update(changes)
    return order


def test_every_bad_field_is_named_in_one_error() -> None:
    bad = _order(
        referenceNumber="R" * 57,
        consigneeCountryCode="GBR",
        consigneeName="",
        productList=[{"mfSkuId": "OC0000001279158", "skuQuantity": 0}, {"skuQuantity": "two"}],
    )
    del bad["consigneeAddress1"]
    with pytest.raises(ValidationError) as caught:
        validate(catalog.get("outbound.create"), [_order(), _order(), _order(), bad], now=NOW)
    found = {p.path: p.message for p in caught.value.problems}
    assert found == {
        "data[3].referenceNumber": "must be at most 50 characters (it has 57)",
        "data[3].consigneeCountryCode": "must be at most 2 characters (it has 3)",
        "data[3].consigneeName": "is required",
        "data[3].consigneeAddress1": "is required",
        "data[3].productList[0].skuQuantity": "must be at least 1",
        "data[3].productList[1].mfSkuId": "is required",
        "data[3].productList[1].skuQuantity": "must be a whole number",
    }
    assert caught.value.endpoint_id == "outbound.create"
    assert "data[3].consigneeName: is required" in str(caught.value)


def test_51_orders_refused_50_accepted() -> None:
    assert paths("outbound.create", [_order() for _ in range(50)]) == {}
    found = paths("outbound.create", [_order() for _ in range(51)])
    assert found == {"data": "at most 50 orders per call (you sent 51); split the batch"}


def test_empty_batch_refused() -> None:
    assert paths("sku.create", []) == {"data": "has no SKUs; add at least one"}


def test_top_level_shape_follows_the_body() -> None:
    assert paths("outbound.create", _order()) == {"data": "must be a list of orders"}
    assert paths("outbound.cancel", [example("outbound.cancel")]) == {
        "data": "must be an object holding the request fields"
    }
    assert paths("outbound.create", [_order(), "x"]) == {
        "data[1]": "must be an object holding the fields"
    }
    assert paths("warehouse.services", {"x": 1}) == {"data": "this call takes no data"}


def test_missing_data_lists_the_required_fields() -> None:
    found = paths("outbound.cancel", None)
    assert found == {"data.orderNumber": "is required", "data.cancelTime": "is required"}


def test_enum_message_lists_the_choices() -> None:
    data = example("inbound.create") | {"shippingMethod": "AIR"}
    assert paths("inbound.create", data) == {"data.shippingMethod": "must be one of: TK, EX"}


def test_numbers_accept_numeric_text_as_oc_does() -> None:
    data = example("inbound.create")
    data["cartonList"][0]["productList"][0]["quantity"] = "10"
    assert paths("inbound.create", data) == {}


def test_booleans_must_be_booleans_and_numbers_must_not_be() -> None:
    data = example("inbound.create") | {"needClearanceDoc": "true"}
    data["cartonList"][0]["productList"][0]["quantity"] = True
    assert paths("inbound.create", data) == {
        "data.needClearanceDoc": "must be true or false",
        "data.cartonList[0].productList[0].quantity": "must be a whole number",
    }


def test_numeric_range_limits() -> None:
    data = {"skuList": [{"mfSkuId": "OC0000250260096", "printQuantity": 1000}]}
    assert paths("sku.label", data) == {"data.skuList[0].printQuantity": "must be at most 999"}
    snapshot = example("stock.snapshot") | {"pageSize": "201"}
    assert paths("stock.snapshot", snapshot) == {"data.pageSize": "must be at most 200"}


def test_item_count_limits() -> None:
    files = [{"fileType": "PL", "fileName": f"f{i}.PDF", "file": "JVBERi0xLjQK"} for i in range(11)]
    data = {"inboundNumber": "OCI4DE06746410", "fileList": files}
    assert paths("inbound.upload_clearance", data) == {
        "data.fileList": "must have at most 10 items (it has 11)"
    }
    assert paths("inbound.upload_clearance", data | {"fileList": []}) == {
        "data.fileList": "needs at least 1 item"
    }


def test_items_of_the_wrong_shape_are_named() -> None:
    assert paths("returns.stock", {"serviceType": "SKU", "uniqueIdList": ["OC1", 7]}) == {
        "data.uniqueIdList[1]": "must be text"
    }
    order = _order(productList=[5])
    assert paths("outbound.create", [order]) == {"data[0].productList[0]": "must be an object"}


def test_date_only_and_date_time_kinds_are_told_apart() -> None:
    sku_query = {"startTime": "2022-10-31T00:00:00+0800", "mfskulist": [{"mfskuid": "OC1"}]}
    assert paths("sku.query", sku_query) == {
        "data.startTime": "must be a date like 2022-10-31+0800"
    }
    inbound = example("inbound.create") | {"eta": "2025-12-27"}
    assert paths("inbound.create", inbound) == {"data.eta": "must be a date like 2022-10-31+0800"}
    cancel = example("outbound.cancel") | {"cancelTime": "2022-11-03"}
    assert paths("outbound.cancel", cancel) == {
        "data.cancelTime": "must be a date and time like 2024-07-15T19:48:37+0800"
    }


def test_ids_are_never_pattern_checked() -> None:
    data = example("outbound.cancel") | {"orderNumber": "not-an-oc-number 42"}
    assert paths("outbound.cancel", data) == {}


def test_unknown_keys_pass_through() -> None:
    assert paths("outbound.create", [_order(remarks="Postman spelling", extra={"a": 1})]) == {}


def test_at_least_one_filter_is_required() -> None:
    assert paths("stock.snapshot", {"pageNumber": 1, "pageSize": 50, "skuList": []}) == {
        "data": "give at least one of: skuList, serviceRegionList"
    }
    # Empty objects in an id list are ignored by OC, so they are no filter.
    only_empty = {"referenceNumberList": [{}]}
    assert list(paths("outbound.query", only_empty)) == ["data"]


def test_vas_detail_caps_ids_in_all() -> None:
    data = {"vasNumberList": [f"V{i}" for i in range(60)], "sellerVasNumberList": ["S"] * 41}
    assert paths("vas.detail", data) == {
        "data": "at most 100 ids in all across vasNumberList, sellerVasNumberList (you sent 101)"
    }


def _window(start: datetime, end: datetime | None = None) -> dict[str, str]:
    data = {"startTime": format_datetime(start)}
    if end is not None:
        data["endTime"] = format_datetime(end)
    return data


@pytest.mark.parametrize("endpoint_id", ["stock.movement", "inbound.list", "inbound.detail"])
def test_seven_day_window(endpoint_id: str) -> None:
    start = NOW - timedelta(days=10)
    ok = _window(start, start + timedelta(days=7) - timedelta(seconds=1))
    assert paths(endpoint_id, ok) == {}
    too_long = paths(endpoint_id, _window(start, start + timedelta(days=7)))
    assert too_long == {
        "data.endTime": "the window must be shorter than 7 days (it is 7 days); split the range"
    }


def test_missing_end_means_now() -> None:
    assert paths("inbound.list", _window(NOW - timedelta(days=6))) == {}
    found = paths("inbound.list", _window(NOW - timedelta(days=8)))
    assert list(found) == ["data.endTime"]
    assert paths("inbound.list", _window(NOW + timedelta(hours=1))) == {
        "data.startTime": "must not be in the future"
    }


def test_end_before_start_refused() -> None:
    found = paths("inbound.detail", _window(NOW - timedelta(days=2), NOW - timedelta(days=3)))
    assert found == {"data.endTime": "must not be before startTime"}


def test_thirteen_months_back_refused_eleven_accepted() -> None:
    old = NOW - timedelta(days=396)
    found = paths("inbound.list", _window(old, old + timedelta(days=1)))
    assert list(found) == ["data.startTime"]
    assert found["data.startTime"].startswith(
        "Query timeslot is only valid for the last 12 months."
    )
    recent = NOW - timedelta(days=335)
    assert paths("inbound.list", _window(recent, recent + timedelta(days=1))) == {}


def test_window_skipped_when_ids_are_named() -> None:
    old = NOW - timedelta(days=500)
    data = _window(old, old + timedelta(days=30)) | {"inboundNumberList": ["OCI4DE06746410"]}
    assert paths("inbound.detail", data) == {}


def test_fee_detail_allows_31_days_inclusive() -> None:
    start = NOW - timedelta(days=40)
    ok = _window(start, start + timedelta(days=31))
    assert paths("finance.fee_detail", ok) == {}
    found = paths("finance.fee_detail", _window(start, start + timedelta(days=31, seconds=1)))
    assert found == {
        "data.endTime": "the window must be at most 31 days (it is 31 days 0:00:01); split the range"
    }


@pytest.mark.parametrize("platform", ["eBay", "EBAY", " ebay "])
def test_ebay_orders_need_ebay_ids(platform: str) -> None:
    for endpoint_id in ("outbound.create", "outbound.third_party_label"):
        item = example(endpoint_id)[0] | {"orderPlatform": platform}
        assert paths(endpoint_id, [item]) == {
            "data[0].ebayId": "is required when orderPlatform is eBay",
            "data[0].ebayOrderId": "is required when orderPlatform is eBay",
        }
        filled = item | {"ebayId": "buyer01", "ebayOrderId": "02-05696-00555"}
        assert paths(endpoint_id, [filled]) == {}


def test_sku_units_required_with_sizes_and_weight() -> None:
    item = example("sku.create")[0]
    del item["dimensionUnit"], item["weightUnit"]
    assert paths("sku.create", [item]) == {
        "data[0].dimensionUnit": "is required when length, width or height is sent",
        "data[0].weightUnit": "is required when weight is sent",
    }
    for key in ("length", "width", "height", "weight"):
        del item[key]
    assert paths("sku.create", [item]) == {}


@pytest.mark.parametrize("cancel_type", [2, "2"])
def test_return_tracking_update_needs_tracking(cancel_type: Any) -> None:
    data = {"orderNumber": "OCS1DE000453014", "cancelType": cancel_type}
    assert paths("returns.cancel_rma", data) == {
        "data.trackingNumber": "is required when cancelType is 2",
        "data.carrierName": "is required when cancelType is 2",
    }
    assert paths("returns.cancel_rma", data | {"cancelType": 3}) == {
        "data.cancelType": "must be one of: 1, 2"
    }


def test_pricing_needs_sizes_when_sku_type_is_false() -> None:
    data = example("outbound.freight_sync") | {"skuType": False}
    assert paths("outbound.freight_sync", data) == {
        f"data.skuList[0].{key}": "is required when skuType is false"
        for key in ("length", "width", "height", "weight")
    }
    assert paths("pricing.estimate", example("pricing.estimate") | {"skuType": False}) == {}


def test_token_request_needs_what_its_grant_needs() -> None:
    data = {"grant_type": "authorization_code", "client_id": str(uuid.uuid4())}
    assert paths("returns.token", data) == {
        "data.code": "is required when grant_type is authorization_code",
        "data.redirect_uri": "is required when grant_type is authorization_code",
    }


def test_is_sent_ignores_empty_values() -> None:
    assert not is_sent([{}, {"a": ""}, None])
    assert is_sent([{"a": 0}])
    assert is_sent(False)
