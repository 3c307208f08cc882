"""Writes from before (a crash, or an unknown outcome) are checked at OC once the console starts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_fixtures import own_sandbox
from workflow_helpers import dead_owner, new_orders

from ocdesk.gui.app import open_stores
from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow
from ocdesk.jobs.write_audit import PROCESSING_WINDOW
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import sandbox_session
from ocdesk.store.audit import WriteState
from ocdesk.store.paths import app_paths

WAIT_MS = 15_000


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with own_sandbox(57) as sb:
        yield sb


@pytest.fixture
def context(qapp: Any) -> Iterator[AppContext]:
    ctx = AppContext(open_stores(app_paths()))
    yield ctx
    ctx.api.shutdown(10_000)
    ctx.stores.db.close()


def test_writes_a_crash_left_open_are_checked_at_start_and_named_in_the_status_bar(
    qtbot: Any, sandbox: Sandbox, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = sandbox_session(sandbox.base_url)
    profile, audit = session.profile.name, context.stores.audit
    created, lost = new_orders(session, 2)
    with dead_owner(monkeypatch):  # begun by a console that was killed before OC answered
        made = audit.begin(profile, "outbound.create", "create", [created["referenceNumber"]])
        never = audit.begin(profile, "outbound.create", "create", [lost["referenceNumber"]])
    context.stores.db.execute("UPDATE audit_log SET at = at - ?", (PROCESSING_WINDOW + 1,))
    number = session.client.call("outbound.create", [created]).rows()[0]["orderNumber"]

    window = MainWindow(context)
    qtbot.addWidget(window)
    context.set_session(session)  # as the console's start-up does once it has connected

    qtbot.waitUntil(lambda: "from before" in window.status.currentMessage(), timeout=WAIT_MS)
    assert window.status.currentMessage() == (
        f"2 writes from before were checked at OC: {created['referenceNumber']} created as "
        f"{number}; {lost['referenceNumber']} not at OC"
    )
    entries = {e.id: e for e in audit.entries()}
    assert entries[made.id].state == WriteState.DONE and number in entries[made.id].key_numbers
    assert entries[never.id].state == WriteState.NOT_DONE
    assert audit.open_writes(profile) == []


def test_nothing_open_says_nothing(qtbot: Any, sandbox: Sandbox, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    context.set_session(sandbox_session(sandbox.base_url))
    qtbot.waitUntil(lambda: context.api.busy_count == 0, timeout=WAIT_MS)
    assert window.status.currentMessage() == ""
