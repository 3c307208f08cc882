"""The Finance tab's desk page: fee detail with totals (opens with the last 30 days)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.finance.fees import FeesPage


def pages() -> list[WorkflowPage]:
    return [
        WorkflowPage(
            "finance.page.fees",
            QCoreApplication.translate("FinancePages", "Fee detail"),
            FeesPage,
            default=True,
            tooltip=QCoreApplication.translate(
                "FinancePages", "Every fee OC charged, with totals per fee type and currency"
            ),
        )
    ]
