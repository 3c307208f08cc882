"""The "Create an order" page: one outbound order typed in a form (§6.1)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from ocdesk.api.errors import FieldProblem
from ocdesk.gui.pages.outbound.form import OrderForm, platform_combo


class CreateOrderPage(OrderForm):
    """Order, warehouse and service on the left, the recipient on the right, products below."""

    endpoint_id = "outbound.create"
    product_columns = 4  # MFSKUID, quantity, declared value, currency

    def build_fields(self) -> None:
        order = self.add_grid(self.tr("Order"))
        order.add("referenceNumber", self.tr("Your order number"), required=True,
                  tip=self.tr("Must be unique: OC refuses a reference it already has"))  # fmt: skip
        self.platform: QComboBox = platform_combo(self)
        order.add("orderPlatform", self.tr("Sold on"), self.platform)
        order.add("ebayId", self.tr("eBay buyer id"), tip=self.tr("Needed for eBay orders"))
        order.add("ebayOrderId", self.tr("eBay order id"), tip=self.tr("e.g. 02-05696-00555"))
        self.region_and_service(order, "shippingServiceCode")
        order.add("remark", self.tr("Note for the warehouse"))
        recipient = self.add_grid(self.tr("Recipient"))
        recipient.add("consigneeName", self.tr("Name"), required=True)
        recipient.add("companyName", self.tr("Company"))
        recipient.add("consigneeAddress1", self.tr("Address"), required=True)
        recipient.add("consigneeAddress2", self.tr("Address, line 2"))
        recipient.add("houseNumber", self.tr("House number"))
        recipient.add("consigneeCity", self.tr("City"))
        recipient.add("consigneeProvinceOrState", self.tr("County / state"))
        recipient.add("consigneeZipCode", self.tr("Postcode"))
        recipient.add("consigneeCountryCode", self.tr("Country"), required=True,
                      tip=self.tr("Two-letter ISO code, e.g. GB"))  # fmt: skip
        recipient.add("consigneePhone", self.tr("Phone"))
        recipient.add("consigneeEmail", self.tr("Email"))
        self.platform.currentTextChanged.connect(self._platform_changed)
        self._platform_changed(self.platform.currentText())

    def _platform_changed(self, platform: str) -> None:
        is_ebay = platform.strip().lower() == "ebay"
        for name in ("ebayId", "ebayOrderId"):
            self.grids[0].inputs[name].setEnabled(is_ebay)

    def order(self) -> dict[str, Any]:
        data = super().order()
        if str(data.get("orderPlatform", "")).lower() != "ebay":
            data.pop("ebayId", None)
            data.pop("ebayOrderId", None)
        if "consigneeCountryCode" in data:
            data["consigneeCountryCode"] = data["consigneeCountryCode"].upper()
        return data

    def check(self, data: dict[str, Any]) -> list[FieldProblem]:
        if data.get("productList"):
            return []
        return [FieldProblem("data[0].productList", self.tr("add at least one product line"))]
