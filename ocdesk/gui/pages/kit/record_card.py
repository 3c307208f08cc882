"""RecordCard: one inbound order, VAS order or return, readable at a glance, with its actions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ocdesk.api import dates
from ocdesk.gui.lookup.card import Card, format_when, label_texts, value_label
from ocdesk.gui.widgets.table import fill_table, read_only_table

NUMBER_SCALE = 1.6


def when_text(value: Any) -> str:
    """An OC time (text or epoch ms) in the desk's locale; text we cannot read, as sent."""
    if value in (None, ""):
        return ""
    try:
        moment: datetime | str = dates.parse_datetime(value)
    except ValueError:
        moment = str(value)
    return format_when(moment)


class RecordCard(Card):
    """The card's facts two to a line, then a table of the record's lines and any notes.

    Pages add their buttons with `add_action` and act on the buttons' `clicked`.
    """

    number_scale = NUMBER_SCALE
    fields_per_line = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("recordCard", parent)
        self.lines_title = QLabel(self)
        self.lines_title.setStyleSheet("font-weight: bold;")
        self.lines = read_only_table([], self, fit_columns=True)
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.extra = QVBoxLayout()
        self.content.addLayout(self.fields)
        self.content.addWidget(self.lines_title)
        self.content.addWidget(self.lines, 1)
        self.content.addLayout(self.extra)
        self.hide()

    def set_header(self, kind: str, number: str, status: str) -> None:
        super().set_header(kind, number, status)
        self.show()

    def set_lines(self, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """The record's lines (cartons, SKUs, items) as a small read-only table."""
        self.lines_title.setText(title)
        self.lines.clear()
        self.lines.setColumnCount(len(headers))
        self.lines.setHorizontalHeaderLabels(list(headers))
        fill_table(self.lines, rows)
        height = self.lines.horizontalHeader().height() + 4
        height += sum(self.lines.rowHeight(r) for r in range(min(len(rows), 8)))
        self.lines.setMinimumHeight(max(height, 60))

    def text(self) -> str:
        """Everything the card shows, as plain text (what tests and screen readers read)."""
        parts = [*self.head_texts(), *label_texts(self.fields), self.lines_title.text()]
        for r in range(self.lines.rowCount()):
            cells = [self.lines.item(r, c) for c in range(self.lines.columnCount())]
            parts.append(" | ".join(i.text() for i in cells if i is not None))
        parts += label_texts(self.extra)
        return "\n".join(parts)


def note_label(text: str) -> QLabel:
    """A paragraph under the lines (e.g. clearance documents), shown as plain text."""
    return value_label(text)
