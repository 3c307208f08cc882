"""SKU tab workflows: find SKUs and open their cards, create one or many, EF services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.sku.create import CreateSkuPage
from ocdesk.gui.pages.sku.csv import CsvSkusPage
from ocdesk.gui.pages.sku.ef import EfServicesPage
from ocdesk.gui.pages.sku.find import FindSkusPage


def pages() -> list[WorkflowPage]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("SkuPages", text)

    return [
        WorkflowPage(
            "sku.find_page", tr("Find SKUs"), FindSkusPage, default=True,
            tooltip=tr("By OC SKU ID, reference or seller SKU id, or by date modified"),
        ),
        WorkflowPage(
            "sku.create_page", tr("Create an SKU"), CreateSkuPage,
            tooltip=tr("One SKU in a form, checked before it is sent"),
        ),
        WorkflowPage(
            "sku.csv_page", tr("Create SKUs from CSV or Excel"), CsvSkusPage,
            tooltip=tr("Many SKUs from a file: preview problems, send the valid rows"),
        ),
        WorkflowPage(
            "sku.ef_page", tr("EF services"), EfServicesPage,
            tooltip=tr("Query and set up eBay Fulfilment services per SKU"),
        ),
    ]  # fmt: skip
