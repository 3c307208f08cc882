"""The cartons editor of a new inbound order: cartons, the SKU lines in each, and the totals."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog, lenient
from ocdesk.api.errors import FieldProblem
from ocdesk.gui.pages.kit import words
from ocdesk.gui.pages.kit.forms import PROBLEM_STYLE, line_table

_CARTON_FIELD = next(f for f in catalog.get("inbound.create").fields if f.name == "cartonList")
PRODUCT_FIELD = next(f for f in _CARTON_FIELD.fields if f.name == "productList")


class CartonBox(QFrame):
    """One carton: its number, origin country and SKU lines."""

    sig_changed = Signal()
    sig_duplicate = Signal(object)
    sig_remove = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("e.g. C001"))
        self.number_edit.setMaximumWidth(180)
        self.number_edit.setToolTip(self.tr("Your number for this carton, as written on it"))
        self.origin_edit = QLineEdit(self)
        self.origin_edit.setMaxLength(2)
        self.origin_edit.setMaximumWidth(60)
        self.default_origin = ""  # the order's ship-from country, used when left empty
        self.origin_edit.setToolTip(self.tr("Country the goods come from, ISO code"))
        self.lines = line_table(PRODUCT_FIELD, [self.tr("OC SKU ID"), self.tr("Quantity")],
                                height=110)  # fmt: skip
        self.problem = QLabel(self)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        duplicate = QPushButton(self.tr("Duplicate"), self)
        duplicate.setToolTip(self.tr("Add another carton with the same lines"))
        remove = QPushButton(self.tr("Remove carton"), self)
        duplicate.clicked.connect(lambda: self.sig_duplicate.emit(self))
        remove.clicked.connect(lambda: self.sig_remove.emit(self))
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(QLabel(self.tr("Carton number"), self))
        head.addWidget(self.number_edit)
        head.addWidget(QLabel(self.tr("Origin"), self))
        head.addWidget(self.origin_edit)
        head.addStretch(1)
        head.addWidget(duplicate)
        head.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.lines.widget)
        layout.addWidget(self.problem)
        self.lines.table.itemChanged.connect(self.sig_changed)
        self.lines.table.model().rowsRemoved.connect(self.sig_changed)

    def value(self) -> dict[str, Any]:
        carton: dict[str, Any] = {"sellerCartonNumber": self.number_edit.text().strip()}
        origin = self.origin_edit.text().strip() or self.default_origin
        if origin:
            carton["cartonOriginCountry"] = origin.upper()
        carton["productList"] = self.lines.value() or []
        return carton

    def set_value(self, carton: dict[str, Any]) -> None:
        self.number_edit.setText(str(lenient.get(carton, "sellerCartonNumber") or ""))
        self.origin_edit.setText(str(lenient.get(carton, "cartonOriginCountry") or ""))
        self.lines.set_value(lenient.get(carton, "productList") or [])

    def units(self) -> int:
        total = 0
        for line in self.lines.value() or []:
            number = lenient.as_number(line.get("quantity"))
            total += int(number) if number is not None else 0
        return total

    def show_problem(self, text: str) -> None:
        old = self.problem.text()
        self.problem.setText(f"{old}\n{text}" if old else text)
        self.problem.show()

    def clear_problems(self) -> None:
        self.problem.clear()
        self.problem.hide()
        self.lines.clear_problems()


class CartonsEditor(QWidget):
    """Cartons one under the other; add, duplicate, remove, or paste them from a spreadsheet."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[CartonBox] = []
        self.default_origin = ""
        self.holder = QWidget(self)
        self.stack = QVBoxLayout(self.holder)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.holder)
        scroll.setMinimumHeight(260)
        self.totals = QLabel(self)
        self.totals.setStyleSheet("font-weight: bold;")
        add = QPushButton(self.tr("Add carton"), self)
        paste = QPushButton(self.tr("Paste cartons from spreadsheet"), self)
        paste.setToolTip(self.tr("Columns: carton number, OC SKU ID, quantity, and optionally "
                                 "origin country; rows with the same carton number form one "
                                 "carton"))  # fmt: skip
        add.clicked.connect(lambda: self.add_carton())
        paste.clicked.connect(lambda: self.paste_text(QGuiApplication.clipboard().text()))
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(paste)
        bar.addStretch(1)
        bar.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.add_carton()

    def add_carton(self, carton: dict[str, Any] | None = None) -> CartonBox:
        box = CartonBox(self.holder)
        box.number_edit.setText(f"C{len(self.boxes) + 1:03d}")
        box.default_origin = self.default_origin
        box.origin_edit.setPlaceholderText(self.default_origin)
        if carton is not None:
            box.set_value(carton)
        box.sig_changed.connect(self._changed)
        box.number_edit.textChanged.connect(self._changed)
        box.sig_duplicate.connect(self.duplicate)
        box.sig_remove.connect(self.remove)
        self.boxes.append(box)
        self.stack.insertWidget(self.stack.count() - 1, box)
        self._changed()
        return box

    def duplicate(self, box: CartonBox) -> CartonBox:
        copy = {**box.value(), "sellerCartonNumber": f"C{len(self.boxes) + 1:03d}"}
        return self.add_carton(copy)

    def remove(self, box: CartonBox) -> None:
        self.boxes.remove(box)
        box.deleteLater()
        self._changed()

    def paste_text(self, text: str) -> int:
        """Cartons from spreadsheet rows (carton, SKU, quantity[, origin]); returns how many."""
        grouped: dict[str, dict[str, Any]] = {}
        for cells in csv.reader(io.StringIO(text), delimiter="\t"):
            cells = [c.strip() for c in cells]
            if len(cells) < 3 or not cells[0] or not cells[2].lstrip("-").isdigit():
                continue  # a header line or a blank one
            carton = grouped.setdefault(cells[0], {"sellerCartonNumber": cells[0],
                                                   "productList": []})  # fmt: skip
            if len(cells) > 3 and cells[3]:
                carton["cartonOriginCountry"] = cells[3]
            carton["productList"].append({"mfskuid": cells[1], "quantity": int(cells[2])})
        if grouped:
            for box in [b for b in self.boxes if not b.value()["productList"]]:
                self.remove(box)  # the empty starting carton gives way to the pasted ones
        for carton in grouped.values():
            self.add_carton(carton)
        return len(grouped)

    def value(self) -> list[dict[str, Any]]:
        return [box.value() for box in self.boxes]

    def set_default_origin(self, country: str) -> None:
        """Cartons whose origin is left empty take the order's ship-from country."""
        self.default_origin = country.strip().upper()
        for box in self.boxes:
            box.default_origin = self.default_origin
            box.origin_edit.setPlaceholderText(self.default_origin)

    def parse_problems(self) -> list[FieldProblem]:
        """Cells that cannot be what OC expects (a quantity that is not a number)."""
        found = []
        for index, box in enumerate(self.boxes):
            for path, message in box.lines.problems():
                steps = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
                found.append(FieldProblem(f"data.cartonList[{index}].productList{steps}", message))
        return found

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        for problem in problems:
            index = _carton_index(problem.path)
            if index is not None and index < len(self.boxes):
                self.boxes[index].show_problem(
                    f"{words.path_words(problem.path)}: {problem.message}"
                )

    def clear_problems(self) -> None:
        for box in self.boxes:
            box.clear_problems()

    def totals_text(self) -> str:
        units = sum(box.units() for box in self.boxes)
        return self.tr("{cartons} cartons, {units} units").format(
            cartons=len(self.boxes), units=units
        )

    def _changed(self) -> None:
        for index, box in enumerate(self.boxes):
            box.title.setText(self.tr("Carton {n}").format(n=index + 1))
        self.totals.setText(self.totals_text())
        self.sig_changed.emit()


def _carton_index(path: str) -> int | None:
    prefix = "data.cartonList["
    if not path.startswith(prefix):
        return None
    digits = path[len(prefix) :].split("]", 1)[0]
    return int(digits) if digits.isdigit() else None
