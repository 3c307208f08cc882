"""The shared database's state on the status bar keeps the window inside a 1280x720 screen."""

from __future__ import annotations

from PySide6.QtCore import QRect

from ocdesk.gui.context import AppContext
from ocdesk.gui.database_state import DatabaseState
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.placement import first_start_rect

SMALL_DESK_WIDTH = first_start_rect(QRect(0, 0, 1280, 720)).width()


def test_the_longest_database_state_leaves_the_window_narrower_than_a_small_desk(
    qtbot, context: AppContext
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.showNormal()
    shared = context.shared_database
    assert shared is not None
    away = DatabaseState(False, shared.store.location, "server closed the connection")
    window.status.show_database(away)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= SMALL_DESK_WIDTH
