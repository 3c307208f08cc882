"""Fixtures the Account tab tests share: fresh stores, a context, the tab, and stand-ins for
the browser and the confirmation box."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from ocdesk.gui.context import AppContext, Stores
from ocdesk.gui.tabs.account.tab import AccountTab
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import ProfileStore
from ocdesk.store.secrets import SecretStore


@pytest.fixture(name="stores")
def stores_fixture() -> Iterator[Stores]:
    paths = app_paths().ensure()
    db = Database(paths.database_file)
    yield Stores(paths, ProfileStore(paths.settings_file), SecretStore(), db, AuditLog(db))
    db.close()


@pytest.fixture(name="context")
def context_fixture(qtbot: Any, stores: Stores) -> Iterator[AppContext]:
    ctx = AppContext(stores)
    yield ctx
    assert ctx.api.shutdown(10_000), "background work did not finish"


@pytest.fixture(name="opened")
def opened_fixture(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The addresses the tab asked the system browser to open (none really opens)."""
    urls: list[str] = []

    def open_url(url: Any) -> bool:
        urls.append(bytes(url.toEncoded()).decode())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


@pytest.fixture(name="say_yes")
def say_yes_fixture(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to every confirmation; records what was asked."""
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture(name="tab")
def tab_fixture(qtbot: Any, context: AppContext, opened: list[str]) -> Iterator[AccountTab]:
    widget = AccountTab(context)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.login._close_catcher()
