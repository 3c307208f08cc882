"""Fee detail page: every fee line of a date range (31-day windows, all pages) with totals."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.finance.rows import FEE_COLUMNS, TOTAL_COLUMNS, fee_row, total_rows
from ocdesk.gui.pages.kit.page import FetchPage
from ocdesk.gui.pages.kit.services import RegionCombo, editor_of
from ocdesk.gui.pages.kit.tables import relabel, results_view
from ocdesk.gui.pages.stock import text
from ocdesk.gui.pages.stock.inputs import DateRange
from ocdesk.jobs import paging, windows
from ocdesk.jobs.base import Call, Cancelled, Progress
from ocdesk.jobs.concurrent import RowsOf

ENDPOINT = "finance.fee_detail"
DEFAULT_DAYS = 30
REFUND = QColor("#dcfce7")
CURRENCY_TOTAL = QColor("#e5e7eb")


def fetch_fees(
    call: Call,
    filters: dict[str, Any],
    span: tuple[Any, Any],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[dict[str, Any]]:
    """Every fee line in `span`: one request per OC window, each window read to its last page."""

    def window_pages(endpoint_id: str, data: dict[str, Any]) -> list[dict[str, Any]]:
        return paging.all_pages(call, endpoint_id, data, cancelled=cancelled)

    # fetch_windows hands each window's answer to rows_of: here it is already every page's rows.
    return windows.fetch_windows(
        cast(Call, window_pages), ENDPOINT, filters, *span,
        rows_of=cast(RowsOf, list), progress=progress, cancelled=cancelled,
    )  # fmt: skip


class FeesPage(FetchPage):
    """Date range and filters -> fee lines, refunds marked, totals per fee type and currency."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr(
                "What OC charged, line by line, within the last 12 months. Ranges longer than "
                "31 days are fetched in parts. Refunds are green."
            ),
            parent,
        )
        self.range = DateRange(ENDPOINT, self)
        self.range.set_last_days(DEFAULT_DAYS)
        self.order_type = QComboBox(self)
        self.order_type.addItem(self.tr("All order types"), "")
        for code, words in text.ORDER_TYPES.items():
            self.order_type.addItem(text.tr(words), code)
        self.region = RegionCombo(context, self)
        editor_of(self.region).setPlaceholderText(self.tr("All warehouses"))
        self.numbers = QPlainTextEdit(self)
        self.numbers.setPlaceholderText(self.tr("Optional: only these order numbers, one per line"))
        self.numbers.setMaximumHeight(70)
        self.form.addRow(self.tr("Charged"), self.range)
        self.form.addRow(self.tr("Order type"), self.order_type)
        self.form.addRow(self.tr("Warehouse"), self.region)
        self.form.addRow(self.tr("Order numbers"), self.numbers)
        self.table = results_view(self, self._fee_tint)
        self.totals = results_view(self, self._total_tint)
        self.results.addWidget(self.table)
        self.results.addWidget(self.totals)
        self.results.setSizes([450, 200])
        self.rows: list[dict[str, Any]] = []
        self._titles = dict(text.columns(FEE_COLUMNS))
        self._all_fees = self.tr("All fees")

    def load_defaults(self) -> None:
        """Start-up: the last 30 days, every fee."""
        self.range.set_last_days(DEFAULT_DAYS)
        self.fetch()

    def filters(self) -> dict[str, Any]:
        """What narrows the query besides the dates (only what the user set)."""
        data: dict[str, Any] = {}
        if self.order_type.currentData():
            data["orderType"] = self.order_type.currentData()
        if self.region.region():
            data["serviceRegion"] = self.region.region()
        numbers = self.numbers.toPlainText().replace(",", " ").split()
        if numbers:
            data["orderNumberList"] = list(dict.fromkeys(numbers))
        return data

    def fetch(self) -> None:
        span = self.range.validated()
        if span is None:
            return  # refused next to the date field; nothing was sent
        call, filters = self.context.bound_caller(), self.filters()

        def job(progress: Progress, cancelled: Cancelled) -> list[dict[str, Any]]:
            return fetch_fees(call, filters, span, progress, cancelled)

        self.run_fetch(
            job,
            self.tr("Fetching fees..."),
            lambda done, total: self.tr("Part {done} of {total}").format(done=done, total=total),
        )

    def show_result(self, result: list[dict[str, Any]]) -> int:
        self.rows = result
        refund = self.tr("refund")
        self.table.set_rows(
            relabel([fee_row(r, refund) for r in result], text.columns(FEE_COLUMNS))
        )
        totals = total_rows(result, self._all_fees)
        self.totals.set_rows(relabel(totals, text.columns(TOTAL_COLUMNS)))
        return len(result)

    def _fee_tint(self, row: dict[str, Any], _: str) -> QColor | None:
        amount = str(row.get(self._titles["amount"]) or "")
        return REFUND if amount.startswith("-") else None

    def _total_tint(self, row: dict[str, Any], _: str) -> QColor | None:
        return CURRENCY_TOTAL if row.get(self._titles["feeType"]) == self._all_fees else None
