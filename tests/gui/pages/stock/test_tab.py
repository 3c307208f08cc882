"""Stock pages against the sandbox: snapshot with totals, movement windows and chart, stock age."""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from gui_fixtures import requests_for  # noqa: E402

from ocdesk.gui.context import AppContext
from ocdesk.gui.defaults import ALL_REGIONS
from ocdesk.gui.pages.registry import pages_for
from ocdesk.gui.pages.stock.age import AgePage
from ocdesk.gui.pages.stock.movement import MovementPage
from ocdesk.gui.pages.stock.snapshot import SnapshotPage
from ocdesk.jobs import paging
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session

pytest_plugins = ("gui_fixtures",)

QUANTITIES = ("available", "inTransit", "received", "reservedAllocated", "reservedHold",
              "reservedVAS", "suspend", "unfulfillable")  # fmt: skip
WAIT_MS = 20_000


def fetched(qtbot: Any, page: Any, start: Callable[[], None]) -> int:
    """Run `start` (a fetch) and wait until the page shows its rows; returns the row count."""
    with qtbot.waitSignal(page.sig_rows_shown, timeout=WAIT_MS) as blocker:
        start()
    assert not page.error_panel.isVisible(), page.error_panel.details_label.text()
    return blocker.args[0]


def test_stock_tab_opens_on_the_snapshot(qtbot: Any) -> None:
    pages = pages_for("Stock")
    assert [p.title for p in pages] == ["Stock snapshot", "Stock movement", "Stock age"]
    assert [p.key for p in pages if p.default] == ["stock.page.snapshot"]


def test_snapshot_of_all_regions_is_the_sum_of_each_region(
    qtbot: Any, context: AppContext, oc_session: Session
) -> None:
    page = SnapshotPage(context)
    qtbot.addWidget(page)
    count = fetched(qtbot, page, page.load_defaults)
    assert sorted(page.regions.checked()) == sorted(ALL_REGIONS)
    per_region = {r: paging.stock_snapshot(oc_session.client.call, [r]) for r in ALL_REGIONS}
    assert count == sum(len(rows) for rows in per_region.values()) == page.table.model.rowCount()
    totals = page.totals.visible_rows()
    by_region = {row["Warehouse"]: row for row in totals}
    for region, rows in per_region.items():
        if rows:
            assert by_region[region]["Available"] == sum(r["available"] for r in rows)
            assert by_region[region]["SKUs"] == len(rows)
    grand = by_region["All warehouses"]
    assert grand["SKUs"] == count
    for title in ("Available", "In transit", "Reserved for orders", "Unfulfillable"):
        assert grand[title] == sum(row[title] for row in totals[:-1])
    assert grand["Available"] == sum(r["available"] for rows in per_region.values() for r in rows)


def test_snapshot_for_some_skus_and_csv_read_back(
    qtbot: Any, context: AppContext, oc_session: Session, tmp_path: Path
) -> None:
    skus = sorted({r["MFSKUID"] for r in paging.stock_snapshot(oc_session.client.call, ["UK"])})[:3]
    page = SnapshotPage(context)
    qtbot.addWidget(page)
    page.regions.set_checked(["UK", "DE"])
    page.skus.set_values(skus)
    fetched(qtbot, page, page.fetch)
    assert {row["OC SKU ID"] for row in page.table.visible_rows()} == set(skus)
    out = tmp_path / "stock.csv"
    assert page.table.export_rows(out) == len(page.rows)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        back = list(csv.DictReader(fh))
    assert [int(r["Available"]) for r in back] == [r["available"] for r in page.rows]
    assert "Reserved for orders" in back[0]


def test_snapshot_refuses_bad_input_next_to_the_field(qtbot: Any, context: AppContext) -> None:
    page = SnapshotPage(context)
    qtbot.addWidget(page)
    page.skus.set_values(["OC0000255606056", "my-own-sku"])
    page.fetch()
    assert page.skus.error.isVisibleTo(page) and "my-own-sku" in page.skus.error.text()
    page.skus.set_values([])
    page.regions.set_checked([])
    page.fetch()
    assert page.regions.error.isVisibleTo(page)
    assert not page.busy


