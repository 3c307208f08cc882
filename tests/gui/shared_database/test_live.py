"""Another desk's prints, failures and callbacks show on this desk within a second, calmly."""

from __future__ import annotations

import time
from typing import Any

from pg_server import wait_listening
from PySide6.QtCore import QTimer

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.controller import PrintController
from ocdesk.gui.labels.history_view import HistoryView
from ocdesk.gui.shared_database.live import MIN_GAP_MS
from ocdesk.gui.tabs.account.audit import AuditPanel
from ocdesk.labels.document import LabelIdentity
from ocdesk.labels.history import PrintHistory, audit_print
from ocdesk.store.audit import AuditLog
from ocdesk.store.operator import Operator
from ocdesk.store.postgres import PostgresDatabase
from ocdesk.store.postgres_schema import CHANGES_CHANNEL

DESK_B = Operator("Li Wei", "DESK-B", True)


def print_at_desk_b(db: PostgresDatabase, number: str) -> int:
    identity = LabelIdentity("return", number, f"hash-{number}")
    return PrintHistory(db, lambda: DESK_B).record(identity, "Zebra-1", None, "printed")


def test_a_print_at_another_desk_appears_in_the_history_within_a_second(
    qtbot: Any, context: AppContext, desk_b: PostgresDatabase, pg_url: str
) -> None:
    view = HistoryView(context, PrintController(context))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.live.count == 0 and context.api.busy_count == 0)
    wait_listening(pg_url)

    print_at_desk_b(desk_b, "OCS1DESKB0001")
    started = time.monotonic()
    qtbot.waitUntil(lambda: [r.number for r in view.records] == ["OCS1DESKB0001"], timeout=2000)

    assert time.monotonic() - started < 1.0
    assert view.records[0].workstation == "DESK-B"


def test_a_flood_of_changes_is_read_twice_a_second_at_most_and_the_window_keeps_ticking(
    qtbot: Any, context: AppContext, desk_b: PostgresDatabase, pg_url: str
) -> None:
    view = HistoryView(context, PrintController(context))
    qtbot.addWidget(view)
    wait_listening(pg_url)
    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(20)

    started = time.monotonic()
    for _ in range(20):  # 2,000 changes over about two seconds
        with desk_b.transaction() as tx:
            for _ in range(100):
                tx.execute("SELECT pg_notify(?, 'print_history')", (CHANGES_CHANNEL,))
        qtbot.wait(100)
    print_at_desk_b(desk_b, "OCS1DESKB0002")  # the last change: it is shown all the same
    qtbot.waitUntil(lambda: [r.number for r in view.records] == ["OCS1DESKB0002"], timeout=2000)
    elapsed = time.monotonic() - started
    ticker.stop()

    assert view.live.count <= elapsed * 1000 / MIN_GAP_MS + 1
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.5, f"the window stood still for {max(gaps):.2f} s"


def test_another_desks_audit_entry_appears_in_the_audit_panel_within_a_second(
    qtbot: Any, context: AppContext, desk_b: PostgresDatabase, pg_url: str
) -> None:
    panel = AuditPanel(context)
    qtbot.addWidget(panel)
    panel.show()  # it reads once shown
    qtbot.waitUntil(lambda: panel.status.text() == "0 entries", timeout=10_000)
    wait_listening(pg_url)

    audit_print(AuditLog(desk_b, lambda: DESK_B), "p", "OCS1DESKB0003", reprint=False, ok=True,
                detail="Zebra-1")  # fmt: skip
    started = time.monotonic()
    qtbot.waitUntil(lambda: [e.key_numbers for e in panel.shown_entries()] == [
        ("OCS1DESKB0003",)], timeout=2000)  # fmt: skip

    assert time.monotonic() - started < 1.0
    assert panel.shown_entries()[0].workstation == "DESK-B"
