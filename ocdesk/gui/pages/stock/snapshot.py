"""Stock snapshot page: every page of stock for the chosen warehouses, with totals per warehouse."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit.tables import relabel
from ocdesk.gui.pages.stock import text
from ocdesk.gui.pages.stock.levels import StockLevelsPage
from ocdesk.jobs import paging


def totals_rows(rows: list[dict[str, Any]], all_label: str) -> list[dict[str, Any]]:
    """One row per warehouse (quantity columns summed) and a last row for all of them."""
    per_region = paging.snapshot_totals(rows)
    sku_counts: dict[str, int] = {}
    for row in rows:
        region = str(row.get("serviceRegion") or "")
        sku_counts[region] = sku_counts.get(region, 0) + 1
    out: list[dict[str, Any]] = []
    for region in sorted(per_region):
        fields = per_region[region]
        out.append(
            {
                "serviceRegion": region,
                "rows": sku_counts.get(region, 0),
                **{key: fields.get(key, 0) for key in text.SNAPSHOT_QUANTITIES},
            }
        )
    grand = {
        "serviceRegion": all_label,
        "rows": len(rows),
        **{key: sum(r[key] for r in out) for key in text.SNAPSHOT_QUANTITIES},
    }
    return [*out, grand]


class SnapshotPage(StockLevelsPage):
    """Regions and optional SKUs -> one table of stock by status, totals underneath."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Stock on hand in OC's warehouses, by status. Every page is fetched; "
            "totals per warehouse are underneath."
        )
        super().__init__(context, intro, 180, parent=parent)

    def load_defaults(self) -> None:
        """Start-up: every warehouse, every SKU."""
        self.regions.set_checked(list(self.regions.boxes))
        self.fetch()

    def fetching(self) -> str:
        return self.tr("Fetching stock...")

    def show_result(self, result: list[dict[str, Any]]) -> int:
        self.rows = result
        self.table.set_rows(relabel(result, text.columns(text.SNAPSHOT_COLUMNS)))
        total_columns = [
            ("serviceRegion", self.tr("Warehouse")),
            ("rows", self.tr("SKUs")),
            *text.columns(text.SNAPSHOT_COLUMNS)[2:],
        ]
        self.totals.set_rows(relabel(totals_rows(result, self.tr("All warehouses")), total_columns))
        return len(result)
