"""Return stock: returned units by SKU or by return, every page; link unknown units to SKUs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ocdesk.api import catalog, lenient
from ocdesk.api.batches import chunks
from ocdesk.api.errors import FieldProblem
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit import words
from ocdesk.gui.pages.kit.forms import FormGrid, split_numbers
from ocdesk.gui.pages.kit.page import DeskPage
from ocdesk.gui.pages.kit.record_card import when_text
from ocdesk.gui.pages.kit.services import RegionCombo
from ocdesk.gui.pages.returns.actions import link_items, link_request
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.base import Call, Cancelled, Progress, stopped
from ocdesk.jobs.paging import all_pages
from ocdesk.store.audit import Words

IDS_PER_CALL = catalog.get("returns.stock").item_limit("uniqueIdList")
ITEM_COLUMN = "Item"
# The audit detail of units linked to one SKU from the stock page.
SKU_DETAIL = QT_TRANSLATE_NOOP("audit", "SKU {sku}")


def stock_rows(
    call: Call,
    service_type: str,
    ids: list[str],
    region: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[dict[str, Any]]:
    """Every returned unit for `ids` (200 ids per query, every page of each)."""
    rows: list[dict[str, Any]] = []
    for group in chunks(ids, IDS_PER_CALL):
        if stopped(cancelled):
            break
        data: dict[str, Any] = {"serviceType": service_type, "uniqueIdList": group}
        if region:
            data["serviceRegion"] = region
        rows += all_pages(call, "returns.stock", data, progress=progress, cancelled=cancelled)
    return rows


def display_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        ITEM_COLUMN: lenient.get(row, "returnItemId"),
        "Return number": lenient.get(row, "orderNumber"),
        "SKU": lenient.get(row, "MFSKUID") or "",
        "Seller SKU": lenient.get(row, "sellerSKUID") or "",
        "Warehouse": lenient.get(row, "serviceRegion"),
        "Qty": lenient.get(row, "quantity"),
        "Condition": words.word(words.conditions(), lenient.get(row, "condition")),
        "Linked": words.yes_no(lenient.get(row, "linked")),
        "Received": when_text(lenient.get(row, "inboundTime")),
    }


class ReturnStockPage(DeskPage):
    """SKUs or return numbers -> every returned unit; select unlinked ones -> Link to SKU."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Return stock"),
            self.tr("Returned units held at the warehouse. Units the warehouse could not "
                    "identify are not linked to an SKU: select them and link them."),
            parent,
        )  # fmt: skip
        self.rows: dict[str, dict[str, Any]] = {}
        self.last_query: tuple[str, list[str], str] | None = None
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(self.tr("By OC SKU ID"), "SKU")
        self.mode_combo.setItemData(0, self.tr("OC's term: MFSKUID"), Qt.ItemDataRole.ToolTipRole)
        self.mode_combo.addItem(self.tr("By return number (OCS…)"), "ORDER")
        self.ids_edit = QLineEdit(self)
        self.ids_edit.setPlaceholderText(self.tr("Numbers separated by spaces"))
        self.region_combo = RegionCombo(context, self)
        self.region_combo.setCurrentText("")
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setDefault(True)
        self.link_button = QPushButton(self.tr("Link to SKU…"), self)
        self.link_button.setToolTip(self.tr("Link the selected unlinked units to one SKU"))
        self.results = ResultsView(self)
        self.form = FormGrid(self)
        self.form.add("serviceType", self.tr("Look up"), self.mode_combo)
        self.form.add("uniqueIdList", self.tr("Numbers"), self.ids_edit)
        self.form.add("serviceRegion", self.tr("Warehouse (optional)"), self.region_combo)
        bar = QHBoxLayout()
        bar.addWidget(self.search_button)
        bar.addStretch(1)
        bar.addWidget(self.link_button)
        self.body.addWidget(self.form)
        self.body.addLayout(bar)
        self.body.addWidget(self.results, 1)
        self.search_button.clicked.connect(self.search)
        self.ids_edit.returnPressed.connect(self.search)
        self.link_button.clicked.connect(self.ask_link)
        self.writer.actions.append(self.link_button)

    def search(self) -> None:
        self.clear_messages()
        ids = split_numbers(self.ids_edit.text())
        if not ids:
            problems = [FieldProblem("data.uniqueIdList", "type at least one number")]
            self.form.show_problems(problems)
            self.refuse(problems, "returns.stock")
            return
        self.form.clear_problems()
        self.last_query = (str(self.mode_combo.currentData()), ids, self.region_combo.region())
        self._fetch()

    def _fetch(self) -> None:
        if self.last_query is None:
            return
        service_type, ids, region = self.last_query
        call = self.context.bound_caller()
        self.run_job(lambda p, c: stock_rows(call, service_type, ids, region, p, c),
                     self.tr("Fetching return stock…"), self.show_rows)  # fmt: skip

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = {str(lenient.get(r, "returnItemId")): r for r in rows}
        self.results.set_rows([display_row(r) for r in rows])
        unlinked = sum(1 for r in rows if lenient.get(r, "linked") is not True)
        self.show_info(self.tr("{count} returned units, {unlinked} not linked to an SKU.").format(
            count=len(rows), unlinked=unlinked))  # fmt: skip

    def selected_unlinked(self) -> list[str]:
        ids = [str(r[ITEM_COLUMN]) for r in self.results.selected_rows()]
        return [i for i in ids if lenient.get(self.rows.get(i, {}), "linked") is not True]

    def ask_link(self) -> None:
        ids = self.selected_unlinked()
        if not ids:
            self.show_info(self.tr("Select one or more units that are not linked yet."))
            return
        sku, ok = QInputDialog.getText(
            self, self.tr("Link to SKU"),
            self.tr("OC SKU ID for the {count} selected units:").format(count=len(ids)),
        )  # fmt: skip
        if ok and sku.strip():
            self.link(ids, sku.strip())

    def link(self, ids: list[str], mfskuid: str) -> None:
        if self.writer.busy:
            return
        if not self.confirmed(self.tr("Link {count} returned units to {sku}").format(
                count=len(ids), sku=mfskuid)):  # fmt: skip
            return
        pairs = [(i, mfskuid) for i in ids]

        def done(count: int) -> None:
            self.show_info(self.tr("{count} units linked to {sku}.").format(
                count=count, sku=mfskuid))  # fmt: skip
            self._fetch()

        self.writer.send(
            "returns.link_stock", link_request(pairs), action="link", detail=Words.of(SKU_DETAIL, sku=mfskuid),
            message=self.tr("Linking units…"), work=lambda call: link_items(call, pairs),
            on_done=done, on_error=self.show_error, on_found=lambda _verdict: self._fetch(),
        )  # fmt: skip
