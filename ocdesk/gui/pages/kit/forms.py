"""Forms of the desk pages: labelled inputs with their problems next to them, notes, line tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.errors import FieldProblem
from ocdesk.gui.pages.kit import words
from ocdesk.gui.pages.kit.services import RegionCombo, ServiceCombo
from ocdesk.gui.widgets.form_fields import PROBLEM_COLOR, set_problem_look
from ocdesk.gui.widgets.form_table import ArrayTable

PROBLEM_STYLE = f"color: {PROBLEM_COLOR};"
FIRST_COLUMNS_WIDTH = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskPage", text)


class FormGrid(QWidget):
    """Labelled inputs keyed by the request field they fill, with a red problem line under each.

    `sig_submit` fires on Enter in any line edit, so Enter sends the form.
    """

    sig_submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(
        self,
        key: str,
        caption: str,
        widget: QWidget | None = None,
        *,
        required: bool = False,
        tip: str = "",
    ) -> QWidget:
        """A row for request field `key` (several may share a row: "a,b"); a QLineEdit by default."""
        widget = widget or QLineEdit(self)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.sig_submit)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = QLabel(holder)
        error.setStyleSheet(PROBLEM_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        for name in key.split(","):
            self.inputs[name], self.errors[name] = widget, error
        label = QLabel(f"<b>{caption}</b>" if required else caption, self)
        if tip:
            label.setToolTip(tip)
            widget.setToolTip(tip)
        self.form.addRow(label, holder)
        return widget

    def text(self, name: str) -> str:
        return widget_text(self.inputs[name])

    def set_text(self, name: str, value: str) -> None:
        widget = self.inputs[name]
        if isinstance(widget, RegionCombo):
            widget.set_region(value)
        elif isinstance(widget, ServiceCombo):
            widget.set_code(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentText(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)

    def values(self, names: Sequence[str] | None = None) -> dict[str, str]:
        """The non-empty texts, by field name."""
        found = {name: self.text(name) for name in names or self.inputs}
        return {name: text for name, text in found.items() if text}

    def show_problem(self, name: str, message: str) -> bool:
        """Put `message` under field `name`; False when the grid has no such field."""
        error = self.errors.get(name)
        if error is None:
            return False
        old = error.text()
        if message in old.split("\n"):
            return True
        error.setText(f"{old}\n{message}" if old else message)
        error.show()
        set_problem_look(self.inputs[name], True)
        return True

    def show_problems(self, problems: Sequence[FieldProblem]) -> list[FieldProblem]:
        """Put each problem next to its field, in plain words; returns those with no field here."""
        self.clear_problems()
        return [
            problem
            for problem in problems
            if not self.show_problem(
                words.top_field(problem.path),
                f"{words.path_words(problem.path)}: {problem.message}",
            )
        ]

    def clear_problems(self) -> None:
        for name, error in self.errors.items():
            error.clear()
            error.hide()
            set_problem_look(self.inputs[name], False)


def widget_text(widget: QWidget) -> str:
    """What an input holds as request text: the code of a service, the region typed or picked."""
    if isinstance(widget, ServiceCombo):
        return widget.code()
    if isinstance(widget, RegionCombo):
        return widget.region()
    if isinstance(widget, QComboBox):
        return widget.currentText().strip()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    return ""


def split_problem(problem: FieldProblem, prefix: str = "data[0].") -> tuple[str, str]:
    """(top field, rest of the path) of a problem: `data[0].productList[1].x` -> productList."""
    path = problem.path.removeprefix(prefix).removeprefix("data.")
    head = path.split(".", 1)[0].split("[", 1)[0]
    return head, path[len(head) :].lstrip(".")


def rest_path(rest: str) -> list[Any]:
    """`[1].skuQuantity` -> [1, "skuQuantity"]: the path an ArrayTable's show_problem takes."""
    parts: list[Any] = []
    for piece in rest.replace("]", "").replace("[", ".").split("."):
        if piece:
            parts.append(int(piece) if piece.isdigit() else piece)
    return parts


def big_label(parent: QWidget | None = None) -> QLabel:
    """A created number, large and selectable, so it can be read off the screen and copied."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def split_numbers(text: str) -> list[str]:
    """Numbers typed or pasted one per line, or separated by spaces, commas or semicolons."""
    for sep in ",;\t\n\r":
        text = text.replace(sep, " ")
    seen: dict[str, None] = {}
    for part in text.split(" "):
        if part.strip():
            seen.setdefault(part.strip(), None)
    return list(seen)


def line_table(field: Any, headers: Sequence[str], height: int = 150) -> ArrayTable:
    """An ArrayTable for `field` (a catalog array of objects) with plain column titles."""
    table = ArrayTable(field)
    for column, text in enumerate(headers):
        required = field.fields[column].required
        item = QTableWidgetItem(text + (" *" if required else ""))
        font = item.font()
        font.setBold(required)
        item.setFont(font)
        item.setToolTip(field.fields[column].shown_help)
        table.table.setHorizontalHeaderItem(column, item)
    table.table.horizontalHeader().setStretchLastSection(True)
    for column in range(len(headers) - 1):
        table.table.setColumnWidth(column, FIRST_COLUMNS_WIDTH)  # an MFSKUID fits whole
    table.table.setMinimumHeight(height)
    table.add_button.setText(_tr("Add line"))
    table.remove_button.setText(_tr("Remove selected"))
    table.paste_button.setText(_tr("Paste from spreadsheet"))
    return table
