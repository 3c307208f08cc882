"""What each domain tab shows when the console opens: its first endpoint and the data it sends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.dates import format_date, format_datetime
from ocdesk.api.result import OcResult
from ocdesk.gui.words import QT_TRANSLATE_NOOP

ALL_REGIONS = ("DE", "UK", "AU", "AU-MEL", "US-East", "US-West", "US-South")

# Endpoints a tab lists besides its own group's: the instant freight estimate is an outbound
# call in OC's API, but a desk user looks for prices on the Pricing tab.
EXTRA_ENDPOINTS: dict[str, tuple[str, ...]] = {"Pricing": ("outbound.freight_sync",)}

DataFn = Callable[[datetime], Any]


@dataclass(frozen=True)
class Chain:
    """A call whose answer provides the default data (e.g. VAS numbers found in the fees).

    `to_data(result)` returns the data for the tab's endpoint, or None when there is nothing
    to ask for; the tab then shows `empty_text` (translated in context "DomainTab").
    `prune(data, error)` gives the data to send again when the second call fails because of
    some of the ids it was given, or None to leave the error on screen.
    """

    endpoint_id: str
    data: DataFn
    to_data: Callable[[OcResult], Any]
    empty_text: str
    prune: Callable[[Any, BaseException], Any] | None = None


@dataclass(frozen=True)
class TabDefault:
    """The endpoint a tab opens on and, unless chained, the data it sends at start-up."""

    endpoint_id: str
    data: DataFn | None = None
    chain: Chain | None = None


def last_days(days: int) -> DataFn:
    """A start/end window covering the last `days` days, in OC's date-time format."""

    def window(now: datetime) -> dict[str, str]:
        return {
            "startTime": format_datetime(now - timedelta(days=days)),
            "endTime": format_datetime(now),
        }

    return window


def _sku_changed_this_year(now: datetime) -> dict[str, str]:
    return {
        "startTime": format_date((now - timedelta(days=365)).date()),
        "endTime": format_date(now.date()),
    }


def _stock_all_regions(_: datetime) -> dict[str, Any]:
    return {
        "pageNumber": 1,
        "pageSize": 200,
        "serviceRegionList": [{"serviceRegion": region} for region in ALL_REGIONS],
    }


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


def _vas_fees(now: datetime) -> dict[str, Any]:
    return {**last_days(30)(now), "orderType": "VAS"}


def vas_numbers(result: OcResult) -> dict[str, list[str]] | None:
    """The VAS order numbers charged in a fee listing, as vas.detail data (None if none)."""
    numbers: dict[str, None] = {}
    for row in result.rows():
        number = lenient.get(row, "orderNumber")
        if number:
            numbers.setdefault(str(number), None)
    return {"vasNumberList": list(numbers)[:100]} if numbers else None


def without_unknown_vas(data: dict[str, list[str]], error: BaseException) -> Any:
    """vas.detail data minus the numbers OC's errors[] says it does not know (None if none left).

    One unknown number fails the whole vas.detail call, so a fee for an order OC no longer
    shows would otherwise hide every other VAS order.
    """
    unknown = {str(item.get("id")) for item in getattr(error, "item_errors", [])}
    numbers = data.get("vasNumberList", [])
    remaining = [n for n in numbers if n not in unknown]
    if not remaining or len(remaining) == len(numbers):
        return None
    return {"vasNumberList": remaining}


DEFAULTS: dict[str, TabDefault] = {
    "SKU": TabDefault("sku.query", _sku_changed_this_year),
    "Stock": TabDefault("stock.snapshot", _stock_all_regions),
    "Inbound": TabDefault("inbound.list", last_days(6)),
    "Outbound": TabDefault("outbound.query", last_days(6)),
    "Warehouse": TabDefault("warehouse.services"),
    "Pricing": TabDefault("outbound.freight_sync", freight_example),
    "VAS": TabDefault(
        "vas.detail",
        chain=Chain(
            "finance.fee_detail",
            _vas_fees,
            vas_numbers,
            QT_TRANSLATE_NOOP(
                "DomainTab",
                "No VAS orders were charged in the last 30 days; enter VAS numbers to look one up.",
            ),
            prune=without_unknown_vas,
        ),
    ),
    "Returns": TabDefault("returns.orders", lambda _: {"pageNumber": 1, "pageSize": 50}),
    "Finance": TabDefault("finance.fee_detail", last_days(30)),
}
