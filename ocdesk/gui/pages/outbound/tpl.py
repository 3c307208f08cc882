"""The "Third-party-label order" page: an order shipped under the seller's own carrier label (§6.4)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ocdesk.api import catalog
from ocdesk.api.catalog.model import megabytes
from ocdesk.api.errors import FieldProblem
from ocdesk.gui.labels.preview import LabelPreview
from ocdesk.gui.pages.outbound.form import OrderForm, platform_combo
from ocdesk.labels.document import LabelDocument

MAX_LABEL_BYTES = catalog.get("outbound.third_party_label").field("labelFile").max_bytes or 0
DEFAULT_SERVICE = "OCW_TPL"


class LabelTooBig(ValueError):
    """The label file is over OC's size limit."""


def read_label(path: Path) -> LabelDocument:
    """Runs on a worker: the PDF checked (size, that it is a PDF) and measured for the preview."""
    size = path.stat().st_size
    if size > MAX_LABEL_BYTES:
        raise LabelTooBig(f"{path.name} is {megabytes(size):.1f} MB; "
                          f"OC accepts at most {megabytes(MAX_LABEL_BYTES):g} MB")
    return LabelDocument(path.read_bytes(), label_type="carrier", number=None,
                         source_endpoint=None, name=path.name)  # fmt: skip


class ThirdPartyLabelPage(OrderForm):
    """Order fields, products, carrier and tracking number, and the carrier's label PDF.

    The label is previewed before anything is sent, and refused here when over 5 MB.
    """

    endpoint_id = "outbound.third_party_label"
    product_columns = 2  # MFSKUID and quantity

    aliases = {"labelFileName": "labelFile"}

    def build_fields(self) -> None:
        self.label: LabelDocument | None = None
        order = self.add_grid(self.tr("Order"))
        order.add("referenceNumber", self.tr("Your order number"), required=True)
        order.add("orderPlatform", self.tr("Sold on"), platform_combo(self), required=True)
        self.region_and_service(order, "serviceCode")
        order.set_text("serviceCode", DEFAULT_SERVICE)
        order.add("consigneeName", self.tr("Recipient (for display)"))
        order.add("consigneeCountryCode", self.tr("Country (for display)"))
        order.add("remark", self.tr("Note for the warehouse"))
        carrier = self.add_grid(self.tr("Your carrier label"))
        carrier.add("carrierCode", self.tr("Carrier"), required=True, tip=self.tr("e.g. UPS"))
        carrier.add("trackingNumber", self.tr("Tracking number"), required=True)
        self.file_label = QLabel(self.tr("No file chosen"), self)
        choose = QPushButton(self.tr("Choose PDF…"), self)
        choose.clicked.connect(self._choose_file)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.file_label, 1)
        row_layout.addWidget(choose)
        carrier.add("labelFile", self.tr("Label PDF"), row, required=True,
                    tip=self.tr("The label your carrier issued, as a PDF of at most 5 MB"))  # fmt: skip
        self.preview = LabelPreview(self.context, self)
        self.preview.setMinimumHeight(220)
        carrier.form.addRow(self.preview)

    def send_label(self) -> str:
        return self.tr("Create third-party-label order")

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Carrier label"), "", "PDF (*.pdf)")
        if path:
            self.load_label(Path(path))

    def load_label(self, path: Path) -> None:
        """Check and preview a label file (off the GUI thread)."""
        self.grids[1].clear_problems()
        self.file_label.setText(self.tr("Reading {name}…").format(name=path.name))
        op = self.context.api.run(lambda: read_label(path), owner=self)
        op.on_done(self._label_read).on_error(lambda error: self._label_refused(path, error))
        op.start()

    def _label_read(self, doc: LabelDocument) -> None:
        self.label = doc
        size_kb = len(doc.pdf) / 1024
        self.file_label.setText(f"{doc.name}  ({size_kb:,.0f} KB)")
        self.preview.set_document(doc)

    def _label_refused(self, path: Path, error: Exception) -> None:
        self.label = None
        self.preview.set_document(None)
        self.file_label.setText(self.tr("No file chosen"))
        self.grids[1].show_problem("labelFile", f"{path.name}: {error}")

    def order(self) -> dict[str, Any]:
        data = super().order()
        if self.label is not None:
            data["labelFileName"] = self.label.name
            data["labelFile"] = base64.b64encode(self.label.pdf).decode("ascii")
        return data

    def check(self, data: dict[str, Any]) -> list[FieldProblem]:
        problems = []
        if self.label is None:
            problems.append(FieldProblem("data[0].labelFile", self.tr("choose the label PDF")))
        if not data.get("productList"):
            problems.append(FieldProblem("data[0].productList", self.tr("add a product line")))
        return problems
