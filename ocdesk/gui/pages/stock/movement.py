"""Stock movement page: any range of the last 12 months in 7-day windows, a table and a chart."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ocdesk.api import lenient
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit.page import FetchPage
from ocdesk.gui.pages.kit.tables import relabel, results_view
from ocdesk.gui.pages.stock import text
from ocdesk.gui.pages.stock.inputs import DateRange, SkuList
from ocdesk.gui.widgets.line_chart import LineChart
from ocdesk.jobs import windows

DEFAULT_DAYS = 30


def movement_row(row: dict[str, Any]) -> dict[str, Any]:
    """One movement with its time made local and its codes in words."""
    return {
        **row,
        "updateTime": text.local_time(lenient.get(row, "updateTime")),
        "inventoryStatus": text.words(text.STATUSES, lenient.get(row, "inventoryStatus")),
        "reason": text.words(text.REASONS, lenient.get(row, "reason"), with_code=True),
    }


def busiest_sku(rows: list[dict[str, Any]]) -> str | None:
    """The SKU with the most movements: the one worth charting first."""
    counts = Counter(str(lenient.get(r, "MFSKUID") or "") for r in rows)
    counts.pop("", None)
    return counts.most_common(1)[0][0] if counts else None


class MovementPage(FetchPage):
    """SKUs and a date range -> every movement, and the chosen SKU's stock over time."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr(
                "Stock going in and out: pick any range within the last 12 months. It is "
                "fetched in OC's 7-day windows, several at a time."
            ),
            parent,
        )
        self.skus = SkuList(self.tr("SKUs (MFSKUIDs), one per line; empty: all SKUs"), self)
        self.range = DateRange("stock.movement", self)
        self.range.set_last_days(DEFAULT_DAYS)
        self.form.addRow(self.tr("SKUs"), self.skus)
        self.form.addRow(self.tr("Dates"), self.range)
        self.sku_choice = QComboBox(self)
        self.region_choice = QComboBox(self)
        self.region_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table = results_view(self)
        self.chart = LineChart(self)
        self.chart.set_empty_text(self.tr("Fetch movements to see a SKU's stock over time."))
        self.results.addWidget(self._filters_and_table())
        self.chart_title = QLabel(self)
        self.results.addWidget(self._titled_chart())
        self.results.setSizes([420, 260])
        self.rows: list[dict[str, Any]] = []
        self.sku_choice.currentIndexChanged.connect(self._redraw)
        self.region_choice.currentIndexChanged.connect(self._redraw)

    def _filters_and_table(self) -> QWidget:
        box = QWidget(self)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Chart SKU"), box))
        filters.addWidget(self.sku_choice, 1)
        filters.addWidget(QLabel(self.tr("Warehouse"), box))
        filters.addWidget(self.region_choice)
        filters.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        return box

    def _titled_chart(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart, 1)
        return box

    # --- fetching --------------------------------------------------------------------------

    def fetch(self) -> None:
        skus, span = self.skus.validated(), self.range.validated()
        if skus is None or span is None:
            return  # the problem is shown next to its field; nothing was sent
        call = self.context.bound_caller()
        start, end = span

        def job(progress: Any, cancelled: Any) -> list[dict[str, Any]]:
            if not skus:  # every SKU: one call per window, without a SKU list
                return windows.fetch_windows(
                    call, "stock.movement", {}, start, end, rows_of=windows.movement_rows,
                    progress=progress, cancelled=cancelled,
                )  # fmt: skip
            return windows.stock_movements(
                call, skus, start, end, progress=progress, cancelled=cancelled
            )

        self.run_fetch(
            job,
            self.tr("Fetching stock movements..."),
            lambda done, total: self.tr("Window {done} of {total}").format(done=done, total=total),
        )

    def show_result(self, result: list[dict[str, Any]]) -> int:
        self.rows = result
        self._fill_choices()
        self._redraw()
        return len(result)

    # --- filters and chart -----------------------------------------------------------------

    def _fill_choices(self) -> None:
        skus = sorted({str(lenient.get(r, "MFSKUID") or "") for r in self.rows} - {""})
        regions = sorted({str(lenient.get(r, "serviceRegion") or "") for r in self.rows} - {""})
        for combo in (self.sku_choice, self.region_choice):
            combo.blockSignals(True)
            combo.clear()
        self.sku_choice.addItems(skus)
        busiest = busiest_sku(self.rows)
        if busiest is not None:
            self.sku_choice.setCurrentText(busiest)
        self.region_choice.addItem(self.tr("All warehouses"), "")
        for region in regions:
            self.region_choice.addItem(region, region)
        for combo in (self.sku_choice, self.region_choice):
            combo.blockSignals(False)

    def region(self) -> str | None:
        """The warehouse filter, None for all."""
        return self.region_choice.currentData() or None

    def _redraw(self) -> None:
        region = self.region()
        shown = [
            r for r in self.rows if region is None or lenient.get(r, "serviceRegion") == region
        ]
        self.table.set_rows(relabel(map(movement_row, shown), text.columns(text.MOVEMENT_COLUMNS)))
        self.show_chart(self.sku_choice.currentText(), region)

    def show_chart(self, mfskuid: str, region: str | None) -> None:
        """Draw `mfskuid`'s stock over time (one warehouse, or all added up)."""
        series = (
            windows.quantity_series(self.rows, mfskuid, service_region=region) if mfskuid else []
        )
        self.chart.set_points([(when, float(count)) for when, count in series])
        if not series:
            self.chart.set_empty_text(self.tr("No movements of this SKU in the range."))
        where = region or self.tr("all warehouses")
        self.chart_title.setText(
            self.tr("Units of {sku} in {where} after each movement").format(
                sku=mfskuid, where=where
            )
            if mfskuid
            else ""
        )
