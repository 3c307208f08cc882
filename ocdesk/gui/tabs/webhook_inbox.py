"""The Webhook tab's inbox table, kept up to date in batches however fast callbacks arrive.

A burst of callbacks (OC catching up after an outage sends thousands) once reloaded the whole
inbox into the table for each one, and froze the window for seconds. Here a callback only
marks the table stale (InboxFeed.news): a timer then reads what was stored after the newest
row shown, at most one read per BATCH_MS and one read at a time, off the GUI thread, and the
table takes those rows on top (InboxView). It holds the newest SHOWN rows; the tab's label
counts the rest, which stay in the inbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ocdesk.gui.ops import ApiService
from ocdesk.gui.pages.kit.tables import StatusDelegate
from ocdesk.gui.pages.outbound.orders import short_time
from ocdesk.gui.statuses import status_text
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.webhook.inbox import InboxEntry, WebhookInbox

# Below results_filter.SYNC_LIMIT, so a filter typed over the inbox applies to each batch at
# once instead of blanking the table while it is judged in the background.
SHOWN = 4000
# Callbacks arriving meanwhile are read together: at most 2 reads (and repaints) a second. A
# repaint of the table costs the GUI thread some 40 ms, stretched several times over while the
# receiver's threads share the interpreter with it during a burst.
BATCH_MS = 500
ID, ORDER = "_id", "_order"


def _t(text: str) -> str:
    return QCoreApplication.translate("WebhookTab", text)


def column_titles() -> list[str]:
    return [_t(c) for c in ("Status", "Order", "Event time", "Received", "Handled")]


@dataclass(frozen=True)
class InboxPage:
    """One read of the inbox: rows newest first, and its counts when it was read.

    `whole`: the rows are the newest ones, unhandled first, replacing the table's; otherwise
    they are the ones stored after the table's newest row, to go on top. Either way every
    entry up to `last_id` has been seen.
    """

    rows: list[dict[str, Any]]
    last_id: int
    total: int
    unhandled: int
    whole: bool


def read_inbox(inbox: WebhookInbox, after_id: int | None, limit: int) -> InboxPage:
    """Runs on a worker thread: up to `limit` entries stored after `after_id`, or (None) the
    newest ones."""
    if after_id is None:
        last_id = inbox.last_id()  # first: an entry stored while reading comes in the next read
        entries = [e for e in inbox.entries(limit=limit) if e.id <= last_id]
    else:
        entries = inbox.entries_after(after_id, limit)
        last_id = max([after_id, *(e.id for e in entries)])
    rows = [_row(entry) for entry in entries]
    return InboxPage(rows, last_id, inbox.count(), inbox.unhandled_count(), after_id is None)


def _row(entry: InboxEntry) -> dict[str, Any]:
    received = short_time(entry.received_at * 1000)
    handled_at = entry.handled_at
    handled = short_time(handled_at * 1000) if handled_at is not None else _t("not yet")
    return {
        _t("Status"): status_text(entry.status),
        _t("Order"): entry.order_number,
        _t("Event time"): short_time(entry.event_time),
        _t("Received"): received,
        _t("Handled"): handled,
        ID: entry.id,
        ORDER: entry.order_number,
    }


class InboxFeed(QObject):
    """Reads the inbox for the table: one read at a time, news batched every BATCH_MS.

    `sig_page(InboxPage)` delivers each read on the GUI thread, `sig_error(exc)` a failed one.
    """

    sig_page = Signal(object)
    sig_error = Signal(object)

    def __init__(self, inbox: WebhookInbox, api: ApiService, parent: QObject | None = None):
        super().__init__(parent)
        self._inbox = inbox
        self._api = api
        self._last_id: int | None = None  # None until a whole read
        self._wanted: str | None = None  # "news" or "whole", for the next read
        self._reading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self._read)

    def news(self) -> None:
        """A callback was stored: it is read with any others in the next batch."""
        self._wanted = self._wanted or "news"
        if not self._reading and not self._timer.isActive():
            self._timer.start()

    def reload(self) -> None:
        """Read the newest rows whole (rows shown have changed), as soon as no read runs."""
        self._wanted = "whole"
        if not self._reading:
            self._timer.stop()
            self._read()

    def _read(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is None:
            return
        inbox, limit = self._inbox, SHOWN
        after_id = None if wanted == "whole" else self._last_id
        self._reading = True
        op = self._api.run(lambda: read_inbox(inbox, after_id, limit), owner=self)
        op.on_done(self._deliver).on_error(self.sig_error.emit).on_finally(self._read_ended)
        op.start()

    def _deliver(self, page: InboxPage) -> None:
        self._last_id = page.last_id
        self.sig_page.emit(page)

    def _read_ended(self) -> None:
        self._reading = False
        if self._wanted == "whole":
            self._read()
        elif self._wanted:
            self._timer.start()


class InboxView(ResultsView):
    """The callbacks table: at most SHOWN rows, unhandled first, newest first.

    New rows go on top; what the user selected, the column they sorted by and the rows they
    scrolled to stay as they were, so a burst of callbacks never takes the table from them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table.setItemDelegateForColumn(0, StatusDelegate(self))
        self._rows: list[dict[str, Any]] = []  # as read, newest first

    def show_page(self, page: InboxPage) -> None:
        if not (page.rows or page.whole):
            return  # news announced after the read that already brought it
        rows = page.rows if page.whole else page.rows + self._rows
        self._rows = rows[:SHOWN]
        if self.model.columnCount():
            self._refill()
        else:  # the first rows size the columns
            self.set_rows(self._rows, column_titles())

    def _refill(self) -> None:
        selected = {row[ID] for row in self.selected_rows()}
        current = self.table.currentIndex()
        current_id = self._row_at(current.row())[ID] if current.isValid() else None
        top = self.table.rowAt(0)
        top_id = self._row_at(top)[ID] if top > 0 else None  # at the very top, show news
        header = self.table.horizontalHeader()
        sorted_by, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        self.model.set_rows(self._rows, self.model.columns)
        if 0 <= sorted_by < self.model.columnCount():
            self.model.sort(sorted_by, order)
        self._put_back(selected, current_id, top_id)
        self._update_count()

    def _put_back(self, selected: set[int], current_id: int | None, top_id: int | None) -> None:
        """Select the rows of `selected` again, and scroll `top_id`'s row back to the top."""
        if not selected and current_id is None and top_id is None:
            return  # the common case in a burst: nothing to look for among SHOWN rows
        where = {row[ID]: shown for shown, row in enumerate(self.visible_rows())}
        last_column = self.model.columnCount() - 1
        selection = QItemSelection()
        for first, last in _runs(sorted(where[i] for i in selected if i in where)):
            selection.select(self.proxy.index(first, 0), self.proxy.index(last, last_column))
        flag = QItemSelectionModel.SelectionFlag
        selection_model = self.table.selectionModel()
        selection_model.select(selection, flag.ClearAndSelect)
        if current_id in where:
            current = self.proxy.index(where[current_id], 0)
            selection_model.setCurrentIndex(current, flag.NoUpdate)
        if top_id in where:
            top = self.proxy.index(where[top_id], 0)
            self.table.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted numbers as (first, last) runs of consecutive ones: a selection range each."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs
