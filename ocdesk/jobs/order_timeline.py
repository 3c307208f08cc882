"""An outbound order's progress as steps with times, from the fields the order has (no widgets).

OC's order query gives a creation time, a shipped time and the current status (docs/OC-API.md,
"Outbound order status"): the steps between are known to have happened, not when. An order
that was cancelled or hit a problem ends on that status; a status OC adds later is shown as
its last step, as sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.dates import parse_datetime

FLOW = ("created", "processing", "picked", "packed", "shipped", "delivered")
# Where a step's time is, when OC sends one.
TIME_FIELDS = {"created": "orderCreationTime", "shipped": "shippedTime"}


@dataclass(frozen=True)
class Step:
    """One status of the order. `when` is None when OC does not say; text OC sent is kept."""

    status: str
    reached: bool
    when: datetime | str | None = None
    current: bool = False


def _when(row: dict[str, Any], status: str) -> datetime | str | None:
    value = lenient.get(row, TIME_FIELDS.get(status, ""))
    if value in (None, ""):
        return None
    try:
        return parse_datetime(value)
    except ValueError:
        return str(value)


def timeline(row: dict[str, Any]) -> list[Step]:
    """The order's steps oldest first: reached ones, its current status, then the ones to come.

    Off the normal path (cancelled, exception, or unknown) the order ends on its status, after
    the steps its times prove (created, and shipped when OC sent a shipped time).
    """
    current = str(lenient.get(row, "status") or "").lower()
    if current in FLOW:
        at = FLOW.index(current)
        # "delivered" is only shown once an order has it: OC's statuses stop at shipped.
        flow = FLOW if current == "delivered" else FLOW[:-1]
        return [
            Step(s, i <= at, _when(row, s) if i <= at else None, i == at)
            for i, s in enumerate(flow)
        ]
    proven = [s for s in FLOW if _when(row, s) is not None] or ["created"]
    steps = [Step(s, True, _when(row, s)) for s in proven]
    return [*steps, Step(current or "unknown", True, None, True)]
