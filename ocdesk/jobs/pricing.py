"""OC's asynchronous cost estimate: request it, poll until ready, compare the services it prices."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.errors import OcTimeout
from ocdesk.api.result import OcResult
from ocdesk.api.text import QT_TRANSLATE_NOOP, translate
from ocdesk.jobs.base import Call, Cancelled, Progress, stopped, tell

BACKOFF = 1.5
MAX_DELAY_FACTOR = 4  # the wait between polls grows to at most 4 x poll_every
# Channel keys shown under their own names in the comparison, not as fee columns.
_CHANNEL_META = ("channelCode", "currency", "totalFee", "success", "errorMessage")


class EstimatePending(OcTimeout):
    """OC accepted the estimate but has not priced it in time; the reference fetches it later."""

    default_hint = QT_TRANSLATE_NOOP(
        "oc_errors", "OC is still pricing: use Fetch result in a moment with the same reference."
    )

    def __init__(self, reference_id: str, waited: float) -> None:
        super().__init__(
            f"OC has not finished the estimate after {waited:g} s; "
            f"try Fetch result later with reference {reference_id}",
            endpoint_id="pricing.result",
        )
        self.reference_id = reference_id


def estimate_and_wait(
    call: Call,
    data: dict[str, Any],
    *,
    poll_every: float = 2.0,
    timeout: float = 30.0,
    sleep: Callable[[float], None] = time.sleep,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> OcResult:
    """Send pricing.estimate, then poll pricing.result until OC has priced it.

    Raises EstimatePending after `timeout` seconds of waiting. When cancelled, returns the last
    (still empty) result; the estimate stays fetchable by its referenceId.
    """
    call("pricing.estimate", data)
    return wait_for_result(
        call, str(data.get("referenceId")), poll_every=poll_every, timeout=timeout,
        sleep=sleep, progress=progress, cancelled=cancelled,
    )  # fmt: skip


def wait_for_result(
    call: Call,
    reference_id: str,
    *,
    poll_every: float = 2.0,
    timeout: float = 30.0,
    sleep: Callable[[float], None] = time.sleep,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> OcResult:
    """Poll pricing.result with a growing pause until its data is non-empty ("Fetch result").

    `timeout` counts the pauses between polls; 0 asks once.
    """
    waited, delay = 0.0, poll_every
    total = max(1, math.ceil(timeout))
    asking = translate("pricing", "OC is pricing {reference}; asking again")
    while True:
        result = call("pricing.result", {"referenceId": reference_id})
        if result.rows() or stopped(cancelled):
            ready = translate("pricing", "Estimate ready")
            tell(progress, total, total, ready if result.rows() else translate("pricing", "Stopped"))
            return result
        if waited >= timeout:
            raise EstimatePending(reference_id, timeout)
        pause = min(delay, timeout - waited)
        tell(progress, int(waited), total, asking.format(reference=reference_id))
        sleep(pause)
        waited += pause
        delay = min(delay * BACKOFF, poll_every * MAX_DELAY_FACTOR)


def _best_channel(service: dict[str, Any]) -> dict[str, Any]:
    """The cheapest channel that worked, else the first one OC listed (to show its error)."""
    channels = [c for c in lenient.get(service, "freightTrialChannelResults") or [] if c]
    working = [c for c in channels if lenient.get(c, "success") is not False]
    priced = [c for c in working if lenient.as_number(lenient.get(c, "totalFee")) is not None]
    if priced:
        return min(priced, key=lambda c: lenient.as_number(lenient.get(c, "totalFee")) or 0)
    return channels[0] if channels else {}


def _service_row(service: dict[str, Any]) -> dict[str, Any]:
    channel = _best_channel(service)
    total = lenient.as_number(lenient.get(channel, "totalFee"))
    if total is None:
        total = lenient.as_number(lenient.get(service, "noEbayFee"))
    channel_ok = lenient.get(channel, "success") is not False
    worked = lenient.get(service, "success") is not False and channel_ok and total is not None
    row = {
        "service": lenient.get(service, "productOuterCode"),
        "name": lenient.get(service, "productOuterName"),
        "success": worked,
        "total": total,
        "currency": lenient.get(channel, "currency"),
        "ebayFee": lenient.as_number(lenient.get(service, "ebayFee")),
        "noEbayFee": lenient.as_number(lenient.get(service, "noEbayFee")),
        "channel": lenient.get(channel, "channelCode"),
    }
    # Every other channel field (each fee, the chargeable weight, fields OC adds later) as is.
    row.update({k: v for k, v in channel.items() if k not in _CHANNEL_META})
    row["error"] = lenient.get(channel, "errorMessage") or ""
    return row


def compare_services(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per shipping service with its totals and every fee column, cheapest first.

    Services OC could not price come last, with OC's error.
    """
    services = [_service_row(service) for service in rows]
    return sorted(
        services, key=lambda r: (not r["success"], r["total"] if r["total"] is not None else 0)
    )
