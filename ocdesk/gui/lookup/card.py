"""The result card of the lookup box: one record's essentials, readable at a glance, and its actions."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, QSize, Qt, Signal
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
from ocdesk.gui.lookup.order_details import OrderDetails
from ocdesk.gui.statuses import status_colour, status_text
from ocdesk.gui.widgets.scrolled import scrolled
from ocdesk.gui.words import money_text, short_datetime
from ocdesk.jobs.record_actions import Match, can_cancel, cancel_blocked, label_request
from ocdesk.jobs.record_fields import CardData, When, card_data

NUMBER_POINT_SIZE_FACTOR = 1.8
MAX_WINDOW_SHARE = 4  # the lookup card asks for at most a quarter of the window's height


def format_when(when: When) -> str:
    """A date in the desk's locale and time zone; text OC sent that we could not read, as is."""
    return short_datetime(when) if isinstance(when, datetime) else when


def format_amount(amount: float, currency: str) -> str:
    return money_text(amount, currency)


def format_quantity(quantity: float | None) -> str:
    if quantity is None:
        return "–"
    return QLocale().toString(int(quantity) if quantity == int(quantity) else quantity)


class StatusBadge(QLabel):
    """A status as a coloured pill, so the state of a record is seen before it is read."""

    def set_status(self, status: str) -> None:
        self.setText(status_text(status))
        self.setToolTip(status)
        colour = status_colour(status)
        self.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; border-radius: 9px;"
            " padding: 3px 12px; font-weight: bold; }"
        )


