"""The small read-only tables: filled from rows, numbers right-aligned, never edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from ocdesk.gui.widgets.table import fill_table, read_only_table


def test_rows_fill_the_table_and_a_refill_replaces_them(qtbot: Any) -> None:
    table = read_only_table(["Carton", "SKU", "Quantity"], one_row=True)
    qtbot.addWidget(table)
    fill_table(table, [["C1", "OC0000250294068", 10], ["C2", None, 2.5]])
    fill_table(table, [["C3", "OC0000250294069", 4]])
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == ["C3", "OC0000250294069", "4"]
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert table.item(0, 2).textAlignment() == right
    assert table.item(0, 0).textAlignment() != right
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection


def test_an_empty_value_shows_as_an_empty_cell(qtbot: Any) -> None:
    table = read_only_table(["Carton", "SKU"])
    qtbot.addWidget(table)
    fill_table(table, [["C1", None]])
    assert table.item(0, 1).text() == ""
