"""The outbound order's part of the lookup card: who it goes to, how far it got, where to track it."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ocdesk.api.identifiers import IdKind
from ocdesk.gui.lookup import text
from ocdesk.gui.words import short_datetime
from ocdesk.jobs.order_timeline import Step, timeline
from ocdesk.jobs.recipient import recipient
from ocdesk.jobs.record_fields import Parcel
from ocdesk.jobs.tracking_links import tracking_url

MARKS = {"done": "✓", "now": "●", "to come": "○"}
TO_COME_COLOUR = "#808080"  # steps still to come, greyed (rich text has no palette colours)


def step_text(step: Step) -> str:
    """ "✓ Created 01/12/2026 14:02", "● Picked", "○ Shipped": one step in plain text."""
    mark = MARKS["now" if step.current else "done" if step.reached else "to come"]
    when = step.when
    shown = short_datetime(when) if isinstance(when, datetime) else when or ""
    return " ".join(part for part in (mark, text.status_text(step.status), shown) if part)


class OrderDetails(QWidget):
    """Recipient, a status timeline and each parcel's tracking link, for an outbound order.

    Hidden for other records. A known carrier's link opens its tracking page in the browser;
    for an unknown carrier the number can only be copied.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recipient_label = _value(self)
        self.timeline_label = _value(self)
        self.timeline_label.setTextFormat(Qt.TextFormat.RichText)
        self.parcels = QWidget(self)
        self.parcel_rows = QGridLayout(self.parcels)
        self.parcel_rows.setContentsMargins(0, 0, 0, 0)
        self.steps: list[Step] = []
        self.links: dict[str, str] = {}  # tracking number -> carrier page
        self.tracking_lines: list[str] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for row, (caption, widget) in enumerate(
            (
                (self.tr("Recipient"), self.recipient_label),
                (self.tr("Progress"), self.timeline_label),
                (self.tr("Track"), self.parcels),
            )
        ):
            grid.addWidget(_caption(caption, self), row, 0)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)

    def show_order(self, kind: IdKind, record: dict[str, Any], parcels: Sequence[Parcel]) -> None:
        """Fill in for an outbound order; hide for any other kind of record."""
        self.setVisible(kind is IdKind.OUTBOUND)
        if kind is not IdKind.OUTBOUND:
            return
        self._show_recipient(record)
        self.steps = timeline(record)
        self.timeline_label.setText("  ›  ".join(_step_html(step) for step in self.steps))
        self._show_parcels(parcels)

    def _show_recipient(self, record: dict[str, Any]) -> None:
        found = recipient(record)
        if found is None:
            self.recipient_label.setText(self.tr("Not in OC's order data"))
            self.recipient_label.setToolTip(
                self.tr(
                    "OC's order list does not include the recipient's address;"
                    " your shop system or OC's site has it"
                )
            )
            return
        self.recipient_label.setText(
            ", ".join(p for p in (found.name, *found.lines, found.country) if p)
        )
        self.recipient_label.setToolTip("")

    def _show_parcels(self, parcels: Sequence[Parcel]) -> None:
        while self.parcel_rows.count():
            item = self.parcel_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.links = {}
        self.tracking_lines = []
        if not parcels:
            self.tracking_lines.append(self.tr("No tracking number yet"))
            self.parcel_rows.addWidget(_value(self.parcels, self.tracking_lines[0]), 0, 0)
            return
        for row, parcel in enumerate(parcels):
            number = parcel.tracking_number
            label = f"{parcel.carrier}  {number}" if parcel.carrier else number
            self.tracking_lines.append(label)
            self.parcel_rows.addWidget(_value(self.parcels, label), row, 0)
            copy = QPushButton(self.tr("Copy"), self.parcels)
            copy.setToolTip(self.tr("Copy the tracking number"))
            copy.clicked.connect(lambda _checked=False, n=number: _copy(n))
            self.parcel_rows.addWidget(copy, row, 1)
            url = tracking_url(parcel.carrier, number)
            if url is not None:
                self.links[number] = url
                track = QPushButton(self.tr("Track at {carrier} ↗").format(carrier=parcel.carrier),
                                    self.parcels)  # fmt: skip
                track.setToolTip(url)
                track.clicked.connect(lambda _checked=False, u=url: open_page(u))
                self.parcel_rows.addWidget(track, row, 2)
        self.parcel_rows.setColumnStretch(3, 1)

    def texts(self) -> list[str]:
        """What it shows, as plain text (for the card's text, tests and screen readers)."""
        if self.isHidden():
            return []
        return [self.recipient_label.text(), *map(step_text, self.steps), *self.tracking_lines]


def open_page(url: str) -> None:
    """The carrier's tracking page in the user's browser."""
    QDesktopServices.openUrl(QUrl(url))


def _copy(number: str) -> None:
    QGuiApplication.clipboard().setText(number)


def _step_html(step: Step) -> str:
    shown = html.escape(step_text(step))
    if step.current:
        return f"<b>{shown}</b>"
    if step.reached:
        return shown
    return f"<span style='color: {TO_COME_COLOUR}'>{shown}</span>"


def _caption(caption: str, parent: QWidget) -> QLabel:
    label = QLabel(caption, parent)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _value(parent: QWidget, value: str = "") -> QLabel:
    label = QLabel(value, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
