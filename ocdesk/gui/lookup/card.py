"""The result card of the lookup box: one record's essentials, readable at a glance, and its actions."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.identifiers import IdKind
from ocdesk.gui.lookup import text
from ocdesk.gui.words import short_datetime
from ocdesk.jobs.number_search import Match, can_cancel, label_request
from ocdesk.jobs.record_fields import CardData, When, card_data

NUMBER_POINT_SIZE_FACTOR = 1.8


def format_when(when: When) -> str:
    """A date in the desk's locale and time zone; text OC sent that we could not read, as is."""
    return short_datetime(when) if isinstance(when, datetime) else when


def format_amount(amount: float, currency: str) -> str:
    return f"{QLocale.system().toString(float(amount), 'f', 2)} {currency}".strip()


def format_quantity(quantity: float | None) -> str:
    if quantity is None:
        return "–"
    return QLocale.system().toString(int(quantity) if quantity == int(quantity) else quantity)


class StatusBadge(QLabel):
    """A status as a coloured pill, so the state of a record is seen before it is read."""

    def set_status(self, status: str) -> None:
        self.setText(text.status_text(status))
        self.setToolTip(status)
        colour = text.status_colour(status)
        self.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; border-radius: 9px;"
            " padding: 3px 12px; font-weight: bold; }"
        )


