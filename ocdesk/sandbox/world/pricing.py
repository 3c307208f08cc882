"""Deterministic demo fees: the same parcel always costs the same, in the region's currency."""

from __future__ import annotations

import hashlib
import json
import random
from typing import Any

from ocdesk.sandbox.world.model import currency_of
from ocdesk.sandbox.world.services import SERVICES, service_name

# Pricing names some warehouses differently from the stock endpoints (§8.1).
PRICING_REGIONS = {"AU-SYDNEY": "AU", "AU-MELBOURNE": "AU-MEL"}
_SURCHARGES = (
    "remoteSurcharge",
    "congestionSurcharge",
    "bulkySurcharge",
    "peakSeasonSurcharge",
    "homeDeliverySurcharge",
)


def warehouse_of(region: str) -> str | None:
    """The §7.1 warehouse a pricing region names, matched case-insensitively; None if unknown."""
    upper = region.upper()
    if upper in PRICING_REGIONS:
        return PRICING_REGIONS[upper]
    return next((r for r in SERVICES if r.upper() == upper), None)


def stable_rng(*parts: Any) -> random.Random:
    """A random stream fixed by its inputs, so equal requests give equal numbers."""
    text = json.dumps(parts, sort_keys=True, default=str)
    return random.Random(hashlib.sha256(text.encode()).hexdigest())


def _channel(code: str, region: str, weight_g: int, rng: random.Random) -> dict[str, Any]:
    base = 2.5 + weight_g / 1000 * 1.8
    fees = {
        "fulfillmentFee": round(base * rng.uniform(0.9, 1.2), 2),
        "packagingFee": round(rng.uniform(0.2, 0.6), 2),
    }
    for name in _SURCHARGES:
        fees[name] = round(rng.uniform(0.2, 1.5), 2) if rng.random() < 0.2 else 0
    return {
        "channelCode": code,
        "currency": currency_of(region),
        "totalFee": round(sum(fees.values()), 2),
        **fees,
        "chargeableWeight": f"{weight_g:.4f}",
        "chargeableWeightUnit": "g",
        "success": True,
        "errorMessage": "",
    }


def quote(
    region: str, codes: list[str], weight_g: int, inputs: dict[str, Any], calc_id: str
) -> list[dict[str, Any]]:
    """One §8.2 result row per shipping service (all of the region's when `codes` is empty)."""
    rows = []
    for code in codes or SERVICES[region]:
        rng = stable_rng(inputs, code)
        channel = _channel(code, region, weight_g, rng)
        total = channel["totalFee"]
        rows.append(
            {
                "calculateId": calc_id,
                "productOuterCode": code,
                "productOuterName": service_name(code),
                "success": True,
                "ebayFee": total,
                "noEbayFee": round(total * 1.12, 2),
                "freightTrialChannelResults": [channel],
            }
        )
    return rows


def order_fee(order_number: str, weight_g: int) -> tuple[float, float]:
    """(estimated, actual) fulfilment fee for an outbound order."""
    rng = stable_rng(order_number)
    estimate = round(2.5 + weight_g / 1000 * 1.8 + rng.uniform(0, 2), 2)
    return estimate, round(estimate * rng.uniform(0.95, 1.08), 2)
