"""Small read-only tables (QTableWidget): set up once, filled from rows of plain values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def read_only_table(
    headers: Sequence[str],
    parent: QWidget | None = None,
    *,
    one_row: bool = False,
    fit_columns: bool = False,
) -> QTableWidget:
    """A table that selects whole rows (`one_row`: a single one) and is never edited in place.

    The last column takes the spare width; `fit_columns` sizes the others to their contents.
    """
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if one_row:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    if fit_columns:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def cell(value: Any) -> QTableWidgetItem:
    """A cell showing `value` (None as empty); numbers are right-aligned, to compare at a glance."""
    item = QTableWidgetItem("" if value is None else str(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def fill_table(table: QTableWidget, rows: Sequence[Sequence[Any]]) -> None:
    """Replace the table's rows with `rows`, one value per column."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, cell(value))
