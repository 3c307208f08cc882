"""Submit a return (ERP): create a return order at OC from the seller's own system's data."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ocdesk.api import catalog, lenient
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit.forms import FormGrid, big_label, line_table
from ocdesk.gui.pages.kit.page import DeskPage
from ocdesk.gui.pages.kit.services import RegionCombo
from ocdesk.gui.words import QT_TRANSLATE_NOOP

ENDPOINT = catalog.get("returns.erp_submit")
SKU_LINES = next(f for f in ENDPOINT.fields if f.name == "skuList")
# (request field, caption, placeholder) of the plain text boxes, in screen order.
TEXT_FIELDS = (
    ("referenceNumber", QT_TRANSLATE_NOOP("ReturnSubmitPage", "Your return reference"),
     QT_TRANSLATE_NOOP("ReturnSubmitPage", "e.g. RMA-2025-0042")),
    ("originalOrderNumber", QT_TRANSLATE_NOOP("ReturnSubmitPage", "Original order"), "OCO…"),
    ("ebayOrderId", QT_TRANSLATE_NOOP("ReturnSubmitPage", "eBay order id"),
     QT_TRANSLATE_NOOP("ReturnSubmitPage", "e.g. 02-05696-00555")),
    ("returnReason", QT_TRANSLATE_NOOP("ReturnSubmitPage", "Reason"),
     QT_TRANSLATE_NOOP("ReturnSubmitPage", "e.g. Item not as described")),
    ("buyerName", QT_TRANSLATE_NOOP("ReturnSubmitPage", "Buyer"), ""),
    ("carrierName", QT_TRANSLATE_NOOP("ReturnSubmitPage", "Carrier (if already shipped)"),
     QT_TRANSLATE_NOOP("ReturnSubmitPage", "e.g. DHL")),
    ("trackingNumber",
     QT_TRANSLATE_NOOP("ReturnSubmitPage", "Tracking number (if already shipped)"), ""),
)  # fmt: skip


class ReturnSubmitPage(DeskPage):
    """The form; on success the new return number is shown big."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Submit a return (ERP)"),
            self.tr("Create a return order (RMA) at OC for a buyer who sends goods back. The "
                    "reference must be new: OC refuses one it already has."),
            parent,
        )  # fmt: skip
        self.edits: dict[str, QLineEdit] = {}
        self.region_combo = RegionCombo(context, self)
        self.lines = line_table(SKU_LINES, [self.tr("OC SKU ID"), self.tr("Quantity")])
        self.submit_button = QPushButton(self.tr("Submit return"), self)
        self.submit_button.setDefault(True)
        self.result_label = big_label(self)
        self.form = FormGrid(self)
        for index, (key, caption, placeholder) in enumerate(TEXT_FIELDS):
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr(placeholder))
            edit.returnPressed.connect(self.submit)
            self.edits[key] = edit
            self.form.add(key, self.tr(caption), edit)
            if index == 0:
                self.form.add("serviceRegion", self.tr("Warehouse"), self.region_combo)
        self.form.add("skuList", self.tr("Items"), self.lines.widget)
        self.body.addWidget(self.form, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.submit_button)
        bar.addWidget(self.result_label, 1)
        bar.addStretch(1)
        self.body.addLayout(bar)
        self.writer.actions.append(self.submit_button)
        self.submit_button.clicked.connect(self.submit)

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: e.text().strip() for k, e in self.edits.items()
                                if e.text().strip()}  # fmt: skip
        data["serviceRegion"] = self.region_combo.region()
        data["skuList"] = self.lines.value() or []
        return data

    def submit(self) -> None:
        if self.writer.busy:
            return
        data = self.data()
        if not self.checked(ENDPOINT, data, self.form, self.lines):
            return
        reference = data["referenceNumber"]
        if not self.confirmed(self.tr("New return {reference}").format(reference=reference)):
            return
        self.result_label.hide()
        self.writer.send(
            ENDPOINT.id, data, message=self.tr("Submitting the return…"),
            on_done=lambda result: self._created(reference, result),
            on_error=self.show_error,
        )  # fmt: skip

    def _created(self, reference: str, result: Any) -> None:
        number = str(lenient.get(result.payload, "orderNumber") or "")
        self.announce_created(self.result_label, "return", number, self.tr(
            "Return {number} created for reference {reference}.").format(
            number=number, reference=reference))  # fmt: skip
        if self.edits["referenceNumber"].text().strip() == reference:
            self.edits["referenceNumber"].clear()  # a second send would be refused (duplicate)