class LookupCard(QFrame):
    """Shows one found record; the actions that apply to it are buttons at its foot.

    The card only says what the user asked for (`sig_view_label`, `sig_print_label`,
    `sig_cancel`, `sig_closed`); the lookup bar does the work.
    """

    sig_view_label = Signal()
    sig_print_label = Signal()
    sig_cancel = Signal()
    sig_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookupCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#lookupCard { border: 1px solid palette(mid); border-radius: 6px; }")
        self.match: Match | None = None
        self.data: CardData | None = None
        self._kind = QLabel(self)
        self._kind.setStyleSheet("color: palette(placeholder-text); font-weight: bold;")
        self._number = QLabel(self)
        self._number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * NUMBER_POINT_SIZE_FACTOR)
        mono.setWeight(QFont.Weight.Bold)
        self._number.setFont(mono)
        self.badge = StatusBadge(self)
        self._summary = QLabel(self)
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details = QGridLayout()
        self._details.setHorizontalSpacing(16)
        self._lines = QGridLayout()
        self._lines.setHorizontalSpacing(16)
        self.view_label_button = QPushButton(self.tr("View label"), self)
        self.print_label_button = QPushButton(self.tr("Print label"), self)
        self.cancel_button = QPushButton(self)
        self.view_label_button.clicked.connect(self.sig_view_label)
        self.print_label_button.clicked.connect(self.sig_print_label)
        self.cancel_button.clicked.connect(self.sig_cancel)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close the card (Esc in the lookup box)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.sig_closed)
        self._layout(close)

    def _layout(self, close: QToolButton) -> None:
        head = QHBoxLayout()
        head.addWidget(self._number)
        head.addWidget(self.badge)
        head.addStretch(1)
        head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        body = QHBoxLayout()
        body.addLayout(self._details, 3)
        body.addSpacing(24)
        body.addLayout(self._lines, 2)
        actions = QHBoxLayout()
        for button in (self.view_label_button, self.print_label_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._kind)
        layout.addLayout(head)
        layout.addWidget(self._summary)
        layout.addLayout(body)
        layout.addLayout(actions)

    # --- filling it ------------------------------------------------------------------------
    def set_match(self, match: Match, *, can_print: bool) -> None:
        """Show `match`; `can_print` is False while nothing is there to print labels."""
        self.match = match
        self.data = data = card_data(match)
        self._kind.setText(text.kind_name(data.kind).upper())
        self._number.setText(data.number)
        self.badge.set_status(data.status)
        self._summary.setText(self._summary_text(data))
        clear_grid(self._details)
        clear_grid(self._lines)
        self._fill_details(data)
        self._fill_lines(data)
        has_label = label_request(match) is not None
        self.view_label_button.setVisible(has_label)
        self.print_label_button.setVisible(has_label and can_print)
        self.cancel_button.setVisible(can_cancel(data.kind))
        self.cancel_button.setText(
            self.tr("Cancel return…") if data.kind is IdKind.RETURN else self.tr("Cancel order…")
        )

    def _summary_text(self, data: CardData) -> str:
        parts = [
            (self.tr("Region"), data.region),
            (self.tr("Service"), data.service),
            (self.tr("Reference"), data.reference),
        ]
        return "   ·   ".join(
            f"{html.escape(label)} <b>{html.escape(value)}</b>" for label, value in parts if value
        )

    def _fill_details(self, data: CardData) -> None:
        rows: list[tuple[str, str]] = []
        if data.names:
            rows.append((self.tr("Name"), "\n".join(data.names)))
        if data.ebay_order_id:
            rows.append((self.tr("eBay order"), data.ebay_order_id))
        if data.original_order:
            rows.append((self.tr("Original order"), data.original_order))
        if data.parcels:
            tracking = [f"{p.tracking_number}  ({p.carrier})" if p.carrier else p.tracking_number
                        for p in data.parcels]  # fmt: skip
            rows.append((self.tr("Tracking"), "\n".join(tracking)))
        elif data.kind in (IdKind.OUTBOUND, IdKind.RETURN):
            rows.append((self.tr("Tracking"), self.tr("none yet")))
        if data.reason:
            label = self.tr("Reason") if data.kind is IdKind.RETURN else self.tr("Remark")
            rows.append((label, data.reason))
        rows += [(text.date_role(role), format_when(when)) for role, when in data.dates]
        if data.fees:
            rows.append((self.tr("Fees"), ", ".join(format_amount(f.amount, f.currency)
                                                   for f in data.fees)))  # fmt: skip
        for row, (label, value) in enumerate(rows):
            self._details.addWidget(_caption(label), row, 0, Qt.AlignmentFlag.AlignTop)
            self._details.addWidget(_value(value), row, 1, Qt.AlignmentFlag.AlignTop)
        self._details.setColumnStretch(1, 1)
        self._details.setRowStretch(len(rows), 1)

    def _fill_lines(self, data: CardData) -> None:
        """Items for an order, stock per region for an SKU: a small grid, not a table view."""
        if data.kind is IdKind.MFSKUID:
            header = [self.tr("Region"), self.tr("Available"), self.tr("In transit"),
                      self.tr("Reserved"), self.tr("Unfulfillable")]  # fmt: skip
            rows = [[s.region, *map(format_quantity, (s.available, s.in_transit, s.reserved,
                                                       s.unfulfillable))]
                    for s in data.stock]  # fmt: skip
            empty = self.tr("No stock at any warehouse")
        else:
            done = {IdKind.RETURN: self.tr("Received"), IdKind.INBOUND: self.tr("Received"),
                    IdKind.VAS: self.tr("Done")}.get(data.kind)  # fmt: skip
            header = [self.tr("SKU"), self.tr("Qty")] + ([done] if done else [])
            rows = [[i.sku, format_quantity(i.quantity)]
                    + ([format_quantity(i.done)] if done else []) for i in data.items]  # fmt: skip
            empty = self.tr("No items listed yet")
        for column, title in enumerate(header):
            align = Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
            self._lines.addWidget(_caption(title), 0, column, align)
        for row, cells in enumerate(rows, start=1):
            for column, cell in enumerate(cells):
                align = Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
                self._lines.addWidget(_value(cell), row, column, align)
        if not rows:
            self._lines.addWidget(_value(empty), 1, 0, 1, len(header))
        self._lines.setRowStretch(len(rows) + 2, 1)

    def details_text(self) -> str:
        """Everything the card shows, as plain text (what tests and screen readers read)."""
        parts = [self._kind.text(), self._number.text(), self.badge.text(), self._summary.text()]
        return "\n".join([*parts, *label_texts(self._details), *label_texts(self._lines)])


def _caption(label: str) -> QLabel:
    caption = QLabel(label)
    caption.setStyleSheet("color: palette(placeholder-text);")
    return caption


def _value(value: str) -> QLabel:
    label = QLabel(value)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def label_texts(layout: QLayout) -> list[str]:
    """The texts of the labels in `layout`, in order (a card's text for tests and readers)."""
    items = (layout.itemAt(index) for index in range(layout.count()))
    widgets = (item.widget() for item in items if item is not None)
    return [widget.text() for widget in widgets if isinstance(widget, QLabel)]


def clear_grid(grid: QGridLayout) -> None:
    """Empty `grid` for the next record: its widgets go, its row stretches reset."""
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    for row in range(grid.rowCount()):
        grid.setRowStretch(row, 0)
