"""In Chinese, every tab, desk page and main dialog speaks Chinese: a walk through the window
looking for labels, buttons, list entries, headers and hints written in English only.

What may stay in Latin letters is listed with its reason (OC's own terms, codes, units, keys,
names). A text the walk meets that no translation reaches fails, naming where it was seen.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from ocdesk.api.catalog import GROUPS
from ocdesk.gui.context import AppContext
from ocdesk.gui.help.about import AboutDialog
from ocdesk.gui.help.guide import DeskGuide
from ocdesk.gui.help.shortcuts import ShortcutsDialog, window_shortcuts
from ocdesk.gui.labels.batch import BatchPrintDialog
from ocdesk.gui.labels.print_settings import PrintSettingsDialog
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.tabs.domain import DomainTab
from ocdesk.gui.widgets.operator_dialog import OperatorDialog
from ocdesk.session import Session

pytest_plugins = ("gui_fixtures", "chinese_fixtures")

CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]")
# Latin words a Chinese desk reads as they are, and why.
ALLOWED = {
    # OC's own names and terms, written so on OC's Chinese pages too
    "OC", "OrangeConnex", "SKU", "SKUs", "MFSKUID", "ID", "EF", "eBay", "RMA", "ERP", "ASN",
    "VAT", "ClientKey", "SecretKey", "messageId", "applyPlatform",
    # the program's own name
    "ocdesk",
    # file formats, protocols and units
    "PDF", "CSV", "JSON", "URL", "URI", "HTTP", "HTTPS", "https", "UUID", "cm", "mm", "kg", "dpi",
    # keys on the keyboard
    "Ctrl", "Shift", "Alt", "Esc", "Enter", "PgUp", "PgDn", "Tab",
    # each language is named in its own language in View > Language
    "English",
    # names: the embedded sandbox's profile, an example host, a carrier, the print service
    "Sandbox", "localhost", "google", "www", "com", "DHL", "UPS", "CUPS", "nginx",
}  # fmt: skip
# What OC sends is shown as sent (rule C6): the sandbox's demo data is in English.
OC_DATA = {"Arrived damaged"}  # a return's reason, as the buyer gave it
HOST = socket.gethostname()  # the workstation's name, offered when none is typed
REGION = re.compile(r"[A-Z]{2}(-[A-Za-z]+)?")  # OC's warehouse regions: DE, US-East, AU-MEL


ENGLISH_RUN = re.compile(r"[a-z]{2,}( [a-z]{2,}){2,}")  # three English words in a row


def latin_only(text: str) -> bool:
    """English words and no Chinese (a text no translation reached), or a Chinese sentence
    with an English phrase in it (a piece put in untranslated)."""
    if text in OC_DATA or text == HOST or REGION.fullmatch(text):
        return False
    if CJK.search(text):
        return ENGLISH_RUN.search(text) is not None
    return any(word not in ALLOWED and not word.isupper() for word in WORD.findall(text))


def plain(text: str) -> str:
    if "<" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&", "").strip()


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what a user reads in `root` now: visible widgets only."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow():
            yield where, widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QTabBar):
            yield from ((where, widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            items = (widget.item(i) for i in range(widget.count()))
            yield from ((where, item.text()) for item in items if not item.isHidden())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                yield where, str(header or "")


def english_in(root: QWidget) -> list[str]:
    found = []
    for where, text in texts_of(root):
        shown = plain(text)
        if shown and latin_only(shown):
            found.append(f"{where}: {shown!r}")
    return found


def menu_english(window: MainWindow) -> list[str]:
    found = []
    menus = [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            text = plain(action.text())
            if text and latin_only(text):
                found.append(f"menu: {text!r}")
    return found



@pytest.fixture
def window(qtbot: Any, chinese: None, context: AppContext, kept: list[Any]) -> MainWindow:
    win = MainWindow(context)
    kept.append(win)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def settle(qtbot: Any, context: AppContext) -> None:
    qtbot.wait(300)  # what a page starts on a timer has started
    qtbot.waitUntil(lambda: context.api.busy_count == 0, timeout=20_000)
    QApplication.processEvents()


def test_every_tab_and_desk_page_speaks_chinese(
    qtbot: Any, window: MainWindow, context: AppContext
) -> None:
    found = menu_english(window) + english_in(window)
    for group in list(window.domain_tabs):
        tab = window.domain_tabs[group]
        holder = next(window.tabs.widget(i) for i in range(window.tabs.count())
                      if window.tabs.widget(i) is tab or window.tabs.widget(i).isAncestorOf(tab))
        window.tabs.setCurrentWidget(holder)
        assert tab.isVisible(), group
        tab.load_defaults()  # its tables filled, so that their headers are there to read
        settle(qtbot, context)
        for page in tab.pages:
            tab.select(page.key)
            settle(qtbot, context)
            assert tab.stack.currentWidget().isVisible(), page.title
            found += [f"{group} > {page.title} > {f}" for f in english_in(tab)]
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


def test_the_lookup_card_and_the_label_panel_speak_chinese(
    qtbot: Any, window: MainWindow, context: AppContext, oc_session: Session
) -> None:
    rows = oc_session.client.call("returns.orders", {"pageSize": 5}).rows()
    window.look_up(rows[0]["orderNumber"])
    qtbot.waitUntil(window.lookup.card.isVisible, timeout=20_000)
    settle(qtbot, context)
    window.labels.toggle_panel()
    settle(qtbot, context)
    found = english_in(window.lookup) + english_in(window.labels.panel)
    assert not found, "\n".join(found)


def test_the_main_dialogs_and_the_station_speak_chinese(
    qtbot: Any, window: MainWindow, context: AppContext
) -> None:
    controller = window.labels.controller
    dialogs: list[QWidget] = [
        DeskGuide(window),
        AboutDialog(context.stores.paths, window),
        ShortcutsDialog(window_shortcuts(window), window),
        OperatorDialog(context.stores.profiles, window),
        PrintSettingsDialog(context, "return", window),
        BatchPrintDialog(context, controller, window),
    ]
    found = []
    for dialog in dialogs:
        dialog.show()
        settle(qtbot, context)
        found += english_in(dialog)
        dialog.close()
    window.labels.open_station()
    station = window.labels.station
    assert station is not None
    qtbot.waitUntil(lambda: station.printers is not None, timeout=10_000)
    found += english_in(station)
    station.choose_printer()  # F2
    qtbot.waitUntil(lambda: station.printers_dialog is not None, timeout=10_000)
    found += english_in(station.printers_dialog)
    station.close()
    assert not found, "\n".join(found)


def test_the_advanced_view_names_every_call_and_its_fields_in_chinese(
    qtbot: Any, chinese: None, context: AppContext, kept: list[Any]
) -> None:
    """Each tab's raw API pages: the list, each call's title, its fields' labels and hints.
    OC's address of the call (method and path) stays as OC writes it."""
    found = []
    for group in [g for g in GROUPS if g not in ("Account", "Webhook")]:  # tabs of their own
        tab = DomainTab(context, group)
        kept.append(tab)
        qtbot.addWidget(tab)
        tab.set_advanced(True)
        tab.resize(1280, 720)
        tab.show()
        qtbot.waitExposed(tab)
        for endpoint in tab.endpoints:
            panel = tab.panel(endpoint.id)
            tab.stack.setCurrentWidget(panel)
            address = panel.findChild(QLabel, "endpoint-address")
            assert address is not None and address.text() == f"{endpoint.method} {endpoint.path}"
            address.hide()  # OC's own words, read as they are
            found += [f"{group} > {endpoint.id} > {f}" for f in english_in(tab)]
            address.show()
        tab.close()
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


def test_the_walk_notices_english() -> None:
    """The check itself: an untranslated label is caught; codes, units and names are not."""
    assert latin_only("Print label")
    assert latin_only("Waiting for you:")
    assert latin_only("退货面单在 ocdesk-pdf（the only printer on this computer）上打印")
    for fine in ("打印标签", "OCO2497577178395AU", "US-East", "SKU", "6.90 AUD", "100%",
                 "Ctrl+Enter", "OC SKU ID", "English", "12 x 8 mm"):  # fmt: skip
        assert not latin_only(fine), fine
