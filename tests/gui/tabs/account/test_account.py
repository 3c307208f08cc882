"""The Account tab: profiles, keyring notice, login requests, login health and the audit log."""

from __future__ import annotations

import csv
import secrets
import time
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import keyring
from keyring.backends import fail
from memory_keyring import MemoryKeyring

from ocdesk.api.errors import ReauthRequired
from ocdesk.api.tokens import TokenSet
from ocdesk.gui.context import AppContext, Stores
from ocdesk.gui.tabs.account.health import TokenHealth, countdown
from ocdesk.gui.tabs.account.tab import AccountTab
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import sandbox_session
from ocdesk.store.profiles import Profile, ProfileStore
from ocdesk.store.secrets import SecretStore

DAY = 86400.0


def _fill(tab: AccountTab, *, name: str, client_id: str, secret: str, region: str = "de") -> None:
    editor = tab.profiles.editor
    editor.name_edit.setText(name)
    editor.environment_box.setCurrentIndex(editor.environment_box.findData("production"))
    editor.region_box.setCurrentIndex(editor.region_box.findData(region))
    editor.client_id_edit.setText(client_id)
    editor.secret_edit.setText(secret)


# --- profiles ----------------------------------------------------------------------------------


def test_a_profile_is_created_edited_and_deleted_with_its_secret_only_in_the_keyring(
    qtbot: Any, tab: AccountTab, stores: Stores, test_keyring: MemoryKeyring, say_yes: list[str]
) -> None:
    page = tab.profiles
    secret, client_id = secrets.token_urlsafe(24), str(uuid.uuid4())
    page.new_profile()
    _fill(tab, name="Acme DE", client_id=client_id, secret=secret)
    with qtbot.waitSignal(page.sig_saved):  # the profile and its secret are both stored
        page.save()
    assert stores.profiles.get("Acme DE") is not None
    settings = stores.paths.settings_file.read_text(encoding="utf-8")
    assert client_id in settings and "openapi-de.orangeconnex.com" in settings
    assert secret not in settings
    assert test_keyring.entries[("ocdesk", "Acme DE:client_secret")] == secret
    assert "Acme DE" in page.list.currentItem().text()

    page.editor.redirect_edit.setText("https://www.example.com/back")
    page.editor.signature_box.setCurrentIndex(page.editor.signature_box.findData("body"))
    with qtbot.waitSignal(page.sig_saved):
        page.save()
    assert page.message.text() == "Saved."
    reread = ProfileStore(stores.paths.settings_file).get("Acme DE")
    assert reread is not None
    assert (reread.redirect_uri, reread.signature_mode) == ("https://www.example.com/back", "body")
    assert test_keyring.entries[("ocdesk", "Acme DE:client_secret")] == secret  # kept

    with qtbot.waitSignal(page.sig_deleted):  # the profile and its secrets are both gone
        page.delete_selected()
    assert stores.profiles.get("Acme DE") is None
    assert "Acme DE" in say_yes[0]
    assert ("ocdesk", "Acme DE:client_secret") not in test_keyring.entries
    assert "Acme DE" not in stores.paths.settings_file.read_text(encoding="utf-8")


def test_bad_fields_are_named_next_to_them_and_nothing_is_saved(
    tab: AccountTab, stores: Stores
) -> None:
    page = tab.profiles
    page.new_profile()
    page.editor.redirect_edit.setText("www.google.com")
    page.save()
    assert "name" in page.editor.problem_text("name").lower()
    assert "client id" in page.editor.problem_text("client_id").lower()
    assert "redirect" in page.editor.problem_text("redirect_uri").lower()
    assert page.editor.problem_text("signature_mode") == ""
    assert stores.profiles.list() == []
    assert not stores.paths.settings_file.exists()


def test_custom_host_asks_for_a_base_url(tab: AccountTab, stores: Stores) -> None:
    page = tab.profiles
    page.new_profile()
    _fill(tab, name="Own", client_id=str(uuid.uuid4()), secret="", region="custom")
    assert page.editor.base_url_edit.isVisibleTo(page.editor)
    page.save()
    assert "base url" in page.editor.problem_text("base_url").lower()
    assert stores.profiles.get("Own") is None


def test_a_profile_without_secret_asks_for_it_and_then_starts_the_login(
    qtbot: Any, tab: AccountTab, stores: Stores, test_keyring: MemoryKeyring, opened: list[str]
) -> None:
    stores.profiles.save(Profile.for_region("Live", "production", "hk", str(uuid.uuid4())))
    tab.use_profile("Live")
    qtbot.waitUntil(tab.login.secret_frame.isVisible)
    assert "Live" in tab.login.secret_prompt.text()
    secret = secrets.token_urlsafe(24)
    tab.login.secret_edit.setText(secret)
    tab.login.secret_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert test_keyring.entries[("ocdesk", "Live:client_secret")] == secret
    assert opened[0].startswith("https://openapi-hk.orangeconnex.com/oauth/authorize?")
    assert tab.login.steps.isVisible()