def test_cancel_keeps_the_windows_already_fetched(
    qtbot: Any, context: AppContext, shared_sandbox: Sandbox
) -> None:
    real = context.bound_caller()
    started, go = threading.Semaphore(0), threading.Event()

    def gated(endpoint_id: str, data: Any) -> Any:
        started.release()
        go.wait(WAIT_MS / 1000)
        return real(endpoint_id, data)

    context.bound_caller = lambda: gated  # type: ignore[method-assign]
    page = MovementPage(context)
    qtbot.addWidget(page)
    page.range.set_last_days(30)
    with qtbot.waitSignal(page.sig_rows_shown, timeout=WAIT_MS) as blocker:
        page.fetch()
        for _ in range(4):  # four windows in flight, the fifth waits for a worker
            assert started.acquire(timeout=10)
        assert page.progress.isVisibleTo(page)
        page.progress.cancel_button.click()
        go.set()
    partial = blocker.args[0]
    assert "Cancelled" in page.status.text()
    context.bound_caller = lambda: real  # type: ignore[method-assign]
    complete = fetched(qtbot, page, page.fetch)
    assert 0 < partial < complete


def test_movement_over_30_days_fetches_5_windows_and_charts_the_sku(
    qtbot: Any, context: AppContext, shared_sandbox: Sandbox
) -> None:
    page = MovementPage(context)
    qtbot.addWidget(page)
    page.range.set_last_days(30)
    shared_sandbox.log.clear()
    count = fetched(qtbot, page, page.fetch)
    sent = requests_for(shared_sandbox, "stock.movement")
    assert len(sent) == 5
    assert count > 0 and page.table.model.rowCount() == count
    sku = page.sku_choice.currentText()
    moves = [r for r in page.rows if r["MFSKUID"] == sku]
    assert len(page.chart.points) == len(moves) > 0
    reasons = {row["Reason"] for row in page.table.visible_rows()}
    assert "OEH: Shipped to a customer" in reasons
    # narrowing to one warehouse narrows table and chart alike
    region = moves[0]["serviceRegion"]
    page.region_choice.setCurrentIndex(page.region_choice.findData(region))
    assert {row["Warehouse"] for row in page.table.visible_rows()} == {region}
    assert len(page.chart.points) == sum(1 for r in moves if r["serviceRegion"] == region)
    # the movements of named SKUs only
    shared_sandbox.log.clear()
    page.skus.set_values([sku])
    fetched(qtbot, page, page.fetch)
    bodies = [json.loads(r["body"])["data"] for r in requests_for(shared_sandbox, "stock.movement")]
    assert all(b["mfSkuList"] == [{"mfSkuId": sku}] for b in bodies)
    assert {row["MFSKUID"] for row in page.rows} == {sku}


def test_a_start_13_months_back_is_refused_before_sending(
    qtbot: Any, context: AppContext, shared_sandbox: Sandbox
) -> None:
    page = MovementPage(context)
    qtbot.addWidget(page)
    page.range.set_dates(date.today() - timedelta(days=400), date.today())
    shared_sandbox.log.clear()
    page.fetch()
    assert page.range.start_error.isVisibleTo(page)
    assert "only valid for the last 12 months" in page.range.start_error.text()
    assert not page.busy
    assert requests_for(shared_sandbox, "stock.movement") == []
    # a start within the 12 months is sent, and the refusal goes away
    page.range.set_dates(date.today() - timedelta(days=360), date.today() - timedelta(days=355))
    fetched(qtbot, page, page.fetch)
    assert not page.range.start_error.isVisibleTo(page)


def test_stock_age_buckets_add_up(qtbot: Any, context: AppContext) -> None:
    page = AgePage(context)
    qtbot.addWidget(page)
    count = fetched(qtbot, page, page.fetch)
    assert count == len(page.rows) > 0
    buckets = ("0-30", "31-60", "61-90", "91-180", "181-365", "366+")
    for row in page.rows:
        assert sum(row[b] for b in buckets) == row["total"]
    (totals,) = page.totals.visible_rows()
    for bucket in buckets:
        assert totals[f"{bucket} days"] == sum(row[bucket] for row in page.rows)
    assert totals["Total"] == sum(row["total"] for row in page.rows)
    old = next(r for r in range(len(page.rows)) if page.rows[r]["181-365"] > 0)
    model = page.table.model
    column = model.columns.index("181-365 days")
    background = model.data(model.index(old, column), 8)  # Qt.BackgroundRole
    assert background is not None
    assert model.data(model.index(old, 0), 8) is None
