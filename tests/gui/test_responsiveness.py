"""The GUI thread never waits on OC: a 10 ms timer keeps ticking while a call takes 3 s."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import requests
from PySide6.QtCore import QTimer

from ocdesk.api import catalog
from ocdesk.api.dates import format_datetime
from ocdesk.gui.app import open_stores
from ocdesk.gui.context import AppContext
from ocdesk.gui.tabs.endpoint_panel import EndpointPanel
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import sandbox_session
from ocdesk.store.paths import app_paths

DELAY_MS = 3000
MAX_GAP_MS = 200  # a correctness check (the GUI thread never blocks), not a benchmark


@pytest.fixture
def context(qapp, shared_sandbox: Sandbox) -> Iterator[AppContext]:
    ctx = AppContext(open_stores(app_paths()))
    ctx.set_session(sandbox_session(shared_sandbox.base_url))
    yield ctx
    ctx.api.shutdown(10_000)
    ctx.stores.db.close()


def test_timer_keeps_firing_while_the_sandbox_delays_a_call(
    qtbot, context: AppContext, shared_sandbox: Sandbox
) -> None:
    fault = {"endpoint": "outbound.query", "kind": "latency", "delay_ms": DELAY_MS, "count": 1}
    requests.post(
        shared_sandbox.base_url + "/__emu/faults", json=fault, timeout=10
    ).raise_for_status()
    panel = EndpointPanel(context, catalog.get("outbound.query"))
    qtbot.addWidget(panel)
    now = datetime.now().astimezone()
    panel.set_data(
        {"startTime": format_datetime(now - timedelta(days=3)), "endTime": format_datetime(now)}
    )

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    with qtbot.waitSignal(panel.sig_rows_shown, timeout=DELAY_MS + 10_000) as shown:
        panel.send()
    elapsed = time.perf_counter() - started
    timer.stop()

    assert elapsed >= DELAY_MS / 1000 * 0.9, "the delay fault did not apply"
    assert shown.args[0] > 0
    gaps = [b - a for a, b in zip([started, *ticks], ticks, strict=False)]
    assert len(ticks) > 50
    assert max(gaps) * 1000 < MAX_GAP_MS
