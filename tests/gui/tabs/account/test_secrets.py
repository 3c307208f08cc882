"""The console never shows a secret: logins and refreshes failing every way, whole window searched.

Each failure is played against the sandbox in a whole console window; then every widget's text
(labels, fields, text views, tooltips, item views, the status bar, the error panels' details), the
raw view of every exchange and every file ocdesk wrote are searched for each secret used. A
profile kept in the plain file (--insecure-storage) is warned about on the Account tab, and stays
there when renamed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
import requests
import secret_scan as scan
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QWidget,
)
from secret_scan import issued_tokens_fixture, short_token_calls_fixture  # noqa: F401

from ocdesk.api.result import RawExchange
from ocdesk.api.tokens import TokenSet
from ocdesk.gui.app import open_stores
from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.tabs.account.profiles import store_profile
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.json_tree import format_exchange
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import Profile, ProfileStore
from ocdesk.store.secrets import Kept, SecretStore

NAME = "Desk"
YEAR_AND_A_DAY = 366 * 86400
_MAX_CELLS = 20_000  # per item view: enough for every row a test shows


@pytest.fixture
def context(qapp: Any, short_token_calls: None) -> Iterator[AppContext]:
    ctx = AppContext(open_stores(app_paths()))
    yield ctx
    assert ctx.api.shutdown(20_000), "background work did not finish"
    ctx.stores.db.close()


@pytest.fixture
def exchanges(context: AppContext) -> list[RawExchange]:
    """Every exchange the console was told about: what its Raw panes can show."""
    seen: list[RawExchange] = []
    context.sig_exchange.connect(seen.append)
    return seen


@pytest.fixture
def window(qtbot: Any, context: AppContext, opened: list[str]) -> Iterator[MainWindow]:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.account.login._close_catcher()


@pytest.fixture
def oc(shared_sandbox: Sandbox) -> Iterator[Sandbox]:
    yield shared_sandbox
    requests.delete(f"{shared_sandbox.base_url}/__emu/faults", timeout=5)


def _save_profile(context: AppContext, oc: Sandbox, base_url: str | None = None) -> Profile:
    info = oc.info()
    profile = Profile.for_region(NAME, "sandbox", "custom", info["client_id"],
                                 base_url=base_url or oc.base_url,
                                 redirect_uri=info["redirect_uri"])  # fmt: skip
    context.stores.profiles.save(profile)
    context.stores.secrets.set(NAME, "client_secret", info["client_secret"])
    return profile


def widget_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every text a widget of the application holds, shown or not."""
    for widget in QApplication.allWidgets():
        where = _ancestry(widget)
        for text in (widget.toolTip(), widget.statusTip(), widget.whatsThis(),
                     widget.windowTitle(), widget.accessibleName()):  # fmt: skip
            yield where, text
        yield from ((where, text) for text in _own_texts(widget))
    yield "the clipboard", QGuiApplication.clipboard().text()


def _ancestry(widget: QWidget) -> str:
    """`MainWindow > … > ErrorPanel > QLabel`: where a widget sits, for the failure message."""
    names = []
    node: QWidget | None = widget
    while node is not None:
        names.append(type(node).__name__)
        node = node.parentWidget()
    return " > ".join(reversed(names))


def _own_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QStatusBar):
        yield widget.currentMessage()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent if parent is not None else QModelIndex()
    cells = 0
    for row in range(model.rowCount(parent)):
        column = 0
        # index() is valid only inside the model: list models hide their columnCount.
        while (index := model.index(row, column, parent)).isValid() and cells < _MAX_CELLS:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if column == 0 and model.rowCount(index) > 0:
                yield from _model_texts(model, index)
            column += 1
            cells += 1


@dataclass
class Console:
    """The whole console on the sandbox, and everything a test must then search."""

    window: MainWindow
    context: AppContext
    oc: Sandbox
    opened: list[str]
    exchanges: list[RawExchange]
    tokens: list[TokenSet]
    home: Path
    found: scan.SecretValues = field(default_factory=scan.SecretValues)

    def __post_init__(self) -> None:
        info = self.oc.info()
        self.found.add("client secret", info["client_secret"])
        self.found.add_signatures(info["client_id"], info["client_secret"])

    def assert_nothing_shown_or_kept(self) -> int:
        """Search every widget, raw exchange and file; returns how many widget texts were seen."""
        for tokens in self.tokens:
            self.found.add_tokens(tokens)
        seen = 0
        for where, text in widget_texts():
            self.found.assert_absent(text, where)
            seen += 1
        for exchange in self.exchanges:
            self.found.assert_absent(format_exchange(exchange), f"the raw view of {exchange.url}")
            self.found.assert_absent(repr(exchange), f"the exchange of {exchange.url}")
        self.found.assert_no_file_holds_them(self.home)
        return seen


@pytest.fixture
def console(
    window: MainWindow,
    context: AppContext,
    oc: Sandbox,
    opened: list[str],
    exchanges: list[RawExchange],
    issued_tokens: list[TokenSet],
    ocdesk_home: Path,
) -> Console:
    return Console(window, context, oc, opened, exchanges, issued_tokens, ocdesk_home)


# --- a login failing every way ------------------------------------------------------------------

