"""The console window on a real sandbox: tabs in order, default data, shortcuts, remembered state."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from ocdesk.api.catalog import GROUPS
from ocdesk.api.errors import ReauthRequired
from ocdesk.gui.app import open_stores
from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow, tab_shortcut
from ocdesk.gui.words import is_c_locale
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import sandbox_session
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import Profile


@pytest.fixture
def context(qapp, shared_sandbox: Sandbox) -> Iterator[AppContext]:
    ctx = AppContext(open_stores(app_paths()))
    yield ctx
    ctx.api.shutdown(10_000)
    ctx.stores.db.close()


def _login(context: AppContext, sandbox: Sandbox) -> None:
    context.set_session(sandbox_session(sandbox.base_url, on_exchange=context.sig_exchange.emit))


@pytest.fixture
def window(qtbot, context: AppContext) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_eleven_tabs_in_the_issue_order_with_their_shortcuts(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == list(GROUPS)
    assert titles[0] == "Account" and titles[-1] == "Finance"
    assert "Ctrl+1" in window.tabs.tabToolTip(0)
    assert "Alt+1" in window.tabs.tabToolTip(10)


def test_sandbox_session_shows_the_banner_and_every_domain_tab_loads_rows(
    qtbot, window: MainWindow, context: AppContext, shared_sandbox: Sandbox
) -> None:
    assert window.banner.isHidden()
    shown: dict[str, int] = {}
    for group, tab in window.domain_tabs.items():
        tab.sig_rows_shown.connect(lambda n, g=group: shown.__setitem__(g, max(n, shown.get(g, 0))))
    _login(context, shared_sandbox)
    assert window.banner.isVisible()
    assert "SANDBOX" in window.banner.text()
    # The login in words; its end date, in the tooltip, is readable: never "27 11 2027".
    assert window.status.login_label.text() == "Logged in"
    refresh = window.status.login_label.toolTip()
    assert not re.search(r"\d{1,2} \d{1,2} \d{4}", refresh), refresh
    # The sandbox's host is not one of OC's regions: no puzzling "custom" in the bar.
    assert window.status.environment_label.text().startswith("SANDBOX (127.0.0.1:")
    if is_c_locale():
        assert re.search(r"ends \d{4}-\d{2}-\d{2}\.", refresh), refresh

    assert set(window.domain_tabs) == set(GROUPS) - {"Account", "Webhook"}
    # Pricing opens on an example parcel without asking OC: an estimate request is a create.
    loading = set(window.domain_tabs) - {"Pricing"}
    qtbot.waitUntil(lambda: all(shown.get(group, 0) > 0 for group in loading), timeout=60_000)
    # Each tab opens on its desk task (a workflow page), not on a raw API call.
    for tab in window.domain_tabs.values():
        if tab.pages:
            assert (
                tab.stack.currentWidget()
                is tab.page_widgets[next(p.key for p in tab.pages if p.default)]
            )


def test_keyboard_shortcuts_switch_tabs(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_group() == "Stock"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_group() == "Returns"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.current_group() == "Finance"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_group() == "Account"  # wraps around
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_group() == "Finance"
    assert [tab_shortcut(i) for i in (0, 8, 9, 10)] == ["Ctrl+1", "Ctrl+9", "Ctrl+0", "Alt+1"]


def test_last_tab_geometry_and_splitters_come_back_in_a_new_window(
    qtbot, window: MainWindow, context: AppContext
) -> None:
    window.show_group("Inbound")
    window.resize(700, 480)
    size = (window.width(), window.height())
    split = window.domain_tabs["Inbound"].split
    split.setSizes([300, 700])
    wanted = split.sizes()
    window.close()

    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.current_group() == "Inbound"
    assert (again.width(), again.height()) == size
    assert again.domain_tabs["Inbound"].split.sizes() == wanted


def test_login_needed_switches_to_account_and_asks_there(
    window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(window.account, "request_login", asked.append)
    context.stores.profiles.save(Profile.for_region("Shop", "production", "de", client_id="c1"))
    window.show_group("Outbound")
    context.report_reauth(ReauthRequired("OC refused to refresh the login"))
    assert window.current_group() == "Account"
    assert asked == ["OC refused to refresh the login"]
    assert window.status.connection_label.text() == "Login needed"


def test_the_shell_is_shown_before_any_tab_is_built_and_tabs_come_when_first_shown(
    qtbot, context: AppContext
) -> None:
    window = MainWindow(context, complete=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The shell a desk user sees first: every tab title, the status bar, no tab contents yet.
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == list(GROUPS)
    assert window.status.isVisible()
    assert window.lazy_tabs.built() == []
    window.complete()
    assert window.current_group() == "Outbound"  # the first start opens on Outbound
    assert window.lazy_tabs.built() == [window.domain_tabs["Outbound"]]
    assert window.lookup.isVisible()
    window.show_group("Inbound")
    assert window.lazy_tabs.is_built("Inbound") and not window.lazy_tabs.is_built("Stock")
    assert window.domain_tabs["Inbound"].isVisible()


def test_a_tab_first_shown_after_the_login_opens_with_its_data(
    qtbot, window: MainWindow, context: AppContext, shared_sandbox: Sandbox
) -> None:
    with qtbot.waitSignal(window.sig_rows_shown, timeout=60_000):
        _login(context, shared_sandbox)
    assert not window.lazy_tabs.is_built("Stock")  # the rest waits for idle turns
    with qtbot.waitSignal(window.sig_rows_shown, timeout=60_000):
        window.show_group("Stock")
    stock = window.domain_tabs["Stock"]
    default = next(p.key for p in stock.pages if p.default)
    assert stock.stack.currentWidget() is stock.page_widgets[default]
