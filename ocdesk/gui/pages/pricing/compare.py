"""Services side by side with their fee breakdown: one row per service, cheapest first, failures last."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.widgets.table import read_only_table
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.pricing import compare_services

CHEAPEST_BRUSH = QBrush(QColor("#d7f0dc"))
FAILED_BRUSH = QBrush(QColor("#9e9e9e"))
# (row key, column title): the fee components OC itemises, in the order a desk user reads them.
FEE_COLUMNS = (
    ("fulfillmentFee", QT_TRANSLATE_NOOP("ServiceComparison", "Fulfilment")),
    ("packagingFee", QT_TRANSLATE_NOOP("ServiceComparison", "Packaging")),
    ("remoteSurcharge", QT_TRANSLATE_NOOP("ServiceComparison", "Remote area")),
    ("congestionSurcharge", QT_TRANSLATE_NOOP("ServiceComparison", "Congestion")),
    ("bulkySurcharge", QT_TRANSLATE_NOOP("ServiceComparison", "Bulky")),
    ("peakSeasonSurcharge", QT_TRANSLATE_NOOP("ServiceComparison", "Peak season")),
    ("homeDeliverySurcharge", QT_TRANSLATE_NOOP("ServiceComparison", "Home delivery")),
)
COLUMNS = (
    ("service", QT_TRANSLATE_NOOP("ServiceComparison", "Service")),
    ("name", QT_TRANSLATE_NOOP("ServiceComparison", "Name")),
    ("total", QT_TRANSLATE_NOOP("ServiceComparison", "Total")),
    ("currency", QT_TRANSLATE_NOOP("ServiceComparison", "Currency")),
    *FEE_COLUMNS,
    ("ebayFee", QT_TRANSLATE_NOOP("ServiceComparison", "Total, eBay order")),
    ("noEbayFee", QT_TRANSLATE_NOOP("ServiceComparison", "Total, other order")),
    ("channel", QT_TRANSLATE_NOOP("ServiceComparison", "Carrier channel")),
    ("weight", QT_TRANSLATE_NOOP("ServiceComparison", "Chargeable weight")),
    ("error", QT_TRANSLATE_NOOP("ServiceComparison", "Problem")),
)
MONEY_KEYS = {"total", "ebayFee", "noEbayFee", *(key for key, _ in FEE_COLUMNS)}


def _t(text: str) -> str:
    return QCoreApplication.translate("ServiceComparison", text)


def _money(value: Any) -> str:
    if value is None or value == "":
        return ""
    try:
        return QLocale().toString(float(value), "f", 2)
    except (TypeError, ValueError):
        return str(value)


def _weight(row: dict[str, Any]) -> str:
    weight, unit = row.get("chargeableWeight"), row.get("chargeableWeightUnit") or ""
    if weight in (None, ""):
        return ""
    try:
        return f"{QLocale().toString(float(weight), 'f', 0)} {unit}".strip()
    except (TypeError, ValueError):
        return f"{weight} {unit}".strip()


def cell(row: dict[str, Any], key: str) -> str:
    """The text of one comparison cell."""
    if key == "weight":
        return _weight(row)
    value = row.get(key)
    if key in MONEY_KEYS:
        return _money(value)
    return "" if value is None else str(value)


class ServiceComparison(QWidget):
    """OC's priced services (pricing.result / freight_sync rows) compared at a glance.

    The cheapest working service is highlighted and named above the table; services OC could
    not price come last, greyed, with OC's reason.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: list[dict[str, Any]] = []
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = read_only_table([_t(title) for _, title in COLUMNS], self, fit_columns=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        self.clear()

    def clear(self) -> None:
        self.services = []
        self.table.setRowCount(0)
        self.headline.setText(self.tr("No prices yet."))

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Show OC's services (one row per shipping service, as OC sends them)."""
        self.services = compare_services(rows)
        self.table.setRowCount(len(self.services))
        for index, service in enumerate(self.services):
            self._fill_row(index, service, cheapest=index == 0 and service["success"])
        self.headline.setText(self._headline())

    def _fill_row(self, index: int, service: dict[str, Any], *, cheapest: bool) -> None:
        for column, (key, _) in enumerate(COLUMNS):
            item = QTableWidgetItem(cell(service, key))
            if key in MONEY_KEYS or key == "weight":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if cheapest:
                item.setBackground(CHEAPEST_BRUSH)
                if column == 0:
                    item.setToolTip(self.tr("The cheapest service"))
                if key in ("service", "total"):
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
            if not service["success"]:
                item.setForeground(FAILED_BRUSH)
            self.table.setItem(index, column, item)

    def _headline(self) -> str:
        working = [s for s in self.services if s["success"]]
        failed = len(self.services) - len(working)
        if not self.services:
            return self.tr("OC priced no service for this parcel.")
        if not working:
            return self.tr("OC could not price any of the {n} services (see Problem).").format(
                n=failed
            )
        best = working[0]
        text = self.tr("Cheapest: <b>{service}</b> at <b>{total} {currency}</b>").format(
            service=best["service"], total=_money(best["total"]), currency=best["currency"] or ""
        )
        text += self.tr(" · {n} services priced").format(n=len(working))
        if failed:
            text += self.tr(" · {n} could not be priced (listed last)").format(n=failed)
        return text

    def service_codes(self) -> list[str]:
        """The services in the order shown (cheapest first)."""
        return [str(s["service"]) for s in self.services]
