"""Who an outbound order goes to, when the order's data names them (no widgets).

OC's order query (outbound.query v2) documents no recipient fields, so most orders read from
OC have none; an order that carries them (the fields outbound.create takes) shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ocdesk.api import lenient


@dataclass(frozen=True)
class Recipient:
    name: str
    lines: tuple[str, ...]  # company, street, town and postcode, as written on a parcel
    country: str


def _text(row: dict[str, Any], key: str) -> str:
    value = lenient.get(row, key)
    return "" if value is None else str(value).strip()


def recipient(row: dict[str, Any]) -> Recipient | None:
    """The recipient's name, address lines and country code; None when the order has none."""
    name = _text(row, "consigneeName")
    street = " ".join(p for p in (_text(row, "houseNumber"), _text(row, "consigneeAddress1")) if p)
    town = " ".join(p for p in (_text(row, "consigneeZipCode"), _text(row, "consigneeCity")) if p)
    lines = (
        _text(row, "companyName"),
        street,
        _text(row, "consigneeAddress2"),
        town,
        _text(row, "consigneeProvinceOrState"),
    )
    country = _text(row, "consigneeCountryCode").upper()
    if not (name or any(lines) or country):
        return None
    return Recipient(name, tuple(line for line in lines if line), country)
