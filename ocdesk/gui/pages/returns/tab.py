"""Returns tab pages: search return orders, read one on a card, and act on it."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ocdesk.api import dates, lenient
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.kit import words
from ocdesk.gui.pages.kit.record_card import RecordCard, when_text
from ocdesk.gui.pages.kit.record_list import RecordListPage
from ocdesk.gui.pages.returns.actions import ReturnActions
from ocdesk.gui.pages.returns.stock import ReturnStockPage
from ocdesk.gui.pages.returns.submit import ReturnSubmitPage
from ocdesk.gui.statuses import status_text
from ocdesk.gui.widgets.date_picker import date_picker, picked_date
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.paging import PAGE_SIZE, all_pages

FIRST_PAGE_SIZE = 50
NUMBER_COLUMN = QT_TRANSLATE_NOOP("ReturnPages", "Return number")


def _t(text: str) -> str:
    return QCoreApplication.translate("ReturnPages", text)


def pages() -> list[WorkflowPage]:
    return [
        WorkflowPage("returns.orders", _t("Return orders"), ReturnOrdersPage, default=True,
                     tooltip=_t("Find returns, print return labels, cancel or update them")),
        WorkflowPage("returns.stock", _t("Return stock"), ReturnStockPage,
                     tooltip=_t("Returned units at the warehouse; link unknown ones to SKUs")),
        WorkflowPage("returns.submit", _t("Submit a return (ERP)"), ReturnSubmitPage,
                     tooltip=_t("Create a return order at OC from your own system's data")),
    ]  # fmt: skip


def summary_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        _t(NUMBER_COLUMN): lenient.get(row, "orderNumber"),
        _t("Reference"): lenient.get(row, "referenceNumber"),
        _t("Status"): status_text(str(lenient.get(row, "status") or "")),
        _t("Warehouse"): lenient.get(row, "serviceRegion"),
        _t("Original order"): lenient.get(row, "originalOrderNumber"),
        _t("Reason"): lenient.get(row, "returnReason"),
        _t("Tracking"): lenient.get(row, "trackingNumber"),
        _t("Created"): when_text(lenient.get(row, "createTime")),
    }


class ReturnOrdersPage(RecordListPage):
    """Filters -> the first page (or all pages) -> table; the selected return on a card."""

    number_key = "orderNumber"
    status_column = _t("Status")
    # Callers reach the return's actions by this name; it hides QWidget.actions(), unused here.

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Return orders"),
            self.tr("Search returns by number, reference, status or creation date. Select one "
                    "for its items, its label and what can still be done with it."),
            parent,
        )  # fmt: skip
        self.number_column = _t(NUMBER_COLUMN)  # in the language of the window
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("Return number (OCS…)"))
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(self.tr("Your reference"))
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Any status"), "")
        for code, text in words.return_statuses():
            self.status_combo.addItem(text, code)
        self.dates_box = QCheckBox(self.tr("Created between"), self)
        self.start_edit = date_picker(QDate.currentDate().addDays(-30))
        self.end_edit = date_picker(QDate.currentDate())
        for date_edit in (self.start_edit, self.end_edit):
            date_edit.setEnabled(False)
            self.dates_box.toggled.connect(date_edit.setEnabled)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setDefault(True)
        self.all_button = QPushButton(self.tr("All pages"), self)
        self.all_button.setToolTip(self.tr("Fetch every matching return, not just the first "
                                           "{count}").format(count=FIRST_PAGE_SIZE))  # fmt: skip
        self.return_actions = ReturnActions(self)
        self.return_actions.sig_changed.connect(self.refresh_return)
        self._lay_out()
        for edit in (self.number_edit, self.reference_edit):
            edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.all_button.clicked.connect(self.search_all)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for widget in (
            self.number_edit,
            self.reference_edit,
            self.status_combo,
            self.dates_box,
            self.start_edit,
            self.end_edit,
            self.search_button,
            self.all_button,
        ):
            bar.addWidget(widget)  # fmt: skip
        self.lay_out(bar, (0, 2))

    def filters(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key, text in (("orderNumber", self.number_edit.text()),
                          ("referenceNumber", self.reference_edit.text()),
                          ("status", self.status_combo.currentData())):  # fmt: skip
            if text and text.strip():
                data[key] = text.strip()
        if self.dates_box.isChecked():
            start = datetime.combine(picked_date(self.start_edit), time())
            end = datetime.combine(picked_date(self.end_edit), time(23, 59, 59))
            data["startTime"] = dates.format_datetime(start)
            data["endTime"] = dates.format_datetime(end)
        return data

    def load_defaults(self) -> None:
        self.search()

    def search(self) -> None:
        """The first page of matches."""
        self.clear_messages()
        data = {**self.filters(), "pageNumber": 1, "pageSize": FIRST_PAGE_SIZE}
        self.ask_oc("returns.orders", data, self.tr("Searching returns…"),
                  lambda result: self.show_rows(result.rows(), result.payload))  # fmt: skip

    def search_all(self) -> None:
        self.clear_messages()
        call, data = self.context.bound_caller(), self.filters()
        self.run_job(lambda p, c: all_pages(call, "returns.orders", data, size=PAGE_SIZE,
                                            progress=p, cancelled=c),
                     self.tr("Fetching every page…"), self.show_rows)  # fmt: skip

    def show_rows(self, rows: list[dict[str, Any]], payload: Any = None) -> None:
        self.keep_rows(rows)
        total = lenient.as_number(lenient.get(payload, "total")) if payload else None
        if total is not None and total > len(rows):
            note = self.tr("Showing {shown} of {total} returns; All pages fetches the rest.")
            self.show_info(note.format(shown=len(rows), total=int(total)))
        else:
            note = self.tr("{count} returns.").format(count=len(rows))
            if self.progress.cancelled:
                note += " " + self.tr("Stopped early: only the pages fetched so far are shown.")
            self.show_info(note)
        self.sig_rows_shown.emit(len(rows))

    def summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        return summary_row(row)

    def show_record(self, row: dict[str, Any]) -> None:
        fill_card(self.card, row)
        self.return_actions.set_record(row)

    def refresh_return(self, number: str) -> None:
        """Read `number` again after a change and show it."""
        self.ask_oc("returns.orders", {"orderNumber": number},
                  self.tr("Reading {number}…").format(number=number),
                  lambda result: self.show_refreshed(result.rows()))  # fmt: skip


def fill_card(card: RecordCard, row: dict[str, Any]) -> None:
    card.set_header(_t("Return"), str(lenient.get(row, "orderNumber") or ""),
                    str(lenient.get(row, "status") or ""))  # fmt: skip
    carrier, tracking = lenient.get(row, "carrierName"), lenient.get(row, "trackingNumber")
    card.set_fields([
        (_t("Reference"), str(lenient.get(row, "referenceNumber") or "")),
        (_t("Warehouse"), str(lenient.get(row, "serviceRegion") or "")),
        (_t("Reason"), str(lenient.get(row, "returnReason") or "")),
        (_t("Original order"), str(lenient.get(row, "originalOrderNumber") or "")),
        (_t("eBay order"), str(lenient.get(row, "ebayOrderId") or "")),
        (_t("Tracking"), f"{tracking}  ({carrier})" if tracking and carrier
         else str(tracking or _t("none yet"))),
        (_t("Created"), when_text(lenient.get(row, "createTime"))),
        (_t("Updated"), when_text(lenient.get(row, "updateTime"))),
    ])  # fmt: skip
    lines = [[lenient.get(i, "MFSKUID") or _t("(unknown)"), lenient.get(i, "sellerSKUID"),
              lenient.get(i, "quantity"), lenient.get(i, "receivedQuantity"),
              words.word(words.conditions(), lenient.get(i, "condition")),
              words.yes_no(lenient.get(i, "linked"))]
             for i in lenient.get(row, "skuList") or []]  # fmt: skip
    card.set_lines(_t("Items"), [_t("SKU"), _t("Seller SKU"), _t("Qty"), _t("Received"),
                                 _t("Condition"), _t("Linked to SKU")], lines)  # fmt: skip
