"""The Help menu of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from ocdesk.gui.help.about import AboutDialog
from ocdesk.gui.help.guide import DeskGuide
from ocdesk.gui.help.shortcuts import ShortcutsDialog, window_shortcuts
from ocdesk.store.paths import AppPaths


def _show(dialog: QDialog) -> None:
    """Non-modal: the guide or the shortcuts stay open beside the console while working."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def add_help_menu(window: QMainWindow, paths: AppPaths) -> QMenu:
    """Help > Keyboard shortcuts, Desk guide, About ocdesk."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    entries = (
        (translate("MainWindow", "Keyboard shortcuts…"), "Ctrl+/",
         lambda: ShortcutsDialog(window_shortcuts(window), window)),
        (translate("MainWindow", "Desk guide…"), "F1", lambda: DeskGuide(window)),
        (translate("MainWindow", "About ocdesk…"), None, lambda: AboutDialog(paths, window)),
    )  # fmt: skip
    for text, keys, make in entries:
        action = menu.addAction(text)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False, m=make: _show(m()))
    return menu
