"""Start-up only reads: every tab loads what it opens with, and OC is sent no create or change."""

from __future__ import annotations

from typing import Any

import requests

from ocdesk.api import catalog
from ocdesk.api.catalog import Effect
from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.pages.pricing.tab import CostEstimatePage
from ocdesk.sandbox.http.hooks import LOG_LIMIT
from ocdesk.sandbox.http.server import Sandbox

# What the tabs' default pages read first (Pricing's waits to be asked: it would be a create).
FIRST_READS = {"sku.query", "stock.snapshot", "inbound.list", "outbound.query",
               "warehouse.services", "returns.orders", "finance.fee_detail"}  # fmt: skip

pytest_plugins = ("gui_fixtures",)  # `context`: logged in to this module's own sandbox


def logged(sandbox: Sandbox) -> list[dict[str, Any]]:
    """The sandbox's request log: every call this module's tests made."""
    return requests.get(f"{sandbox.base_url}/__emu/requests", timeout=10).json()


def quiet(qtbot: Any, context: AppContext, seconds: float) -> None:
    """Wait until no call has been running for `seconds` (a job may start the next call)."""
    for _ in range(round(seconds * 10)):
        qtbot.waitUntil(lambda: context.api.busy_count == 0, timeout=30_000)
        qtbot.wait(100)


def test_the_console_sends_only_reads_while_every_tab_loads(
    qtbot: Any, context: AppContext, shared_sandbox: Sandbox
) -> None:
    window = MainWindow(context)  # logged in already: the tabs load their defaults
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):  # every tab on screen once, as a user would
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)

    def sent() -> set[str]:
        return {e["endpoint_id"] for e in logged(shared_sandbox) if e["endpoint_id"]}

    qtbot.waitUntil(lambda: sent() >= FIRST_READS, timeout=60_000)
    quiet(qtbot, context, 1.0)
    entries = logged(shared_sandbox)
    assert len(entries) < LOG_LIMIT  # none dropped from the log
    writes = {i for i in sent() if catalog.get(i).effect is not Effect.READ}
    assert writes == set(), f"start-up sent {writes}"


def test_the_pricing_page_opens_on_the_example_parcel_and_waits_to_be_asked(
    qtbot: Any, context: AppContext, shared_sandbox: Sandbox
) -> None:
    page = CostEstimatePage(context)
    qtbot.addWidget(page)
    page.load_defaults()
    assert page.inputs.data() is not None  # the example parcel is ready to price
    assert "press Request estimate" in page.note.text()
    assert page.comparison.headline.text() == "No prices yet."
    qtbot.wait(500)
    assert not any(e["endpoint_id"] == "pricing.estimate" for e in logged(shared_sandbox))
