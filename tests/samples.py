"""Request data for every business endpoint, one that OC accepts and one it refuses.

Numbers come from the sandbox's own seeded data (looked up through the client), and everything
created gets a fresh reference, so the samples work on any seed and can run twice.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import Any

from ocdesk.api.dates import format_date, format_datetime
from ocdesk.session import Session

TINY_PDF = base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode()


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@dataclass
class Sample:
    """`ok` is accepted; OC refuses `refused` (it is sent without the client's own checks)."""

    ok: Any
    refused: Any


class Seeded:
    """Numbers that exist in the sandbox, found through ordinary queries."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self.now = datetime.now(UTC)

    def window(self, days: float = 6) -> dict[str, str]:
        return {
            "startTime": format_datetime(self.now - timedelta(days=days)),
            "endTime": format_datetime(self.now),
        }

    @cached_property
    def orders(self) -> list[dict[str, Any]]:
        return self.s.client.call("outbound.query", self.window()).rows()

    def order_in(self, *statuses: str) -> str:
        return next(o["orderNumber"] for o in self.orders if o["status"] in statuses)

    @cached_property
    def skus(self) -> list[dict[str, Any]]:
        when = {"startTime": format_date(self.now.date() - timedelta(days=365), UTC),
                "endTime": format_date(self.now.date(), UTC), "limit": 50}  # fmt: skip
        return self.s.client.call("sku.query", when).rows()

    @property
    def sku(self) -> str:
        return self.skus[0]["MFSKUID"]

    @cached_property
    def inbound(self) -> dict[str, Any]:
        return self.s.client.call("inbound.list", self.window()).rows()[0]

    @cached_property
    def returns(self) -> list[dict[str, Any]]:
        return self.s.client.call("returns.orders", {"pageSize": 200}).rows()

    def return_in(self, *statuses: str) -> str:
        return next(r["orderNumber"] for r in self.returns if r["status"] in statuses)

    @cached_property
    def vas_number(self) -> str:
        created = self.s.client.call("vas.create", vas_order(self.sku))
        return created.payload["vasNumber"]


def vas_order(sku: str) -> dict[str, Any]:
    return {"sellerVasNumber": unique("VAS"), "serviceRegion": "DE", "vasType": "RELABEL",
            "skuList": [{"mfSkuId": sku, "quantity": 5}]}  # fmt: skip


def outbound_order(sku: str, reference: str | None = None) -> dict[str, Any]:
    return {
        "referenceNumber": reference or unique("REF"),
        "orderPlatform": "OTHERS",
        "serviceRegion": "UK",
        "shippingServiceCode": "GBDomesticStandard",
        "consigneeName": "Jessica Wang",
        "consigneeAddress1": "133 Elm Tree Ave",
        "consigneeCity": "Coventry",
        "consigneeZipCode": "CV4 9ES",
        "consigneeCountryCode": "GB",
        "productList": [{"mfSkuId": sku, "skuQuantity": 1}],
    }


def third_party_order(sku: str, reference: str | None = None) -> dict[str, Any]:
    return {
        "referenceNumber": reference or unique("TPL"),
        "orderPlatform": "OTHERS",
        "serviceCode": "OCW_TPL",
        "serviceRegion": "UK",
        "carrierCode": "UPS",
        "trackingNumber": "1Z999AA10123456784",
        "labelFileName": "tpl.pdf",
        "labelFile": TINY_PDF,
        "productList": [{"mfSkuId": sku, "skuQuantity": 1}],
    }


def freight(sku: str, reference: str | None = None) -> dict[str, Any]:
    return {"referenceId": reference or unique("PR"), "serviceRegion": "UK",
            "consigneeCountryCode": "GB", "consigneePostCode": "CV4 9ES", "skuType": True,
            "skuList": [{"skuId": sku, "pieceQuantity": 1}]}  # fmt: skip


def samples(seed: Seeded) -> dict[str, Sample]:
    """One Sample per business endpoint id."""
    sku, now = seed.sku, seed.now
    long_ago = {"startTime": format_datetime(now - timedelta(days=400)),
                "endTime": format_datetime(now - timedelta(days=399))}  # fmt: skip
    ref_sku = seed.skus[0]["referenceSKUID"]
    sku_item = {"referenceSKUID": unique("SKU"),
                "SKUNameList": [{"SKUName": "Desk lamp", "languageCode": "en-US"}]}  # fmt: skip
    dup_ref = unique("DUP")
    seed.s.client.call("outbound.create", [outbound_order(sku, dup_ref)])
    dup_pricing = unique("PR")
    seed.s.client.call("pricing.estimate", freight(sku, dup_pricing))
    dup_return = unique("RMA")
    return_order = {"referenceNumber": dup_return, "serviceRegion": "DE",
                    "skuList": [{"mfSkuId": sku, "quantity": 1}]}  # fmt: skip
    seed.s.client.call("returns.erp_submit", return_order)
    ef = [{"mfSkuId": sku, "fulfillmentCenterList": [{"serviceRegion": "UK"}]}]
    unknown_sku = "OC9999999999999"
    return {
        "sku.create": Sample([sku_item], [{**sku_item, "referenceSKUID": ref_sku}]),
        "sku.query": Sample(
            {"mfskulist": [{"mfskuid": sku}]}, {"mfskulist": [{"mfskuid": sku}], "limit": 500}
        ),
        "sku.label": Sample(
            {"skuList": [{"mfSkuId": sku, "printQuantity": 2}]},
            {"skuList": [{"mfSkuId": unknown_sku}]},
        ),
        "sku.setup_ef_service": Sample(ef, []),
        "sku.query_ef_service": Sample({"mfSkuList": [{"mfSkuId": sku}]}, {"mfSkuList": []}),
        "stock.movement": Sample({**seed.window(), "mfSkuList": [{"mfSkuId": sku}]}, long_ago),
        "stock.snapshot": Sample(
            {"pageNumber": 1, "pageSize": 50, "serviceRegionList": [{"serviceRegion": "UK"}]},
            {"pageNumber": 1, "pageSize": 500, "serviceRegionList": [{"serviceRegion": "UK"}]},
        ),
        "stock.age": Sample(
            {"pageNumber": 1, "pageSize": 50, "skuList": [{"mfSkuId": sku}]},
            {"pageNumber": 1, "pageSize": 500, "skuList": [{"mfSkuId": sku}]},
        ),
        "inbound.create": Sample(
            {
                "sellerInboundNumber": unique("PO"),
                "serviceRegion": "DE",
                "shippingFrom": "CN",
                "shippingMethod": "TK",
                "eta": format_date(now.date() + timedelta(days=30), UTC),
                "cartonList": [
                    {
                        "sellerCartonNumber": "C001",
                        "productList": [{"mfskuid": sku, "quantity": 10}],
                    }
                ],
            },
            {
                "sellerInboundNumber": seed.inbound["sellerInboundNumber"],
                "serviceRegion": "DE",
                "shippingFrom": "CN",
                "shippingMethod": "TK",
                "eta": "2026-12-27+0800",
                "cartonList": [
                    {"sellerCartonNumber": "C1", "productList": [{"mfskuid": sku, "quantity": 1}]}
                ],
            },
        ),  # fmt: skip
        "inbound.list": Sample(seed.window(), seed.window(days=8)),
        "inbound.detail": Sample(
            {"inboundNumberList": [seed.inbound["inboundNumber"]]},
            {"inboundNumberList": ["OCI4DE99999999"]},
        ),
        "inbound.labels": Sample(
            {"inboundOrderList": [{"inboundOrder": seed.inbound["inboundNumber"]}]},
            {"inboundOrderList": [{"inboundOrder": "OCI4DE99999999"}]},
        ),
        "inbound.upload_tracking": Sample(
            {
                "inboundNumber": seed.inbound["inboundNumber"],
                "referenceNumber": "PO-1",
                "trackingList": [{"trackingNumber": "JD0146000062", "carrier": "DHL"}],
            },
            {
                "inboundNumber": "OCI4DE99999999",
                "referenceNumber": "PO-1",
                "trackingList": [{"trackingNumber": "JD0146000062", "carrier": "DHL"}],
            },
        ),  # fmt: skip
        "inbound.upload_clearance": Sample(
            {
                "inboundNumber": seed.inbound["inboundNumber"],
                "fileList": [{"fileType": "PL", "fileName": "packing-list.pdf", "file": TINY_PDF}],
            },
            {
                "inboundNumber": "OCI4DE99999999",
                "fileList": [{"fileType": "PL", "fileName": "packing-list.pdf", "file": TINY_PDF}],
            },
        ),  # fmt: skip
        "outbound.create": Sample([outbound_order(sku)], [outbound_order(sku, dup_ref)]),
        "outbound.query": Sample(seed.window(), {}),
        "outbound.cancel": Sample(
            {
                "orderNumber": seed.order_in("created", "processing"),
                "cancelTime": format_datetime(now),
            },
            {"orderNumber": seed.order_in("shipped"), "cancelTime": format_datetime(now)},
        ),
        "outbound.third_party_label": Sample(
            [third_party_order(sku)], [third_party_order(sku, dup_ref)]
        ),
        "outbound.freight_sync": Sample(freight(sku), {**freight(sku), "serviceRegion": "XX"}),
        "warehouse.services": Sample(None, None),
        "pricing.estimate": Sample(freight(sku), freight(sku, dup_pricing)),
        "pricing.result": Sample({"referenceId": dup_pricing}, {"referenceId": unique("NONE")}),
        "vas.create": Sample(
            vas_order(sku), {**vas_order(sku), "skuList": [{"mfSkuId": unknown_sku, "quantity": 1}]}
        ),
        "vas.detail": Sample(
            {"vasNumberList": [seed.vas_number]}, {"vasNumberList": ["OCV4DE99999999"]}
        ),
        "vas.cancel": Sample(
            {"vasNumber": seed.vas_number, "cancelTime": format_datetime(now)},
            {"vasNumber": "OCV4DE99999999", "cancelTime": format_datetime(now)},
        ),
        "returns.orders": Sample(
            {"pageNumber": 1, "pageSize": 20}, {"pageNumber": 1, "pageSize": 500}
        ),
        "returns.label": Sample(
            {"orderNumber": seed.return_in("created", "label_issued", "in_transit")},
            {"orderNumber": seed.return_in("cancelled")},
        ),
        "returns.cancel_rma": Sample(
            {
                "orderNumber": seed.return_in("created", "label_issued"),
                "cancelType": 2,
                "trackingNumber": "00340434161234567890",
                "carrierName": "DHL",
            },
            {"orderNumber": seed.return_in("received", "inspected", "completed"), "cancelType": 1},
        ),  # fmt: skip
        "returns.stock": Sample(
            {"serviceType": "SKU", "uniqueIdList": [sku]},
            {"serviceType": "SKU", "uniqueIdList": [sku] * 201},
        ),
        "returns.link_stock": Sample(
            {"itemList": [{"returnItemId": _unlinked_item(seed), "mfSkuId": sku}]},
            {"itemList": [{"returnItemId": "RI-UNKNOWN", "mfSkuId": sku}]},
        ),
        "returns.erp_submit": Sample(
            {**return_order, "referenceNumber": unique("RMA")}, return_order
        ),
        "finance.fee_detail": Sample(
            {
                "startTime": format_datetime(now - timedelta(days=30)),
                "endTime": format_datetime(now),
            },
            {
                "startTime": format_datetime(now - timedelta(days=40)),
                "endTime": format_datetime(now),
            },
        ),  # fmt: skip
    }


def _unlinked_item(seed: Seeded) -> str:
    for order in seed.returns:
        for item in order.get("skuList", []):
            if not item.get("linked"):
                return item["returnItemId"]
    raise AssertionError("the seeded data has no unlinked returned item")
