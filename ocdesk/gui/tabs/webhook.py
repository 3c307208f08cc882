"""WebhookTab: what OC's outbound callbacks are, and the callbacks already in the local inbox."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.store.db import Database

INBOX_LIMIT = 1000


def inbox_rows(db: Database, limit: int = INBOX_LIMIT) -> list[dict[str, Any]]:
    """The newest callbacks, unhandled first; runs on a worker thread (it reads the database)."""
    rows = db.query(
        "SELECT event_id, order_number, status, event_time, received_at, handled_at"
        " FROM webhook_inbox ORDER BY handled_at IS NOT NULL, received_at DESC LIMIT ?",
        (limit,),
    )
    return [dict(row) for row in rows]


def _local_time(epoch: float | None) -> str:
    if epoch is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(epoch))
    return QLocale.system().toString(moment, QLocale.FormatType.ShortFormat)


class WebhookTab(QWidget):
    """Read-only for now: an explanation and the inbox table, refreshed on demand."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.explanation = QLabel(self._explanation(), self)
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(
            "background: #eef4fb; border: 1px solid #b6cbe3; border-radius: 4px; padding: 8px;"
        )
        self.status_label = QLabel(self)
        self.refresh_button = QPushButton(self.tr("Refresh inbox"), self)
        self.table = ResultsView(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Callbacks received</b>"), self))
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.refresh)

    def _explanation(self) -> str:
        return self.tr(
            "<b>Order status callbacks (webhooks)</b><br>"
            "OrangeConnex can call a web address of yours each time an outbound order changes "
            "status (accepted, picked, shipped, cancelled...), with the order number, tracking "
            "numbers and fees. This saves asking OC again and again for the same orders.<br>"
            "A local receiver for these callbacks comes in a later version of ocdesk; the table "
            "below shows the callbacks already stored on this computer."
        )

    def refresh(self) -> None:
        """Reload the inbox table from the local database (off the GUI thread)."""
        self.status_label.setText(self.tr("Loading..."))
        db = self.context.stores.db
        op = self.context.api.run(lambda: inbox_rows(db), owner=self)
        op.on_done(self._show).on_error(self._failed).start()

    def _show(self, rows: list[dict[str, Any]]) -> None:
        headings = {
            "event_id": self.tr("Event id"),
            "order_number": self.tr("Order number"),
            "status": self.tr("Status"),
            "event_time": self.tr("Event time"),
            "received_at": self.tr("Received"),
            "handled_at": self.tr("Handled"),
        }
        shown = [
            {
                headings[key]: _local_time(value) if key.endswith("_at") else value
                for key, value in row.items()
            }
            for row in rows
        ]
        self.table.set_rows(shown, list(headings.values()))
        if rows:
            self.status_label.setText(self.tr("%n callback(s).", "", len(rows)))
        else:
            self.status_label.setText(self.tr("No callbacks received yet."))

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(self.tr("Could not read the inbox: {error}").format(error=error))
