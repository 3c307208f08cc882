"""Help menu: the shortcuts as the window defines them, the desk guide, and the versions."""

from __future__ import annotations

import platform
from collections.abc import Iterator

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ocdesk.gui.app import open_stores
from ocdesk.gui.context import AppContext
from ocdesk.gui.help.about import AboutDialog, ocdesk_version
from ocdesk.gui.help.guide import DeskGuide
from ocdesk.gui.help.shortcuts import ShortcutsDialog
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.station import keys as station_keys
from ocdesk.gui.station.keys import StationKey
from ocdesk.gui.statuses import COLOUR_HEX
from ocdesk.store.paths import app_paths


@pytest.fixture
def window(qtbot, qapp) -> Iterator[MainWindow]:
    context = AppContext(open_stores(app_paths()))
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    context.api.shutdown(10_000)
    context.stores.db.close()


def _help_entry(window: MainWindow, starts: str) -> QAction:
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Help" in titles, titles
    menu = window.help_menu
    return next(a for a in menu.actions() if a.text().startswith(starts))


def _open(qtbot, window: MainWindow, starts: str, kind: type):
    _help_entry(window, starts).trigger()
    qtbot.waitUntil(lambda: window.findChild(kind) is not None)
    dialog = window.findChild(kind)
    assert dialog.isVisible()
    return dialog


def test_the_shortcuts_list_is_read_from_the_window_and_its_menus(qtbot, window) -> None:
    # A key added to a menu later shows up too: the list is not a second copy.
    labels_menu = window.labels.menu
    extra = QAction("Weigh the parcel", labels_menu)
    extra.setShortcut(QKeySequence("Ctrl+Shift+W"))
    labels_menu.addAction(extra)

    dialog: ShortcutsDialog = _open(qtbot, window, "Keyboard shortcuts", ShortcutsDialog)
    lines = dialog.texts()
    assert "Ctrl+1: Open the Account tab" in lines
    assert "Ctrl+0: Open the Returns tab" in lines
    assert "Alt+1: Open the Finance tab" in lines
    assert "Ctrl+L: Put the cursor in Find, ready for a scan" in lines
    assert "Ctrl+PgDown: Next tab" in lines
    assert "F12: Scan-to-print station" in lines
    assert "Ctrl+H: Print history" in lines
    assert "Ctrl+Shift+W: Weigh the parcel" in lines
    assert "F1: Desk guide" in lines
    assert "Scan-to-print station" in lines  # the station's own keys, under their heading
    assert "F2: Choose the printer for each label type, or print a test page" in lines
    assert "PgUp / PgDown: More or fewer SKU labels per scan" in lines
    assert lines.index("Labels menu") < lines.index("Ctrl+H: Print history")


def test_a_key_added_to_the_station_table_shows_in_the_shortcuts(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    weigh = StationKey((Qt.Key.Key_F3,), "Weigh the parcel on the bench scale", "weigh")
    monkeypatch.setattr(station_keys, "STATION_KEYS", (*station_keys.STATION_KEYS, weigh))
    dialog: ShortcutsDialog = _open(qtbot, window, "Keyboard shortcuts", ShortcutsDialog)
    lines = dialog.texts()
    assert "F3: Weigh the parcel on the bench scale" in lines
    assert lines.index("Scan-to-print station") < lines.index(
        "F3: Weigh the parcel on the bench scale"
    )


def test_the_desk_guide_explains_find_print_station_batch_and_colours(qtbot, window) -> None:
    guide: DeskGuide = _open(qtbot, window, "Desk guide", DeskGuide)
    text = guide.text.toPlainText()
    for words in ("Find anything", "Print a label", "The station", "Many labels at once",
                  "What the colours mean", "sandbox", "Ctrl+L", "F12"):  # fmt: skip
        assert words in text, words
    page = guide.text.toHtml().lower()
    for colour in ("green", "blue", "amber", "red"):
        assert COLOUR_HEX[colour] in page, colour
    assert "Shipped" in text and "Exception" in text


def test_about_names_the_versions_and_where_settings_and_logs_live(qtbot, window) -> None:
    about: AboutDialog = _open(qtbot, window, "About ocdesk", AboutDialog)
    text = about.text.text()
    paths = window.context.stores.paths
    assert ocdesk_version() != "unknown" and ocdesk_version() in text
    for fact in (qVersion(), PySide6.__version__, platform.python_version(),
                 str(paths.settings_file), str(paths.log_dir)):  # fmt: skip
        assert fact in text, fact


def test_help_comes_after_labels_in_the_menu_bar(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert titles.index("&Labels") < titles.index("&Help")
