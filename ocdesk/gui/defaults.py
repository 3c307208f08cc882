"""Starting values the domain tabs share: the warehouses, extra endpoints, the example parcel."""

from __future__ import annotations

from datetime import datetime
from typing import Any

ALL_REGIONS = ("DE", "UK", "AU", "AU-MEL", "US-East", "US-West", "US-South")

# Endpoints a tab lists besides its own group's: the instant freight estimate is an outbound
# call in OC's API, but a desk user looks for prices on the Pricing tab.
EXTRA_ENDPOINTS: dict[str, tuple[str, ...]] = {"Pricing": ("outbound.freight_sync",)}


def freight_example(now: datetime) -> dict[str, Any]:
    """A realistic parcel from the UK warehouse to London, so prices show at once."""
    return {
        "referenceId": f"EST-{now:%Y%m%d%H%M%S}",
        "serviceRegion": "UK",
        "consigneeCountryCode": "GB",
        "consigneePostCode": "SW1A 1AA",
        "skuType": False,
        "skuList": [
            {
                "skuId": "DEMO-PARCEL",
                "pieceQuantity": 1,
                "length": 20,
                "width": 15,
                "height": 10,
                "weight": 500,
            }
        ],
    }
