"""SKU tab, "Find SKUs": every SKU of the account, by numbers pasted one per line, or by modification
date; every page fetched (OC's `page`/`limit` paging, `limit` at the catalog's maximum)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog
from ocdesk.api.batches import chunks
from ocdesk.api.dates import format_date
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit.jobs import JobRunner, ProgressStrip
from ocdesk.gui.pages.kit.services import service_cache
from ocdesk.gui.pages.sku.card import SkuWindow
from ocdesk.gui.pages.sku.text import table_row
from ocdesk.gui.widgets.date_picker import date_picker, picked_date
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.jobs.base import Call, Cancelled, Progress, stopped
from ocdesk.jobs.paging import all_pages
from ocdesk.jobs.requests import sku_query

# OC's largest page; as many ids go in one query, so a query rarely needs a second page
PAGE_LIMIT = int(catalog.get("sku.query").field("limit").maximum or 0)
ID_LIST_LIMIT = PAGE_LIMIT
DEFAULT_DAYS = 90  # "By date modified" proposes the SKUs changed in this many days
SKU_KEY = "_sku"  # where a table row keeps OC's whole record for the card


def split_numbers(text: str) -> list[str]:
    """Numbers from pasted text: lines, commas, tabs or spaces between them; each once."""
    return list(dict.fromkeys(n for n in re.split(r"[\s,;]+", text) if n))


def _every_page(
    call: Call, data: dict[str, Any], progress: Progress | None, cancelled: Cancelled | None
) -> list[dict[str, Any]]:
    return all_pages(
        call, "sku.query", data, page_key="page", size_key="limit", size=PAGE_LIMIT,
        progress=progress, cancelled=cancelled,
    )  # fmt: skip


def find_by_numbers(
    call: Call, numbers: list[str], progress: Progress, cancelled: Cancelled
) -> list[dict[str, Any]]:
    """Runs on a worker: every SKU the numbers name, 200 numbers per query."""
    rows: list[dict[str, Any]] = []
    parts = chunks(numbers, ID_LIST_LIMIT)
    looked_up = QCoreApplication.translate("FindSkusPage", "Looked up {count} numbers")
    for done, part in enumerate(parts, start=1):
        if stopped(cancelled):
            break
        rows += _every_page(call, sku_query(part), None, None)
        progress(done, len(parts), looked_up.format(count=min(done * ID_LIST_LIMIT, len(numbers))))
    return _unique(rows)


def find_by_dates(
    call: Call, start: date, end: date, progress: Progress, cancelled: Cancelled
) -> list[dict[str, Any]]:
    """Runs on a worker: every SKU modified from `start` to `end` (whole days), all pages."""
    data = {"startTime": format_date(start), "endTime": format_date(end)}
    return _every_page(call, data, progress, cancelled)


def find_all(
    call: Call, today: date, progress: Progress, cancelled: Cancelled
) -> list[dict[str, Any]]:
    """Runs on a worker: every SKU of the account, i.e. those modified up to today (OC wants a
    time or some ids; an end time alone is enough), all pages."""
    return _unique(_every_page(call, {"endTime": format_date(today)}, progress, cancelled))


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_number = {str(r.get("MFSKUID") or id(r)): r for r in rows}
    return list(by_number.values())


class FindSkusPage(QWidget):
    """All SKUs, a search box or a date range over one results table; double-click opens an SKU
    card. It opens on all SKUs, and the line above the table says what the table holds."""

    sig_rows_shown = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.numbers = QPlainTextEdit(self)
        self.numbers.setPlaceholderText(
            self.tr("OC SKU IDs (OC…), reference or seller SKU ids: one per line, or paste a column")
        )
        self.numbers.setMaximumHeight(90)
        self.start = self._date_edit(date.today() - timedelta(days=DEFAULT_DAYS))
        self.end = self._date_edit(date.today())
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.setDefault(True)
        self.modes = QTabWidget(self)
        self.strip = ProgressStrip(self)
        self.errors = ErrorPanel(self)
        self.summary = QLabel(self)
        self.results = ResultsView(self)
        self.runner = JobRunner(context, self.strip, self)
        self.cards: list[QWidget] = []
        self._lay_out()
        self.find_button.clicked.connect(self.search)
        self.results.sig_row_activated.connect(self.open_card)

    def _date_edit(self, day: date) -> QDateEdit:
        return date_picker(QDate(day.year, day.month, day.day), self)

    def _lay_out(self) -> None:
        self.all_mode = QLabel(self.tr("Every SKU of the account, whatever its status."), self)
        self.all_mode.setWordWrap(True)
        self.all_mode.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.number_mode = QWidget(self)
        QVBoxLayout(self.number_mode).addWidget(self.numbers)
        self.date_mode = QWidget(self)
        form = QFormLayout(self.date_mode)
        form.addRow(self.tr("Modified from"), self.start)
        form.addRow(self.tr("Modified until"), self.end)
        self.modes.addTab(self.all_mode, self.tr("All SKUs"))
        self.modes.addTab(self.number_mode, self.tr("By number"))
        self.modes.addTab(self.date_mode, self.tr("By date modified"))
        self.modes.setMaximumHeight(150)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.find_button)
        hint = QLabel(self.tr("Double-click an SKU to open its card (stock, labels, EF)."), self)
        hint.setStyleSheet("color: #6b7280;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.modes)
        layout.addLayout(bar)
        layout.addWidget(self.strip)
        layout.addWidget(self.errors)
        layout.addWidget(hint)
        layout.addWidget(self.results, 1)

    def load_defaults(self) -> None:
        """Open on every SKU of the account."""
        self.modes.setCurrentWidget(self.all_mode)
        self.search()

    def search(self) -> None:
        """Search by what the visible mode holds; the other modes' input is left as typed."""
        self.errors.clear()
        call = self.context.bound_caller()
        mode = self.modes.currentWidget()
        if mode is self.number_mode:
            numbers = split_numbers(self.numbers.toPlainText())
            if not numbers:
                self.summary.setText(self.tr("Type or paste at least one SKU number."))
                return
            job = lambda p, c: find_by_numbers(call, numbers, p, c)  # noqa: E731
            message = self.tr("Looking up {n} numbers...").format(n=len(numbers))
            text = self.tr("{n} SKUs found for {m} numbers")
            found = lambda n: text.format(n=n, m=len(numbers))  # noqa: E731
        elif mode is self.date_mode:
            start, end = picked_date(self.start), picked_date(self.end)
            if end < start:
                self.summary.setText(self.tr("The end date is before the start date."))
                return
            job = lambda p, c: find_by_dates(call, start, end, p, c)  # noqa: E731
            message = self.tr("Fetching SKUs modified {a} to {b}...").format(a=start, b=end)
            text = self.tr("{n} SKUs modified from {a} to {b}")
            found = lambda n: text.format(n=n, a=start, b=end)  # noqa: E731
        else:
            today = date.today()
            job = lambda p, c: find_all(call, today, p, c)  # noqa: E731
            message = self.tr("Fetching every SKU of the account...")
            text = self.tr("All SKUs of the account: {n}")
            found = lambda n: text.format(n=n)  # noqa: E731
        self.runner.start(job, lambda rows, cancelled: self._show(rows, cancelled, found),
                          self.errors.show_error, message=message)  # fmt: skip

    def _show(
        self, rows: list[dict[str, Any]], cancelled: bool, found: Callable[[int], str]
    ) -> None:
        """The rows, and `found(count)` saying what they are."""
        language = service_cache(self.context).language
        table = [{**table_row(r, language), SKU_KEY: r} for r in rows]
        columns = [c for c in table[0] if c != SKU_KEY] if table else None
        self.results.set_rows(table, columns)
        text = found(len(rows))
        if cancelled:
            text += self.tr(" (stopped early: the list is incomplete)")
        self.summary.setText(text)
        self.sig_rows_shown.emit(len(rows))

    def open_card(self, row: dict[str, Any]) -> SkuWindow:
        """Show the SKU's card in its own window (several may stay open side by side)."""
        window = SkuWindow(self.context, row.get(SKU_KEY, row), self)
        self.cards.append(window)
        window.finished.connect(lambda _: self.cards.remove(window))
        window.show()
        return window
