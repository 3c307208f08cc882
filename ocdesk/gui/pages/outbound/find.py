"""The "Find orders" page: orders by pasted numbers or by any period, saved views with counts,
a table with row actions, a card, cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog, lenient
from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import BusyBar
from ocdesk.gui.pages.kit.jobs import JobRunner, ProgressStrip
from ocdesk.gui.pages.kit.notes import info_label, say
from ocdesk.gui.pages.kit.tables import StatusDelegate
from ocdesk.gui.pages.outbound.orders import (
    COLUMNS,
    RAW,
    column_titles,
    id_lines,
    missing_numbers,
    orders_by_ids,
    period_text,
    table_rows,
)
from ocdesk.gui.pages.outbound.row_menu import OrderRowMenu, order_match
from ocdesk.gui.pages.outbound.views import PREF_KEY, ViewBar
from ocdesk.gui.widgets.date_picker import date_time_picker, picked_datetime
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.words import short_date
from ocdesk.jobs.order_views import (
    ALL,
    LABEL_NOT_PRINTED,
    VIEW_KEYS,
    Facts,
    order_numbers,
    rows_in_view,
    view_counts,
)
from ocdesk.jobs.record_actions import Match
from ocdesk.jobs.windows import OutboundWindows, outbound_orders_between
from ocdesk.labels.history import PrintHistory
from ocdesk.store.sql import DatabaseUnavailable

# The order card and its actions (cancel, and the write checks behind it) are imported when the
# first card opens: the page's first rows come sooner without them.
if TYPE_CHECKING:
    from ocdesk.gui.lookup.actions import LookupActions
    from ocdesk.gui.lookup.card import LookupCard

DEFAULT_DAYS = catalog.get("outbound.query").query_days or 0  # one call's window


@dataclass(frozen=True)
class Loaded[T]:
    """What a search found, with the numbers of its orders this desk has printed a label for
    (None: not known, the shared database holding the print history is away)."""

    found: T
    printed: frozenset[str] | None


def with_printed[T](
    history: PrintHistory, found: T, rows: Callable[[T], list[dict[str, Any]]]
) -> Loaded[T]:
    """Runs on the worker, after the search: the print history read for the views' counts."""
    numbers = [n for row in rows(found) for n in order_numbers(row)]
    try:
        return Loaded(found, frozenset(history.printed_numbers(numbers)))
    except DatabaseUnavailable:  # OC's answer stands; only the "not printed" view waits
        return Loaded(found, None)


