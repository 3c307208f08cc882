"""What a right-click (or the menu key, or Shift+F10) offers on selected outbound order rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from ocdesk.api import lenient
from ocdesk.api.identifiers import IdKind
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.outbound.orders import RAW
from ocdesk.jobs.record_actions import Match, cancel_blocked, status_of


def order_match(shown_row: dict[str, Any]) -> Match:
    """The order behind a table row, as the lookup card and the cancel action take it."""
    row = shown_row[RAW]
    return Match(IdKind.OUTBOUND, str(lenient.get(row, "orderNumber") or ""), row)


def can_cancel_order(match: Match) -> bool:
    """Cancel is offered only while OC still allows it (not picked, shipped or cancelled)."""
    return not cancel_blocked(IdKind.OUTBOUND, status_of(match))


class OrderRowMenu(QObject):
    """Builds and opens the menu; `menu` is the one open last.

    Cancel goes to `cancel(match)`: the page's cancel action, which checks OC's status again
    and asks for confirmation before anything is sent.
    """

    def __init__(
        self, context: AppContext, cancel: Callable[[Match], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._cancel = cancel
        self._parent = parent
        self.menu: QMenu | None = None

    def open(self, rows: list[dict[str, Any]], point: QPoint) -> None:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.build([order_match(row) for row in rows])
        self.menu.popup(point)

    def build(self, orders: list[Match]) -> QMenu:
        menu = QMenu(self._parent)
        menu.setToolTipsVisible(True)
        one = orders[0] if len(orders) == 1 else None
        if one is not None:
            menu.addAction(self.tr("Open card"), lambda: self._context.look_up(one.number))
        printing = menu.addAction(self.tr("Print label"))
        printing.setEnabled(False)
        printing.setToolTip(
            self.tr(
                "OC sends no label for outbound orders: its warehouse prints the parcel's label"
            )
        )
        numbers = [m.number for m in orders]
        copy_text = self.tr("Copy number") if one is not None else self.tr("Copy {n} numbers")
        menu.addAction(copy_text.format(n=len(numbers)), lambda: copy_numbers(numbers))
        if one is not None and can_cancel_order(one):
            menu.addSeparator()
            menu.addAction(self.tr("Cancel order…"), lambda: self._cancel(one))
        return menu


def copy_numbers(numbers: list[str]) -> None:
    """One number per line, to paste into a search box or a spreadsheet column."""
    QGuiApplication.clipboard().setText("\n".join(numbers))
