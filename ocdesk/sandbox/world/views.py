"""How the sandbox's records look on the wire, in OC's documented spellings."""

from __future__ import annotations

from typing import Any

from ocdesk.sandbox.world.dates import epoch_ms, fmt
from ocdesk.sandbox.world.model import Inbound, Outbound, ReturnOrder, Sku, VasOrder, currency_of

PACKED_OR_LATER = ("packed", "shipped")


def sku_row(sku: Sku) -> dict[str, Any]:
    """§3.2 query row."""
    row: dict[str, Any] = {
        "MFSKUID": sku.mfskuid,
        "referenceSKUID": sku.reference,
        "sellerSKUID": sku.seller_sku,
        "SKUNameList": sku.names,
        "serviceRegion": sku.regions[0] if sku.regions else "",
    }
    row.update(sku.extra)
    row["status"] = sku.status
    row["updateTime"] = fmt(sku.updated)
    return row


def outbound_row(order: Outbound) -> dict[str, Any]:
    """§6.2 query element (also the body of a §10.1 callback)."""
    return {
        "orderNumber": order.order_number,
        "referenceNumber": order.reference,
        "serviceRegion": order.region,
        "autoFulfillmentEF": order.auto_ef,
        "orderCreationTime": fmt(order.created),
        "status": order.status,
        "shippedTime": fmt(order.shipped),
        "ebayOrderId": order.ebay_order_id,
        "trackingNumberList": _parcels(order),
    }


def _parcels(order: Outbound) -> list[dict[str, Any]]:
    if order.status not in PACKED_OR_LATER or not order.tracking:
        return []
    fee = order.fee_actual if order.fee_actual is not None else order.fee_estimate
    return [
        {
            "orderNumber": order.order_number,
            "trackingNumber": order.tracking,
            "LMCarrierCode": order.carrier[0],
            "LMCarrierName": order.carrier[1],
            "chargeableWeight": f"{order.weight_g:.4f}",
            "chargeableWeightUnit": "g",
            "feeAmount": fee,
            "feeAmountCurrency": currency_of(order.region),
            "SKUList": [
                {"MFSKUID": line.mfskuid, "SKUQuantity": line.quantity, "SN": ""}
                for line in order.lines
            ],
        }
    ]


def inbound_summary(order: Inbound) -> dict[str, Any]:
    """§5.2 list row."""
    return {
        "inboundNumber": order.inbound_number,
        "sellerInboundNumber": order.seller_number,
        "serviceRegion": order.region,
        "status": order.status,
        "shippingMethod": order.shipping_method,
        "transportMethod": order.transport_method,
        "eta": order.eta,
        "createTime": fmt(order.created),
        "updateTime": fmt(order.changed),
    }


def inbound_detail(order: Inbound) -> dict[str, Any]:
    """§5.3 detail row (note the documented lower-case `sellerinboundNumber`)."""
    batches = []
    if order.arrival is not None and order.asn_numbers:
        batches.append(
            {
                "arrivalTime": epoch_ms(order.arrival),
                "asnnumber": order.asn_numbers[0],
                "inboundBatchNumber": "B001",
            }
        )
    return {
        "inboundNumber": order.inbound_number,
        "sellerinboundNumber": order.seller_number,
        "status": order.status,
        "serviceRegion": order.region,
        "shippingMethod": order.shipping_method,
        "createTime": fmt(order.created),
        "updateTime": fmt(order.changed),
        "bookingNumber": order.booking_number,
        "asnList": [{"asnNumber": asn} for asn in order.asn_numbers],
        "batchList": batches,
        "fileList": order.files,
        "cartonList": [
            {
                "cartonNumber": carton.carton_number,
                "sellerCartonNumber": carton.seller_carton_number,
                "productList": [
                    {"MFSKUID": ln.mfskuid, "quantity": ln.quantity, "receivedQuantity": ln.done}
                    for ln in carton.lines
                ],
            }
            for carton in order.cartons
        ],
    }


def return_row(order: ReturnOrder) -> dict[str, Any]:
    """§11.0 return order object."""
    return {
        "orderNumber": order.order_number,
        "referenceNumber": order.reference,
        "originalOrderNumber": order.original_order,
        "ebayOrderId": order.ebay_order_id,
        "serviceRegion": order.region,
        "status": order.status,
        "returnReason": order.reason,
        "carrierName": order.carrier,
        "trackingNumber": order.tracking,
        "createTime": fmt(order.created),
        "updateTime": fmt(order.changed),
        "skuList": [
            {
                "returnItemId": item.item_id,
                "MFSKUID": item.mfskuid,
                "sellerSKUID": item.seller_sku,
                "quantity": item.quantity,
                "receivedQuantity": item.received,
                "condition": item.condition,
                "linked": item.linked,
            }
            for item in order.items
        ],
    }


def vas_row(order: VasOrder) -> dict[str, Any]:
    """§9.2 detail row."""
    return {
        "vasNumber": order.vas_number,
        "sellerVasNumber": order.seller_number,
        "serviceRegion": order.region,
        "vasType": order.vas_type,
        "status": order.status,
        "skuList": [
            {"MFSKUID": ln.mfskuid, "quantity": ln.quantity, "completedQuantity": ln.done}
            for ln in order.lines
        ],
        "createTime": fmt(order.created),
        "completeTime": fmt(order.completed),
        "feeAmount": order.fee,
        "feeAmountCurrency": currency_of(order.region),
        "remark": order.remark,
    }