# --- notices and login requests --------------------------------------------------------------


def test_without_a_keyring_the_tab_says_secrets_last_for_this_session(
    qtbot: Any, context: AppContext, test_keyring: MemoryKeyring
) -> None:
    keyring.set_keyring(fail.Keyring())
    try:
        stores = Stores(
            context.stores.paths,
            context.stores.profiles,
            SecretStore(),
            context.stores.db,
            context.stores.audit,
        )
        widget = AccountTab(AppContext(stores))
        qtbot.addWidget(widget)
        widget.show()
        widget.end_first_run()  # the welcome page of a first start stands alone
        assert widget.keyring_notice.isVisible()
        assert widget.keyring_notice.text().startswith("This computer has no keyring")
    finally:
        keyring.set_keyring(test_keyring)


def test_the_sandbox_does_not_warn_about_a_missing_keyring(
    qtbot: Any, context: AppContext, test_keyring: MemoryKeyring, shared_sandbox: Sandbox
) -> None:
    keyring.set_keyring(fail.Keyring())
    try:
        stores = Stores(
            context.stores.paths,
            context.stores.profiles,
            SecretStore(),
            context.stores.db,
            context.stores.audit,
        )
        own = AppContext(stores)
        widget = AccountTab(own)
        qtbot.addWidget(widget)
        widget.show()
        own.set_session(sandbox_session(shared_sandbox.base_url))
        assert not widget.keyring_notice.isVisible()  # its demo secrets live in memory anyway
        own.api.shutdown(10_000)
    finally:
        keyring.set_keyring(test_keyring)


def test_with_a_keyring_there_is_no_notice(tab: AccountTab) -> None:
    assert not tab.keyring_notice.isVisible()


def test_a_login_request_shows_the_reason_and_logs_in_to_the_sandbox_again(
    qtbot: Any, tab: AccountTab, context: AppContext, shared_sandbox: Sandbox
) -> None:
    context.set_session(sandbox_session(shared_sandbox.base_url))
    tab.pages.setCurrentWidget(tab.audit)
    resumed: list[bool] = []
    attempts: list[int] = []

    def work() -> bool:
        attempts.append(1)
        if len(attempts) == 1:
            raise ReauthRequired("OC refused to refresh the login")
        return True

    context.api.run(work).on_done(resumed.append).on_error(lambda _error: None).start()
    qtbot.waitUntil(lambda: context.api.waiting_for_login == 1)
    before = context.session.tokens.tokens
    tab.request_login("OC refused to refresh the login: Invalid refresh token")
    assert tab.reauth_banner.isVisible()
    assert "Invalid refresh token" in tab.reauth_banner.text()
    assert tab.pages.currentWidget() is tab.login_page
    qtbot.waitUntil(lambda: resumed == [True])
    assert context.session.tokens.tokens is not before
    assert not tab.reauth_banner.isVisible()


def test_cancelling_the_login_drops_the_waiting_work_and_each_screen_hears_it(
    qtbot: Any, tab: AccountTab, context: AppContext, shared_sandbox: Sandbox
) -> None:
    context.set_session(sandbox_session(shared_sandbox.base_url))
    attempts: list[int] = []
    errors: list[Exception] = []

    def work() -> None:
        attempts.append(1)
        raise ReauthRequired("OC refused to refresh the login")

    context.api.run(work).on_error(errors.append).start()
    qtbot.waitUntil(lambda: context.api.waiting_for_login == 1)
    tab.request_login("OC refused to refresh the login")
    assert tab.drop_waiting_button.isVisible()

    tab.drop_waiting_button.click()
    assert errors[-1].message == "The login was cancelled, so this was not sent."
    assert not tab.reauth_banner.isVisible() and not tab.drop_waiting_button.isVisible()
    qtbot.waitUntil(lambda: context.session is not None and context.session.logged_in)
    qtbot.wait(100)
    assert len(attempts) == 1 and context.api.waiting_for_login == 0


def test_the_sandbox_is_listed_read_only_at_the_top(
    tab: AccountTab, context: AppContext, stores: Stores, shared_sandbox: Sandbox
) -> None:
    stores.profiles.save(Profile.for_region("Live", "production", "hk", str(uuid.uuid4())))
    context.set_session(sandbox_session(shared_sandbox.base_url))
    first = tab.profiles.list.item(0)
    assert first.text().startswith("\u25cf Sandbox (embedded)")
    tab.profiles.list.setCurrentRow(0)
    assert tab.profiles.editor.client_id_edit.isReadOnly()
    assert not tab.profiles.save_button.isEnabled()
    assert not tab.profiles.delete_button.isEnabled()


