"""The sandbox's business records (SKUs, orders, returns, fees) and OC-shaped id minting."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

REGIONS = ("DE", "UK", "AU", "AU-MEL", "US-East", "US-West", "US-South")

OUTBOUND_FLOW = ("created", "processing", "picked", "packed", "shipped")
OUTBOUND_STATUSES = (*OUTBOUND_FLOW, "cancelled", "exception")
INBOUND_FLOW = ("created", "in_transit", "arrived", "receiving", "completed")
RETURN_FLOW = ("created", "label_issued", "in_transit", "received", "inspected", "completed")
VAS_FLOW = ("created", "processing", "completed")
VAS_TYPES = ("RELABEL", "REPACK", "KITTING", "INSPECTION", "PHOTO")
FEE_TYPES = (
    "FULFILLMENT",
    "PACKAGING",
    "REMOTE_SURCHARGE",
    "CONGESTION_SURCHARGE",
    "BULKY_SURCHARGE",
    "PEAK_SURCHARGE",
    "HOME_DELIVERY_SURCHARGE",
    "INBOUND_HANDLING",
    "STORAGE",
    "RETURN_HANDLING",
    "VAS",
)


def country_of(region: str) -> str:
    """The country part of an OC number for a warehouse region (UK->GB, US-*->US, AU-*->AU)."""
    head = region.split("-")[0].upper()
    return {"UK": "GB"}.get(head, head[:2])


def currency_of(region: str) -> str:
    head = region.split("-")[0].upper()
    return {"UK": "GBP", "GB": "GBP", "AU": "AUD", "US": "USD"}.get(head, "EUR")


# A word's top byte -> the ASCII digit of its top 4 bits; the bytes whose top 4 bits exceed 9.
_DIGIT_OF_TOP_BYTE = bytes(ord("0") + min(byte >> 4, 9) for byte in range(256))
_TOP_BYTES_ABOVE_9 = bytes(byte for byte in range(256) if byte >> 4 > 9)


class IdMaker:
    """Mints unique OC-shaped numbers (§12.2) from the world's own random stream."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def _unique(self, make) -> str:
        while True:
            value = make()
            if value not in self._used:
                self._used.add(value)
                return value

    def _digits(self, count: int) -> str:
        """`count` random digits: the very draws of `rng.choice("0123456789")` per digit (4
        random bits, drawn again while above 9), without its per-call cost: seeding the world
        mints some 150,000 digits, and the same seed must keep giving the same world.

        `getrandbits(4)` is the top 4 bits of one 32-bit word of the generator, and
        `getrandbits(32 * n)` holds the next n words, lowest first: one call draws the words
        of as many digits as are still missing (never more than the digit-by-digit loop), and
        each word's top byte becomes its digit, or nothing when its top 4 bits are above 9.
        """
        digits = b""
        while (missing := count - len(digits)) > 0:
            words = self._rng.getrandbits(32 * missing).to_bytes(4 * missing, "little")
            digits += words[3::4].translate(_DIGIT_OF_TOP_BYTE, _TOP_BYTES_ABOVE_9)
        return digits.decode()

    def outbound(self, region: str) -> str:
        return self._unique(lambda: f"OCO2{self._digits(12)}{country_of(region)}")

    def inbound(self, region: str) -> str:
        return self._unique(lambda: f"OCI4{country_of(region)}{self._digits(8)}")

    def return_order(self, region: str) -> str:
        return self._unique(lambda: f"OCS1{country_of(region)}{self._digits(9)}")

    def vas(self, region: str) -> str:
        return self._unique(lambda: f"OCV4{country_of(region)}{self._digits(8)}")

    def sku(self) -> str:
        return self._unique(lambda: f"OC00{self._digits(11)}")

    def serial(self, prefix: str, digits: int) -> str:
        """Other unique ids: return items, movements, fee lines, tracking numbers."""
        return self._unique(lambda: f"{prefix}{self._digits(digits)}")


@dataclass
class Sku:
    mfskuid: str
    reference: str
    seller_sku: str
    names: list[dict[str, str]]
    regions: list[str]
    status: str
    created: datetime
    updated: datetime
    extra: dict[str, Any] = field(default_factory=dict)  # the rest of the §3.1 fields, as sent
    ef_centers: list[dict[str, Any]] = field(default_factory=list)
    auto: bool = False  # created through the API: approves itself after sku_approve_s

    @property
    def caption(self) -> str:
        return self.names[0]["SKUName"] if self.names else self.reference


@dataclass
class Line:
    """One SKU line of an order; `done` is received, completed or shipped quantity."""

    mfskuid: str
    quantity: int
    done: int = 0


@dataclass
class Outbound:
    order_number: str
    reference: str
    region: str
    created: datetime
    status: str
    changed: datetime
    lines: list[Line]
    platform: str = "OTHERS"
    service_code: str = ""
    ebay_id: str = ""
    ebay_order_id: str = ""
    consignee: dict[str, str] = field(default_factory=dict)
    remark: str = ""
    auto_ef: bool = False
    tracking: str = ""
    carrier: tuple[str, str] = ("", "")
    weight_g: int = 0
    fee_estimate: float = 0.0
    fee_actual: float | None = None
    shipped: datetime | None = None
    third_party: bool = False
    auto: bool = False


@dataclass
class Carton:
    carton_number: str
    seller_carton_number: str
    lines: list[Line]
    origin: str = ""
    label_size: str = ""


@dataclass
class Inbound:
    inbound_number: str
    seller_number: str
    region: str
    status: str
    created: datetime
    changed: datetime
    cartons: list[Carton]
    shipping_from: str = "CN"
    shipping_method: str = "TK"
    transport_method: str = ""
    eta: str = ""
    vat: str = ""
    need_clearance: bool = False
    booking_number: str = ""
    asn_numbers: list[str] = field(default_factory=list)
    arrival: datetime | None = None
    files: list[dict[str, Any]] = field(default_factory=list)
    tracking: list[dict[str, str]] = field(default_factory=list)
    auto: bool = False


@dataclass
class ReturnItem:
    item_id: str
    mfskuid: str | None
    seller_sku: str | None
    quantity: int
    received: int = 0
    condition: str = "PENDING"
    received_time: datetime | None = None

    @property
    def linked(self) -> bool:
        return self.mfskuid is not None


@dataclass
class ReturnOrder:
    order_number: str
    reference: str
    region: str
    status: str
    created: datetime
    changed: datetime
    items: list[ReturnItem]
    original_order: str = ""
    ebay_order_id: str = ""
    reason: str = ""
    buyer: str = ""
    carrier: str = ""
    tracking: str = ""
    auto: bool = False


@dataclass
class VasOrder:
    vas_number: str
    seller_number: str
    region: str
    vas_type: str
    status: str
    created: datetime
    changed: datetime
    lines: list[Line]
    remark: str = ""
    completed: datetime | None = None
    fee: float | None = None
    auto: bool = False


@dataclass
class Fee:
    fee_id: str
    order_number: str
    reference: str
    order_type: str
    fee_type: str
    amount: float
    currency: str
    region: str
    charged: datetime


@dataclass
class Movement:
    movement_id: str
    quantity: int
    balance: int
    reason: str
    order_number: str
    time: datetime
