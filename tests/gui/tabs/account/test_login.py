"""Logging in from the Account tab against a real Sandbox: pasted address, loopback, log out."""

from __future__ import annotations

import socket
import uuid
from typing import Any

import requests
from memory_keyring import MemoryKeyring

from ocdesk.gui.context import AppContext, Stores
from ocdesk.gui.tabs.account.tab import AccountTab
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.store.profiles import Profile

NAME = "Demo"


def _demo_profile(stores: Stores, sandbox: Sandbox, redirect_uri: str | None = None) -> None:
    """A stored profile for the sandbox's tenant, entered as a user would (custom host)."""
    info = sandbox.info()
    profile = Profile.for_region(
        NAME,
        "sandbox",
        "custom",
        info["client_id"],
        base_url=sandbox.base_url,
        redirect_uri=redirect_uri or info["redirect_uri"],
    )
    stores.profiles.save(profile)
    stores.secrets.set(NAME, "client_secret", info["client_secret"])


def _browser_lands_on(authorize_url: str) -> str:
    """What the browser's address bar shows after OC's page: the redirect's Location, raw."""
    answer = requests.get(authorize_url, allow_redirects=False, timeout=10)
    assert answer.status_code in (302, 303), answer.text
    return answer.headers["Location"]


def _token_calls(sandbox: Sandbox) -> int:
    listing = requests.get(sandbox.base_url + "/__emu/requests", timeout=10).json()
    return sum(1 for entry in listing if entry["path"] == "/oauth/token")


def _paste(tab: AccountTab, text: str) -> None:
    tab.login.paste_edit.setText(text)
    tab.login.complete_button.click()


def _start_login(qtbot: Any, tab: AccountTab, opened: list[str]) -> str:
    tab.use_profile(NAME, then_login=True)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert tab.login.steps.isVisible()
    return opened[0]


def test_login_with_a_pasted_address_checks_state_and_keeps_the_code_encoded(
    qtbot: Any,
    tab: AccountTab,
    context: AppContext,
    stores: Stores,
    opened: list[str],
    shared_sandbox: Sandbox,
    test_keyring: MemoryKeyring,
) -> None:
    _demo_profile(stores, shared_sandbox)
    authorize = _start_login(qtbot, tab, opened)
    assert authorize.startswith(shared_sandbox.base_url + "/oauth/authorize?")

    # An address from another login attempt (another state) is refused before any exchange.
    other_attempt = authorize.replace("state=", f"state={uuid.uuid4().hex}", 1)
    tokens_before = _token_calls(shared_sandbox)
    _paste(tab, _browser_lands_on(other_attempt))
    qtbot.waitUntil(tab.login.error_label.isVisible)
    assert "older login attempt" in tab.login.error_label.text()
    assert _token_calls(shared_sandbox) == tokens_before
    assert context.session is not None and not context.session.logged_in

    landed = _browser_lands_on(authorize)
    code = landed.split("code=", 1)[1].split("&", 1)[0]
    assert "%2F" in code and "%2B" in code  # the address bar's percent-encoded form
    _paste(tab, landed)
    qtbot.waitUntil(lambda: tab.login.state_label.text() == "Logged in")
    assert context.session is not None and context.session.logged_in
    assert not tab.login.steps.isVisible()
    assert test_keyring.entries.get(("ocdesk", f"{NAME}:refresh_token"))
    assert "expires in" in tab.health.access_label.text()

    # The same code twice: OC's own refusal, in its words.
    tab.login.steps.show()
    _paste(tab, landed)
    qtbot.waitUntil(lambda: "invalid_grant" in tab.login.error_label.text())
    assert "expired or was already used" in tab.login.error_label.text()


def test_nothing_pasted_or_no_code_is_explained(
    qtbot: Any, tab: AccountTab, stores: Stores, opened: list[str], shared_sandbox: Sandbox
) -> None:
    _demo_profile(stores, shared_sandbox)
    _start_login(qtbot, tab, opened)
    _paste(tab, "https://sandbox.ocdesk.example/oauth/callback?act=getAuthorizationCode&state=x")
    qtbot.waitUntil(tab.login.error_label.isVisible)
    assert "No login code found" in tab.login.error_label.text()


def test_logout_removes_the_login_from_the_keyring(
    qtbot: Any,
    tab: AccountTab,
    context: AppContext,
    stores: Stores,
    opened: list[str],
    say_yes: list[str],
    shared_sandbox: Sandbox,
    test_keyring: MemoryKeyring,
) -> None:
    _demo_profile(stores, shared_sandbox)
    _paste(tab, _browser_lands_on(_start_login(qtbot, tab, opened)))
    qtbot.waitUntil(lambda: tab.login.state_label.text() == "Logged in")
    assert ("ocdesk", f"{NAME}:refresh_token") in test_keyring.entries

    tab.login.logout_button.click()
    qtbot.waitUntil(lambda: tab.login.state_label.text() == "Not logged in")
    assert NAME in say_yes[0]
    assert ("ocdesk", f"{NAME}:refresh_token") not in test_keyring.entries
    assert ("ocdesk", f"{NAME}:client_secret") in test_keyring.entries  # the profile stays usable
    assert not context.session.logged_in
    assert tab.health.access_label.text() == "not logged in"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_loopback_redirect_is_caught_and_used_for_the_login(
    qtbot: Any,
    tab: AccountTab,
    stores: Stores,
    opened: list[str],
    shared_sandbox: Sandbox,
) -> None:
    redirect = f"http://127.0.0.1:{_free_port()}/callback"
    _demo_profile(stores, shared_sandbox, redirect_uri=redirect)
    authorize = _start_login(qtbot, tab, opened)
    qtbot.waitUntil(tab.login.loopback_label.isVisible)
    state = authorize.split("state=", 1)[1].split("&", 1)[0]
    # The sandbox, like OC, refuses loopback redirect URIs; play OC's redirect by hand.
    landing = f"{redirect}?act=getAuthorizationCode&code=ab%2Fcd%3D&state={state}"
    page = requests.get(landing, timeout=10)
    assert "You can close this tab" in page.text
    # The caught address went to the token call: the sandbox answers that it issued no such code.
    qtbot.waitUntil(lambda: "invalid_grant" in tab.login.error_label.text())


def test_a_taken_loopback_port_falls_back_to_pasting(
    qtbot: Any, tab: AccountTab, stores: Stores, opened: list[str], shared_sandbox: Sandbox
) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        port = other.getsockname()[1]
        _demo_profile(stores, shared_sandbox, redirect_uri=f"http://127.0.0.1:{port}/cb")
        _start_login(qtbot, tab, opened)
        assert f"port {port} is used by another program" in tab.login.error_label.text()
        assert tab.login.paste_edit.isVisible()
