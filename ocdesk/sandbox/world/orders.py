"""New outbound order records, made one way whether the seed or a create call opens them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ocdesk.sandbox.world.model import Line, Outbound
from ocdesk.sandbox.world.pricing import order_fee
from ocdesk.sandbox.world.store import Store


def new_outbound(
    store: Store,
    region: str,
    reference: str,
    created: datetime,
    lines: list[Line],
    weight_g: int,
    **details: Any,
) -> Outbound:
    """An order as OC opens it: numbered for its warehouse, `created`, its fee estimated from its
    weight. `details` are the other `Outbound` fields (platform, consignee, tracking, ...)."""
    number = store.ids.outbound(region)
    return Outbound(
        number,
        reference,
        region,
        created,
        "created",
        created,
        lines,
        weight_g=weight_g,
        fee_estimate=order_fee(number, weight_g)[0],
        **details,
    )
