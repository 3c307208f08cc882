"""Create inbound order: the order, its cartons editor, and the carton labels at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ocdesk.api import catalog, dates, lenient, validation
from ocdesk.api.identifiers import IdKind
from ocdesk.api.result import OcResult
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.inbound.cartons import CartonsEditor
from ocdesk.gui.pages.kit import words
from ocdesk.gui.pages.kit.forms import FormGrid, big_label
from ocdesk.gui.pages.kit.page import DeskPage
from ocdesk.gui.pages.kit.services import RegionCombo
from ocdesk.gui.widgets.date_picker import date_picker, picked_date
from ocdesk.jobs.requests import label_request

ENDPOINT = catalog.get("inbound.create")
ETA_DAYS = 30


def code_combo(pairs: list[tuple[str, str]], optional: str = "") -> QComboBox:
    """A drop-down showing words and holding OC's codes; `optional` adds a 'none' first entry."""
    combo = QComboBox()
    if optional:
        combo.addItem(optional, "")
    for code, text in pairs:
        combo.addItem(f"{text} ({code})", code)
    return combo


class InboundCreatePage(DeskPage):
    """The form; on success the number is shown big and the labels open in the label panel."""

    sig_created = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Create inbound order"),
            self.tr("Announce cartons you are sending to a warehouse. Each carton lists the SKUs "
                    "in it. The carton labels open in the label panel as soon as OC accepts."),
            parent,
        )  # fmt: skip
        self.seller_edit = QLineEdit(self)
        self.seller_edit.setPlaceholderText(self.tr("Your own number, e.g. PO-2025-0042"))
        self.region_combo = RegionCombo(context, self)
        self.from_edit = QLineEdit(self)
        self.from_edit.setMaxLength(2)
        self.from_edit.setPlaceholderText(self.tr("ISO code, e.g. CN"))
        self.shipping_combo = code_combo(words.shipping_methods())
        self.transport_combo = code_combo(words.transport_methods(), self.tr("Not given"))
        self.eta_edit = date_picker(QDate.currentDate().addDays(ETA_DAYS), self)
        self.vat_edit = QLineEdit(self)
        self.clearance_box = QCheckBox(self.tr("Customs documents will be uploaded"), self)
        self.cartons = CartonsEditor(self)
        self.create_button = QPushButton(self.tr("Create inbound order"), self)
        self.create_button.setDefault(True)
        self.result_label = big_label(self)
        self.form = FormGrid(self)
        self.writer.actions.append(self.create_button)
        self._lay_out()
        self.create_button.clicked.connect(self.send)
        for edit in (self.seller_edit, self.from_edit, self.vat_edit):
            edit.returnPressed.connect(self.send)
        self.from_edit.textChanged.connect(self.cartons.set_default_origin)

    def _lay_out(self) -> None:
        f = self.form
        f.add("sellerInboundNumber", self.tr("Your inbound number"), self.seller_edit)
        f.add("serviceRegion", self.tr("Warehouse"), self.region_combo)
        f.add("shippingFrom", self.tr("Ships from (country)"), self.from_edit)
        f.add("shippingMethod", self.tr("Shipping method"), self.shipping_combo)
        f.add("transportMethod", self.tr("Transport"), self.transport_combo)
        f.add("eta", self.tr("Expected arrival"), self.eta_edit)
        f.add("vat", self.tr("VAT number"), self.vat_edit)
        f.add("needClearanceDoc", "", self.clearance_box)
        self.body.addWidget(f)
        self.body.addWidget(self.cartons, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.create_button)
        bar.addWidget(self.result_label, 1)
        bar.addStretch(1)
        self.body.addLayout(bar)

    def data(self) -> dict[str, Any]:
        """The request as the form stands."""
        data: dict[str, Any] = {
            "sellerInboundNumber": self.seller_edit.text().strip(),
            "serviceRegion": self.region_combo.region(),
            "shippingFrom": self.from_edit.text().strip().upper(),
            "shippingMethod": self.shipping_combo.currentData(),
            "eta": dates.format_date(picked_date(self.eta_edit)),
            "needClearanceDoc": self.clearance_box.isChecked(),
            "cartonList": self.cartons.value(),
        }
        if self.transport_combo.currentData():
            data["transportMethod"] = self.transport_combo.currentData()
        if self.vat_edit.text().strip():
            data["vat"] = self.vat_edit.text().strip()
        return data

    def send(self) -> None:
        """Check everything, then send; bad input is marked and nothing is sent."""
        if self.writer.busy:
            return
        self.clear_messages()
        self.form.clear_problems()
        self.cartons.clear_problems()
        data = self.data()
        problems = self.cartons.parse_problems() or validation.problems_for(ENDPOINT, data)
        if problems:
            self.form.show_problems(
                [p for p in problems if not p.path.startswith("data.cartonList[")]
            )
            self.cartons.show_problems(problems)
            self.refuse(problems, ENDPOINT.id)
            return
        if not self.confirmed(self.tr("New inbound order {number}").format(
                number=data["sellerInboundNumber"])):  # fmt: skip
            return
        self.result_label.hide()
        totals = self.cartons.totals_text()
        self.writer.send(
            ENDPOINT.id, data, message=self.tr("Creating the inbound order…"),
            on_done=lambda result: self._created(data, totals, result),
            on_error=self.show_error,
        )  # fmt: skip

    def _created(self, data: dict[str, Any], totals: str, result: OcResult) -> None:
        number = str(lenient.get(result.payload, "inboundNumber") or "")
        seller = data["sellerInboundNumber"]
        text = self.tr("Inbound order {number} created for {seller} ({totals}). Print the carton "
                       "labels and stick one on each carton.")  # fmt: skip
        self.announce_created(
            self.result_label,
            "inbound",
            number,
            text.format(number=number, seller=seller, totals=totals),
        )
        if self.seller_edit.text().strip() == seller:
            self.seller_edit.clear()  # the same number again would be refused as a duplicate
        self.sig_created.emit(number)
        if result.labels():
            self.context.show_labels(ENDPOINT.id, result)
            return
        labels = label_request(IdKind.INBOUND, number)
        self.ask_oc(labels.endpoint_id, labels.data, self.tr("Fetching the carton labels…"),
                  lambda answer: self.context.show_labels(labels.endpoint_id, answer))  # fmt: skip
