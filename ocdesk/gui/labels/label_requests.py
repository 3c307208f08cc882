"""Which OC call fetches the label of a number: return, inbound carton or SKU label."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ocdesk.api.identifiers import IdKind, classify, normalise


@dataclass(frozen=True)
class LabelRequest:
    """The call that fetches one number's label, and the label type it gives."""

    endpoint_id: str
    data: dict[str, Any]
    label_type: str
    number: str


def request_for(label_type: str, number: str, quantity: int = 1) -> LabelRequest | None:
    """The call for a label already known by type (history, queue); None for local files."""
    if label_type == "return":
        return LabelRequest("returns.label", {"orderNumber": number}, label_type, number)
    if label_type == "carton":
        data: dict[str, Any] = {"inboundOrderList": [{"inboundOrder": number}]}
        return LabelRequest("inbound.labels", data, label_type, number)
    if label_type == "sku":
        data = {"skuList": [{"mfSkuId": number, "printQuantity": quantity}]}
        return LabelRequest("sku.label", data, label_type, number)
    return None


_TYPE_OF_KIND = {IdKind.RETURN: "return", IdKind.INBOUND: "carton", IdKind.MFSKUID: "sku"}


def request_for_number(text: str) -> LabelRequest | None:
    """The call for a typed or pasted number (OCS, OCI, MFSKUID); None when it has no label."""
    number = normalise(text)
    label_type = _TYPE_OF_KIND.get(classify(number))
    return request_for(label_type, number) if label_type else None
