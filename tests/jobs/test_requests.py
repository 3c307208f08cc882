"""Every kind of number gives the request OC expects; against the sandbox, labels scan back."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pypdfium2 as pdfium
import pytest
import zxingcpp

from ocdesk.api import validation
from ocdesk.api.catalog import get
from ocdesk.api.dates import format_datetime
from ocdesk.api.identifiers import IdKind
from ocdesk.jobs import requests
from ocdesk.jobs.requests import (
    carrying,
    label_endpoint,
    label_request,
    label_request_for_text,
    label_request_of_type,
    label_types,
    most_sku_labels,
    order_query,
    record_request,
    reference_requests,
    sku_query,
    stock_request,
)
from ocdesk.session import Session

RETURN, INBOUND, SKU = "OCS1DE000453014", "OCI4DE06746410", "OC0000255606056"
OUTBOUND, EBAY_ORDER, VAS = "OCO2000009385032GB", "02-05696-00555", "OCV4DE00012345"


def valid(endpoint_id: str, data: dict[str, Any]) -> bool:
    return validation.problems_for(get(endpoint_id), data) == []


@pytest.mark.parametrize(
    ("kind", "number", "endpoint_id", "data", "label_type"),
    [
        (IdKind.RETURN, RETURN, "returns.label", {"orderNumber": RETURN}, "return"),
        (IdKind.INBOUND, INBOUND, "inbound.labels",
         {"inboundOrderList": [{"inboundOrder": INBOUND}]}, "carton"),
        (IdKind.MFSKUID, SKU, "sku.label",
         {"skuList": [{"mfSkuId": SKU, "printQuantity": 1}]}, "sku"),
    ],
)  # fmt: skip
def test_each_labelled_kind_gives_the_label_request_oc_expects(
    kind: IdKind, number: str, endpoint_id: str, data: dict[str, Any], label_type: str
) -> None:
    request = label_request(kind, number)

    assert (request.endpoint_id, request.data, request.number) == (endpoint_id, data, number)
    assert request.label_type == label_type
    assert valid(endpoint_id, data)
    assert label_endpoint(label_type) == endpoint_id
    assert label_request_of_type(label_type, number) == request
    assert label_request_for_text(f"  {number.lower()} ") == request


def test_the_sku_label_count_is_sent_and_bounded_by_the_catalog() -> None:
    request = label_request(IdKind.MFSKUID, SKU, 12)

    assert request.data == {"skuList": [{"mfSkuId": SKU, "printQuantity": 12}]}
    assert most_sku_labels() == 999
    too_many = label_request(IdKind.MFSKUID, SKU, most_sku_labels() + 1)
    assert not valid(too_many.endpoint_id, too_many.data)
    # the count means nothing for other labels
    assert label_request(IdKind.RETURN, RETURN, 5).data == {"orderNumber": RETURN}


@pytest.mark.parametrize("kind", [IdKind.OUTBOUND, IdKind.VAS, IdKind.EBAY_ORDER,
                                  IdKind.REFERENCE, IdKind.EMPTY])  # fmt: skip
def test_kinds_without_a_label_are_refused_before_anything_is_sent(kind: IdKind) -> None:
    assert not requests.has_label(kind)
    with pytest.raises(ValueError, match="no label"):
        label_request(kind, "X")


def test_label_types_name_the_three_labels_and_no_local_file() -> None:
    assert label_types() == ("return", "carton", "sku")
    assert label_endpoint("file") is None
    assert label_request_of_type("file", "label.pdf") is None
    assert label_request_for_text("#1003") is None
    assert label_request_for_text(OUTBOUND) is None


@pytest.mark.parametrize(
    ("kind", "number", "expected"),
    [
        (IdKind.OUTBOUND, OUTBOUND,
         ("outbound.query", {"orderNumberList": [{"orderNumber": OUTBOUND}]})),
        (IdKind.EBAY_ORDER, EBAY_ORDER,
         ("outbound.query", {"ebayOrderIdList": [{"ebayOrderId": EBAY_ORDER}]})),
        (IdKind.INBOUND, INBOUND, ("inbound.detail", {"inboundNumberList": [INBOUND]})),
        (IdKind.RETURN, RETURN, ("returns.orders", {"orderNumber": RETURN})),
        (IdKind.VAS, VAS, ("vas.detail", {"vasNumberList": [VAS]})),
        (IdKind.MFSKUID, SKU, ("sku.query", {"mfskulist": [{"mfskuid": SKU}]})),
        (IdKind.REFERENCE, "#1003", None),
        (IdKind.EMPTY, "", None),
    ],
)  # fmt: skip
def test_each_kind_of_number_gives_the_record_request_oc_expects(
    kind: IdKind, number: str, expected: tuple[str, dict[str, Any]] | None
) -> None:
    found = record_request(kind, number)

    assert found == expected
    if found is not None:
        assert valid(*found)


def test_a_seller_reference_is_asked_of_every_record_that_may_carry_it() -> None:
    asked = reference_requests("#1003")

    assert asked == {
        IdKind.OUTBOUND: ("outbound.query", {"referenceNumberList": [{"referenceNumber": "#1003"}]}),
        IdKind.RETURN: ("returns.orders", {"referenceNumber": "#1003"}),
        IdKind.INBOUND: ("inbound.detail", {"sellerinboundNumberList": ["#1003"]}),
        IdKind.MFSKUID: ("sku.query", {"referenceSKUIDList": [{"referenceSKUID": "#1003"}],
                                       "sellerSKUIDList": [{"sellerSKUID": "#1003"}]}),
    }  # fmt: skip
    assert all(valid(*request) for request in asked.values())


def test_many_numbers_go_into_one_query_each_under_its_own_list() -> None:
    orders = order_query([OUTBOUND.lower(), EBAY_ORDER, "#1003", "#1004"])
    skus = sku_query([SKU.lower(), "SELLER-1"])

    assert orders == {"orderNumberList": [{"orderNumber": OUTBOUND}],
                      "ebayOrderIdList": [{"ebayOrderId": EBAY_ORDER}],
                      "referenceNumberList": [{"referenceNumber": "#1003"},
                                              {"referenceNumber": "#1004"}]}  # fmt: skip
    assert skus == {"mfskulist": [{"mfskuid": SKU}],
                    "referenceSKUIDList": [{"referenceSKUID": "SELLER-1"}],
                    "sellerSKUIDList": [{"sellerSKUID": "SELLER-1"}]}  # fmt: skip
    assert valid("outbound.query", orders) and valid("sku.query", skus)


def test_the_stock_snapshot_asks_for_as_many_rows_as_the_catalog_allows() -> None:
    endpoint_id, data = stock_request([SKU, "OC0000255606057"])

    page_size = next(f for f in get(endpoint_id).fields if f.name == "pageSize")
    assert data["pageSize"] == page_size.maximum == 200
    assert data["skuList"] == [{"mfSkuId": SKU}, {"mfSkuId": "OC0000255606057"}]
    assert valid(endpoint_id, data)


def test_a_field_the_catalog_does_not_know_is_refused() -> None:
    with pytest.raises(ValueError, match="no field inboundOrders"):
        carrying("inbound.labels", "inboundOrders.inboundOrder", [INBOUND])
    with pytest.raises(ValueError, match="say which key"):
        carrying("inbound.labels", "inboundOrderList", [INBOUND])
    with pytest.raises(ValueError, match="holds one number"):
        carrying("returns.label", "orderNumber", [RETURN, RETURN])


# --- against the sandbox ----------------------------------------------------------------------


def scanned(pdf: bytes) -> list[list[str]]:
    """What a scanner reads off each page, printed at 300 dpi."""
    found = []
    for page in pdfium.PdfDocument(pdf):
        image = page.render(scale=300 / 72).to_pil()
        codes = zxingcpp.read_barcodes(image)
        found.append([b.text for b in codes if b.format == zxingcpp.BarcodeFormat.Code128])
    return found


def window(days: int) -> dict[str, str]:
    now = datetime.now().astimezone()
    return {
        "startTime": format_datetime(now - timedelta(days=days)),
        "endTime": format_datetime(now),
    }


@pytest.fixture(scope="module")
def orders(oc_session: Session) -> list[dict[str, Any]]:
    return oc_session.client.call("outbound.query", window(30)).rows()


@pytest.fixture(scope="module")
def numbers(oc_session: Session, orders: list[dict[str, Any]]) -> dict[IdKind, str]:
    """One number of each kind the sandbox holds a record (and a label) for."""
    returns = oc_session.client.call("returns.orders", {"pageSize": 200}).rows()
    shipped = next(o for o in orders if o["trackingNumberList"])
    return {
        IdKind.RETURN: next(r["orderNumber"] for r in returns if r["status"] != "cancelled"),
        IdKind.INBOUND: oc_session.client.call("inbound.list", window(6)).rows()[0]["inboundNumber"],
        IdKind.MFSKUID: shipped["trackingNumberList"][0]["SKUList"][0]["MFSKUID"],
        IdKind.OUTBOUND: shipped["orderNumber"],
    }


@pytest.mark.parametrize("kind", [IdKind.RETURN, IdKind.INBOUND, IdKind.MFSKUID])
def test_the_label_oc_sends_scans_back_to_the_number(
    oc_session: Session, numbers: dict[IdKind, str], kind: IdKind
) -> None:
    number = numbers[kind]
    request = label_request(kind, number, 2)

    labels = oc_session.client.call(request.endpoint_id, request.data).labels()

    pages = [codes for label in labels for codes in scanned(label.pdf)]
    assert pages and all(codes == [number] for codes in pages)
    if kind is IdKind.MFSKUID:
        assert len(pages) == 2  # one page per label asked for


@pytest.mark.parametrize("kind", [IdKind.RETURN, IdKind.INBOUND, IdKind.MFSKUID, IdKind.OUTBOUND])
def test_the_record_request_finds_that_very_record(
    oc_session: Session, numbers: dict[IdKind, str], kind: IdKind
) -> None:
    request = record_request(kind, numbers[kind])
    assert request is not None

    rows = oc_session.client.call(*request).rows()

    key = {IdKind.INBOUND: "inboundNumber", IdKind.MFSKUID: "MFSKUID"}.get(kind, "orderNumber")
    assert [row[key] for row in rows] == [numbers[kind]]


def test_one_order_query_finds_orders_by_number_ebay_id_and_reference(
    oc_session: Session, orders: list[dict[str, Any]]
) -> None:
    by_number = orders[0]
    by_ebay = next(o for o in orders if o.get("ebayOrderId") and o is not by_number)
    by_reference = next(o for o in orders if o["referenceNumber"] and o not in (by_number, by_ebay))
    asked = [by_number["orderNumber"], by_ebay["ebayOrderId"], by_reference["referenceNumber"]]

    rows = oc_session.client.call("outbound.query", order_query(asked)).rows()

    wanted = {o["orderNumber"] for o in (by_number, by_ebay, by_reference)}
    assert wanted <= {row["orderNumber"] for row in rows}