class FindOrdersPage(QWidget):
    """Find outbound orders; pick a view, select one to see its card and cancel it.

    `sig_rows_shown(n)` fires when a search has put its `n` orders on screen (the view chosen
    may show fewer); a right-click on rows offers their actions.
    """

    sig_rows_shown = Signal(int)
    # Callers reach the card's actions by this name; it hides QWidget.actions(), unused here.

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.orders: list[dict[str, Any]] = []
        self.scope = ""
        self.printed: frozenset[str] | None = frozenset()
        self.history = PrintHistory(context.stores.db)
        self.numbers = QPlainTextEdit(self)
        self.numbers.setPlaceholderText(
            self.tr("Order numbers (OCO…), your references or eBay order ids, one per line")
        )
        # Three lines show: on a 720-pixel screen the table below keeps the room (it scrolls).
        self.numbers.setMaximumHeight(self.numbers.fontMetrics().lineSpacing() * 3 + 12)
        self.numbers.setMinimumWidth(self.numbers.fontMetrics().averageCharWidth() * 20)  # narrow
        self.find_numbers_button = QPushButton(self.tr("Find these orders"), self)
        self.start_edit = date_time_picker(parent=self)
        self.end_edit = date_time_picker(parent=self)
        self.find_period_button = QPushButton(self.tr("Find in this period"), self)
        self.find_period_button.setToolTip(self.tr("Find orders created in this period"))
        self.job = ProgressStrip(self)
        self.runner = JobRunner(context, self.job, self)
        self.note = info_label(self)
        self.error_panel = ErrorPanel(self)
        self.views = ViewBar(self)
        self.views.show_view(self._saved_view())
        self.table = ResultsView(self)
        self.table.table.setItemDelegateForColumn(COLUMNS.index("Status"), StatusDelegate(self))
        self._card: LookupCard | None = None
        self._card_actions: LookupActions | None = None
        self.busy = BusyBar(self)
        self.row_menu = OrderRowMenu(context, self._cancel, self)
        self._lay_out()
        self._connect()
        self.set_period(*default_period())

    def _lay_out(self) -> None:
        by_numbers = QGroupBox(self.tr("By number"), self)
        numbers_row = QHBoxLayout(by_numbers)
        numbers_row.addWidget(self.numbers, 1)
        numbers_row.addWidget(self.find_numbers_button, 0, Qt.AlignmentFlag.AlignBottom)
        by_period = QGroupBox(self.tr("By creation time"), self)
        by_period.setToolTip(self.tr("Any length: OC is asked week by week."))
        period_box = QVBoxLayout(by_period)
        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(self.tr("From"), self))
        period_row.addWidget(self.start_edit)
        period_row.addWidget(QLabel(self.tr("to"), self))
        period_row.addWidget(self.end_edit)
        period_box.addLayout(period_row)
        period_box.addWidget(self.find_period_button, 0, Qt.AlignmentFlag.AlignRight)
        searches = QHBoxLayout()  # side by side: the rows below get the height
        searches.addWidget(by_numbers, 1)
        searches.addWidget(by_period)
        card_box = QWidget(self)
        self._card_layout = QVBoxLayout(card_box)
        self._card_layout.setContentsMargins(0, 0, 0, 0)
        self._card_layout.addWidget(self.busy)  # the card goes below it once one is opened
        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.views)
        table_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(table_box)
        split.addWidget(card_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(searches)
        layout.addWidget(self.job)
        layout.addWidget(self.note)
        layout.addWidget(self.error_panel)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.find_numbers_button.clicked.connect(self.find_numbers)
        self.find_period_button.clicked.connect(self.find_period)
        self.table.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.sig_rows_menu.connect(self.row_menu.open)
        self.views.sig_view_chosen.connect(self.choose_view)

    # --- the card (built when first needed) ---------------------------------------------------

    @property
    def card(self) -> LookupCard:
        """The selected order's card, hidden while no single row is selected."""
        if self._card is None:
            from ocdesk.gui.lookup.card import LookupCard

            card = LookupCard(self)
            card.hide()
            self._card_layout.addWidget(card)
            card.sig_cancel.connect(self._cancel_selected)
            card.sig_closed.connect(card.hide)
            self._card = card
        return self._card

    @property
    def card_actions(self) -> LookupActions:
        """What the card's buttons and the row menu do (cancel), reporting on this page."""
        if self._card_actions is None:
            from ocdesk.gui.lookup.actions import LookupActions

            actions = LookupActions(self.context, self.busy, self.error_panel, self)
            actions.sig_info.connect(lambda text: say(self.note, text))
            actions.sig_error.connect(self.error_panel.show_error)
            actions.sig_changed.connect(self.reload_order)
            self._card_actions = actions
        return self._card_actions

    def _hide_card(self) -> None:
        if self._card is not None:
            self._card.hide()

    # --- searching ---------------------------------------------------------------------------

    def load_defaults(self) -> None:
        """Open with the orders of the last week."""
        self.set_period(*default_period())
        self.find_period()

    def set_period(self, start: datetime, end: datetime) -> None:
        self.start_edit.setDateTime(QDateTime(start))
        self.end_edit.setDateTime(QDateTime(end))

    def period(self) -> tuple[datetime, datetime]:
        start = picked_datetime(self.start_edit).astimezone()
        end = picked_datetime(self.end_edit).astimezone()
        return start, end

    def find_numbers(self) -> None:
        numbers = id_lines(self.numbers.toPlainText())
        if not numbers:
            say(self.note, self.tr("Type or paste at least one number first."))
            return
        call = self.context.bound_caller()
        self._clear_messages()
        self.runner.start(
            lambda progress, cancelled: with_printed(self.history, orders_by_ids(
                call, numbers, progress=progress, cancelled=cancelled
            ), list),
            lambda loaded, _cancelled: self._show_found(loaded, numbers), self._failed,
            message=self.tr("Looking up {n} numbers…").format(n=len(numbers)),
        )  # fmt: skip

    def find_period(self) -> None:
        start, end = self.period()
        if end < start:
            say(self.note, self.tr("The end of the period is before its start."))
            return
        call = self.context.bound_caller()
        self._clear_messages()
        self.runner.start(
            lambda progress, cancelled: with_printed(self.history, outbound_orders_between(
                call, start, end, progress=progress, cancelled=cancelled
            ), lambda found: found.rows),
            lambda loaded, _cancelled: self._show_period(loaded, start, end), self._failed,
            message=self.tr("Asking OC for orders created {period}…").format(
                period=period_text(start, end)),
        )  # fmt: skip

    # --- showing -----------------------------------------------------------------------------

    def _show_found(self, loaded: Loaded[list[dict[str, Any]]], numbers: list[str]) -> None:
        rows = loaded.found
        self.printed = loaded.printed
        self.scope = self.tr("Counted over the {n} orders found by number.").format(n=len(rows))
        self._show_rows(rows)
        missing = missing_numbers(numbers, rows)
        text = self.tr("Found {found} orders for {asked} numbers.").format(
            found=len(rows), asked=len(numbers)
        )
        if missing:
            text += " " + self.tr("Not found at OC: {numbers}").format(numbers=", ".join(missing))
        if self.job.cancelled:
            text += " " + self.tr("Stopped early: only part of the list was asked.")
        say(self.note, text)

    def _show_period(self, loaded: Loaded[OutboundWindows], start: datetime, end: datetime) -> None:
        found = loaded.found
        self.printed = loaded.printed
        self.scope = self.tr("Counted over the {n} orders created {start} – {end}.").format(
            n=len(found.rows), start=short_date(start.date()), end=short_date(end.date())
        )
        self._show_rows(found.rows)
        text = self.tr("{n} orders created {period}.").format(
            n=len(found.rows), period=period_text(start, end)
        )
        if found.message:
            text += " " + self.tr("ocdesk {how}.").format(how=found.message)
        if self.job.cancelled:
            text += " " + self.tr("Stopped early: the orders of the weeks already asked are shown.")
        say(self.note, text)

    def _show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.orders = list(rows)
        self._show_view()
        self.sig_rows_shown.emit(len(rows))

    # --- views -------------------------------------------------------------------------------

    def _facts(self) -> Facts:
        return Facts(date.today(), self.printed or frozenset())

    def choose_view(self, key: str) -> None:
        """Show the orders of view `key`, and remember it for the next start."""
        self.views.show_view(key)
        self.context.stores.profiles.set_pref(PREF_KEY, key)
        self._show_view()

    def _saved_view(self) -> str:
        key = self.context.stores.profiles.get_pref(PREF_KEY, "")
        return key if key in VIEW_KEYS else VIEW_KEYS[0]

    def _show_view(self) -> None:
        """The table holds the orders of the chosen view; every view's button counts its own."""
        facts = self._facts()
        self.views.set_counts(view_counts(self.orders, facts), self.scope)
        not_printed = self.views.buttons[LABEL_NOT_PRINTED]
        not_printed.setEnabled(self.printed is not None)  # unknown while the database is away
        if self.printed is None:
            not_printed.setText(self.tr("Label not printed (?)"))  # the status bar says why
            self.views.show_view(ALL if self.views.current() == LABEL_NOT_PRINTED else
                                 self.views.current())  # fmt: skip
        shown = rows_in_view(self.views.current(), self.orders, facts)
        self.table.set_rows(table_rows(shown), column_titles())
        self._hide_card()

    def _show_selected(self) -> None:
        selected = self.table.selected_rows()
        if len(selected) != 1:
            self._hide_card()
            return
        self.card.set_match(order_match(selected[0]), can_print=False)
        self.card.show()

    def select_order(self, number: str) -> bool:
        """Select the row of order `number` (its card opens); False when it is not listed."""
        for proxy_row, row in enumerate(self.table.visible_rows()):
            if lenient.get(row[RAW], "orderNumber") == number:
                self.table.table.selectRow(proxy_row)
                return True
        return False

    # --- cancelling --------------------------------------------------------------------------

    def _cancel_selected(self) -> None:
        if self._card is not None and self._card.match is not None:
            self._cancel(self._card.match)

    def _cancel(self, match: Match) -> None:
        self._clear_messages()
        self.card_actions.cancel(match)

    def reload_order(self, number: str) -> None:
        """Ask OC for one order again (after a cancel) and update its row and card."""
        call = self.context.bound_caller()
        op = self.context.api.run(lambda: orders_by_ids(call, [number]), owner=self)
        op.on_done(lambda rows: self._replace(number, rows))
        op.on_error(self.error_panel.show_error)
        self.busy.track(op, self.tr("Reading {number} again…").format(number=number))
        op.start()

    def _replace(self, number: str, rows: list[dict[str, Any]]) -> None:
        fresh = {str(lenient.get(r, "orderNumber")): r for r in rows}
        if number not in fresh:
            return
        self.orders = [fresh.get(str(lenient.get(r, "orderNumber")), r) for r in self.orders]
        note = self.note.text()
        self._show_view()
        say(self.note, note)
        self.select_order(number)

    # --- errors ------------------------------------------------------------------------------

    def _failed(self, error: Exception) -> None:
        self.error_panel.show_error(error)

    def _clear_messages(self) -> None:
        say(self.note, "")
        self.error_panel.clear()


def default_period(now: datetime | None = None) -> tuple[datetime, datetime]:
    """The last week (one call's window), to the minute."""
    end = (now or datetime.now()).replace(second=0, microsecond=0)
    return end - timedelta(days=DEFAULT_DAYS), end
