"""Plain words for the codes of the Inbound, VAS and Returns screens, and for OC's field paths."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from ocdesk.api import lenient
from ocdesk.gui.statuses import status_text
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs import code_words

_CTX = "DeskWords"
RETURN_STATUSES = ("created", "label_issued", "in_transit", "received", "inspected", "completed",
                   "cancelled")  # fmt: skip


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def shipping_methods() -> list[tuple[str, str]]:
    """§5.1 `shippingMethod`: (code, words)."""
    return _translated(code_words.SHIPPING_METHODS)


def transport_methods() -> list[tuple[str, str]]:
    """§5.1 `transportMethod`: (code, words)."""
    return _translated(code_words.TRANSPORT_METHODS)


def document_types() -> list[tuple[str, str]]:
    """§5.6 clearance document types known by name; other codes may be typed (rule C6)."""
    return [("PL", _t("Packing list")), ("IN", _t("Invoice")), ("BL", _t("Bill of lading")),
            ("MAWB", _t("Master air waybill"))]  # fmt: skip


def vas_types() -> list[tuple[str, str]]:
    """§9 `vasType`: (code, words)."""
    return _translated(code_words.VAS_TYPES)


def _translated(words: dict[str, str]) -> list[tuple[str, str]]:
    """Each code with its words, in the language of the Qt-free layers' own translation."""
    return [(code, code_words.code_word(words, code)) for code in words]


def return_statuses() -> list[tuple[str, str]]:
    """§11.0 return statuses, in the order a return moves through them, in the words every
    page and card gives a status."""
    return [(code, status_text(code)) for code in RETURN_STATUSES]


def conditions() -> list[tuple[str, str]]:
    """§11.0 item `condition`."""
    return [("SELLABLE", _t("Sellable")), ("UNSELLABLE", _t("Not sellable")),
            ("PENDING", _t("Not inspected yet"))]  # fmt: skip


def verify_statuses() -> list[tuple[str, str]]:
    """§5.3 `fileList[].verifyStatus` of an uploaded clearance document."""
    return [("pending", _t("Being checked")), ("passed", _t("Accepted")),
            ("failed", _t("Rejected"))]  # fmt: skip


def word(pairs: list[tuple[str, str]], code: object) -> str:
    """The words for `code`; a code OC added later is shown as sent (rule C6)."""
    text = "" if code is None else str(code)
    return next((w for c, w in pairs if c.lower() == text.lower()), text)


def yes_no(value: object) -> str:
    return _t("Yes") if value is True or str(value).lower() == "true" else _t("No")


# How the field names inside OC's problem paths read on screen.
_FIELD_WORDS = {
    "sellerInboundNumber": QT_TRANSLATE_NOOP("DeskWords", "Your inbound number"),
    "serviceRegion": QT_TRANSLATE_NOOP("DeskWords", "Warehouse"),
    "shippingFrom": QT_TRANSLATE_NOOP("DeskWords", "Ships from"),
    "shippingMethod": QT_TRANSLATE_NOOP("DeskWords", "Shipping method"),
    "transportMethod": QT_TRANSLATE_NOOP("DeskWords", "Transport"),
    "eta": QT_TRANSLATE_NOOP("DeskWords", "Expected arrival"),
    "cartonList": QT_TRANSLATE_NOOP("DeskWords", "Carton"),
    "sellerCartonNumber": QT_TRANSLATE_NOOP("DeskWords", "carton number"),
    "cartonOriginCountry": QT_TRANSLATE_NOOP("DeskWords", "origin country"),
    "productList": QT_TRANSLATE_NOOP("DeskWords", "line"),
    "mfskuid": QT_TRANSLATE_NOOP("DeskWords", "SKU"),
    "mfSkuId": QT_TRANSLATE_NOOP("DeskWords", "SKU"),
    "quantity": QT_TRANSLATE_NOOP("DeskWords", "quantity"),
    "skuList": QT_TRANSLATE_NOOP("DeskWords", "SKU line"),
    "trackingList": QT_TRANSLATE_NOOP("DeskWords", "Tracking line"),
    "trackingNumber": QT_TRANSLATE_NOOP("DeskWords", "tracking number"),
    "carrier": QT_TRANSLATE_NOOP("DeskWords", "carrier"),
    "carrierName": QT_TRANSLATE_NOOP("DeskWords", "Carrier"),
    "inboundNumber": QT_TRANSLATE_NOOP("DeskWords", "Inbound number"),
    "referenceNumber": QT_TRANSLATE_NOOP("DeskWords", "Reference"),
    "fileList": QT_TRANSLATE_NOOP("DeskWords", "File"),
    "sellerVasNumber": QT_TRANSLATE_NOOP("DeskWords", "Your VAS number"),
    "vasType": QT_TRANSLATE_NOOP("DeskWords", "Service"),
}
_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def path_words(path: str) -> str:
    """`data.cartonList[0].productList[1].mfskuid` -> "Carton 1, line 2, SKU"."""
    parts = []
    for step in path.removeprefix("data.").split("."):
        match = _STEP.fullmatch(step)
        if match is None:
            parts.append(step)
            continue
        name, index = match.groups()
        words = _t(_FIELD_WORDS.get(name, name))
        parts.append(f"{words} {int(index) + 1}" if index is not None else words)
    return ", ".join(parts)


def top_field(path: str) -> str:
    """The request field a problem path starts with (`data.cartonList[0]...` -> cartonList)."""
    return re.split(r"[.\[]", path.removeprefix("data."), maxsplit=1)[0]


def clearance_text(files: list[Any]) -> str:
    """The customs documents and OC's verdict on each, in plain words."""
    if not files:
        return _t("Customs documents: none uploaded.")
    lines = [_t("Customs documents:")]
    for item in files:
        status = word(verify_statuses(), lenient.get(item, "verifyStatus"))
        line = _t("{name} ({type}): {status}").format(
            name=lenient.get(item, "fileName") or "",
            type=word(document_types(), lenient.get(item, "fileType")),
            status=status,
        )
        reason = lenient.get(item, "failReason")
        if reason:
            line += _t(" because: {reason}").format(reason=reason)
        lines.append("  • " + line)
    return "\n".join(lines)
