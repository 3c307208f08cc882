"""LookupBar: the always-visible box where a desk user types or scans any number and sees its card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMetaMethod, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog
from ocdesk.api.errors import OcError
from ocdesk.api.identifiers import IdKind, classify
from ocdesk.gui.context import AppContext
from ocdesk.gui.lookup import text
from ocdesk.gui.lookup.actions import LookupActions
from ocdesk.gui.lookup.card import LookupCard
from ocdesk.gui.ops import BusyBar, LatestOnly
from ocdesk.gui.shared_database.outage import database_away
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.jobs.number_search import Caller, Outcome, lookup
from ocdesk.jobs.record_actions import Match, label_request
from ocdesk.jobs.record_index import index_for
from ocdesk.store.record_index import RecordIndex
from ocdesk.store.sql import DatabaseUnavailable

CHOOSER_ROWS = 5
CHOOSER_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}  # in the box: pick among several matches
RECOGNISED_STYLE = "color: #2e7d32;"
NEUTRAL_STYLE = "color: palette(placeholder-text);"
INFO_STYLE = (
    "QLabel { background: #e8f0fe; border: 1px solid #4a72c4; border-radius: 4px; padding: 6px; }"
)


class LookupBar(QWidget):
    """Type or scan, press Enter: OC is asked where the number lives, and a card shows it.

    A new lookup cancels the one still running, so a slow old answer never replaces the
    newest. `sig_outcome(Outcome)` fires when a lookup has been shown;
    `sig_print_requested(endpoint_id, data, number)` asks whoever prints labels to fetch and
    print this one (the Print button only shows while something listens).
    """

    sig_outcome = Signal(object)
    sig_print_requested = Signal(str, object, str)
    # Callers reach the card's actions by this name; it hides QWidget.actions(), unused here.

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._latest = LatestOnly()
        self._last_text = ""
        self._prefer = ""  # the number to show again after a refresh
        self._note = ""  # what the last action said, kept across that refresh
        self.outcome: Outcome | None = None
        self.input = QLineEdit(self)
        self.input.setPlaceholderText(
            self.tr("Scan or type an order, return, inbound, VAS, SKU, eBay or your own number")
        )
        self.input.setClearButtonEnabled(True)
        self.input.setMinimumWidth(360)
        self.search_button = QPushButton(self.tr("Look up"), self)
        self.hint = QLabel(self)
        self.busy = BusyBar(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet(INFO_STYLE)
        self.error_panel = ErrorPanel(self)
        self.chooser = QListWidget(self)
        self.card = LookupCard(self)
        self.card_actions = LookupActions(context, self.busy, self.error_panel, self)
        self._layout()
        self._connect()
        self._reset_view()
        self._update_hint(self.input.text())

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Find:"), self))
        row.addWidget(self.input, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        for widget in (
            self.hint,
            self.busy,
            self.message,
            self.error_panel,
            self.chooser,
            self.card,
        ):
            layout.addWidget(widget)

    def _connect(self) -> None:
        self.input.installEventFilter(self)
        self.input.returnPressed.connect(self.lookup)
        self.input.textChanged.connect(self._update_hint)
        self.search_button.clicked.connect(self.lookup)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear)
        self.chooser.currentRowChanged.connect(self._choose)
        self.card.sig_closed.connect(self._reset_view)
        self.card.sig_view_label.connect(lambda: self._on_card(self.card_actions.view_label))
        self.card.sig_cancel.connect(lambda: self._on_card(self.card_actions.cancel))
        self.card.sig_print_label.connect(self._request_print)
        self.card_actions.sig_info.connect(self._show_info)
        self.card_actions.sig_error.connect(self.error_panel.show_error)
        self.card_actions.sig_changed.connect(self._refresh)

    # --- public ------------------------------------------------------------------------------
    def focus_input(self) -> None:
        """Ctrl+L: put the cursor in the box with its text selected, ready for a scan."""
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.input.selectAll()

    def lookup(self, query: str | None = None) -> None:
        """Look up `query` (default: the box's text); an empty box does nothing."""
        query = self.input.text() if query is None else query
        if classify(query) is IdKind.EMPTY:
            return
        self._last_text = query
        if not self._note:  # a refresh keeps what the action just said
            self._clear_messages()
        call, index = self._context.bound_caller(), self._index()
        op = self._context.api.run(lambda: _lookup(call, query, index), owner=self)
        op.on_done(self._show_outcome)
        op.on_error(self._lookup_failed)
        self.busy.track(op, self.tr("Looking up {text}…").format(text=query.strip()))
        self._latest.start(op)

    def clear(self) -> None:
        """Esc: stop any lookup, empty the box and put the card away."""
        self._latest.cancel()
        self.input.clear()
        self._reset_view()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the box move through several matches, so a scan needs no mouse."""
        if (
            watched is self.input
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.chooser.isVisible()
        ):
            step = CHOOSER_KEYS.get(Qt.Key(event.key()))
            if step is not None:
                row = self.chooser.currentRow() + step
                self.chooser.setCurrentRow(max(0, min(row, self.chooser.count() - 1)))
                return True
        return super().eventFilter(watched, event)

    def _index(self) -> RecordIndex | None:
        """The index of the current profile's recent orders and returns; none while the shared
        database holding it is away (OC alone answers then)."""
        session = self._context.session
        if session is None or database_away(self._context):
            return None
        return index_for(self._context.stores.db, session.profile)

    # --- showing results ---------------------------------------------------------------------
    def _show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self._reset_view()
        notes = [self._note] if self._note else []
        self._note = ""
        if not outcome.found:
            notes.append(self._not_found(outcome))
        elif outcome.failures:
            notes.append(self._partial(outcome))
        if len(outcome.matches) > 1:
            notes.append(text.choose_text(len(outcome.matches)))
        notes.append(text.index_note(outcome))
        self._show_info("\n".join(note for note in notes if note))
        self._fill_chooser(outcome.matches)
        self.sig_outcome.emit(outcome)

    def _not_found(self, outcome: Outcome) -> str:
        session = self._context.session
        profile = session.profile.name if session is not None else "–"
        message = text.not_found_text(outcome, profile)
        if outcome.absent_detail:
            message += "\n" + self.tr("OC said: {detail}").format(detail=outcome.absent_detail)
        return message

    def _partial(self, outcome: Outcome) -> str:
        lines = [self.tr("Some places could not be searched, so there may be more matches:")]
        lines += [f"• {_place_name(error.endpoint_id)}: {error}" for error in outcome.failures]
        return "\n".join(lines)

    def _fill_chooser(self, matches: tuple[Match, ...]) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for match in matches:
            item = QListWidgetItem(text.match_line(match), self.chooser)
            item.setToolTip(match.number)
        self.chooser.blockSignals(False)
        several = len(matches) > 1
        self.chooser.setVisible(several)
        if several:
            rows = min(len(matches), CHOOSER_ROWS)
            self.chooser.setFixedHeight(self.chooser.sizeHintForRow(0) * rows + 6)
        preferred = next((i for i, m in enumerate(matches) if m.number == self._prefer), 0)
        self._prefer = ""
        if matches:
            self.chooser.setCurrentRow(preferred)
            self._choose(preferred)

    def _choose(self, row: int) -> None:
        if self.outcome is None or not 0 <= row < len(self.outcome.matches):
            return
        self.card.set_match(self.outcome.matches[row], can_print=self._print_connected())
        self.card.show()

    def _print_connected(self) -> bool:
        signal = QMetaMethod.fromSignal(self.sig_print_requested)
        return self.isSignalConnected(signal)

    def _lookup_failed(self, error: Exception) -> None:
        self._reset_view()
        if isinstance(error, OcError):
            self.error_panel.show_error(error)
        else:
            self.error_panel.show_error(
                error, self.tr("This is a fault in ocdesk; please report it.")
            )

    def _show_info(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _clear_messages(self) -> None:
        self._show_info("")
        self.error_panel.clear()

    def _reset_view(self) -> None:
        self._clear_messages()
        self.chooser.hide()
        self.card.hide()

    def _update_hint(self, typed: str) -> None:
        kind = classify(typed)
        self.hint.setText(text.input_hint(kind, typed))
        recognised = kind not in (IdKind.EMPTY, IdKind.REFERENCE)
        self.hint.setStyleSheet(RECOGNISED_STYLE if recognised else NEUTRAL_STYLE)

    # --- card actions ------------------------------------------------------------------------
    def _on_card(self, action: Callable[[Match], None]) -> None:
        if self.card.match is not None:
            self._clear_messages()
            action(self.card.match)

    def _request_print(self) -> None:
        match = self.card.match
        request = label_request(match) if match is not None else None
        if match is not None and request is not None:
            self.sig_print_requested.emit(request.endpoint_id, request.data, match.number)

    def _refresh(self, number: str) -> None:
        """Look the same thing up again after a change, keeping `number` on the card."""
        self._note = self.message.text()
        self._prefer = number
        self.lookup(self._last_text or number)


def _lookup(call: Caller, text: str, index: RecordIndex | None) -> Outcome:
    """Worker thread: the lookup, with the index while its database answers, else OC alone."""
    try:
        return lookup(call, text, index)
    except DatabaseUnavailable:
        return lookup(call, text, None)


def _place_name(endpoint_id: str | None) -> str:
    """Where a lookup searched, as the tabs name it ("Query outbound orders"), not its id."""
    try:
        return catalog.get(endpoint_id).shown_title if endpoint_id else "OC"
    except catalog.UnknownEndpoint:
        return endpoint_id or "OC"
