"""The raw API pages: hidden until the Advanced (API) view is on, and every write asked in words."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from gui_fixtures import requests_for
from PySide6.QtWidgets import QMessageBox

from ocdesk.api import catalog
from ocdesk.api.catalog import Effect
from ocdesk.api.dates import format_datetime
from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.tabs.advanced import ADVANCED_PREF
from ocdesk.gui.tabs.domain import DomainTab
from ocdesk.gui.tabs.endpoint_panel import EndpointPanel
from ocdesk.gui.tabs.raw_writes import WORDS
from ocdesk.sandbox.http.server import Sandbox

WAIT_MS = 15_000


pytest_plugins = ("gui_fixtures",)  # `context`: logged in to this module's own sandbox


@pytest.fixture
def window(qtbot: Any, context: AppContext) -> MainWindow:
    """The console at the commonest desk size."""
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    return win


def listed(tab: DomainTab) -> list[str]:
    """The texts a desk user sees in the tab's left list."""
    items = (tab.list.item(i) for i in range(tab.list.count()))
    return [item.text() for item in items if not item.isHidden()]


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer every question with `button`; the questions asked, in order."""
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_: Any) -> Any:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def view_menu_action(window: MainWindow) -> Any:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    return next(a for a in menus["View"].actions() if a.text() == "Advanced (API) view")


def test_the_raw_pages_are_hidden_by_default(window: MainWindow) -> None:
    action = view_menu_action(window)
    assert action.isCheckable() and not action.isChecked()
    for group, tab in window.domain_tabs.items():
        shown = listed(tab)
        assert "All API calls" not in shown, group
        assert not any("(writes)" in text for text in shown), group
        assert [p.title for p in tab.pages] == shown, group
        assert not isinstance(tab.stack.currentWidget(), EndpointPanel)


def test_turning_it_on_shows_them_at_once_and_is_remembered(
    qtbot: Any, window: MainWindow, context: AppContext
) -> None:
    view_menu_action(window).trigger()
    outbound = window.domain_tabs["Outbound"]
    shown = listed(outbound)
    assert "All API calls" in shown
    assert "Cancel outbound order  (writes)" in shown
    for tab in window.domain_tabs.values():  # every tab, without a restart
        assert all(e.title in " ".join(listed(tab)) for e in tab.endpoints)
    assert context.stores.profiles.get_pref(ADVANCED_PREF) is True

    again = MainWindow(context)  # the next start
    qtbot.addWidget(again)
    assert view_menu_action(again).isChecked()
    assert "Cancel outbound order  (writes)" in listed(again.domain_tabs["Outbound"])

    # Off again while a raw page is on screen: the tab goes back to its desk page.
    outbound.list.setCurrentRow(outbound._keys.index("outbound.cancel"))
    assert isinstance(outbound.stack.currentWidget(), EndpointPanel)
    view_menu_action(window).trigger()
    assert not isinstance(outbound.stack.currentWidget(), EndpointPanel)
    assert "All API calls" not in listed(outbound)
    assert context.stores.profiles.get_pref(ADVANCED_PREF) is False


def test_every_write_of_the_tabs_has_its_words() -> None:
    writes = {e.id for e in catalog.business_endpoints() if e.effect is not Effect.READ}
    assert writes <= set(WORDS)


def a_cancellable_order(sandbox: Sandbox) -> str:
    number = next(n for n, o in sandbox.world.store.outbound.items() if o.status == "processing")
    return number


def cancel_page(qtbot: Any, window: MainWindow, number: str) -> EndpointPanel:
    view_menu_action(window).trigger()
    panel = window.domain_tabs["Outbound"].select("outbound.cancel")
    assert isinstance(panel, EndpointPanel)
    panel.set_data({"orderNumber": number, "cancelTime": format_datetime(datetime.now())})
    return panel


def test_a_raw_cancel_asks_in_words_and_no_sends_nothing(
    qtbot: Any, window: MainWindow, shared_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = a_cancellable_order(shared_sandbox)
    panel = cancel_page(qtbot, window, number)
    before = len(requests_for(shared_sandbox, "outbound.cancel"))
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    panel.form.send_button.click()
    assert len(asked) == 1
    assert asked[0].startswith(f"Cancel order {number}?")
    assert "OC will cancel it if the warehouse has not picked it yet." in asked[0]
    assert "Sandbox" in asked[0]
    qtbot.wait(300)
    assert len(requests_for(shared_sandbox, "outbound.cancel")) == before
    assert shared_sandbox.world.store.outbound[number].status == "processing"


def test_a_raw_cancel_confirmed_says_what_oc_did(
    qtbot: Any, window: MainWindow, shared_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = a_cancellable_order(shared_sandbox)
    panel = cancel_page(qtbot, window, number)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.sig_rows_shown, timeout=WAIT_MS):
        panel.form.send_button.click()
    assert panel.info_label.text() == f"OC cancelled order {number}."
    assert "no rows" not in panel.info_label.text()
    assert shared_sandbox.world.store.outbound[number].status == "cancelled"


def test_a_raw_cancel_oc_refuses_says_so_in_ocs_words(
    qtbot: Any, window: MainWindow, shared_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = next(n for n, o in shared_sandbox.world.store.outbound.items()
                  if o.status == "shipped")  # fmt: skip
    panel = cancel_page(qtbot, window, number)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.sig_failed, timeout=WAIT_MS):
        panel.form.send_button.click()
    text = panel.info_label.text()
    assert text.startswith("OC refused: ") and "can no longer be cancelled" in text, text
    assert shared_sandbox.world.store.outbound[number].status == "shipped"
