"""Everything the sandbox's tenant owns, indexed the ways the handlers look it up."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ocdesk.sandbox.world.model import (
    Fee,
    IdMaker,
    Inbound,
    Movement,
    Outbound,
    ReturnOrder,
    Sku,
    VasOrder,
)


@dataclass
class StockRow:
    """One (SKU, warehouse): its movement ledger and the quantities not derived from orders."""

    mfskuid: str
    region: str
    movements: list[Movement] = field(default_factory=list)
    hold: int = 0
    suspend: int = 0
    unfulfillable: int = 0

    @property
    def on_hand(self) -> int:
        return self.movements[-1].balance if self.movements else 0


@dataclass
class PricingRequest:
    reference_id: str
    received: datetime
    result: list[dict[str, Any]]


class Store:
    """The tenant's records. Handlers read and change it; World advances it over time."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ids = IdMaker(rng)
        self.skus: dict[str, Sku] = {}
        self.sku_refs: dict[str, str] = {}
        self.outbound: dict[str, Outbound] = {}
        self.outbound_refs: dict[str, str] = {}
        self.inbound: dict[str, Inbound] = {}
        self.inbound_refs: dict[str, str] = {}
        self.returns: dict[str, ReturnOrder] = {}
        self.return_refs: dict[str, str] = {}
        self.vas: dict[str, VasOrder] = {}
        self.vas_refs: dict[str, str] = {}
        self.fees: list[Fee] = []
        self.stock: dict[tuple[str, str], StockRow] = {}
        self.pricing: dict[str, PricingRequest] = {}
        self.events: list[dict[str, Any]] = []
        self.record_events = True  # off while seeding: history is not news

    def add_sku(self, sku: Sku) -> None:
        self.skus[sku.mfskuid] = sku
        self.sku_refs[sku.reference] = sku.mfskuid

    def add_outbound(self, order: Outbound) -> None:
        self.outbound[order.order_number] = order
        if order.reference:
            self.outbound_refs[order.reference] = order.order_number

    def add_inbound(self, order: Inbound) -> None:
        self.inbound[order.inbound_number] = order
        self.inbound_refs[order.seller_number] = order.inbound_number

    def add_return(self, order: ReturnOrder) -> None:
        self.returns[order.order_number] = order
        self.return_refs[order.reference] = order.order_number

    def add_vas(self, order: VasOrder) -> None:
        self.vas[order.vas_number] = order
        self.vas_refs[order.seller_number] = order.vas_number

    def stock_row(self, mfskuid: str, region: str) -> StockRow:
        key = (mfskuid, region)
        if key not in self.stock:
            self.stock[key] = StockRow(mfskuid, region)
        return self.stock[key]

    def move_stock(
        self, mfskuid: str, region: str, quantity: int, reason: str, order: str, when: datetime
    ) -> None:
        """Book a movement; the balance never drops below zero (a short pick books what was there)."""
        row = self.stock_row(mfskuid, region)
        quantity = max(quantity, -row.on_hand)
        movement_id = self.ids.serial("MV", 12)
        row.movements.append(
            Movement(movement_id, quantity, row.on_hand + quantity, reason, order, when)
        )

    def add_fee(
        self,
        order_number: str,
        reference: str,
        order_type: str,
        fee_type: str,
        amount: float,
        currency: str,
        region: str,
        when: datetime,
    ) -> None:
        fee_id = self.ids.serial("FD", 13)
        self.fees.append(
            Fee(
                fee_id,
                order_number,
                reference,
                order_type,
                fee_type,
                round(amount, 2),
                currency,
                region,
                when,
            )
        )
