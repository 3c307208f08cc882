"""RecordCard: one inbound order, VAS order or return, readable at a glance, with its actions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import dates
from ocdesk.gui.lookup.card import StatusBadge, clear_grid, format_when, label_texts

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


class RecordCard(QFrame):
    """Header (kind, number, status badge), caption/value facts, a lines table, action buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#recordCard { border: 1px solid palette(mid); border-radius: 6px; }")
        self.kind_label = QLabel(self)
        self.kind_label.setStyleSheet("color: palette(placeholder-text); font-weight: bold;")
        self.number_label = QLabel(self)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * NUMBER_SCALE)
        mono.setWeight(QFont.Weight.Bold)
        self.number_label.setFont(mono)
        self.badge = StatusBadge(self)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(16)
        self.lines_title = QLabel(self)
        self.lines_title.setStyleSheet("font-weight: bold;")
        self.lines = QTableWidget(0, 0, self)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.extra = QVBoxLayout()
        self.action_row = QHBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.number_label)
        head.addWidget(self.badge)
        head.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_label)
        layout.addLayout(head)
        layout.addLayout(self.facts)
        layout.addWidget(self.lines_title)
        layout.addWidget(self.lines, 1)
        layout.addLayout(self.extra)
        layout.addLayout(self.action_row)
        self.action_row.addStretch(1)
        self.hide()

    def add_action(self, text: str, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        self.action_row.insertWidget(self.action_row.count() - 1, button)
        return button

    def set_header(self, kind: str, number: str, status: str) -> None:
        self.kind_label.setText(kind.upper())
        self.number_label.setText(number)
        self.badge.set_status(status)
        self.show()

    def set_facts(self, facts: Sequence[tuple[str, str]]) -> None:
        """Caption / value pairs, two pairs per line; empty values are left out."""
        clear_grid(self.facts)
        shown = [(c, v) for c, v in facts if v not in (None, "")]
        for index, (caption, value) in enumerate(shown):
            row, column = divmod(index, 2)
            cap = QLabel(caption)
            cap.setStyleSheet("color: palette(placeholder-text);")
            val = QLabel(value)
            val.setTextFormat(Qt.TextFormat.PlainText)
            val.setWordWrap(True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addWidget(cap, row, column * 2, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(val, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        self.facts.setColumnStretch(1, 1)
        self.facts.setColumnStretch(3, 1)

    def set_lines(self, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """The record's lines (cartons, SKUs, items) as a small read-only table."""
        self.lines_title.setText(title)
        self.lines.clear()
        self.lines.setColumnCount(len(headers))
        self.lines.setHorizontalHeaderLabels(list(headers))
        self.lines.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                item = QTableWidgetItem("" if cell is None else str(cell))
                if isinstance(cell, int | float) and not isinstance(cell, bool):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(r, c, item)
        height = self.lines.horizontalHeader().height() + 4
        height += sum(self.lines.rowHeight(r) for r in range(min(len(rows), 8)))
        self.lines.setMinimumHeight(max(height, 60))

    def text(self) -> str:
        """Everything the card shows, as plain text (what tests and screen readers read)."""
        parts = [self.kind_label.text(), self.number_label.text(), self.badge.text()]
        parts += label_texts(self.facts)
        parts.append(self.lines_title.text())
        for r in range(self.lines.rowCount()):
            cells = [self.lines.item(r, c) for c in range(self.lines.columnCount())]
            parts.append(" | ".join(i.text() for i in cells if i is not None))
        parts += label_texts(self.extra)
        return "\n".join(parts)


def note_label(text: str) -> QLabel:
    """A paragraph under the lines (e.g. clearance documents), shown as plain text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
