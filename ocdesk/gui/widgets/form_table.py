"""ArrayTable: an array of objects edited as a table, one row per item, pasteable from a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.catalog import Field
from ocdesk.gui.field_paths import Path, readable_path
from ocdesk.gui.widgets.form_fields import (
    FieldEditor,
    Problem,
    field_caption,
    parse_scalar,
    scalar_text,
)
from ocdesk.gui.widgets.results_widths import MAX_COLUMN_WIDTH
from ocdesk.gui.words import field_tip, field_title

NESTED_KINDS = ("object", "array")
EXTRAS_ROLE = Qt.ItemDataRole.UserRole + 10  # keys of an item that have no column
PROBLEM_BRUSH = QBrush(QColor("#ffd7d7"))


def cell_value(field: Field, text: str) -> tuple[Any, str | None]:
    """(value, problem) for a cell; nested columns hold JSON text."""
    if field.kind not in NESTED_KINDS:
        return parse_scalar(field.kind, text)
    try:
        value = json.loads(text)
    except ValueError as exc:
        return text, _tr("not valid JSON ({error})").format(error=exc)
    if field.kind == "object" and not isinstance(value, dict):
        return value, _tr("must be a JSON object")
    if field.kind == "array" and not isinstance(value, list):
        return value, _tr("must be a JSON array")
    return value, None


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArrayTable", text)


class _PasteTable(QTableWidget):
    """A table whose Paste key adds spreadsheet rows instead of pasting into one cell."""

    sig_paste = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.matches(QKeySequence.StandardKey.Paste)
            and self.state() != self.State.EditingState
        ):
            self.sig_paste.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ArrayTable(FieldEditor):
    """An array of objects: columns are the item's fields, nested values are JSON cells.

    Blank rows are ignored. Problem paths count only the filled rows, as `data()` does.
    """

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.columns = list(field.fields)
        self.table = _PasteTable(0, len(self.columns))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(160)
        self.table.horizontalHeader().setStretchLastSection(True)  # a lone column fills the row
        self.table.setWordWrap(False)
        self._set_headers()
        self.add_button = QPushButton(_tr("Add row"))
        self.remove_button = QPushButton(_tr("Remove selected"))
        self.paste_button = QPushButton(_tr("Paste rows"))
        self.paste_button.setToolTip(
            _tr(
                "Paste rows copied from a spreadsheet: tab-separated cells fill the columns in order"
            )
        )
        self._marked: list[QTableWidgetItem] = []
        self._set_input(self._compose())
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.paste_button.clicked.connect(self.paste_clipboard)
        self.table.sig_paste.connect(self.paste_clipboard)
        self.add_row()

    def _compose(self) -> QWidget:
        box = QWidget()
        bar = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.paste_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        return box

    def _set_headers(self) -> None:
        """Readable titles (OC's key in the tooltip), each column wide enough for its title."""
        for col, field in enumerate(self.columns):
            item = QTableWidgetItem(field_caption(field))
            font = item.font()
            font.setBold(field.required)
            item.setFont(font)
            one_of = _tr("one of: {values}").format(values=", ".join(field.enum))
            tips = [field.shown_help, one_of if field.enum else "",
                    _tr("JSON") if field.kind in NESTED_KINDS else "",
                    field_tip(field.name)]  # fmt: skip
            item.setToolTip("\n".join(t for t in tips if t))
            self.table.setHorizontalHeaderItem(col, item)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Wide enough for each title and value, but a long JSON cell does not take the row."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(len(self.columns)):
            header.resizeSection(col, min(header.sectionSize(col), MAX_COLUMN_WIDTH))

    # --- editing ---------------------------------------------------------------------------

    def add_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        return row

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def paste_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        """Add one row per pasted line.

        A header line naming the columns (by OC's keys or by their titles) is skipped.
        """
        lines = [
            r for r in csv.reader(io.StringIO(text), delimiter="\t") if any(c.strip() for c in r)
        ]
        if lines and self._is_header(lines[0]):
            lines = lines[1:]
        self._drop_blank_tail()
        for cells in lines:
            row = self.add_row()
            for col, text_ in enumerate(cells[: len(self.columns)]):
                self._set_cell(row, col, text_.strip())
        self._fit_columns()
        return len(lines)

    def _is_header(self, cells: list[str]) -> bool:
        given = [c.strip().lower() for c in cells][: len(self.columns)]
        for names in (
            [f.name.lower() for f in self.columns],
            [field_title(f.name).lower() for f in self.columns],
            [field_caption(f).lower() for f in self.columns],
        ):
            if given == names[: len(given)]:
                return True
        return False

    def _drop_blank_tail(self) -> None:
        while self.table.rowCount() and self._row_blank(self.table.rowCount() - 1):
            self.table.removeRow(self.table.rowCount() - 1)

    def _set_cell(self, row: int, col: int, text: str) -> None:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, col, item)
        item.setText(text)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _row_blank(self, row: int) -> bool:
        return not self._extras(row) and not any(
            self._text(row, c) for c in range(len(self.columns))
        )

    def _extras(self, row: int) -> dict[str, Any]:
        item = self.table.verticalHeaderItem(row)
        extras = item.data(EXTRAS_ROLE) if item is not None else None
        return dict(extras) if extras else {}

    def filled_rows(self) -> list[int]:
        """Table rows that make up the array, in order."""
        return [r for r in range(self.table.rowCount()) if not self._row_blank(r)]

    # --- values ----------------------------------------------------------------------------

    def _row_value(self, row: int) -> tuple[dict[str, Any], list[Problem]]:
        item = self._extras(row)
        problems: list[Problem] = []
        for col, field in enumerate(self.columns):
            text = self._text(row, col)
            if text:
                item[field.name], problem = cell_value(field, text)
                if problem:
                    problems.append(([field.name], problem))
        return item, problems

    def value(self) -> Any:
        return [self._row_value(r)[0] for r in self.filled_rows()] or None

    def problems(self) -> list[Problem]:
        found = []
        for index, row in enumerate(self.filled_rows()):
            found += [([index, *path], text) for path, text in self._row_value(row)[1]]
        return found

    def set_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else []
        self.table.setRowCount(0)
        names = {f.name for f in self.columns}
        for item in items:
            data = item if isinstance(item, dict) else {}
            row = self.add_row()
            for col, field in enumerate(self.columns):
                if data.get(field.name) is not None:
                    self._set_cell(row, col, scalar_text(data[field.name]))
            extras = {k: v for k, v in data.items() if k not in names}
            if extras:
                header = QTableWidgetItem(f"{row + 1}+")
                header.setToolTip(_tr("Also sent: {keys}").format(keys=", ".join(extras)))
                header.setData(EXTRAS_ROLE, extras)
                self.table.setVerticalHeaderItem(row, header)
        if not items:
            self.add_row()
        self._fit_columns()

    # --- problems --------------------------------------------------------------------------

    def show_problem(self, rest: Path, message: str) -> bool:
        if not rest or not isinstance(rest[0], int):
            return super().show_problem(rest, message)
        filled = self.filled_rows()
        row = filled[rest[0]] if rest[0] < len(filled) else rest[0]
        name = rest[1] if len(rest) > 1 else None
        col = next((c for c, f in enumerate(self.columns) if f.name == name), None)
        where = readable_path([row, *rest[1:]])
        self._add_error(f"{where}: {message}")
        if col is not None and row < self.table.rowCount():
            self._mark_cell(row, col, message)
        return True

    def _mark_cell(self, row: int, col: int, message: str) -> None:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, col, item)
        item.setBackground(PROBLEM_BRUSH)
        item.setToolTip(message)
        self._marked.append(item)

    def clear_problems(self) -> None:
        super().clear_problems()
        for item in self._marked:
            if shiboken6.isValid(item):  # its row may have been removed since
                item.setData(Qt.ItemDataRole.BackgroundRole, None)
                item.setToolTip("")
        self._marked.clear()
