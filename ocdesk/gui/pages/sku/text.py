"""Words for SKU screens: OC's battery and unit codes explained, and SKU rows for a results table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ocdesk.api import lenient
from ocdesk.gui.statuses import status_text
from ocdesk.gui.words import oc_moment_text


def _t(text: str) -> str:
    return QCoreApplication.translate("SkuText", text)


DIMENSION_UNITS = ("cm", "m", "in", "ft")
WEIGHT_UNITS = ("g", "kg", "lb", "oz")
NAME_LANGUAGES = ("en-US", "de-DE", "fr-FR", "it-IT", "es-ES", "zh-CN")
BRANDS = ("WOB", "WB")


def battery_forms() -> dict[str, str]:
    """OC's batteryForm codes (§3.1) in words."""
    return {
        "PB": _t("Battery on its own (PB)"),
        "BCE": _t("Battery built into the product (BCE)"),
        "BPE": _t("Battery packed with the product (BPE)"),
    }


def battery_types() -> dict[str, str]:
    return {
        "BC": _t("Button cell (BC)"),
        "OLB": _t("Other lithium battery (OLB)"),
        "OT": _t("Other battery (OT)"),
    }


def battery_types_new() -> dict[str, str]:
    """OC's newer batteryTypeNew codes; OC documents only the codes, so they are shown as sent."""
    return {code: code for code in ("PLB", "ALB", "OPB", "OAB", "BB", "BLB", "OBB")}


def brands() -> dict[str, str]:
    return {"WOB": _t("Without brand (WOB)"), "WB": _t("With brand (WB)")}


def explain(codes: dict[str, str], code: Any) -> str:
    """A code in words; one OC added later is shown as sent."""
    if code in (None, ""):
        return "–"
    return codes.get(str(code), str(code))


def sku_name(row: dict[str, Any], language: str = "en-US") -> str:
    """The SKU's name in `language`, else its first name."""
    names = lenient.get(row, "SKUNameList") or []
    chosen = next((n for n in names if lenient.get(n, "languageCode") == language), None)
    chosen = chosen or (names[0] if names else None)
    return str(lenient.get(chosen, "SKUName") or "")


def measure(row: dict[str, Any]) -> str:
    """`30 × 15 × 12 cm` (L × W × H), or an empty string when OC sent no dimensions."""
    sides = [lenient.get(row, key) for key in ("length", "width", "height")]
    if all(side in (None, "") for side in sides):
        return ""
    unit = lenient.get(row, "dimensionUnit") or ""
    return " × ".join("?" if s in (None, "") else str(s) for s in sides) + f" {unit}".rstrip()


def weight(row: dict[str, Any]) -> str:
    value = lenient.get(row, "weight")
    if value in (None, ""):
        return ""
    return f"{value} {lenient.get(row, 'weightUnit') or ''}".strip()


def table_row(row: dict[str, Any], language: str) -> dict[str, Any]:
    """One SKU as a table row with plain column names; `_sku` keeps OC's record for the card."""
    return {
        "MFSKUID": lenient.get(row, "MFSKUID") or "",  # titled "OC SKU ID", OC's key in its tip
        _t("Seller SKU"): lenient.get(row, "sellerSKUID") or "",
        _t("Reference SKU"): lenient.get(row, "referenceSKUID") or "",
        _t("Name"): sku_name(row, language),
        _t("Status"): status_text(str(lenient.get(row, "status") or "")),
        _t("Size (L × W × H)"): measure(row),
        _t("Weight"): weight(row),
        _t("Updated"): oc_moment_text(lenient.get(row, "updateTime")),
    }
