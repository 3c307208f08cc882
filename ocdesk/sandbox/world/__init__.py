"""The sandbox's business world: seeded data, every business endpoint, and time moving on."""

from __future__ import annotations

import functools
import random
from datetime import timedelta
from typing import Any

from ocdesk.api import catalog
from ocdesk.sandbox.core import Clock, Handler
from ocdesk.sandbox.handlers import inbound as handlers_inbound
from ocdesk.sandbox.handlers import misc as handlers_misc
from ocdesk.sandbox.handlers import outbound as handlers_outbound
from ocdesk.sandbox.handlers import returns as handlers_returns
from ocdesk.sandbox.handlers import sku as handlers_sku
from ocdesk.sandbox.handlers import stock as handlers_stock
from ocdesk.sandbox.world.model import OUTBOUND_FLOW, OUTBOUND_STATUSES
from ocdesk.sandbox.world.progress import advance, set_outbound
from ocdesk.sandbox.world.seed import seed as seed_data
from ocdesk.sandbox.world.store import Store

_MODULES = (
    handlers_sku,
    handlers_stock,
    handlers_inbound,
    handlers_outbound,
    handlers_returns,
    handlers_misc,
)


class World:
    """One demo tenant's business at OC. Not thread-safe: the server serialises calls.

    Settings (seconds of emulator time; 0 turns the automatic change off):
    `status_step_s` per order status step, `sku_approve_s` until a new SKU is approved,
    `pricing_delay_s` until a cost estimate is ready.
    """

    status_step_s: float = 120
    sku_approve_s: float = 60
    pricing_delay_s: float = 0

    def __init__(self, seed: int, clock: Clock) -> None:
        self.clock = clock
        self.store = Store(random.Random(seed))
        seed_data(self.store, clock.now())
        self.live: list[Any] = []  # orders created through the API that still move on their own
        self.handlers: dict[str, Handler] = {}
        for module in _MODULES:
            for endpoint_id, handler in module.HANDLERS.items():
                self.handlers[endpoint_id] = functools.partial(handler, self)
        missing = {e.id for e in catalog.business_endpoints()} - set(self.handlers)
        if missing:
            raise RuntimeError(f"no sandbox handler for {sorted(missing)}")

    def track(self, order: Any) -> None:
        """Let an order created through the API advance with the status clock."""
        self.live.append(order)

    def tick(self) -> None:
        """Apply every time-based change due up to the clock's now."""
        now = self.clock.now()
        self.live = advance(self.store, self.live, now, self.status_step_s)
        if self.sku_approve_s > 0:
            wait = timedelta(seconds=self.sku_approve_s)
            for sku in self.store.skus.values():
                if sku.auto and sku.status == "draft" and now - sku.created >= wait:
                    sku.status, sku.updated = "approved", sku.created + wait

    def set_outbound_status(self, order_number: str, to: str) -> None:
        """Force an outbound order's status (test hook); KeyError / ValueError when impossible."""
        order = self.store.outbound[order_number]
        if to not in OUTBOUND_STATUSES:
            raise ValueError(
                f"unknown outbound status {to!r}; one of {', '.join(OUTBOUND_STATUSES)}"
            )
        set_outbound(self.store, order, to, self.clock.now())
        if order.auto and to in OUTBOUND_FLOW[:-1] and all(o is not order for o in self.live):
            self.live.append(order)

    def approve_sku(self, mfskuid: str) -> None:
        sku = self.store.skus[mfskuid]
        sku.status, sku.updated = "approved", self.clock.now()

    def drain_events(self) -> list[dict[str, Any]]:
        """§10.1 callback `data` objects queued since the last drain, oldest first."""
        events, self.store.events = self.store.events, []
        return events
