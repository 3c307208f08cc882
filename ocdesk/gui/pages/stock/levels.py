"""StockLevelsPage: the frame of the Stock pages that read every page of stock per warehouse."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit.page import FetchPage
from ocdesk.gui.pages.kit.tables import Tint, results_view
from ocdesk.gui.pages.stock.inputs import RegionChecks, SkuList
from ocdesk.jobs import paging


class StockLevelsPage(FetchPage):
    """Warehouses and optional SKUs -> a table of rows, and totals under it.

    Subclasses name the endpoint (`endpoint_id`), say what they fetch (`fetching`) and show
    the rows (`show_result`) in `table` and `totals`.
    """

    endpoint_id = "stock.snapshot"

    def __init__(
        self,
        context: AppContext,
        intro: str,
        totals_height: int,
        tint: Tint | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, intro, parent)
        self.regions = RegionChecks(context, self)
        self.skus = SkuList(self.tr("Optional: only these SKUs (OC SKU IDs), one per line"), self)
        self.form.addRow(self.tr("Warehouses"), self.regions)
        self.form.addRow(self.tr("SKUs"), self.skus)
        self.table = results_view(self, tint)
        self.totals = results_view(self, tint)
        self.results.addWidget(self.table)
        self.results.addWidget(self.totals)
        self.results.setSizes([500, totals_height])
        self.rows: list[dict[str, Any]] = []

    def fetching(self) -> str:
        """The words on the progress strip while the job starts."""
        raise NotImplementedError

    def fetch(self) -> None:
        regions, skus = self.regions.validated(), self.skus.validated()
        if regions is None or skus is None:
            return
        call, endpoint_id = self.context.bound_caller(), self.endpoint_id

        def job(progress: Any, cancelled: Any) -> list[dict[str, Any]]:
            return paging.stock_snapshot(
                call, regions, mfskuids=skus, endpoint_id=endpoint_id,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip

        self.run_fetch(
            job,
            self.fetching(),
            lambda page, _: self.tr("Fetched page {page}...").format(page=page),
        )
