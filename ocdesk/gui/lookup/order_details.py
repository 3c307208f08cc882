"""The outbound order's part of the lookup card: who it goes to, how far it got, where to track it."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ocdesk.api.identifiers import IdKind
from ocdesk.gui.statuses import status_text
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
    return " ".join(part for part in (mark, status_text(step.status), shown) if part)


class TrackingButtons(QWidget):
    """Per parcel: "Track at <carrier> ↗" (known carriers: opens their page in the browser)
    and "Copy <number>"; an unknown carrier's number can only be copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.links: dict[str, str] = {}  # tracking number -> carrier page

    def show_parcels(self, parcels: Sequence[Parcel]) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.links = {}
        for parcel in parcels:
            number = parcel.tracking_number
            url = tracking_url(parcel.carrier, number)
            if url is not None:
                self.links[number] = url
                track = self._button(self.tr("Track at {carrier} ↗").format(carrier=parcel.carrier),
                                     self.tr("Open {url}").format(url=url))  # fmt: skip
                track.clicked.connect(lambda _checked=False, u=url: open_page(u))
            copy = self._button(self.tr("Copy {number}").format(number=number),
                                self.tr("Copy the tracking number"))  # fmt: skip
            copy.clicked.connect(lambda _checked=False, n=number: _copy(n))

    def _button(self, caption: str, tip: str) -> QPushButton:
        button = QPushButton(caption, self)
        button.setToolTip(tip)
        self.row.addWidget(button)
        return button

    def captions(self) -> list[str]:
        items = (self.row.itemAt(index) for index in range(self.row.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w.text() for w in widgets if isinstance(w, QPushButton)]


class OrderDetails(QWidget):
    """Recipient and a status timeline for an outbound order; hidden for other records.

    `tracking` holds the parcels' tracking buttons, for the card to place by the status.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recipient_label = _value(self)
        self.timeline_label = _value(self)
        self.timeline_label.setTextFormat(Qt.TextFormat.RichText)
        self.tracking = TrackingButtons(parent)
        self.steps: list[Step] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        rows = ((self.tr("Recipient"), self.recipient_label),
                (self.tr("Progress"), self.timeline_label))  # fmt: skip
        for row, (caption, widget) in enumerate(rows):
            grid.addWidget(_caption(caption, self), row, 0)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)

    def show_order(self, kind: IdKind, record: dict[str, Any], parcels: Sequence[Parcel]) -> None:
        """Fill in for an outbound order; hide for any other kind of record."""
        outbound = kind is IdKind.OUTBOUND
        self.setVisible(outbound)
        self.tracking.setVisible(outbound)
        if not outbound:
            return
        self._show_recipient(record)
        self.steps = timeline(record)
        self.timeline_label.setText("  ›  ".join(_step_html(step) for step in self.steps))
        self.tracking.show_parcels(parcels)

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
        parts = (found.name, *found.lines, found.country)
        self.recipient_label.setText(", ".join(p for p in parts if p))
        self.recipient_label.setToolTip("")

    def texts(self) -> list[str]:
        """What it shows, as plain text (for the card's text, tests and screen readers)."""
        if self.isHidden():
            return []
        steps = map(step_text, self.steps)
        return [self.recipient_label.text(), *steps, *self.tracking.captions()]


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


def _value(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
