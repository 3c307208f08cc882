"""The one place a typed or scanned number becomes the OC request for its record or its label.

Which endpoint knows which kind of number (docs/OC-API.md) is written
here once. How a request carries the number (a plain field, a list of strings, a list of
one-key objects) and how many of a thing one request may ask for are read from the catalog.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ocdesk.api import catalog
from ocdesk.api.catalog import Effect, Field
from ocdesk.api.identifiers import IdKind, classify, normalise

Request = tuple[str, dict[str, Any]]  # an endpoint id and its data

# The endpoint that sends each kind's label, and the field (`list.key`) carrying the number.
_LABELS: dict[IdKind, tuple[str, str]] = {
    IdKind.RETURN: ("returns.label", "orderNumber"),
    IdKind.INBOUND: ("inbound.labels", "inboundOrderList.inboundOrder"),
    IdKind.MFSKUID: ("sku.label", "skuList.mfSkuId"),
}
SKU_LABEL_COUNT = "printQuantity"  # per SKU in sku.label: the labels OC prints for it

# The one read that finds a record by its OC number (or eBay order id).
_RECORD_FIELDS: dict[IdKind, tuple[str, str]] = {
    IdKind.OUTBOUND: ("outbound.query", "orderNumberList.orderNumber"),
    IdKind.EBAY_ORDER: ("outbound.query", "ebayOrderIdList.ebayOrderId"),
    IdKind.INBOUND: ("inbound.detail", "inboundNumberList"),
    IdKind.RETURN: ("returns.orders", "orderNumber"),
    IdKind.VAS: ("vas.detail", "vasNumberList"),
    IdKind.MFSKUID: ("sku.query", "mfskulist.mfskuid"),
}
# Where a seller's own number may stand, per kind of record it may name.
_REFERENCE_FIELDS: dict[IdKind, tuple[str, tuple[str, ...]]] = {
    IdKind.OUTBOUND: ("outbound.query", ("referenceNumberList.referenceNumber",)),
    IdKind.RETURN: ("returns.orders", ("referenceNumber",)),
    IdKind.INBOUND: ("inbound.detail", ("sellerinboundNumberList",)),
    IdKind.MFSKUID: (
        "sku.query",
        ("referenceSKUIDList.referenceSKUID", "sellerSKUIDList.sellerSKUID"),
    ),
}


def carrying(endpoint_id: str, path: str, numbers: Sequence[str], **item: Any) -> dict[str, Any]:
    """`endpoint_id` data holding `numbers` in the field at `path`, shaped as the catalog says:
    "orderNumber" (one number), "inboundNumberList" (strings) or "skuList.mfSkuId" (objects,
    each with `item`'s other fields too). ValueError when the catalog has no such field."""
    name, _, key = path.partition(".")
    field = _field(catalog.get(endpoint_id).fields, name, endpoint_id)
    if field.kind != "array":
        if len(numbers) != 1 or key or item:
            raise ValueError(f"{endpoint_id} {name} holds one number, not {path} {list(numbers)}")
        return {name: numbers[0]}
    if not key:
        if field.item_kind is None:
            raise ValueError(f"{endpoint_id} {name} is a list of objects: say which key")
        return {name: list(numbers)}
    for inner in (key, *item):
        _field(field.fields, inner, f"{endpoint_id} {name}")
    return {name: [{key: number, **item} for number in numbers]}


def _field(fields: Iterable[Field], name: str, where: str) -> Field:
    found = next((f for f in fields if f.name == name), None)
    if found is None:
        raise ValueError(f"{where} has no field {name}")
    return found


def _limit(endpoint_id: str, path: str) -> int:
    """The catalog's maximum for the (nested) field at `path` of `endpoint_id`."""
    fields: Iterable[Field] = catalog.get(endpoint_id).fields
    field = None
    for name in path.split("."):
        field = _field(fields, name, endpoint_id)
        fields = field.fields
    maximum = field.maximum if field is not None else None
    assert maximum is not None, f"the catalog sets no maximum for {endpoint_id} {path}"
    return int(maximum)


# --- labels -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelRequest:
    """The call that fetches one number's label(s); the catalog names the label type."""

    number: str
    endpoint_id: str
    data: dict[str, Any]

    @property
    def label_type(self) -> str:
        spec = catalog.get(self.endpoint_id).label
        assert spec is not None, f"{self.endpoint_id} returns no label"
        return spec.label_type


def has_label(kind: IdKind) -> bool:
    """Whether OC sends a label for this kind of number (returns, inbounds, SKUs)."""
    return kind in _LABELS


def label_request(kind: IdKind, number: str, quantity: int = 1) -> LabelRequest:
    """The label call for a return, inbound or SKU number (ValueError for other kinds).
    `quantity` is how many SKU labels OC prints (one PDF page each); other labels ignore it."""
    if kind not in _LABELS:
        raise ValueError(f"OC sends no label for a {kind} number")
    endpoint_id, path = _LABELS[kind]
    count = {SKU_LABEL_COUNT: quantity} if kind is IdKind.MFSKUID else {}
    return LabelRequest(number, endpoint_id, carrying(endpoint_id, path, [number], **count))


def most_sku_labels() -> int:
    """How many labels of one SKU OC prints at once (sku.label's printQuantity maximum)."""
    return _limit(_LABELS[IdKind.MFSKUID][0], f"skuList.{SKU_LABEL_COUNT}")


def label_types() -> tuple[str, ...]:
    """The types of label OC sends for a number: "return", "carton", "sku"."""
    return tuple(_type_of(endpoint_id) for endpoint_id, _ in _LABELS.values())


def label_kind(label_type: str) -> IdKind | None:
    """The kind of number whose label is of `label_type` ("return", "carton", "sku")."""
    return next((k for k, (e, _) in _LABELS.items() if _type_of(e) == label_type), None)


def label_endpoint(label_type: str) -> str | None:
    """The read that fetches labels of `label_type` again; None for local files."""
    kind = label_kind(label_type)
    return _LABELS[kind][0] if kind is not None else None


def _type_of(endpoint_id: str) -> str:
    endpoint = catalog.get(endpoint_id)
    assert endpoint.label is not None and endpoint.effect is Effect.READ
    return endpoint.label.label_type


def label_request_of_type(label_type: str, number: str, quantity: int = 1) -> LabelRequest | None:
    """The call for a label known by type and number (history, queue); None for local files."""
    kind = label_kind(label_type)
    return label_request(kind, number, quantity) if kind is not None else None


def label_request_for_text(text: str) -> LabelRequest | None:
    """The call for a typed or pasted number (OCS, OCI, MFSKUID); None when it has no label."""
    number, kind = normalise(text), classify(text)
    return label_request(kind, number) if has_label(kind) else None


# --- records ----------------------------------------------------------------------------------


def record_request(kind: IdKind, number: str) -> Request | None:
    """The read that finds the record an OC number (or eBay order id) names; None for a
    seller's own number (see `reference_requests`) and an empty box."""
    if kind not in _RECORD_FIELDS:
        return None
    endpoint_id, path = _RECORD_FIELDS[kind]
    return endpoint_id, carrying(endpoint_id, path, [number])


def reference_requests(reference: str) -> dict[IdKind, Request]:
    """A seller's own number may name an order, a return, an inbound or an SKU: the read for
    each kind of record, which OC matches against any of the fields it is sent in."""
    found: dict[IdKind, Request] = {}
    for kind, (endpoint_id, paths) in _REFERENCE_FIELDS.items():
        data: dict[str, Any] = {}
        for path in paths:
            data.update(carrying(endpoint_id, path, [reference]))
        found[kind] = endpoint_id, data
    return found


def order_query(numbers: Sequence[str]) -> dict[str, Any]:
    """One outbound.query naming these numbers, each in the list its kind belongs to: OC
    order numbers, eBay order ids, and anything else as the seller's reference."""
    return _query_by_kind(numbers, (IdKind.OUTBOUND, IdKind.EBAY_ORDER), IdKind.OUTBOUND)


def sku_query(numbers: Sequence[str]) -> dict[str, Any]:
    """sku.query data for these numbers: MFSKUIDs as such, the others as reference and seller
    SKU ids (OC combines the lists, so an SKU found by both comes once)."""
    return _query_by_kind(numbers, (IdKind.MFSKUID,), IdKind.MFSKUID)


def _query_by_kind(
    numbers: Sequence[str], by_number: tuple[IdKind, ...], record: IdKind
) -> dict[str, Any]:
    """The data of one read of `record`s for many numbers: numbers of the kinds `by_number` in
    their own fields, any other as the seller's reference."""
    endpoint_id, paths = _REFERENCE_FIELDS[record]
    groups: dict[str, list[str]] = {}
    for number in numbers:
        kind = classify(number)
        if kind in by_number:
            groups.setdefault(_RECORD_FIELDS[kind][1], []).append(normalise(number))
        else:
            for path in paths:
                groups.setdefault(path, []).append(number)
    data: dict[str, Any] = {}
    for path, group in groups.items():
        data.update(carrying(endpoint_id, path, group))
    return data


def stock_request(mfskuids: Iterable[str]) -> Request:
    """Stock per warehouse for these SKUs (one snapshot row per SKU and warehouse, §4.2),
    as many rows as one page may hold."""
    endpoint_id = "stock.snapshot"
    data = carrying(endpoint_id, "skuList.mfSkuId", list(mfskuids))
    return endpoint_id, {"pageNumber": 1, "pageSize": _limit(endpoint_id, "pageSize"), **data}
