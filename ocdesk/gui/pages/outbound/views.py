"""The saved views over the orders on the Outbound page: a row of buttons, each with its count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.order_views import (
    ALL,
    AWAITING_PICK,
    EXCEPTIONS,
    LABEL_NOT_PRINTED,
    SHIPPED_TODAY,
    VIEW_KEYS,
)

PREF_KEY = "outbound.find.view"  # the view chosen last, shown again at the next start
_CTX = "OutboundViews"
TITLES = {
    ALL: QT_TRANSLATE_NOOP("OutboundViews", "All"),
    EXCEPTIONS: QT_TRANSLATE_NOOP("OutboundViews", "Exceptions"),
    AWAITING_PICK: QT_TRANSLATE_NOOP("OutboundViews", "Awaiting pick"),
    LABEL_NOT_PRINTED: QT_TRANSLATE_NOOP("OutboundViews", "Label not printed"),
    SHIPPED_TODAY: QT_TRANSLATE_NOOP("OutboundViews", "Shipped today"),
}
TIPS = {
    ALL: QT_TRANSLATE_NOOP("OutboundViews", "Every order found"),
    EXCEPTIONS: QT_TRANSLATE_NOOP(
        "OutboundViews",
        "Orders the warehouse has a problem with (stock short, bad address…): OC's “exception”",
    ),
    AWAITING_PICK: QT_TRANSLATE_NOOP(
        "OutboundViews", "Orders OC has accepted or released to the warehouse, not yet picked"
    ),
    LABEL_NOT_PRINTED: QT_TRANSLATE_NOOP(
        "OutboundViews",
        "Orders (not cancelled) with no label printed on this desk under their order or tracking"
        " number, as the print history shows",
    ),
    SHIPPED_TODAY: QT_TRANSLATE_NOOP(
        "OutboundViews", "Orders handed to the carrier today (your time zone)"
    ),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class ViewBar(QWidget):
    """One checkable button per view ("Exceptions (3)") and what the counts cover.

    `sig_view_chosen(key)` fires when the user picks a view.
    """

    sig_view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key in VIEW_KEYS:
            button = QPushButton(_t(TITLES[key]), self)
            button.setCheckable(True)
            button.setToolTip(_t(TIPS[key]))
            button.clicked.connect(lambda _checked=False, k=key: self.sig_view_chosen.emit(k))
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        self.scope = QLabel(self)
        self.scope.setStyleSheet("color: palette(placeholder-text);")
        self.scope.setWordWrap(True)  # on two lines in a narrow window, never cut off
        layout.addWidget(self.scope, 1)
        self.buttons[ALL].setChecked(True)

    def set_counts(self, counts: dict[str, int], scope: str) -> None:
        """Each button's count, and `scope`: which orders were counted."""
        for key, button in self.buttons.items():
            button.setText(f"{_t(TITLES[key])} ({counts.get(key, 0):,})")
        self.scope.setText(scope)

    def show_view(self, key: str) -> None:
        """Mark `key` as the view shown (without announcing it as a choice)."""
        self.buttons.get(key, self.buttons[ALL]).setChecked(True)

    def current(self) -> str:
        return next((k for k, b in self.buttons.items() if b.isChecked()), ALL)
