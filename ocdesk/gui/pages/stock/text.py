"""Words for OC's stock and finance codes: column titles, movement reasons, fee and order types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime

from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.windows import row_time

CONTEXT = "StockText"

# (OC's key, column title) in the order a desk user reads them.
SNAPSHOT_COLUMNS = (
    ("MFSKUID", QT_TRANSLATE_NOOP("StockText", "OC SKU ID")),
    ("serviceRegion", QT_TRANSLATE_NOOP("StockText", "Warehouse")),
    ("available", QT_TRANSLATE_NOOP("StockText", "Available")),
    ("inTransit", QT_TRANSLATE_NOOP("StockText", "In transit")),
    ("received", QT_TRANSLATE_NOOP("StockText", "Received, not put away")),
    ("reservedAllocated", QT_TRANSLATE_NOOP("StockText", "Reserved for orders")),
    ("reservedHold", QT_TRANSLATE_NOOP("StockText", "Reserved, on hold")),
    ("reservedVAS", QT_TRANSLATE_NOOP("StockText", "Reserved for VAS")),
    ("suspend", QT_TRANSLATE_NOOP("StockText", "Suspended")),
    ("unfulfillable", QT_TRANSLATE_NOOP("StockText", "Unfulfillable")),
)
SNAPSHOT_QUANTITIES = tuple(key for key, _ in SNAPSHOT_COLUMNS[2:])

MOVEMENT_COLUMNS = (
    ("updateTime", QT_TRANSLATE_NOOP("StockText", "Time")),
    ("MFSKUID", QT_TRANSLATE_NOOP("StockText", "OC SKU ID")),
    ("sellerSkuId", QT_TRANSLATE_NOOP("StockText", "Seller SKU")),
    ("serviceRegion", QT_TRANSLATE_NOOP("StockText", "Warehouse")),
    ("inventoryStatus", QT_TRANSLATE_NOOP("StockText", "Status")),
    ("quantity", QT_TRANSLATE_NOOP("StockText", "Quantity +/-")),
    ("actualCount", QT_TRANSLATE_NOOP("StockText", "Balance after")),
    ("reason", QT_TRANSLATE_NOOP("StockText", "Reason")),
    ("orderNumber", QT_TRANSLATE_NOOP("StockText", "Order number")),
)

# Movement reason codes; codes not listed are shown as OC sends them.
REASONS = {
    "OEH": QT_TRANSLATE_NOOP("StockText", "Shipped to a customer"),
    "IBR": QT_TRANSLATE_NOOP("StockText", "Inbound received"),
    "ADJ": QT_TRANSLATE_NOOP("StockText", "Stock adjustment"),
    "RTN": QT_TRANSLATE_NOOP("StockText", "Return restocked"),
}
STATUSES = {"AVL": QT_TRANSLATE_NOOP("StockText", "Available")}

AGE_RANGES = ("0-30", "31-60", "61-90", "91-180", "181-365", "366+")
OLD_AGE_RANGES = ("181-365", "366+")  # older than 180 days: the stock that costs money

FEE_TYPES = {
    "FULFILLMENT": QT_TRANSLATE_NOOP("StockText", "Fulfilment"),
    "PACKAGING": QT_TRANSLATE_NOOP("StockText", "Packaging"),
    "REMOTE_SURCHARGE": QT_TRANSLATE_NOOP("StockText", "Remote area surcharge"),
    "CONGESTION_SURCHARGE": QT_TRANSLATE_NOOP("StockText", "Congestion surcharge"),
    "BULKY_SURCHARGE": QT_TRANSLATE_NOOP("StockText", "Bulky item surcharge"),
    "PEAK_SURCHARGE": QT_TRANSLATE_NOOP("StockText", "Peak season surcharge"),
    "HOME_DELIVERY_SURCHARGE": QT_TRANSLATE_NOOP("StockText", "Home delivery surcharge"),
    "INBOUND_HANDLING": QT_TRANSLATE_NOOP("StockText", "Inbound handling"),
    "STORAGE": QT_TRANSLATE_NOOP("StockText", "Storage"),
    "RETURN_HANDLING": QT_TRANSLATE_NOOP("StockText", "Return handling"),
    "VAS": QT_TRANSLATE_NOOP("StockText", "Value-added service"),
}
ORDER_TYPES = {
    "OUTBOUND": QT_TRANSLATE_NOOP("StockText", "Outbound"),
    "INBOUND": QT_TRANSLATE_NOOP("StockText", "Inbound"),
    "RETURN": QT_TRANSLATE_NOOP("StockText", "Return"),
    "VAS": QT_TRANSLATE_NOOP("StockText", "VAS"),
    "STORAGE": QT_TRANSLATE_NOOP("StockText", "Storage"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def columns(pairs: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """(key, translated title) pairs."""
    return [(key, tr(title)) for key, title in pairs]


def words(table: dict[str, str], code: object, *, with_code: bool = False) -> str:
    """The words for `code`, else the code itself; `with_code` keeps the code in front."""
    text = str(code or "")
    known = table.get(text.upper())
    if known is None:
        return text
    return f"{text}: {tr(known)}" if with_code else tr(known)


def local_time(value: Any) -> str:
    """OC's time as the desk's local 'yyyy-MM-dd HH:mm' (sorts as text); raw when unreadable."""
    when = row_time({"updateTime": value})
    if when is None:
        return str(value or "")
    return QDateTime(when.astimezone()).toString("yyyy-MM-dd HH:mm")
