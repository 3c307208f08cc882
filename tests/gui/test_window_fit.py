"""The console on the commonest desk screens: at 1280x720 everything stays inside the window, the
lookup card and the label panel never make it bigger than the screen, a saved size comes back
only when it still fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.placement import PLACEMENT_PREF, first_start_rect
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.widgets.scrolled import FittingScrollArea

pytest_plugins = ("gui_fixtures",)  # `context`: logged in to the seeded sandbox

# A 1280x720 screen less a title bar and a task bar, as wide as the window is when not maximized
# (a first start's margin round it).
SMALL_DESK = (first_start_rect(QRect(0, 0, 1280, 720)).width(), 720 - 30 - 30)
ORDER = "OCO2497577178395AU"  # an outbound order of the seeded sandbox


def _window(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show_as_placed()  # as the console shows it
    return window


@pytest.fixture
def small_window(qtbot, context: AppContext) -> MainWindow:
    """Logged in to the sandbox, on the Outbound tab with its orders, sized for a small desk."""
    window = _window(qtbot, context)
    window.showNormal()
    window.resize(*SMALL_DESK)
    qtbot.waitUntil(lambda: _orders(window).model.rowCount() > 0, timeout=30_000)
    return window


def _orders(window: MainWindow) -> ResultsView:
    page = window.domain_tabs["Outbound"].stack.currentWidget()
    return page.findChildren(ResultsView)[0]


def _inside(window: MainWindow, widget: QWidget, rect: QRect) -> bool:
    top_left = widget.mapTo(window, rect.topLeft())
    return window.rect().contains(QRect(top_left, rect.size()))


def _last_row_in_view(window: MainWindow) -> int:
    """The lowest row of the orders table that nothing hides, if it is inside the window
    (else -1): what a desk worker sees without scrolling the window itself."""
    table = _orders(window).table
    viewport = table.viewport()
    seen = viewport.visibleRegion().boundingRect()
    row = table.rowAt(seen.bottom())
    row = row if row >= 0 else table.model().rowCount() - 1
    rect = table.visualRect(table.model().index(row, 0)).intersected(seen)
    return row if not rect.isEmpty() and _inside(window, viewport, rect) else -1


def test_at_1280x720_the_status_bar_and_the_table_stay_inside(
    qtbot, small_window: MainWindow
) -> None:
    qtbot.wait(100)  # the layouts settle round the rows and the views' counts
    assert (small_window.width(), small_window.height()) == SMALL_DESK
    status = small_window.status
    assert _inside(small_window, status, status.rect())
    assert _last_row_in_view(small_window) >= 5  # the 6th order is in view
    # The page fits the width: nothing on its right (Export, the period search, what the views'
    # counts cover) is cut off.
    page_area = small_window.domain_tabs["Outbound"].findChild(FittingScrollArea)
    assert page_area.horizontalScrollBar().maximum() == 0


def test_the_lookup_card_does_not_make_the_window_taller(qtbot, small_window: MainWindow) -> None:
    small_window.look_up(ORDER)
    card = small_window.lookup.card
    qtbot.waitUntil(card.isVisible, timeout=30_000)
    qtbot.wait(100)  # the layouts settle
    assert (small_window.width(), small_window.height()) == SMALL_DESK
    assert small_window.minimumSizeHint().height() < SMALL_DESK[1]
    # The card's buttons and the status bar are on screen; the table keeps its last rows in view.
    # (A shipped order: its buttons are the tracking ones; Cancel is not offered.)
    buttons = [b for b in card.findChildren(QPushButton) if b.isVisible()]
    assert buttons and all(_inside(small_window, b, b.rect()) for b in buttons)
    assert _inside(small_window, small_window.status, small_window.status.rect())
    assert _last_row_in_view(small_window) >= 1
    # The card takes at most about a quarter: the tabs keep the larger part of the window.
    assert card.height() <= small_window.height() // 4 + 1
    assert small_window.tabs.height() > card.height()


def test_the_label_panel_keeps_the_window_narrower_than_the_screen(
    qtbot, small_window: MainWindow
) -> None:
    small_window.labels.dock.show()
    qtbot.wait(50)
    assert small_window.minimumSizeHint().width() < SMALL_DESK[0] - 200
    assert small_window.width() == SMALL_DESK[0]
    # Tab titles are whole, never "Retur...".
    bar = small_window.tabs.tabBar()
    for index in range(bar.count()):
        text_width = bar.fontMetrics().horizontalAdvance(bar.tabText(index))
        assert bar.tabRect(index).width() > text_width, bar.tabText(index)


def test_left_list_entries_are_not_cut(qtbot, small_window: MainWindow) -> None:
    for group, tab in small_window.domain_tabs.items():
        small_window.show_group(group)
        qtbot.waitUntil(tab.list.isVisible)
        widest = tab.list.sizeHintForColumn(0)
        assert tab.list.viewport().width() >= widest, group


def test_first_start_fills_the_screen(qtbot, context: AppContext) -> None:
    window = _window(qtbot, context)
    assert window.isMaximized()
    available = window.screen().availableGeometry()
    normal = window.normalGeometry()
    assert available.contains(normal)
    assert normal.width() >= available.width() * 0.95
    assert normal.height() >= available.height() * 0.95
    assert first_start_rect(QRect(0, 0, 1280, 690)).height() >= 650


def test_a_saved_geometry_larger_than_the_screen_is_not_restored(
    qtbot, context: AppContext
) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    too_big = {"x": 0, "y": 0, "width": screen.width() + 600, "height": screen.height() + 400,
               "maximized": False}  # fmt: skip
    context.stores.profiles.set_pref(PLACEMENT_PREF, too_big)
    window = _window(qtbot, context)
    assert screen.contains(window.normalGeometry())
    assert window.normalGeometry().width() < too_big["width"]
    assert window.isMaximized()  # as on a first start


def test_a_saved_geometry_that_fits_comes_back(qtbot, context: AppContext) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window = _window(qtbot, context)
    # As wide as the screen allows (wider than the window's minimum), 60 % of its height.
    wanted = QRect(
        screen.topLeft() + QPoint(20, 30), QSize(screen.width() - 20, screen.height() * 3 // 5)
    )
    assert screen.contains(wanted)
    window.showNormal()
    window.setGeometry(wanted)
    window.close()
    assert context.stores.profiles.get_pref(PLACEMENT_PREF)["maximized"] is False

    again = _window(qtbot, context)
    assert again.geometry() == wanted
    assert not again.isMaximized()