# --- login health --------------------------------------------------------------------------------


def _health(qtbot: Any, tokens: TokenSet, now: float) -> TokenHealth:
    widget = TokenHealth(clock=lambda: now)
    qtbot.addWidget(widget)
    stand_in = SimpleNamespace(tokens=SimpleNamespace(tokens=tokens), logged_in=True)
    widget.show_session(stand_in)  # type: ignore[arg-type]
    return widget


def test_health_counts_the_access_token_down_and_shows_the_login_expiry(qtbot: Any) -> None:
    now = time.time()
    health = _health(qtbot, TokenSet("a", now + 754, "r", now - 10 * DAY), now)
    assert health.access_label.text() == "expires in 12:34"
    assert "days left" not in health.refresh_label.text()
    assert health.refresh_label.styleSheet() == ""


def test_health_warns_thirty_days_before_the_login_expires(qtbot: Any) -> None:
    now = time.time()
    health = _health(qtbot, TokenSet("a", now + 60, "r", now - 345 * DAY), now)
    assert "only 20 days left" in health.refresh_label.text()
    assert "bold" in health.refresh_label.styleSheet()


def test_health_says_an_expired_login_needs_a_new_one(qtbot: Any) -> None:
    now = time.time()
    health = _health(qtbot, TokenSet("a", now - 5, "r", now - 366 * DAY), now)
    assert health.refresh_label.text() == "expired: log in again"
    assert health.access_label.text() == "renewed automatically at the next call"


def test_countdown_format() -> None:
    assert (countdown(59), countdown(3599), countdown(3600 + 61)) == ("00:59", "59:59", "1:01:01")


def test_a_failed_refresh_is_shown_until_the_next_login(
    qtbot: Any, tab: AccountTab, context: AppContext, shared_sandbox: Sandbox
) -> None:
    tab.end_first_run()  # past the welcome page of a first start
    context.sig_reauth_needed.emit(ReauthRequired("OC refused to refresh the login: expired"))
    assert tab.health.failure_label.isVisibleTo(tab)
    assert "refused to refresh" in tab.health.failure_label.text()
    context.set_session(sandbox_session(shared_sandbox.base_url))
    assert not tab.health.failure_label.isVisibleTo(tab)


# --- audit log -----------------------------------------------------------------------------------


def test_audit_entries_are_listed_newest_first_filtered_and_exported(
    qtbot: Any, tab: AccountTab, stores: Stores, tmp_path: Path
) -> None:
    stores.profiles.save(Profile.for_region("Live", "production", "hk", str(uuid.uuid4())))
    tab.end_first_run()  # the tab was opened before the profile was saved
    stores.audit.record("Live", "outbound.create", "create", ["OCO2000009385032GB"], "ok")
    stores.audit.record("Live", "sku.create", "create", ["SKU-1"], "error", "=cmd()")
    stores.audit.record("Other", "outbound.cancel", "cancel", ["OCO2000009385033GB"], "ok")
    panel = tab.audit
    tab.pages.setCurrentWidget(panel)  # the first showing loads it
    qtbot.waitUntil(lambda: panel.results.model.rowCount() == 3)
    assert [e.endpoint_id for e in panel.shown_entries()] == [
        "outbound.cancel",
        "sku.create",
        "outbound.create",
    ]

    panel.profile_box.setCurrentIndex(panel.profile_box.findData("Live"))
    panel.endpoint_box.setCurrentIndex(panel.endpoint_box.findData("outbound"))
    panel.reload()
    qtbot.waitUntil(lambda: panel.results.model.rowCount() == 1)
    assert panel.shown_entries()[0].key_numbers == ("OCO2000009385032GB",)

    panel.profile_box.setCurrentIndex(0)
    panel.endpoint_box.setCurrentIndex(0)
    panel.reload()
    qtbot.waitUntil(lambda: panel.results.model.rowCount() == 3)
    panel.results.filter_edit.setText("SKU-1")
    panel.results.apply_filter()
    assert len(panel.shown_entries()) == 1
    out = tmp_path / "audit.csv"
    panel.export(out)
    qtbot.waitUntil(lambda: "Exported 1" in panel.status.text())
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[1][3:6] == ["Live", "sku.create", "create"]
    assert rows[1][8] == "'=cmd()"  # a formula from OC never runs in a spreadsheet
