"""The very first start, with no profile and no keyring: calm words, each said once.

The status bar says there is no OC account yet (not a red login error) and points to the
Account tab's welcome page; having no keyring is told once, on the Account tab, in plain words.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from keyring.backends import null
from memory_keyring import MemoryKeyring

from ocdesk.gui.app import open_console
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.widgets.status_bar import RED
from ocdesk.store.paths import app_paths


@pytest.fixture
def first_window(qtbot: Any, test_keyring: MemoryKeyring) -> Iterator[MainWindow]:
    """The console as `ocdesk` opens it on a computer with no keyring and no profile."""
    keyring.set_keyring(null.Keyring())
    window = open_console(app_paths().ensure())
    qtbot.addWidget(window)
    try:
        yield window
    finally:
        window.close()
        window.context.api.shutdown(10_000)
        window.context.stores.db.close()
        keyring.set_keyring(test_keyring)


def shown_words(window: MainWindow) -> list[str]:
    """Everything on screen that talks about the keyring: the status bar and the Account tab."""
    status = window.status
    texts = [status.currentMessage(), status.connection_label.text()]
    texts += [status.login_label.text()] if status.login_label.isVisible() else []
    notice = window.account.keyring_notice
    texts += [notice.text()] if notice.isVisible() else []
    return texts


def test_no_profile_says_no_account_yet_without_a_login_error(
    qtbot: Any, first_window: MainWindow
) -> None:
    status = first_window.status
    assert not first_window.context.stores.secrets.persistent  # really no keyring
    qtbot.waitUntil(lambda: first_window.current_group() == "Account", timeout=10_000)
    assert status.connection_label.text() == "No OC account yet: start from the Account tab"
    assert RED not in status.connection_label.styleSheet()
    assert first_window.account.first_run.isVisible()
    assert not [t for t in shown_words(first_window) if "keyring" in t.lower()]


def test_no_keyring_is_said_once_in_plain_words_when_an_account_is_added(
    qtbot: Any, first_window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: first_window.account.first_run.isVisible(), timeout=10_000)
    first_window.account.first_run.account_button.click()
    said = [t for t in shown_words(first_window) if "keyring" in t.lower()]
    assert said == [
        "This computer has no keyring (the system's safe place for passwords), so ocdesk keeps "
        "your OC login only while it is open: you log in again after each start."
    ]
    assert "#fde7e9" not in first_window.account.keyring_notice.styleSheet()  # not alarm red
    assert "#fff4ce" not in first_window.account.keyring_notice.styleSheet()  # nor a warning
