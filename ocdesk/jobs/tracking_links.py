"""Where a carrier shows a parcel's journey: the tracking page for a carrier and number.

Carriers are matched on OC's carrier code or name (`LMCarrierCode` / `LMCarrierName`), case
and spaces ignored. An unknown carrier has no link: the desk copies the number instead.
"""

from __future__ import annotations

from urllib.parse import quote

# carrier (code or name, normalised) -> page with {number}
_PAGES: dict[str, str] = {
    "royalmail": "https://www.royalmail.com/track-your-item#/tracking-results/{number}",
    "rm": "https://www.royalmail.com/track-your-item#/tracking-results/{number}",
    "parcelforce": "https://www.parcelforce.com/track-trace?trackNumber={number}",
    "dhl": "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html"
    "?submit=1&tracking-id={number}",
    "gls": "https://gls-group.com/track/{number}",
    "dpd": "https://tracking.dpd.de/status/en_US/parcel/{number}",
    "hermes": "https://www.evri.com/track/parcel/{number}",
    "evri": "https://www.evri.com/track/parcel/{number}",
    "australiapost": "https://auspost.com.au/mypost/track/details/{number}",
    "auspost": "https://auspost.com.au/mypost/track/details/{number}",
    "aup": "https://auspost.com.au/mypost/track/details/{number}",
    "ups": "https://www.ups.com/track?tracknum={number}",
    "usps": "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}",
    "fedex": "https://www.fedex.com/fedextrack/?trknbr={number}",
    "xdp": "https://www.xdp.co.uk/track.php?c=&code={number}",
    "yodel": "https://www.yodel.co.uk/tracking/{number}",
}


def carrier_key(carrier: str) -> str:
    return "".join(carrier.lower().split())


def tracking_url(carrier: str, number: str) -> str | None:
    """The carrier's tracking page for `number`; None for an unknown carrier or no number."""
    page = _PAGES.get(carrier_key(carrier))
    if page is None or not number.strip():
        return None
    return page.format(number=quote(number.strip(), safe=""))
