"""The sandbox's business world: seeded data, the endpoints acting on it, and time moving on."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from ocdesk.api import catalog
from ocdesk.sandbox.core import Clock, EmuRequest, Handler, Reply
from ocdesk.sandbox.world.model import OUTBOUND_FLOW, OUTBOUND_STATUSES
from ocdesk.sandbox.world.progress import advance, set_outbound
from ocdesk.sandbox.world.seed import seed as seed_data
from ocdesk.sandbox.world.store import Store

# One business endpoint's code: answers a request by reading and changing the world it is given.
type WorldHandler = Callable[[World, EmuRequest], Reply]


class World:
    """One demo tenant's business at OC. Not thread-safe: the server serialises calls.

    Settings (seconds of emulator time; 0 turns the automatic change off):
    `status_step_s` per order status step, `sku_approve_s` until a new SKU is approved,
    `pricing_delay_s` until a cost estimate is ready.

    `endpoints` (the table in `sandbox.handlers`) answers each business endpoint; the world binds
    every entry to itself, so `handlers[id](request)` acts on this world.
    """

    status_step_s: float = 120
    sku_approve_s: float = 60
    pricing_delay_s: float = 0

    def __init__(self, seed: int, clock: Clock, endpoints: Mapping[str, WorldHandler]) -> None:
        missing = {e.id for e in catalog.business_endpoints()} - set(endpoints)
        if missing:
            raise RuntimeError(f"no sandbox handler for {sorted(missing)}")
        self.clock = clock
        self.store = Store(random.Random(seed))
        seed_data(self.store, clock.now())
        self.live: list[Any] = []  # orders created through the API that still move on their own
        self.handlers: dict[str, Handler] = {
            endpoint_id: functools.partial(handler, self)
            for endpoint_id, handler in endpoints.items()
        }

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