class Card(QFrame):
    """The shape every record card shares: kind, number and status badge on top, then the
    caption/value fields and whatever the card adds to `content`, and a row of action buttons.

    A card only reports what the user pressed (its buttons' signals); the page that shows it
    does the work, so cards never know the pages they sit on.
    """

    number_scale = NUMBER_POINT_SIZE_FACTOR
    fields_per_line = 1

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#{name} {{ border: 1px solid palette(mid); border-radius: 6px; }}")
        self.kind_label = QLabel(self)
        self.kind_label.setStyleSheet("color: palette(placeholder-text); font-weight: bold;")
        self.number_label = QLabel(self)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * self.number_scale)
        mono.setWeight(QFont.Weight.Bold)
        self.number_label.setFont(mono)
        self.badge = StatusBadge(self)
        self.fields = QGridLayout()
        self.fields.setHorizontalSpacing(16)
        self.head = QHBoxLayout()
        self.head.addWidget(self.number_label)
        self.head.addWidget(self.badge)
        self.head.addStretch(1)
        self.content = QVBoxLayout()
        self.action_row = QHBoxLayout()
        self.action_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_label)
        layout.addLayout(self.head)
        layout.addLayout(self.content, 1)
        layout.addLayout(self.action_row)

    def add_action(self, text: str, tip: str = "") -> QPushButton:
        """A button at the card's foot, after those already there; its `clicked` is the event."""
        button = QPushButton(text, self)
        button.setToolTip(tip)
        self.action_row.insertWidget(self.action_row.count() - 1, button)
        return button

    def set_header(self, kind: str, number: str, status: str) -> None:
        self.kind_label.setText(kind.upper())
        self.number_label.setText(number)
        self.badge.set_status(status)

    def set_fields(self, fields: Sequence[tuple[str, str]], *, rich: bool = False) -> None:
        """Caption / value pairs, `fields_per_line` to a line; empty values are left out.

        `rich`: the values are escaped rich text whose links open in the browser (pictures,
        files), not plain text.
        """
        clear_grid(self.fields)
        per_line = self.fields_per_line
        shown = [(c, v) for c, v in fields if v not in (None, "")]
        for index, (caption, value) in enumerate(shown):
            row, column = divmod(index, per_line)
            self.fields.addWidget(_caption(caption), row, column * 2, Qt.AlignmentFlag.AlignTop)
            shown_value = link_label(value) if rich else value_label(value)
            self.fields.addWidget(shown_value, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        for column in range(per_line):
            self.fields.setColumnStretch(column * 2 + 1, 1)
        self.fields.setRowStretch(math.ceil(len(shown) / per_line), 1)

    def head_texts(self) -> list[str]:
        """The header as plain text (the start of what tests and screen readers read)."""
        return [self.kind_label.text(), self.number_label.text(), self.badge.text()]


class LookupCard(Card):
    """Shows one found record; the actions that apply to it are buttons at its foot.

    The card only says what the user asked for (`sig_view_label`, `sig_print_label`,
    `sig_cancel`, `sig_closed`); the lookup bar does the work. `sig_label_shown(label_type,
    number)` tells whoever keeps the print history to fill in the label's print state.
    """

    sig_view_label = Signal()
    sig_print_label = Signal()
    sig_cancel = Signal()
    sig_closed = Signal()
    sig_label_shown = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("lookupCard", parent)
        self.match: Match | None = None
        self.data: CardData | None = None
        self._summary = QLabel(self)
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lines = QGridLayout()
        self._lines.setHorizontalSpacing(16)
        self.view_label_button = self.add_action(self.tr("View label"))
        self.print_label_button = self.add_action(self.tr("Print label"))
        self.cancel_button = self.add_action("")
        self.view_label_button.clicked.connect(self.sig_view_label)
        self.print_label_button.clicked.connect(self.sig_print_label)
        self.cancel_button.clicked.connect(self.sig_cancel)
        self.print_state = _caption("")
        self.print_note = value_label("")
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close the card (Esc in the lookup box)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.sig_closed)
        # The buttons sit beside the number, where a short window never hides them.
        outer = self.layout()
        assert outer is not None  # Card lays itself out
        outer.removeItem(self.action_row)
        self.head.addLayout(self.action_row)
        self.head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        body = QHBoxLayout()
        body.addLayout(self.fields, 3)
        body.addSpacing(24)
        body.addLayout(self._lines, 2)
        # The details scroll, the number and the buttons stay: on a small screen the card takes
        # what room there is and never makes the window taller.
        details = QWidget(self)
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._summary)
        column.addLayout(body, 1)
        self.order_details = OrderDetails(self)
        column.addWidget(self.order_details)
        self.head.insertWidget(2, self.order_details.tracking)  # by the status badge
        area = scrolled(details, self)
        area.setMinimumHeight(2 * self.fontMetrics().height())
        self.content.addWidget(area, 1)
        self.content.addWidget(self.print_state)  # the label's print state, by the buttons
        self.content.addWidget(self.print_note)

    def sizeHint(self) -> QSize:
        """At most a quarter of the window: the table under the card keeps most of the room."""
        hint = super().sizeHint()
        cap = max(self.minimumSizeHint().height(), self.window().height() // MAX_WINDOW_SHARE)
        return QSize(hint.width(), min(hint.height(), cap))

    # --- filling it ------------------------------------------------------------------------
    def set_match(self, match: Match, *, can_print: bool) -> None:
        """Show `match`; `can_print` is False while nothing is there to print labels."""
        self.match = match
        self.data = data = card_data(match)
        self.set_header(text.kind_name(data.kind), data.number, data.status)
        self._summary.setText(self._summary_text(data))
        self.set_fields(self._details(data))
        clear_grid(self._lines)
        self._fill_lines(data)
        self.order_details.show_order(data.kind, match.record, data.parcels)
        request = label_request(match)
        has_label = request is not None
        self.view_label_button.setVisible(has_label)
        self.print_label_button.setVisible(has_label and can_print)
        self.print_state.clear()
        self.show_print_note("", True)
        if request is not None:
            self.sig_label_shown.emit(request.label_type, request.number)
        # Shipped, picked or already cancelled: OC would refuse, so Cancel is not offered.
        self.cancel_button.setVisible(
            can_cancel(data.kind) and not cancel_blocked(data.kind, data.status)
        )
        self.cancel_button.setText(
            self.tr("Cancel return…") if data.kind is IdKind.RETURN else self.tr("Cancel order…")
        )

    def shows(self, number: str) -> bool:
        """True while the card shows the record `number` (a late answer must not land elsewhere)."""
        return self.match is not None and self.match.number == number

    def show_print_note(self, text: str, ok: bool) -> None:
        """How the last Print ended ("Printed on Zebra-1 at 14:02", or why not)."""
        self.print_note.setText(text)
        self.print_note.setStyleSheet("color: #1b7f3b;" if ok else "color: #b3261e;")
        self.print_note.setVisible(bool(text))

    def _summary_text(self, data: CardData) -> str:
        parts = [
            (self.tr("Region"), data.region),
            (self.tr("Service"), data.service),
            (self.tr("Reference"), data.reference),
        ]
        return "   ·   ".join(
            f"{html.escape(label)} <b>{html.escape(value)}</b>" for label, value in parts if value
        )

    def _details(self, data: CardData) -> list[tuple[str, str]]:
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
        return rows

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
                self._lines.addWidget(value_label(cell), row, column, align)
        if not rows:
            self._lines.addWidget(value_label(empty), 1, 0, 1, len(header))
        self._lines.setRowStretch(len(rows) + 2, 1)

    def details_text(self) -> str:
        """Everything the card shows, as plain text (what tests and screen readers read)."""
        parts = [*self.head_texts(), self._summary.text(), *label_texts(self.fields)]
        prints = [t for t in (self.print_state.text(), self.print_note.text()) if t]
        return "\n".join(parts + label_texts(self._lines) + self.order_details.texts() + prints)


def _caption(label: str) -> QLabel:
    caption = QLabel(label)
    caption.setStyleSheet("color: palette(placeholder-text);")
    return caption


def value_label(value: str) -> QLabel:
    label = QLabel(value)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def link_label(rich_text: str) -> QLabel:
    """Escaped rich text (line breaks, links that open in the browser), selectable."""
    label = QLabel(rich_text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
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
