"""Every keyboard shortcut of the console, read from the menus and shortcuts that define them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ocdesk.gui.help.dialog import HelpDialog
from ocdesk.gui.station import keys as station_keys


@dataclass(frozen=True)
class Shortcut:
    """One line of the list: where it works, the keys, and what they do."""

    where: str
    keys: str
    does: str


def _native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    """A menu entry without its mnemonic and dots: "&Labels" -> "Labels"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_shortcuts(menu: QMenu, where: str) -> list[Shortcut]:
    """The entries of `menu` (and its sub-menus) that have keys."""
    found: list[Shortcut] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_shortcuts(sub, where)
        elif not action.shortcut().isEmpty():
            found.append(Shortcut(where, _native(action.shortcut()), _plain(action.text())))
    return found


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """The main window's own shortcuts (each says what it does in its What's This text), then
    those of its menus, then the station's."""
    translate = QCoreApplication.translate
    main = translate("Shortcuts", "Main window")
    found = [Shortcut(main, _native(s.key()), s.whatsThis())
             for s in window.findChildren(QShortcut) if s.whatsThis()]  # fmt: skip
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += menu_shortcuts(menu, translate("Shortcuts", "{menu} menu").format(
                menu=_plain(action.text())))  # fmt: skip
    station = translate("Shortcuts", "Scan-to-print station")
    # The station is a window of its own, built only when opened: its keys come from its table.
    found += [Shortcut(station, k.names(), k.words()) for k in station_keys.STATION_KEYS]
    return found


class ShortcutsDialog(HelpDialog):
    """The list of shortcuts, grouped by where they work."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        where = None
        for shortcut in shortcuts:
            if shortcut.where != where:
                where = shortcut.where
                self._add_row(where, "", heading=True)
            self._add_row(shortcut.keys, shortcut.does)
        self.set_body(self.tr("Keyboard shortcuts"), self.table)
        self.resize(560, 520)

    def _add_row(self, keys: str, does: str, *, heading: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        first = QTableWidgetItem(keys)
        if heading:
            font = first.font()
            font.setBold(True)
            first.setFont(font)
            self.table.setSpan(row, 0, 1, 2)
        first.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, first)
        if not heading:
            self.table.setItem(row, 1, QTableWidgetItem(does))

    def texts(self) -> list[str]:
        """Every line as "keys: what" (headings alone), as read aloud or checked by tests."""
        lines = []
        for row in range(self.table.rowCount()):
            keys, does = (self.table.item(row, column) for column in (0, 1))
            text = keys.text() if keys is not None else ""
            lines.append(f"{text}: {does.text()}" if does is not None else text)
        return lines
