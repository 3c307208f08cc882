"""First start without a profile: a welcome page with the sandbox and the account steps, no red
login error and no keyring notice beside it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QLabel

from ocdesk.gui.context import AppContext
from ocdesk.gui.tabs.account.tab import AccountTab
from ocdesk.store.profiles import Profile


def test_without_a_profile_the_tab_opens_on_the_welcome_page(tab: AccountTab) -> None:
    # What start-up reports when there is no profile, as the main window passes it on.
    tab.request_login("There is no profile yet.")
    assert tab.first_run.isVisible()
    assert not tab.pages.isVisible()
    assert not tab.reauth_banner.isVisible()
    assert not tab.keyring_notice.isVisible()
    assert tab.first_run.sandbox_button.text() == "Try the sandbox (demo data)"
    assert tab.first_run.account_button.text() == "Add your OC account"
    words = " ".join(label.text() for label in tab.first_run.findChildren(QLabel))
    assert "client id and client secret" in words and "Log in to OC" in words
    assert "Nothing you do there reaches OrangeConnex" in words


def test_add_your_oc_account_opens_an_empty_profile_form(tab: AccountTab) -> None:
    tab.first_run.account_button.click()
    assert not tab.first_run.isVisible()
    assert tab.pages.currentWidget() is tab.profiles
    editor = tab.profiles.editor
    assert editor.isVisible() and editor.name_edit.text() == ""
    assert editor.name_edit.hasFocus() or not tab.window().isActiveWindow()
    assert tab.profiles.save_button.isEnabled()


def test_try_the_sandbox_starts_it_and_connects(
    qtbot: Any, tab: AccountTab, context: AppContext
) -> None:
    tab.first_run.sandbox_button.click()
    assert not tab.first_run.sandbox_button.isEnabled()  # one sandbox, however often clicked
    try:
        qtbot.waitUntil(lambda: context.session is not None, timeout=60_000)
        assert context.is_sandbox and context.session.logged_in
        assert context.sandbox is not None
        assert not tab.first_run.isVisible()
        assert tab.pages.isVisible()
        assert "Sandbox (embedded)" in tab.profiles.list.item(0).text()
    finally:
        if context.sandbox is not None:
            context.sandbox.stop()


def test_with_a_profile_there_is_no_welcome_page(qtbot: Any, context: AppContext) -> None:
    context.stores.profiles.save(Profile.for_region("Live", "production", "hk", str(uuid.uuid4())))
    widget = AccountTab(context)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.first_run.isVisible()
    assert widget.pages.isVisible()
