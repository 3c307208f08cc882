"""The console on a shared database: it opens with the server away and says its state in words."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from label_checks import return_numbers
from pg_server import PgServer

from ocdesk.gui.app import open_console
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.shared_database.outage import print_state_unknown
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.location import DATABASE_URL_ENV
from ocdesk.store.paths import app_paths
from ocdesk.store.postgres import CONNECT_TIMEOUT_S

CONNECTED = "Shared database: connected"
AWAY = "Shared database cannot be reached: printing asks first"


@pytest.fixture
def console(
    qtbot, shared_sandbox: Sandbox, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[], MainWindow]]:
    """Opens the console as `ocdesk --sandbox-url` does, on the shared database at pg_url."""
    monkeypatch.setenv(DATABASE_URL_ENV, pg_url)
    opened: list[MainWindow] = []

    def start() -> MainWindow:
        window = open_console(app_paths().ensure(), sandbox_url=shared_sandbox.base_url)
        qtbot.addWidget(window)
        opened.append(window)
        return window

    yield start
    for window in opened:
        window.close()
        window.context.api.shutdown(10_000)
        window.context.stores.db.close()


def test_the_console_opens_with_the_server_away_and_says_so_then_that_it_is_back(
    qtbot, console: Callable[[], MainWindow], pg_server: PgServer
) -> None:
    pg_server.stop()
    try:
        started = time.monotonic()
        window = console()
        opened_in = time.monotonic() - started
        label = window.status.database_label
        qtbot.waitUntil(lambda: label.text() == AWAY, timeout=10_000)
        assert label.isVisible()
        assert window.context.stores.db.location in label.toolTip()
        assert "cannot be reached" in label.toolTip()
    finally:
        pg_server.start()
    assert opened_in < 2.0  # the window did not wait for the server
    # Checked again soon (faster while away), on a worker: the words follow the server.
    qtbot.waitUntil(lambda: label.text() == CONNECTED, timeout=15_000)


def test_a_call_that_finds_the_server_gone_turns_the_status_bar_at_once(
    qtbot, console: Callable[[], MainWindow], pg_server: PgServer
) -> None:
    window = console()
    label = window.status.database_label
    qtbot.waitUntil(lambda: label.text() == CONNECTED and hasattr(window, "labels"), timeout=20_000)
    pg_server.stop()
    try:
        window.labels.open_history()  # reads the print history, on a worker
        qtbot.waitUntil(lambda: label.text() == AWAY, timeout=10_000)
    finally:
        pg_server.start()


def test_this_desks_own_file_shows_no_database_state(
    qtbot, shared_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    window = open_console(app_paths().ensure(), sandbox_url=shared_sandbox.base_url)
    qtbot.addWidget(window)
    try:
        assert window.context.shared_database is None
        assert window.status.database_label.isHidden()
    finally:
        window.close()
        window.context.api.shutdown(10_000)
        window.context.stores.db.close()


def test_lookups_keep_working_while_the_server_is_away(
    qtbot, console: Callable[[], MainWindow], pg_server: PgServer, oc_session: Session
) -> None:
    number = return_numbers(oc_session, 1)[0]
    window = console()
    qtbot.waitUntil(lambda: hasattr(window, "labels"), timeout=20_000)
    pg_server.stop()
    try:
        window.lookup.lookup(number)  # the first finds the server gone, and asks OC alone
        card = window.lookup.card
        qtbot.waitUntil(lambda: card.shows(number) and card.isVisible(), timeout=20_000)
        qtbot.waitUntil(lambda: card.print_state.text() == print_state_unknown(), timeout=10_000)
        assert window.status.database_label.text() == AWAY
        started = time.monotonic()
        window.lookup.outcome = None
        window.lookup.lookup(number)  # known to be away: OC alone, no waiting for the server
        qtbot.waitUntil(lambda: window.lookup.outcome is not None, timeout=20_000)
        assert time.monotonic() - started < CONNECT_TIMEOUT_S
        assert card.shows(number)
    finally:
        pg_server.start()
