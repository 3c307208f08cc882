"""Outbound tab pages: find orders, create one or many, third-party-label orders, freight estimate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.outbound.find import FindOrdersPage

# The pages that send orders are imported when first opened: they bring the client (and
# `requests`), which the tab the console opens on does not need for its first rows.


def CreateOrderPage(context: AppContext) -> QWidget:  # noqa: N802 (stands in for the class)
    from ocdesk.gui.pages.outbound.create import CreateOrderPage

    return CreateOrderPage(context)


def CsvOrdersPage(context: AppContext) -> QWidget:  # noqa: N802
    from ocdesk.gui.pages.outbound.csv import CsvOrdersPage

    return CsvOrdersPage(context)


def ThirdPartyLabelPage(context: AppContext) -> QWidget:  # noqa: N802
    from ocdesk.gui.pages.outbound.tpl import ThirdPartyLabelPage

    return ThirdPartyLabelPage(context)


def FreightPage(context: AppContext) -> QWidget:  # noqa: N802
    from ocdesk.gui.pages.outbound.freight import FreightPage

    return FreightPage(context)


def _t(text: str) -> str:
    return QCoreApplication.translate("OutboundPages", text)


def pages() -> list[WorkflowPage]:
    return [
        WorkflowPage("outbound.find", _t("Find orders"), FindOrdersPage, default=True,
                     tooltip=_t("By number, reference, eBay order id or any period")),
        WorkflowPage("outbound.create_one", _t("Create an order"), CreateOrderPage,
                     tooltip=_t("One order typed in a form")),
        WorkflowPage("outbound.create_csv", _t("Create orders from CSV or Excel"), CsvOrdersPage,
                     tooltip=_t("Many orders from a spreadsheet, checked before sending")),
        WorkflowPage("outbound.third_party", _t("Third-party-label order"), ThirdPartyLabelPage,
                     tooltip=_t("An order shipped under your own carrier's label")),
        WorkflowPage("outbound.freight", _t("Freight estimate"), FreightPage,
                     tooltip=_t("Compare the price of every service for a parcel")),
    ]  # fmt: skip
