"""Fee detail against the sandbox: windows, all pages, totals per fee type and currency, refunds."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt

from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.finance.fees import FeesPage
from ocdesk.gui.pages.registry import pages_for
from ocdesk.sandbox.http.server import Sandbox

pytest_plugins = ("gui_fixtures",)

WAIT_MS = 20_000


@pytest.fixture
def page(qtbot: Any, context: AppContext) -> FeesPage:
    widget = FeesPage(context)
    qtbot.addWidget(widget)
    return widget


def fee_requests(sb: Sandbox) -> list[dict[str, Any]]:
    listing = requests.get(f"{sb.base_url}/__emu/requests", timeout=10).json()
    return [
        json.loads(r["body"])["data"] for r in listing if r["endpoint_id"] == "finance.fee_detail"
    ]


def fetched(qtbot: Any, page: FeesPage, start: Any) -> int:
    with qtbot.waitSignal(page.sig_rows_shown, timeout=WAIT_MS) as blocker:
        start()
    assert not page.error_panel.isVisible(), page.error_panel.details_label.text()
    return blocker.args[0]


def test_finance_tab_opens_on_fee_detail() -> None:
    assert [(p.title, p.default) for p in pages_for("Finance")] == [("Fee detail", True)]


def test_totals_per_fee_type_and_currency_match_the_rows(
    qtbot: Any, page: FeesPage, shared_sandbox: Sandbox
) -> None:
    shared_sandbox.log.clear()
    count = fetched(qtbot, page, page.load_defaults)
    assert count == len(page.rows) > 200  # more than one page of 200
    sent = fee_requests(shared_sandbox)
    assert {d["pageNumber"] for d in sent} >= {1, 2}
    assert len({d["startTime"] for d in sent}) == 1  # 30 days: one window
    expected: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    per_currency: dict[str, Decimal] = defaultdict(Decimal)
    for row in page.rows:
        expected[(row["feeType"], row["currency"])] += Decimal(str(row["amount"]))
        per_currency[row["currency"]] += Decimal(str(row["amount"]))
    totals = page.totals.visible_rows()
    currency_rows = {r["Currency"]: r for r in totals if r["Fee"] == "All fees"}
    assert {c: Decimal(r["Total"]) for c, r in currency_rows.items()} == {
        c: total.quantize(Decimal("0.01")) for c, total in per_currency.items()
    }
    assert sum(r["Lines"] for r in currency_rows.values()) == count
    fulfilment = {r["Currency"]: Decimal(r["Total"]) for r in totals if r["Fee"] == "Fulfilment"}
    assert fulfilment == {
        c: t.quantize(Decimal("0.01")) for (f, c), t in expected.items() if f == "FULFILLMENT"
    }
    first = page.table.visible_rows()[0]
    assert first["Order type"] in {"Outbound", "Inbound", "Return", "VAS", "Storage"}
    model = page.table.model
    amount = model.index(0, model.columns.index("Amount"))
    alignment = model.data(amount, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight.value


def test_45_days_are_fetched_in_two_windows(
    qtbot: Any, page: FeesPage, shared_sandbox: Sandbox
) -> None:
    page.range.set_dates(date.today() - timedelta(days=44), date.today())
    page.order_type.setCurrentIndex(page.order_type.findData("OUTBOUND"))
    shared_sandbox.log.clear()
    fetched(qtbot, page, page.fetch)
    sent = fee_requests(shared_sandbox)
    windows = sorted({(d["startTime"], d["endTime"]) for d in sent})
    assert len(windows) == 2
    assert all(d["orderType"] == "OUTBOUND" for d in sent)
    assert {row["orderType"] for row in page.rows} == {"OUTBOUND"}
    ids = [row["feeId"] for row in page.rows]
    assert len(ids) == len(set(ids))  # the windows do not overlap


def test_a_start_13_months_back_is_refused_next_to_the_field(
    page: FeesPage, shared_sandbox: Sandbox
) -> None:
    page.range.set_dates(date.today() - timedelta(days=400), date.today() - timedelta(days=390))
    shared_sandbox.log.clear()
    page.fetch()
    assert page.range.start_error.isVisibleTo(page)
    assert "12 months" in page.range.start_error.text()
    assert fee_requests(shared_sandbox) == []


def test_refunds_stand_out_and_totals_export(page: FeesPage, tmp_path: Path) -> None:
    rows = [
        {"feeId": "F1", "orderNumber": "OCO2000011384024GB", "orderType": "OUTBOUND",
         "feeType": "FULFILLMENT", "amount": 4.2, "currency": "GBP", "serviceRegion": "UK",
         "chargeTime": "2025-03-11T18:02:11+0800"},
        {"feeId": "F2", "orderNumber": "OCO2000011384024GB", "orderType": "OUTBOUND",
         "feeType": "FULFILLMENT", "amount": -1.1, "currency": "GBP", "serviceRegion": "UK",
         "chargeTime": "2025-03-12T18:02:11+0800"},
    ]  # fmt: skip
    page.show_result(rows)
    model = page.table.model
    refund = page.table.visible_rows()[1]
    assert refund["Amount"] == "-1.10" and "refund" in refund["Fee"]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    out = tmp_path / "totals.csv"
    page.totals.export_rows(out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        back = list(csv.DictReader(fh))
    assert back[0] == {"Fee": "All fees", "Currency": "GBP", "Lines": "2", "Total": "3.10"}
    rows_out = tmp_path / "fees.csv"
    assert page.table.export_rows(rows_out) == 2
    with open(rows_out, encoding="utf-8-sig", newline="") as fh:
        assert [r["Amount"] for r in csv.DictReader(fh)] == ["4.20", "-1.10"]
