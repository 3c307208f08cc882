"""Lookup speed: from Enter in the lookup bar to the record's card on screen, per kind of number.

An OC number and a reference go to OC (the reference to four places at once); a tracking number
is found in the local index of recent orders and returns, then confirmed at OC.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import datetime, timedelta
from typing import Any
from unittest import mock

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from benchmarks.measures import measure, median, percentile, result, show
from ocdesk.gui.context import AppContext, Stores
from ocdesk.gui.lookup.bar import LookupBar
from ocdesk.jobs.record_index import index_for, refresh
from ocdesk.jobs.windows import outbound_orders_between
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import ProfileStore
from ocdesk.store.secrets import SecretStore

LOOKUPS = 25  # per kind of number, each a different record
TARGET_MS = 150.0
SAFETY_S = 30


def _numbers(session: Session, count: int) -> dict[str, list[str]]:
    """Shipped orders of the last month: their OC numbers, tracking numbers and references."""
    now = datetime.now().astimezone()
    rows = outbound_orders_between(session.client.call, now - timedelta(days=30), now).rows
    shipped = [r for r in rows if r["trackingNumberList"] and r["referenceNumber"]][:count]
    if len(shipped) < count:
        raise RuntimeError(f"the sandbox holds only {len(shipped)} shipped orders with references")
    return {
        "OC number": [r["orderNumber"] for r in shipped],
        "tracking number (index)": [r["trackingNumberList"][0]["trackingNumber"] for r in shipped],
        "your reference": [r["referenceNumber"] for r in shipped],
    }


def _timed_lookup(bar: LookupBar, number: str) -> float:
    """Seconds from Enter until the bar shows a card for `number`."""
    shown: list[Any] = []
    bar.sig_outcome.connect(shown.append)
    bar.input.setText(number)
    started = time.perf_counter()
    bar.input.returnPressed.emit()
    while not shown and time.perf_counter() - started < SAFETY_S:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    elapsed = time.perf_counter() - started
    bar.sig_outcome.disconnect(shown.append)
    if not (shown and shown[0].found and bar.card.isVisible()):
        raise RuntimeError(f"{number} was not found within {SAFETY_S} s")
    return elapsed


def _measure(session: Session, numbers: dict[str, list[str]]) -> list[dict[str, Any]]:
    paths = app_paths().ensure()
    db = Database(paths.database_file)
    stores = Stores(paths, ProfileStore(paths.settings_file), SecretStore(), db, AuditLog(db))
    context = AppContext(stores)
    context.set_session(session)
    index = index_for(db, session.profile)
    rows = []
    for name in ("first fill (90 days)", "next refresh"):
        started = time.perf_counter()
        refresh(session.client.call, index)
        rows.append(measure(f"index: {name}", (time.perf_counter() - started) * 1000, "ms"))
    bar = LookupBar(context)
    bar.resize(1280, 600)
    bar.show()
    _timed_lookup(bar, numbers["OC number"][0])  # one untimed lookup warms the connection
    for kind, typed in numbers.items():
        times = [_timed_lookup(bar, number) * 1000 for number in typed]
        rows.append(measure(f"{kind}: median", median(times), "ms", TARGET_MS))
        rows.append(measure(f"{kind}: p90", percentile(times, 0.9), "ms"))
    bar.close()
    context.api.shutdown()
    db.close()
    return rows


def run(lookups: int = LOOKUPS) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app is created
    _app = QApplication.instance() or QApplication([])
    home = tempfile.TemporaryDirectory(prefix="ocdesk-")
    # fresh stores in a folder of their own, the environment put back after
    with Sandbox(seed=1) as sandbox, home, mock.patch.dict(os.environ, {"OCDESK_HOME": home.name}):
        session = sandbox_session(sandbox.base_url)
        rows = _measure(session, _numbers(session, lookups))
    return result(
        "Lookup: Enter to card shown",
        rows,
        f"{lookups} lookups per kind of number, each of a different shipped order, typed into "
        "the lookup bar (offscreen) against an in-process sandbox on loopback (seed 1, about "
        "1,100 orders and 60 returns in 90 days); each clock runs from Enter until the card is "
        "shown. An OC number is one query at OC; a tracking number is found in the local index "
        "and its order confirmed at OC; a reference is sought at four places at once. The index "
        "was filled first (timed too), then refreshed once more (only new and still-moving "
        "windows).",
    )


if __name__ == "__main__":
    show(run())
