"""The parcel to price: destination, warehouse, SKUs or sizes, and which services to compare."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog
from ocdesk.api.errors import FieldProblem
from ocdesk.api.validation import problems_for
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit.forms import FormGrid, rest_path, split_problem
from ocdesk.gui.pages.kit.services import RegionCombo, ServiceCombo
from ocdesk.gui.widgets.form_fields import PROBLEM_COLOR
from ocdesk.gui.widgets.form_table import ArrayTable

SKU_COLUMNS = ("skuId", "pieceQuantity", "length", "width", "height", "weight")
SKU_FIELD = next(f for f in catalog.get("pricing.estimate").fields if f.name == "skuList")


def new_reference(now: datetime | None = None) -> str:
    """A fresh referenceId: OC wants a unique one per estimate."""
    moment = now or datetime.now()
    return f"EST-{moment:%Y%m%d%H%M%S}-{uuid.uuid4().hex[:6]}"


class EstimateInputs(QWidget):
    """Inputs of pricing.estimate and outbound.freight_sync (the same body, §6.5).

    `data()` returns the request with a fresh referenceId, or None after marking problems
    next to their fields (nothing is sent then). `sig_submit` fires on Enter.
    """

    sig_submit = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = FormGrid(self)
        self.country = self.grid.add(
            "consigneeCountryCode", self.tr("Destination country"), required=True,
            tip=self.tr("Two-letter ISO code, e.g. GB"),
        )  # fmt: skip
        self.postcode = self.grid.add(
            "consigneePostCode", self.tr("Destination postcode"), required=True
        )
        self.region = RegionCombo(context, self)
        self.grid.add("serviceRegion", self.tr("Ships from (warehouse)"), self.region,
                      required=True)  # fmt: skip
        self.ebay = QCheckBox(self.tr("This is an eBay order"), self)
        self.sku_ids = QCheckBox(self.tr("The SKUs below are OC SKU IDs"), self)
        self.sku_ids.setToolTip(
            self.tr("Ticked: OC knows their sizes. Unticked: give length, width, height (cm) and "
                    "weight (g) for each line.\nOC's term for the ID: MFSKUID")
        )  # fmt: skip
        field = replace(
            SKU_FIELD, fields=tuple(f for f in SKU_FIELD.fields if f.name in SKU_COLUMNS)
        )
        self.skus = ArrayTable(field, self)
        self.skus.table.setMinimumHeight(110)
        self.all_services = QRadioButton(self.tr("Price every service of the warehouse"), self)
        self.some_services = QRadioButton(self.tr("Only these services:"), self)
        self.all_services.setChecked(True)
        self.service = ServiceCombo(context, self.region, self)
        self.add_service_button = QPushButton(self.tr("Add"), self)
        self.chosen = QListWidget(self)
        self.chosen.setMaximumHeight(70)
        self.remove_service_button = QPushButton(self.tr("Remove"), self)
        self.service_problem = QLabel(self)
        self.service_problem.setStyleSheet(f"color: {PROBLEM_COLOR};")
        self.service_problem.hide()
        self._lay_out()
        self.grid.sig_submit.connect(self.sig_submit)
        self.add_service_button.clicked.connect(self.add_service)
        self.remove_service_button.clicked.connect(self._remove_service)

    def _lay_out(self) -> None:
        services = QHBoxLayout()
        services.addWidget(self.some_services)
        services.addWidget(self.service, 1)
        services.addWidget(self.add_service_button)
        chosen = QHBoxLayout()
        chosen.addWidget(self.chosen, 1)
        chosen.addWidget(self.remove_service_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        options = QHBoxLayout()
        options.addWidget(self.ebay)
        options.addWidget(self.sku_ids)
        options.addStretch(1)
        layout.addLayout(options)
        layout.addWidget(QLabel(self.tr("<b>What is in the parcel</b>"), self))
        layout.addWidget(self.skus.widget)
        layout.addWidget(self.all_services)
        layout.addLayout(services)
        layout.addLayout(chosen)
        layout.addWidget(self.service_problem)

    # --- services ----------------------------------------------------------------------------

    def add_service(self) -> None:
        code = self.service.code()
        if code and not self.chosen.findItems(code, Qt.MatchFlag.MatchExactly):
            self.chosen.addItem(code)
            self.some_services.setChecked(True)

    def _remove_service(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))

    def service_codes(self) -> list[str]:
        if self.all_services.isChecked():
            return []
        return [self.chosen.item(i).text() for i in range(self.chosen.count())]

    # --- values ------------------------------------------------------------------------------

    def set_data(self, data: dict[str, Any]) -> None:
        """Fill the inputs from a request (e.g. the tab's example parcel)."""
        for name in ("consigneeCountryCode", "consigneePostCode", "serviceRegion"):
            self.grid.set_text(name, str(data.get(name) or ""))
        self.ebay.setChecked(bool(data.get("mfservice")))
        self.sku_ids.setChecked(bool(data.get("skuType")))
        self.skus.set_value(data.get("skuList") or [])
        self.chosen.clear()
        for code in data.get("shippingServiceCode") or []:
            self.chosen.addItem(code)
        (self.some_services if self.chosen.count() else self.all_services).setChecked(True)

    def request(self) -> dict[str, Any]:
        """The request as typed, with a fresh referenceId (unchecked)."""
        data: dict[str, Any] = {"referenceId": new_reference(), **self.grid.values()}
        data["consigneeCountryCode"] = data.get("consigneeCountryCode", "").upper()
        data["skuType"] = self.sku_ids.isChecked()
        data["mfservice"] = self.ebay.isChecked()
        data["shippingServiceCode"] = self.service_codes()
        data["skuList"] = self.skus.value() or []
        return {k: v for k, v in data.items() if v != ""}

    def data(self, endpoint_id: str = "pricing.estimate") -> dict[str, Any] | None:
        """The checked request, or None with every problem shown next to its field."""
        self.grid.clear_problems()
        self.skus.clear_problems()
        self.service_problem.hide()
        data = self.request()
        problems = [FieldProblem(f"skuList{_rest(p)}", m) for p, m in _table_problems(self.skus)]
        problems += problems_for(catalog.get(endpoint_id), data)
        if self.some_services.isChecked() and not data["shippingServiceCode"]:
            problems.append(FieldProblem("shippingServiceCode", self.tr("add at least one")))
        for problem in problems:
            self._place(problem)
        return None if problems else data

    def _place(self, problem: FieldProblem) -> None:
        head, rest = split_problem(problem, "data.")
        if head == "skuList":
            self.skus.show_problem(rest_path(rest), problem.message)
        elif head == "shippingServiceCode":
            self.service_problem.setText(
                self.tr("Services: {problem}").format(problem=problem.message)
            )
            self.service_problem.show()
        elif not self.grid.show_problem(head, problem.message):
            self.skus.show_problem([], f"{problem.path}: {problem.message}")


def _table_problems(table: ArrayTable) -> list[tuple[list[Any], str]]:
    return [(list(path), text) for path, text in table.problems()]


def _rest(path: list[Any]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
