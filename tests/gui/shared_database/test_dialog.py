"""The "Shared database…" preference: checked address, password in the keyring, a real test."""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest
from memory_keyring import MemoryKeyring
from PySide6.QtWidgets import QMenu

from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.shared_database.dialog import SharedDatabaseDialog
from ocdesk.store.location import DATABASE_URL_ENV, DATABASE_URL_PREF, PASSWORD_KIND
from ocdesk.store.postgres import shown_location

pytest_plugins = ("gui_fixtures",)


@pytest.fixture
def dialog(qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> SharedDatabaseDialog:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    box = SharedDatabaseDialog(context)
    qtbot.addWidget(box)
    box.show()
    return box


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_bad_address_is_said_next_to_the_field_and_cannot_be_saved(
    dialog: SharedDatabaseDialog,
) -> None:
    dialog.address.setText("mysql://db/warehouse")
    assert dialog.address_problem.isVisible()
    assert "starts with postgresql://" in dialog.address_problem.text()
    assert not dialog.save_button.isEnabled() and not dialog.test_button.isEnabled()

    dialog.address.setText("postgresql://desk:secret@db.lan/warehouse")
    assert "Leave the password out" in dialog.address_problem.text()
    assert not dialog.save_button.isEnabled()

    dialog.address.setText("postgresql://desk@db.lan/warehouse")
    assert not dialog.address_problem.isVisible()
    assert dialog.save_button.isEnabled()


def test_save_keeps_the_password_in_the_keyring_never_in_the_settings(
    qtbot: Any, dialog: SharedDatabaseDialog, context: AppContext, test_keyring: MemoryKeyring
) -> None:
    url = "postgresql://desk@db.lan:5433/warehouse"
    dialog.address.setText(url)
    dialog.password.setText("w4rehouse-pw")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.answer.text().startswith("Saved."), timeout=5_000)

    assert "next start" in dialog.answer.text()
    assert dialog.password.text() == ""
    assert context.stores.profiles.get_pref(DATABASE_URL_PREF) == url
    assert context.stores.secrets.get(shown_location(url), PASSWORD_KIND) == "w4rehouse-pw"
    settings = context.stores.paths.settings_file.read_text(encoding="utf-8")
    assert "w4rehouse-pw" not in settings and url in settings

    dialog.own_button.click()
    assert context.stores.profiles.get_pref(DATABASE_URL_PREF) == ""
    assert "own file" in dialog.answer.text()
    assert json.loads(context.stores.paths.settings_file.read_text(encoding="utf-8"))


def test_test_connection_says_connected_or_why_not(
    qtbot: Any, dialog: SharedDatabaseDialog, pg_url: str
) -> None:
    dialog.address.setText(pg_url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.answer.text().startswith("Connected to"), timeout=10_000)
    assert shown_location(pg_url) in dialog.answer.text()

    down = f"postgresql://desk@127.0.0.1:{closed_port()}/warehouse"
    dialog.address.setText(down)
    dialog.password.setText("never-shown-pw")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "cannot be reached" in dialog.answer.text(), timeout=10_000)
    assert shown_location(down) in dialog.answer.text()
    assert "never-shown-pw" not in dialog.answer.text()


def test_when_the_environment_decides_the_dialog_says_so_and_changes_nothing(
    qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql://desk@db.lan/warehouse"
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    box = SharedDatabaseDialog(context)
    qtbot.addWidget(box)

    assert DATABASE_URL_ENV in box.state.text() and "environment decides" in box.state.text()
    assert box.address.text() == url and not box.address.isEnabled()
    assert not box.save_button.isEnabled() and not box.own_button.isEnabled()
    assert box.test_button.isEnabled()


def test_the_view_menu_opens_it(qtbot: Any, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    view = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View")
    action = next(a for a in view.actions() if a.text() == "Shared database…")
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(SharedDatabaseDialog) is not None, timeout=5_000)
