"""Inbound tab pages: find inbound orders (any date range), read one, and act on it."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ocdesk.api import lenient
from ocdesk.api.identifiers import IdKind, classify
from ocdesk.api.result import OcResult
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.inbound.create import InboundCreatePage
from ocdesk.gui.pages.inbound.uploads import ClearancePage, TrackingPage
from ocdesk.gui.pages.kit import words
from ocdesk.gui.pages.kit.forms import split_numbers
from ocdesk.gui.pages.kit.page import open_page
from ocdesk.gui.pages.kit.record_card import RecordCard, note_label, when_text
from ocdesk.gui.pages.kit.record_list import RecordListPage
from ocdesk.gui.statuses import status_text
from ocdesk.gui.widgets.date_picker import date_picker, picked_date
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.requests import label_request
from ocdesk.jobs.windows import fetch_windows

DEFAULT_DAYS = 30
NUMBER_COLUMN = QT_TRANSLATE_NOOP("InboundPages", "Inbound number")


def _t(text: str) -> str:
    return QCoreApplication.translate("InboundPages", text)


def pages() -> list[WorkflowPage]:
    return [
        WorkflowPage("inbound.orders", _t("Inbound orders"), InboundOrdersPage, default=True,
                     tooltip=_t("Find inbound orders, see what arrived, print carton labels")),
        WorkflowPage("inbound.create", _t("Create inbound order"), InboundCreatePage,
                     tooltip=_t("Announce a shipment of cartons to a warehouse")),
        WorkflowPage("inbound.tracking", _t("Upload tracking"), TrackingPage,
                     tooltip=_t("Tell OC the courier tracking numbers of an express inbound")),
        WorkflowPage("inbound.clearance", _t("Upload clearance documents"), ClearancePage,
                     tooltip=_t("Send packing lists, invoices and waybills for customs")),
    ]  # fmt: skip


def summary_row(row: dict[str, Any]) -> dict[str, Any]:
    """A list row in the words of the table."""
    return {
        _t(NUMBER_COLUMN): lenient.get(row, "inboundNumber"),
        _t("Your number"): lenient.get(row, "sellerInboundNumber", "sellerinboundNumber"),
        _t("Warehouse"): lenient.get(row, "serviceRegion"),
        _t("Status"): status_text(str(lenient.get(row, "status") or "")),
        _t("Shipping"): words.word(words.shipping_methods(), lenient.get(row, "shippingMethod")),
        _t("Transport"): words.word(words.transport_methods(), lenient.get(row, "transportMethod")),
        _t("Expected arrival"): _day(lenient.get(row, "eta")),
        _t("Created"): when_text(lenient.get(row, "createTime")),
        _t("Updated"): when_text(lenient.get(row, "updateTime")),
    }


def _day(value: Any) -> str:
    """An OC date-only value as the day it names (no time of day)."""
    text = str(value or "")
    return text[:10] if len(text) >= 10 else text


def number_filters(numbers: list[str]) -> dict[str, list[str]]:
    """OC inbound numbers and the seller's own numbers go to their own lists (§5.2)."""
    oc = [n for n in numbers if classify(n) is IdKind.INBOUND]
    own = [n for n in numbers if n not in oc]
    data: dict[str, list[str]] = {}
    if oc:
        data["inboundNumberList"] = oc
    if own:
        data["sellerinboundNumberList"] = own
    return data


