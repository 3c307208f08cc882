"""Which outbound orders each saved view holds, and the carrier tracking pages."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest

from ocdesk.jobs.order_timeline import timeline
from ocdesk.jobs.order_views import (
    ALL,
    AWAITING_PICK,
    EXCEPTIONS,
    LABEL_NOT_PRINTED,
    SHIPPED_TODAY,
    Facts,
    rows_in_view,
    view_counts,
)
from ocdesk.jobs.recipient import recipient
from ocdesk.jobs.tracking_links import tracking_url

NOW = datetime.now().astimezone()
TODAY = NOW.date()


def order(number: str, status: str, shipped: datetime | None = None, tracking: str = "") -> dict:
    parcels = [{"trackingNumber": tracking, "LMCarrierName": "DHL"}] if tracking else []
    return {
        "orderNumber": number,
        "status": status,
        "orderCreationTime": (NOW - timedelta(days=2)).isoformat(),
        "shippedTime": shipped.isoformat() if shipped else None,
        "trackingNumberList": parcels,
    }


ORDERS = [
    order("OCO1", "created"),
    order("OCO2", "processing"),
    order("OCO3", "exception"),
    order("OCO4", "shipped", NOW, "T4"),
    order("OCO5", "shipped", NOW - timedelta(days=1), "T5"),
    order("OCO6", "cancelled"),
    order("OCO7", "Picked"),  # OC's case is not trusted
]


def numbers(key: str, facts: Facts) -> list[str]:
    return [row["orderNumber"] for row in rows_in_view(key, ORDERS, facts)]


def test_each_view_holds_its_orders() -> None:
    facts = Facts(TODAY, frozenset({"OCO1", "T5"}))  # OCO5 printed under its tracking number
    assert numbers(EXCEPTIONS, facts) == ["OCO3"]
    assert numbers(AWAITING_PICK, facts) == ["OCO1", "OCO2"]
    assert numbers(SHIPPED_TODAY, facts) == ["OCO4"]
    assert numbers(LABEL_NOT_PRINTED, facts) == ["OCO2", "OCO3", "OCO4", "OCO7"]
    assert view_counts(ORDERS, facts) == {ALL: 7, EXCEPTIONS: 1, AWAITING_PICK: 2,
                                          LABEL_NOT_PRINTED: 4, SHIPPED_TODAY: 1}  # fmt: skip


def test_shipped_today_is_the_desks_day_not_ocs(monkeypatch: pytest.MonkeyPatch) -> None:
    evening_in_london = datetime(2026, 12, 5, 20, 0, tzinfo=UTC)  # 6 December in Auckland
    row = order("OCO8", "shipped", evening_in_london)
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    time.tzset()
    try:
        assert rows_in_view(SHIPPED_TODAY, [row], Facts(date(2026, 12, 6))) == [row]
        assert rows_in_view(SHIPPED_TODAY, [row], Facts(date(2026, 12, 5))) == []
    finally:
        monkeypatch.undo()
        time.tzset()
    assert rows_in_view(SHIPPED_TODAY, [order("OCO9", "shipped")], Facts(TODAY)) == []


@pytest.mark.parametrize(
    ("carrier", "number", "url"),
    [
        ("Royal Mail", "RM123", "https://www.royalmail.com/track-your-item#/tracking-results/RM123"),
        ("DHL", "0034 0434", "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html"
         "?submit=1&tracking-id=0034%200434"),
        ("Australia Post", "AP1", "https://auspost.com.au/mypost/track/details/AP1"),
        ("UPS", "1Z9", "https://www.ups.com/track?tracknum=1Z9"),
        ("usps", "9400", "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400"),
        ("FedEx", "77", "https://www.fedex.com/fedextrack/?trknbr=77"),
        ("XDP", "ZD1", "https://www.xdp.co.uk/track.php?c=&code=ZD1"),
        ("GLS", "G1", "https://gls-group.com/track/G1"),
    ],
)  # fmt: skip
def test_known_carriers_link_to_their_tracking_page(carrier: str, number: str, url: str) -> None:
    assert tracking_url(carrier, number) == url


def test_an_unknown_carrier_or_no_number_has_no_link() -> None:
    assert tracking_url("PFL", "PFL123") is None
    assert tracking_url("DHL", "  ") is None


def test_the_timeline_of_an_order_off_the_normal_path_ends_on_its_status() -> None:
    shipped_then_odd = order("OCO1", "lost_in_transit", NOW, "T1")
    steps = timeline(shipped_then_odd)
    assert [(s.status, s.reached, s.current) for s in steps] == [
        ("created", True, False),
        ("shipped", True, False),
        ("lost_in_transit", True, True),
    ]
    assert steps[1].when == NOW
    delivered = timeline(order("OCO2", "delivered", NOW))
    assert [s.status for s in delivered][-2:] == ["shipped", "delivered"]
    assert all(s.reached for s in delivered)
    assert [s.status for s in timeline(order("OCO3", "packed"))][-1] == "shipped"


def test_the_recipient_reads_the_fields_outbound_create_takes() -> None:
    found = recipient({"consigneeName": "Jessica Wang", "companyName": "OrangeConnex",
                       "houseNumber": "133", "consigneeAddress1": "Elm Tree Ave",
                       "consigneeCity": "Coventry", "consigneeZipCode": "CV4 9ES",
                       "consigneeCountryCode": "gb"})  # fmt: skip
    assert found is not None
    assert found.lines == ("OrangeConnex", "133 Elm Tree Ave", "CV4 9ES Coventry")
    assert (found.name, found.country) == ("Jessica Wang", "GB")
    assert recipient({"orderNumber": "OCO1"}) is None
