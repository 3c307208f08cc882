"""The Outbound page's saved views with counts, and the actions a right-click offers on rows."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.pages.outbound.find import FindOrdersPage  # noqa: E402
from ocdesk.gui.pages.outbound.orders import RAW  # noqa: E402
from ocdesk.gui.pages.outbound.views import PREF_KEY  # noqa: E402
from ocdesk.jobs.order_views import (  # noqa: E402
    ALL,
    AWAITING_PICK,
    EXCEPTIONS,
    LABEL_NOT_PRINTED,
    SHIPPED_TODAY,
)
from ocdesk.labels.document import LabelIdentity  # noqa: E402
from ocdesk.labels.history import PrintHistory  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402


def last_week(sb: Sandbox) -> list[Any]:
    since = datetime.now().astimezone() - timedelta(days=7)
    return [o for o in sb.world.store.outbound.values() if o.created >= since]


def in_status(sb: Sandbox, *statuses: str) -> str:
    return next(o.order_number for o in sorted(last_week(sb), key=lambda o: o.order_number)
                if o.status in statuses)  # fmt: skip


def loaded_page(qtbot: Any, context: AppContext) -> FindOrdersPage:
    page = FindOrdersPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_rows_shown, timeout=20_000):
        page.load_defaults()
    return page


def shown_numbers(page: FindOrdersPage) -> set[str]:
    return {row[RAW]["orderNumber"] for row in page.table.visible_rows()}


def test_each_view_counts_its_orders_and_a_click_shows_them(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    # One order shipped just now and one in trouble, so "Shipped today" and "Exceptions" hold some.
    sandbox.set_outbound_status(in_status(sandbox, "packed", "picked", "processing"), "shipped")
    sandbox.set_outbound_status(in_status(sandbox, "created"), "exception")
    orders = last_week(sandbox)
    today = datetime.now().astimezone().date()
    expected = {
        ALL: {o.order_number for o in orders},
        EXCEPTIONS: {o.order_number for o in orders if o.status == "exception"},
        AWAITING_PICK: {o.order_number for o in orders if o.status in ("created", "processing")},
        SHIPPED_TODAY: {o.order_number for o in orders
                        if o.status == "shipped" and o.shipped.astimezone().date() == today},
        LABEL_NOT_PRINTED: {o.order_number for o in orders if o.status != "cancelled"},
    }  # fmt: skip
    assert all(expected.values())

    page = loaded_page(qtbot, context)

    for key, numbers in expected.items():
        assert page.views.buttons[key].text().endswith(f"({len(numbers)})"), key
    assert f"Counted over the {len(orders)} orders created" in page.views.scope.text()
    page.views.buttons[SHIPPED_TODAY].click()
    assert shown_numbers(page) == expected[SHIPPED_TODAY]
    page.views.buttons[EXCEPTIONS].click()
    assert shown_numbers(page) == expected[EXCEPTIONS]
    assert page.table.count_label.text() == f"{len(expected[EXCEPTIONS])} row" + (
        "s" if len(expected[EXCEPTIONS]) != 1 else ""
    )
    page.views.buttons[ALL].click()
    assert shown_numbers(page) == expected[ALL]


def test_the_view_chosen_is_shown_again_next_time(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    page = loaded_page(qtbot, context)
    page.views.buttons[AWAITING_PICK].click()
    assert context.stores.profiles.get_pref(PREF_KEY) == AWAITING_PICK

    again = loaded_page(qtbot, context)
    assert again.views.buttons[AWAITING_PICK].isChecked()
    assert {row[RAW]["status"] for row in again.table.visible_rows()} <= {"created", "processing"}


def test_an_order_whose_label_was_printed_leaves_label_not_printed(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    printed = in_status(sandbox, "created", "processing", "picked")
    PrintHistory(context.stores.db).record(
        LabelIdentity("carrier", printed, "f" * 64), "ocdesk-pdf", None, "printed"
    )
    failed = in_status(sandbox, "shipped")  # a failed print is no print
    PrintHistory(context.stores.db).record(
        LabelIdentity("carrier", failed, "e" * 64), "ocdesk-pdf", None, "failed: out of paper"
    )
    page = loaded_page(qtbot, context)
    page.choose_view(LABEL_NOT_PRINTED)

    numbers = shown_numbers(page)
    assert printed not in numbers and failed in numbers
    not_cancelled = [o for o in last_week(sandbox) if o.status != "cancelled"]
    assert len(numbers) == len(not_cancelled) - 1


# --- right-click actions ------------------------------------------------------------------


def menu_for(qtbot: Any, page: FindOrdersPage, number: str) -> QMenu:
    """Right-click the row of `number`: it is selected and its menu opens."""
    page.table.table.clearSelection()
    row = next(
        i for i, r in enumerate(page.table.visible_rows()) if r[RAW]["orderNumber"] == number
    )
    table = page.table.table
    point = table.visualRect(table.model().index(row, 1)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, table.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(table.viewport(), event)
    assert page.table.selected_rows()[0][RAW]["orderNumber"] == number
    menu = page.row_menu.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=2_000)
    return menu


def action(menu: QMenu, text: str) -> Any:
    return next(a for a in menu.actions() if a.text() == text)


def titles(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_a_right_click_offers_the_rows_actions_and_cancel_only_where_it_applies(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    shipped, fresh = in_status(sandbox, "shipped"), in_status(sandbox, "created")
    page = loaded_page(qtbot, context)

    menu = menu_for(qtbot, page, fresh)
    assert titles(menu) == ["Open card", "Print label", "Copy number", "Cancel order…"]
    assert not action(menu, "Print label").isEnabled()  # OC sends no outbound label
    assert "warehouse prints" in action(menu, "Print label").toolTip()
    menu.close()

    menu = menu_for(qtbot, page, shipped)
    assert "Cancel order…" not in titles(menu)
    action(menu, "Copy number").trigger()
    assert QGuiApplication.clipboard().text() == shipped

    with qtbot.waitSignal(context.sig_lookup_requested, timeout=2_000) as asked:
        action(menu, "Open card").trigger()
    assert asked.args == [shipped]
    menu.close()


def test_cancel_from_the_menu_asks_first_then_cancels(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    fresh = in_status(sandbox, "created")
    page = loaded_page(qtbot, context)
    menu = menu_for(qtbot, page, fresh)
    action(menu, "Cancel order…").trigger()
    qtbot.waitUntil(lambda: page.card_actions.dialog is not None, timeout=10_000)
    page.card_actions.dialog.accept()
    qtbot.waitUntil(lambda: "was cancelled" in page.note.text(), timeout=10_000)
    assert sandbox.world.store.outbound[fresh].status == "cancelled"


def test_the_keyboard_opens_the_menu_for_the_selected_rows(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    page = loaded_page(qtbot, context)
    table = page.table.table
    flags = QItemSelectionModel.SelectionFlag
    table.selectRow(0)
    table.selectionModel().select(table.model().index(1, 0), flags.Select | flags.Rows)
    qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyRelease(table, Qt.Key.Key_Shift)  # Qt would think Shift is still held after
    menu = page.row_menu.menu
    assert menu is not None
    assert titles(menu) == ["Print label", "Copy 2 numbers"]  # one order's actions need one row
    action(menu, "Copy 2 numbers").trigger()
    numbers = [row[RAW]["orderNumber"] for row in page.table.visible_rows()[:2]]
    assert QGuiApplication.clipboard().text() == "\n".join(numbers)
    menu.close()

    # the menu key: Qt sends a keyboard context-menu event
    table.selectionModel().select(table.model().index(2, 0), flags.ClearAndSelect | flags.Rows)
    keyboard = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), QPoint())
    QApplication.sendEvent(table, keyboard)
    assert page.row_menu.menu is not menu
    assert "Open card" in titles(page.row_menu.menu)
