"""RecordListPage: a filter bar, a table of records, and the selected record on a card below."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QWidget

from ocdesk.api import lenient
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit.page import DeskPage
from ocdesk.gui.pages.kit.record_card import RecordCard
from ocdesk.gui.pages.kit.tables import StatusDelegate
from ocdesk.gui.widgets.results import ResultsView


class RecordListPage(DeskPage):
    """The list page of the Inbound, VAS and Returns tabs.

    Subclasses say which OC key numbers a record (`number_key`) and which table column shows
    it (`number_column`), word a table row (`summary_row`) and show a record (`show_record`).
    """

    sig_rows_shown = Signal(int)
    number_key = ""
    number_column = ""
    status_column = ""  # the table column painted as a coloured status pill

    def __init__(self, context: AppContext, title: str, hint: str, parent: QWidget | None = None):
        super().__init__(context, title, hint, parent)
        self.rows: dict[str, dict[str, Any]] = {}
        self.results = ResultsView(self)
        self.card = RecordCard(self)
        self._pill = StatusDelegate(self)
        self.results.table.selectionModel().selectionChanged.connect(self._on_selected)

    def lay_out(self, bar: QHBoxLayout, stretch: Sequence[int] = ()) -> None:
        """The filter `bar` on top, then the table over the card (hidden until a selection)."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        self.card.hide()
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.results)
        split.addWidget(scroll)
        for index, factor in enumerate(stretch):
            split.setStretchFactor(index, factor)
        self.body.addLayout(bar)
        self.body.addWidget(split, 1)

    def summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        """`row` in the words of the table."""
        raise NotImplementedError

    def show_record(self, row: dict[str, Any]) -> None:
        """Put `row` on the card."""
        raise NotImplementedError

    def number_of(self, row: dict[str, Any]) -> str:
        return str(lenient.get(row, self.number_key))

    def keep_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Remember `rows` by number and list them, in the order given."""
        self.rows = {self.number_of(r): r for r in rows}
        self._list([self.summary_row(r) for r in rows])

    def show_refreshed(self, rows: Sequence[dict[str, Any]]) -> None:
        """Records read again after a change: shown on the card and updated in the table."""
        for row in rows:
            self.rows[self.number_of(row)] = row
            self.show_record(row)
        self._list([self.summary_row(r) for r in self.rows.values()])

    def _list(self, table_rows: list[dict[str, Any]]) -> None:
        self.results.set_rows(table_rows)
        columns = self.results.model.columns
        if self.status_column in columns:
            table, column = self.results.table, columns.index(self.status_column)
            table.setItemDelegateForColumn(column, self._pill)
            table.resizeColumnToContents(column)  # room for the pill's rounded ends

    def selected_number(self) -> str:
        rows = self.results.selected_rows()
        return str(rows[0][self.number_column]) if rows else ""

    def show_selected(self, number: str) -> None:
        """A row was selected: show its record (a page may read more first)."""
        self.show_record(self.rows[number])

    def _on_selected(self) -> None:
        number = self.selected_number()
        if number:
            self.show_selected(number)