# kind: (how to set it up, what the login box then says)
LOGIN_FAILURES = {
    **scan.OC_FAILURES,
    "refused code": ("used code", "invalid_grant"),
    "state mismatch": ("other state", "older login attempt"),
}


@pytest.mark.parametrize("kind", list(LOGIN_FAILURES))
def test_a_failed_login_shows_no_secret_anywhere(qtbot: Any, console: Console, kind: str) -> None:
    setup, said = LOGIN_FAILURES[kind]
    context, oc, tab = console.context, console.oc, console.window.account
    _save_profile(context, oc, scan.closed_port_url() if setup == "closed port" else None)
    tab.use_profile(NAME, then_login=True)
    qtbot.waitUntil(lambda: len(console.opened) == 1, timeout=10_000)
    browsers = {"used code": scan.use_up_the_code, "other state": scan.another_attempt}
    landed = browsers.get(setup, scan.browser_lands_on)(oc, console.opened[0])
    console.found.add_code_from(landed)
    if setup in ("reset", "http_502", "latency"):
        scan.break_token_calls(oc, setup)

    tab.login.paste_edit.setText(landed)
    tab.login.complete_button.click()
    qtbot.waitUntil(lambda: said in tab.login.error_label.text(), timeout=15_000)

    assert not context.session.logged_in
    assert tab.login.paste_edit.text() == ""  # the code left the screen once it was used
    assert console.assert_nothing_shown_or_kept() > 100


# --- a stored login whose refresh fails every way, as the console starts ----------------------


def _logged_in_before(console: Console) -> None:
    """Yesterday's login: a refresh token in the keyring, the access token long gone."""
    stores = console.context.stores
    profile = _save_profile(console.context, console.oc)
    session = Session(profile, stores.secrets, profiles=stores.profiles)
    landed = scan.browser_lands_on(console.oc, session.begin_login())
    console.found.add_code_from(landed)
    session.complete_login(landed)


def _failed_panels(window: MainWindow) -> list[ErrorPanel]:
    return [p for p in window.findChildren(ErrorPanel) if p.error is not None]


@pytest.mark.parametrize("kind", [*scan.OC_FAILURES, "refused refresh token"])
def test_a_failed_refresh_shows_no_secret_in_any_error_panel(
    qtbot: Any, console: Console, kind: str
) -> None:
    window = console.window
    _logged_in_before(console)
    setup = scan.OC_FAILURES.get(kind, ("expired", ""))[0]
    if setup == "closed port":
        console.context.stores.profiles.update(NAME, base_url=scan.closed_port_url())
    elif setup == "expired":
        console.oc.advance_clock(YEAR_AND_A_DAY)
    else:
        scan.break_token_calls(console.oc, setup, count=500)  # every tab's refresh, and more

    window.account.use_profile(NAME)  # as at start-up: every tab loads its first page

    if setup == "expired":
        banner = window.account.reauth_banner
        qtbot.waitUntil(banner.isVisible, timeout=30_000)
        assert "OC refused to refresh the login" in banner.text()
    else:
        # Every domain tab's first page failed on the refresh and says so in its error panel
        # (all but Pricing's, which asks OC nothing until the user does).
        loading = len(window.domain_tabs) - 1
        qtbot.waitUntil(lambda: len(_failed_panels(window)) >= loading, timeout=60_000)
        details = [p.details_label.text() for p in _failed_panels(window)]
        assert all(scan.OC_FAILURES[kind][1] in text for text in details), details
    assert len(console.tokens) == 1  # the login's; no refresh got through
    assert console.assert_nothing_shown_or_kept() > 100


# --- the plain-file warning ---------------------------------------------------------------------


def test_a_profile_kept_in_the_plain_file_is_warned_about_on_the_account_tab(
    qtbot: Any, console: Console
) -> None:
    context, tab = console.context, console.window.account
    _save_profile(context, console.oc)
    context.stores.secrets.keep_in_plain_file(NAME)

    tab.use_profile(NAME)
    qtbot.waitUntil(lambda: context.session is not None, timeout=10_000)

    console.window.show_group("Account")
    assert tab.keyring_notice.isVisible()
    text = tab.keyring_notice.text()
    assert NAME in text and "unencrypted" in text
    assert str(app_paths().insecure_secrets_file) in text
    assert "No system keyring" not in text

    context.stores.secrets.keep_out_of_plain_file(NAME)
    tab.use_profile(NAME)
    qtbot.waitUntil(lambda: not tab.keyring_notice.isVisible(), timeout=10_000)


def test_renaming_a_profile_kept_in_the_plain_file_keeps_it_there(ocdesk_home: Path) -> None:
    paths = app_paths().ensure()
    profiles, secrets = ProfileStore(paths.settings_file), SecretStore()
    old = Profile.for_region("Old", "sandbox", "hk", "cid")
    profiles.save(old)
    secrets.keep_in_plain_file("Old")
    secrets.set("Old", "client_secret", "cs-renamed")
    secrets.set("Old", "refresh_token", "rt-renamed")

    store_profile(profiles, secrets, old, replace(old, name="New"), "")

    assert secrets.where("New") is Kept.PLAIN_FILE
    assert json.loads(paths.insecure_secrets_file.read_text())["profiles"] == {
        "New": {"client_secret": "cs-renamed", "refresh_token": "rt-renamed"}
    }