class InboundOrdersPage(RecordListPage):
    """Date range or numbers -> table; a selected order -> its detail card and actions."""

    number_key = "inboundNumber"
    status_column = _t("Status")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Inbound orders"),
            self.tr("Orders created or changed in a date range (any length: OC's 7-day limit is "
                    "handled for you), or the numbers you type. Select an order to see its "
                    "cartons, what was received and its customs documents."),
            parent,
        )  # fmt: skip
        self.number_column = _t(NUMBER_COLUMN)  # in the language of the window
        self.detail: dict[str, Any] | None = None
        self.start_edit = date_picker(QDate.currentDate().addDays(-DEFAULT_DAYS))
        self.end_edit = date_picker(QDate.currentDate())
        self.numbers_edit = QLineEdit(self)
        self.numbers_edit.setPlaceholderText(self.tr("or numbers: OCI… or your own, separated "
                                                     "by spaces"))  # fmt: skip
        self.numbers_edit.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setDefault(True)
        self._build_card_actions()
        self._lay_out()
        self.search_button.clicked.connect(self.search)
        self.numbers_edit.returnPressed.connect(self.search)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From"), self))
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.end_edit)
        bar.addWidget(self.numbers_edit, 1)
        bar.addWidget(self.search_button)
        self.lay_out(bar, (2, 3))

    def _build_card_actions(self) -> None:
        self.labels_button = self.card.add_action(
            self.tr("Carton labels"), self.tr("Open the carton labels in the label panel")
        )
        self.print_button = self.card.add_action(self.tr("Print carton labels"))
        self.tracking_button = self.card.add_action(self.tr("Upload tracking…"))
        self.clearance_button = self.card.add_action(self.tr("Upload clearance documents…"))
        self.labels_button.clicked.connect(self.show_carton_labels)
        self.print_button.clicked.connect(self.print_carton_labels)
        self.tracking_button.clicked.connect(lambda: self._open("inbound.tracking"))
        self.clearance_button.clicked.connect(lambda: self._open("inbound.clearance"))

    # --- searching ---------------------------------------------------------------------------
    def load_defaults(self) -> None:
        """The last 30 days, so the tab opens with data."""
        self.numbers_edit.clear()
        self.search()

    def search(self) -> None:
        self.clear_messages()
        numbers = split_numbers(self.numbers_edit.text())
        if numbers:
            data = number_filters(numbers)
            self.ask_oc("inbound.list", data, self.tr("Looking the numbers up…"),
                      lambda result: self.show_rows(result.rows()))  # fmt: skip
            return
        start = datetime.combine(picked_date(self.start_edit), time()).astimezone()
        # Through the end of the chosen day: an order created this very second is included.
        end = datetime.combine(picked_date(self.end_edit), time(23, 59, 59)).astimezone()
        if end < start:
            self.show_info(self.tr("The end of the range is before its start; nothing was sent."))
            return
        call = self.context.bound_caller()

        def job(progress: Any, cancelled: Any) -> list[dict[str, Any]]:
            return fetch_windows(call, "inbound.list", {}, start, end, progress=progress,
                                 cancelled=cancelled)  # fmt: skip

        self.run_job(job, self.tr("Fetching inbound orders week by week…"), self.show_rows)

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.keep_rows(sorted(rows, key=lambda r: str(lenient.get(r, "createTime") or ""),
                              reverse=True))  # fmt: skip
        note = self.tr("{count} inbound orders.").format(count=len(rows))
        if self.progress.cancelled:
            note += " " + self.tr("Stopped early: only the weeks fetched so far are shown.")
        self.show_info(note)
        self.sig_rows_shown.emit(len(rows))

    # --- one order ---------------------------------------------------------------------------
    def summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        return summary_row(row)

    def show_selected(self, number: str) -> None:
        self.open_order(number)

    def open_order(self, number: str) -> None:
        """Fetch `number`'s detail and show it on the card."""
        self.ask_oc("inbound.detail", {"inboundNumberList": [number]},
                  self.tr("Reading {number}…").format(number=number),
                  lambda result: self._show_detail(number, result))  # fmt: skip

    def _show_detail(self, number: str, result: OcResult) -> None:
        rows = result.rows()
        if not rows:
            self.show_info(self.tr("OC sent no detail for {number}.").format(number=number))
            return
        self.show_record({**self.rows.get(number, {}), **rows[0]})

    def show_record(self, row: dict[str, Any]) -> None:
        self.detail = row
        fill_card(self.card, row)
        self.print_button.setVisible(self.context.printer is not None)

    def _number(self) -> str:
        return str(lenient.get(self.detail or {}, "inboundNumber") or "")

    def show_carton_labels(self) -> None:
        labels = label_request(IdKind.INBOUND, self._number())
        self.ask_oc(labels.endpoint_id, labels.data, self.tr("Fetching carton labels…"),
                  lambda result: self.context.show_labels(labels.endpoint_id, result))  # fmt: skip

    def print_carton_labels(self) -> None:
        if self.context.printer is None:
            return
        labels = label_request(IdKind.INBOUND, self._number())
        text = self.tr("Printing the carton labels of {number}…")
        self.show_info(text.format(number=labels.number))
        self.context.printer.fetch_and_print(labels.endpoint_id, labels.data, parent=self,
                                             on_done=lambda ok, text: self.show_info(text))  # fmt: skip

    def _open(self, key: str) -> None:
        page = open_page(self, key)
        if isinstance(page, TrackingPage | ClearancePage) and self.detail is not None:
            seller = lenient.get(self.detail, "sellerInboundNumber", "sellerinboundNumber")
            page.set_inbound(self._number(), str(seller or ""))


def fill_card(card: RecordCard, row: dict[str, Any]) -> None:
    """An inbound detail row (merged with its list row) on the card."""
    card.set_header(_t("Inbound order"), str(lenient.get(row, "inboundNumber") or ""),
                    str(lenient.get(row, "status") or ""))  # fmt: skip
    asns = [str(lenient.get(a, "asnNumber") or "") for a in lenient.get(row, "asnList") or []]
    batches = [
        _t("{batch}: arrived {when}").format(
            batch=lenient.get(b, "inboundBatchNumber") or lenient.get(b, "asnNumber") or "",
            when=when_text(lenient.get(b, "arrivalTime")),
        )
        for b in lenient.get(row, "batchList") or []
    ]
    card.set_fields([
        (_t("Your number"), str(lenient.get(row, "sellerInboundNumber") or "")),
        (_t("Warehouse"), str(lenient.get(row, "serviceRegion") or "")),
        (_t("Shipping"), words.word(words.shipping_methods(), lenient.get(row, "shippingMethod"))),
        (_t("Transport"), words.word(words.transport_methods(),
                                     lenient.get(row, "transportMethod"))),
        (_t("Expected arrival"), _day(lenient.get(row, "eta"))),
        (_t("Booking number"), str(lenient.get(row, "bookingNumber") or "")),
        (_t("ASNs"), ", ".join(a for a in asns if a)),
        (_t("Batches"), "\n".join(batches)),
        (_t("Created"), when_text(lenient.get(row, "createTime"))),
        (_t("Updated"), when_text(lenient.get(row, "updateTime"))),
    ])  # fmt: skip
    lines = []
    for carton in lenient.get(row, "cartonList") or []:
        name = lenient.get(carton, "sellerCartonNumber") or lenient.get(carton, "cartonNumber")
        for product in lenient.get(carton, "productList") or []:
            lines.append([name, lenient.get(product, "MFSKUID"),
                          lenient.get(product, "quantity"),
                          lenient.get(product, "receivedQuantity")])  # fmt: skip
    card.set_lines(_t("Cartons"), [_t("Carton"), _t("SKU"), _t("Quantity"), _t("Received")],
                   lines)  # fmt: skip
    _fill_files(card, lenient.get(row, "fileList") or [])


def _fill_files(card: RecordCard, files: list[Any]) -> None:
    while card.extra.count():
        item = card.extra.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    card.extra.addWidget(note_label(words.clearance_text(files)))
