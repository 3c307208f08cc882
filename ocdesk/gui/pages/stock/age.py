"""Stock age page: units per age bucket (days since receipt), old stock highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ocdesk.api import lenient
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.stock import text
from ocdesk.gui.pages.stock.levels import StockLevelsPage

OLD_STOCK = QColor("#fde68a")


def age_row(row: dict[str, Any]) -> dict[str, Any]:
    """SKU, warehouse, one column per age bucket and the total, from one stock.age row."""
    buckets = dict.fromkeys(text.AGE_RANGES, 0)
    for bucket in lenient.get(row, "inventoryAgeList") or []:
        name = str(lenient.get(bucket, "ageRange") or "")
        buckets[name] = buckets.get(name, 0) + int(
            lenient.as_number(lenient.get(bucket, "quantity")) or 0
        )
    total = lenient.as_number(lenient.get(row, "totalQuantity"))
    return {
        "MFSKUID": lenient.get(row, "MFSKUID"),
        "serviceRegion": lenient.get(row, "serviceRegion"),
        **buckets,
        "total": int(total) if total is not None else sum(buckets.values()),
    }


def bucket_totals(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Units per bucket over all rows, plus 'total'."""
    keys = [k for k in rows[0] if k not in ("MFSKUID", "serviceRegion")] if rows else []
    return {key: sum(int(row.get(key) or 0) for row in rows) for key in keys}


def is_old_stock(row: dict[str, Any], column: str) -> bool:
    """A bucket cell older than 180 days that holds units."""
    return column in text.OLD_AGE_RANGES and int(row.get(column) or 0) > 0


class AgePage(StockLevelsPage):
    """Regions and optional SKUs -> age buckets per SKU and warehouse, with bucket totals."""

    endpoint_id = "stock.age"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "How long stock has been in OC's warehouses, in days since it was received. "
            "Stock older than 180 days is highlighted."
        )
        super().__init__(context, intro, 90, self._tint, parent)
        self._keys = {title: key for key, title in self._columns()}

    def _columns(self) -> list[tuple[str, str]]:
        days = [(name, self.tr("{range} days").format(range=name)) for name in text.AGE_RANGES]
        return [("MFSKUID", self.tr("OC SKU ID")), ("serviceRegion", self.tr("Warehouse")),
                *days, ("total", self.tr("Total"))]  # fmt: skip

    def _tint(self, row: dict[str, Any], column: str) -> QColor | None:
        key = self._keys.get(column, column)
        return OLD_STOCK if is_old_stock({key: row.get(column)}, key) else None

    def fetching(self) -> str:
        return self.tr("Fetching stock age...")

    def show_result(self, result: list[dict[str, Any]]) -> int:
        self.rows = [age_row(row) for row in result]
        columns = self._columns()
        self.table.set_rows([{t: r.get(k) for k, t in columns} for r in self.rows])
        totals = {"MFSKUID": self.tr("All SKUs"), "serviceRegion": "", **bucket_totals(self.rows)}
        self.totals.set_rows([{t: totals.get(k) for k, t in columns}])
        return len(self.rows)
