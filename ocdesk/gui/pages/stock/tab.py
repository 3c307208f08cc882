"""The Stock tab's desk pages: snapshot (opens with every warehouse), movement with a chart, age."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.stock.age import AgePage
from ocdesk.gui.pages.stock.movement import MovementPage
from ocdesk.gui.pages.stock.snapshot import SnapshotPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("StockPages", text)


def pages() -> list[WorkflowPage]:
    return [
        WorkflowPage(
            "stock.page.snapshot",
            _tr("Stock snapshot"),
            SnapshotPage,
            default=True,
            tooltip=_tr("Stock by status in every warehouse, with totals"),
        ),
        WorkflowPage(
            "stock.page.movement",
            _tr("Stock movement"),
            MovementPage,
            tooltip=_tr("Stock in and out over any range of the last 12 months, with a chart"),
        ),
        WorkflowPage(
            "stock.page.age",
            _tr("Stock age"),
            AgePage,
            tooltip=_tr("How long stock has been stored; older than 180 days highlighted"),
        ),
    ]
