"""One order typed in a form and sent once: checked first, the new number shown big, never resent blind.

An answer lost on the way (outcome unknown) is not followed by a second create: the error panel
offers "Check at OC", which asks OC whether it has the reference and says so.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog, lenient
from ocdesk.api.catalog.fields import PRODUCT_LIST
from ocdesk.api.errors import FieldProblem
from ocdesk.api.result import OcResult
from ocdesk.api.validation import problems_for
from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import BusyBar
from ocdesk.gui.pages.kit.forms import FormGrid, rest_path, split_problem
from ocdesk.gui.pages.kit.notes import OK_STYLE, info_label, say
from ocdesk.gui.pages.kit.services import RegionCombo, ServiceCombo
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.form_table import ArrayTable
from ocdesk.gui.writes import WriteSender
from ocdesk.jobs.write_lookups import Verdict

PLATFORMS = ("OTHERS", "eBay", "AliExpress")
NUMBER_SIZE_FACTOR = 2.0


def platform_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItems(PLATFORMS)
    return combo


def product_table(columns: int, parent: QWidget) -> ArrayTable:
    """The product lines editor: MFSKUID, quantity and (when asked) declared value and currency."""
    field = replace(PRODUCT_LIST, fields=PRODUCT_LIST.fields[:columns])
    table = ArrayTable(field, parent)
    table.table.setMinimumHeight(120)
    return table


class OrderForm(QWidget):
    """Grids of order fields, product lines, Send; a subclass names its fields and endpoint.

    `sig_created(order_number)` fires when OC has created the order.
    """

    sig_created = Signal(str)
    endpoint_id = "outbound.create"
    product_columns = 4
    aliases: dict[str, str] = {}  # request fields shown at another field's input

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.grids: list[FormGrid] = []
        self.body = QWidget(self)
        self.columns = QHBoxLayout()
        self.products = product_table(self.product_columns, self)
        self.send_button = QPushButton(self.send_label(), self)
        self.send_button.setDefault(True)
        self.busy = BusyBar(self)
        self.number_label = QLabel(self)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * NUMBER_SIZE_FACTOR)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.hide()
        self.note = info_label(self)
        self.done_note = info_label(self, OK_STYLE)
        self.error_panel = ErrorPanel(self)
        self.writer = WriteSender(context, self, self.error_panel, self.busy,
                                  lambda text: say(self.note, text), [self.send_button])  # fmt: skip
        self.build_fields()
        self._lay_out()
        self.send_button.clicked.connect(self.send)

    # --- for subclasses ----------------------------------------------------------------------

    def send_label(self) -> str:
        return self.tr("Create order")

    def build_fields(self) -> None:
        """Add the FieldGrids (with `add_grid`)."""
        raise NotImplementedError

    def order(self) -> dict[str, Any]:
        """The order as typed (unchecked)."""
        data: dict[str, Any] = {}
        for grid in self.grids:
            data.update(grid.values())
        data["productList"] = self.products.value() or []
        return data

    def check(self, data: dict[str, Any]) -> list[FieldProblem]:
        """Problems found before anything is sent (beyond the catalog's own checks)."""
        return []

    # --- layout ------------------------------------------------------------------------------

    def add_grid(self, title: str) -> FormGrid:
        grid = FormGrid(self)
        grid.sig_submit.connect(self.send)
        box = QVBoxLayout()
        box.addWidget(QLabel(f"<b>{title}</b>", self))
        box.addWidget(grid)
        box.addStretch(1)
        self.columns.addLayout(box, 1)
        self.grids.append(grid)
        return grid

    def region_and_service(self, grid: FormGrid, service_name: str) -> None:
        region = RegionCombo(self.context, self)
        grid.add("serviceRegion", self.tr("Warehouse"), region, required=True)
        service = ServiceCombo(self.context, region, self)
        grid.add(service_name, self.tr("Shipping service"), service, required=True)

    def _lay_out(self) -> None:
        body_layout = QVBoxLayout(self.body)
        body_layout.addLayout(self.columns)
        body_layout.addWidget(QLabel(self.tr("<b>Products</b> (one line per SKU)"), self))
        body_layout.addWidget(self.products.widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        actions = QHBoxLayout()
        actions.addWidget(self.busy, 1)
        actions.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_panel)
        layout.addWidget(self.note)
        layout.addWidget(self.done_note)
        layout.addWidget(self.number_label)
        layout.addLayout(actions)

    # --- sending -----------------------------------------------------------------------------

    def send(self) -> None:
        """Check the form; send it only when nothing is wrong. The form keeps what was typed."""
        if self.writer.busy:
            return
        self._clear()
        data = self.order()
        problems = [FieldProblem(f"productList{_path(p)}", m) for p, m in self.products.problems()]
        problems += self.check(data)
        problems += problems_for(catalog.get(self.endpoint_id), [data])
        if problems:
            for problem in problems:
                self._place(problem)
            say(self.note, self.tr("Nothing was sent: fix the fields marked in red."))
            return
        reference = str(data.get("referenceNumber") or "")
        self.writer.send(
            self.endpoint_id, [data], action="create",
            message=self.tr("Sending {ref} to OC…").format(ref=reference),
            on_done=lambda result: self._created(result, reference),
            on_error=self._failed,
            on_found=lambda verdict: self._found(verdict, reference),
        )  # fmt: skip

    def _created(self, result: OcResult, reference: str) -> None:
        numbers = [str(lenient.get(r, "orderNumber") or "") for r in result.rows()]
        self._show_number(next((n for n in numbers if n), ""), reference)

    def _found(self, verdict: Verdict, reference: str) -> None:
        """Check at OC found the order the lost answer was about: it was created once."""
        self._show_number(verdict.numbers[0], reference)

    def _show_number(self, number: str, reference: str) -> None:
        self.number_label.setText(number)
        self.number_label.show()
        say(
            self.done_note,
            self.tr("OC created order {number} for your reference {ref}.").format(
                number=number, ref=reference
            ),
        )
        self.sig_created.emit(number)

    def _failed(self, error: Exception) -> None:
        self.error_panel.show_error(error)

    # --- problems ----------------------------------------------------------------------------

    def _place(self, problem: FieldProblem) -> None:
        head, rest = split_problem(problem)
        head = self.aliases.get(head, head)
        if head == "productList":
            self.products.show_problem(rest_path(rest), problem.message)
            return
        if not any(grid.show_problem(head, problem.message) for grid in self.grids):
            self.products.show_problem([], f"{head}: {problem.message}")

    def _clear(self) -> None:
        for grid in self.grids:
            grid.clear_problems()
        self.products.clear_problems()
        self.error_panel.clear()
        say(self.note, "")
        say(self.done_note, "")
        self.number_label.hide()


def _path(path: list[Any]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
