"""The real world over HTTP answers as real OC does: success shape (E15) and eBay order ids (E14)."""

from __future__ import annotations

import re

import pytest
from samples import outbound_order, third_party_order, unique

ORDER_BUILDERS = {"outbound.create": outbound_order,
                  "outbound.third_party_label": third_party_order}  # fmt: skip


@pytest.fixture
def seller(shared_seller):
    return shared_seller


def test_a_vendor_create_and_query_succeed_without_success_or_errors_keys(seller) -> None:
    order = outbound_order(seller.sku)
    created = seller.create("outbound.create", [order], message_id="m-create").json()
    assert set(created) == {"code", "message", "messageId", "data"}
    assert created["code"] == 0 and created["messageId"] == "m-create"
    assert created["data"][0]["referenceNumber"] == order["referenceNumber"]
    query = {"referenceNumberList": [{"referenceNumber": order["referenceNumber"]}]}
    found = seller.call("outbound.query", query, token=seller.token).json()
    assert set(found) == {"code", "message", "messageId", "data"}
    assert [row["orderNumber"] for row in found["data"]] == [created["data"][0]["orderNumber"]]


def test_failures_still_say_success_false(seller) -> None:
    cancel = {"orderNumber": "OCO0000000000000GB", "cancelTime": "2025-03-11T10:15:00+0800"}
    refused = seller.call("outbound.cancel", cancel, token=seller.token).json()
    assert refused["code"] == 3 and refused["success"] is False and refused["errors"]
    assert seller.call("sku.query", {}).json()["success"] is False  # no token: code 1


def ebay(order: dict, platform: str = "eBay", **ids: str) -> dict:
    return order | {"orderPlatform": platform, "ebayId": "amelia_buys_uk"} | ids


@pytest.mark.parametrize("endpoint_id", ORDER_BUILDERS)
@pytest.mark.parametrize("key", ["ebayOrderId", "eBayOrderId"])
def test_an_ebay_order_id_not_in_oc_s_form_is_refused_and_its_sibling_created(
    seller, endpoint_id: str, key: str
) -> None:
    build = ORDER_BUILDERS[endpoint_id]
    bad = ebay(build(seller.sku), **{key: "12345"})
    good = ebay(build(seller.sku), platform="EBAY", **{key: "02-05696-00555"})
    body = seller.create(endpoint_id, [bad, good]).json()
    assert body["code"] == 3 and body["success"] is False
    (error,) = body["errors"]
    assert error["code"] == "EMU_VALIDATION" and error["id"] == bad["referenceNumber"]
    assert "data[0].ebayOrderId" in error["message"] and "12345" in error["message"]
    assert [d["referenceNumber"] for d in body["data"]] == [good["referenceNumber"]]
    assert seller.find(bad["referenceNumber"]) == []
    (row,) = seller.find(good["referenceNumber"])
    assert row["ebayOrderId"] == "02-05696-00555"


@pytest.mark.parametrize(
    "order_id", ["12345", "2-05696-00555", "02-5696-00555", "02-05696-005555", "02 05696 00555",
                 "02-05696-0055a", "٠٢-٠٥٦٩٦-٠٠٥٥٥"],
)  # fmt: skip
def test_anything_but_two_five_and_five_digits_is_refused(seller, order_id: str) -> None:
    order = ebay(outbound_order(seller.sku), ebayOrderId=order_id)
    body = seller.create("outbound.create", [order]).json()
    assert body["code"] == 3 and body["data"] == []
    assert "ebayOrderId" in body["errors"][0]["message"]


def test_the_form_is_not_asked_of_other_platforms(seller) -> None:
    order = outbound_order(seller.sku) | {"ebayOrderId": "12345", "referenceNumber": unique("AX")}
    assert seller.create("outbound.create", [order]).json()["code"] == 0


def test_the_seeded_ebay_orders_use_oc_s_form(seller) -> None:
    orders = [o for o in seller.sb.world.store.outbound.values() if o.platform.lower() == "ebay"]
    assert orders
    assert all(re.fullmatch(r"[0-9]{2}-[0-9]{5}-[0-9]{5}", o.ebay_order_id) for o in orders)
