"""The essentials of a found record, read leniently from whatever shape OC sent (no widgets).

One flat `CardData` for every kind of record, so the card shows the same facts in the same
places whether it is an order, a return, an inbound, a VAS order or an SKU. OC's codes for a
service (an outbound's shipping service, an inbound's shipping method, a VAS order's type) arrive
here already in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.dates import parse_datetime
from ocdesk.api.identifiers import IdKind
from ocdesk.jobs.code_words import SHIPPING_METHODS, VAS_TYPES, code_word, service_words
from ocdesk.jobs.record_actions import Match

# A date is either understood (shown in the desk's locale) or kept as OC sent it (rule C6).
When = datetime | str


@dataclass(frozen=True)
class Parcel:
    tracking_number: str
    carrier: str


@dataclass(frozen=True)
class Item:
    sku: str
    quantity: int | float | None
    done: int | float | None = None  # received / completed, where OC reports it


@dataclass(frozen=True)
class Fee:
    amount: int | float
    currency: str


@dataclass(frozen=True)
class StockLine:
    region: str
    available: int
    in_transit: int
    reserved: int
    unfulfillable: int


@dataclass(frozen=True)
class CardData:
    kind: IdKind
    number: str
    status: str = ""
    region: str = ""
    service: str = ""
    reference: str = ""
    ebay_order_id: str = ""
    original_order: str = ""
    reason: str = ""
    parcels: tuple[Parcel, ...] = ()
    items: tuple[Item, ...] = ()
    dates: tuple[tuple[str, When], ...] = ()  # (created | shipped | updated | completed, when)
    fees: tuple[Fee, ...] = ()
    names: tuple[str, ...] = ()
    stock: tuple[StockLine, ...] = ()


def card_data(match: Match) -> CardData:
    """The card's facts for `match`, whatever kind of record it is."""
    row = match.record
    base = CardData(
        kind=match.kind,
        number=match.number,
        status=_text(row, "status"),
        region=_text(row, "serviceRegion"),
    )
    reader = _READERS[match.kind]
    return reader(base, row, match)


def _outbound(base: CardData, row: dict[str, Any], _match: Match) -> CardData:
    parcels = lenient.get(row, "trackingNumberList") or []
    return _copy(
        base,
        service=service_words(_text(row, "shippingServiceCode")),
        reference=_text(row, "referenceNumber"),
        ebay_order_id=_text(row, "ebayOrderId", "eBayOrderId"),
        parcels=tuple(
            Parcel(_text(p, "trackingNumber"), _text(p, "LMCarrierName", "LMCarrierCode"))
            for p in parcels
            if _text(p, "trackingNumber")
        ),
        items=tuple(
            Item(_text(line, "MFSKUID"), _number(line, "SKUQuantity"))
            for parcel in parcels
            for line in lenient.get(parcel, "SKUList") or []
        ),
        dates=_dates(row, created="orderCreationTime", shipped="shippedTime"),
        fees=tuple(f for p in parcels if (f := _fee(p)) is not None),
    )


def _return(base: CardData, row: dict[str, Any], _match: Match) -> CardData:
    tracking = _text(row, "trackingNumber")
    return _copy(
        base,
        reference=_text(row, "referenceNumber"),
        ebay_order_id=_text(row, "ebayOrderId", "eBayOrderId"),
        original_order=_text(row, "originalOrderNumber"),
        reason=_text(row, "returnReason"),
        parcels=(Parcel(tracking, _text(row, "carrierName")),) if tracking else (),
        items=_items(row, "skuList", done="receivedQuantity"),
        dates=_dates(row, created="createTime", updated="updateTime"),
    )


def _inbound(base: CardData, row: dict[str, Any], _match: Match) -> CardData:
    cartons = lenient.get(row, "cartonList") or []
    items = tuple(
        Item(_text(p, "MFSKUID", "mfskuid"), _number(p, "quantity"), _number(p, "receivedQuantity"))
        for carton in cartons
        for p in lenient.get(carton, "productList") or []
    )
    return _copy(
        base,
        service=code_word(SHIPPING_METHODS, _text(row, "shippingMethod")),
        reference=_text(row, "sellerinboundNumber", "sellerInboundNumber"),
        items=items,
        dates=_dates(row, created="createTime", updated="updateTime"),
    )


def _vas(base: CardData, row: dict[str, Any], _match: Match) -> CardData:
    fee = _fee(row)
    return _copy(
        base,
        service=code_word(VAS_TYPES, _text(row, "vasType")),
        reference=_text(row, "sellerVasNumber"),
        reason=_text(row, "remark", "remarks"),
        items=_items(row, "skuList", done="completedQuantity"),
        dates=_dates(row, created="createTime", completed="completeTime"),
        fees=(fee,) if fee is not None else (),
    )


def _sku(base: CardData, row: dict[str, Any], match: Match) -> CardData:
    names = tuple(
        " · ".join(part for part in (_text(n, "SKUName"), _text(n, "attributeDescription")) if part)
        for n in lenient.get(row, "SKUNameList") or []
    )
    return _copy(
        base,
        reference=_text(row, "referenceSKUID", "sellerSKUID"),
        names=tuple(n for n in names if n),
        dates=_dates(row, updated="updateTime"),
        stock=tuple(_stock_line(r) for r in match.stock),
    )


_READERS = {
    IdKind.OUTBOUND: _outbound,
    IdKind.RETURN: _return,
    IdKind.INBOUND: _inbound,
    IdKind.VAS: _vas,
    IdKind.MFSKUID: _sku,
}


def _copy(base: CardData, **changes: Any) -> CardData:
    return CardData(**{**base.__dict__, **changes})


def _text(row: Any, *names: str) -> str:
    value = lenient.get(row, *names)
    return "" if value is None else str(value).strip()


def _number(row: Any, *names: str) -> int | float | None:
    return lenient.as_number(lenient.get(row, *names))


def _items(row: dict[str, Any], key: str, *, done: str) -> tuple[Item, ...]:
    return tuple(
        Item(_text(line, "MFSKUID") or _text(line, "sellerSKUID"), _number(line, "quantity"),
             _number(line, done))
        for line in lenient.get(row, key) or []
    )  # fmt: skip


def _fee(row: Any) -> Fee | None:
    amount = _number(row, "feeAmount")
    if amount is None:
        return None
    return Fee(amount, _text(row, "feeAmountCurrency"))


def _dates(row: dict[str, Any], **keys: str) -> tuple[tuple[str, When], ...]:
    """(role, when) for each role whose key OC filled; unparseable text is kept as sent."""
    found: list[tuple[str, When]] = []
    for role, key in keys.items():
        value = lenient.get(row, key)
        if value in (None, ""):
            continue
        try:
            found.append((role, parse_datetime(value)))
        except ValueError:
            found.append((role, str(value)))
    return tuple(found)


def _stock_line(row: dict[str, Any]) -> StockLine:
    def qty(*names: str) -> int:
        return int(_number(row, *names) or 0)

    return StockLine(
        region=_text(row, "serviceRegion"),
        available=qty("available"),
        in_transit=qty("inTransit"),
        reserved=qty("reservedAllocated") + qty("reservedHold") + qty("reservedVAS"),
        unfulfillable=qty("unfulfillable"),
    )
