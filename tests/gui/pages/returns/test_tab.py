"""Returns desk pages against the sandbox: search, label, cancel, tracking, linking, ERP submit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_fixtures import data_sent, own_sandbox, sandbox_context
from PySide6.QtWidgets import QDialog

from ocdesk.gui.context import AppContext
from ocdesk.gui.lookup.actions import CancelDialog
from ocdesk.gui.pages.returns.actions import LinkDialog, TrackingDialog
from ocdesk.gui.pages.returns.stock import ReturnStockPage
from ocdesk.gui.pages.returns.submit import ReturnSubmitPage
from ocdesk.gui.pages.returns.tab import ReturnOrdersPage
from ocdesk.sandbox.http.server import Sandbox

WAIT_MS = 15_000


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with own_sandbox(33, instant=True) as sb:
        yield sb


@pytest.fixture
def context(qapp: Any, sandbox: Sandbox) -> Iterator[AppContext]:
    with sandbox_context(sandbox) as ctx:
        yield ctx


@pytest.fixture
def page(qtbot, context) -> ReturnOrdersPage:
    widget = ReturnOrdersPage(context)
    qtbot.addWidget(widget)
    return widget


def search_status(qtbot, page: ReturnOrdersPage, status: str) -> dict[str, Any]:
    page.status_combo.setCurrentIndex(page.status_combo.findData(status))
    with qtbot.waitSignal(page.sig_rows_shown, timeout=WAIT_MS):
        page.search()
    assert page.rows and all(r["status"] == status for r in page.rows.values())
    row = next(iter(page.rows.values()))
    page.show_record(row)
    return row


def all_returns(context: AppContext) -> list[dict[str, Any]]:
    return context.session.client.call("returns.orders", {"pageSize": 200}).rows()


def test_search_by_status_and_open_the_label(qtbot, page, context):
    with qtbot.waitSignal(page.sig_rows_shown, timeout=WAIT_MS):
        page.load_defaults()
    row = search_status(qtbot, page, "in_transit")
    assert "In transit" in page.card.text()
    with qtbot.waitSignal(context.sig_show_labels, timeout=WAIT_MS) as shown:
        page.return_actions.show_label()
    endpoint_id, result = shown.args
    assert endpoint_id == "returns.label" and result.labels()[0].number == row["orderNumber"]


def test_a_received_return_offers_no_cancel_and_a_stale_card_is_refused_locally(
    qtbot, page, sandbox
):
    row = search_status(qtbot, page, "received")
    actions = page.return_actions
    assert not actions.cancel_button.isVisibleTo(page)
    assert not actions.tracking_button.isVisibleTo(page)
    page.show_record({**row, "status": "created"})  # the card as it was before the parcel came
    assert actions.cancel_button.isVisibleTo(page)
    actions.cancel_button.click()
    qtbot.waitUntil(lambda: "cannot cancel" in page.info_label.text(), timeout=WAIT_MS)
    assert actions.dialog is None
    assert data_sent(sandbox, "returns.cancel_rma") == []
    assert not actions.cancel_button.isVisibleTo(page)  # the card shows OC's status again


def test_cancel_and_update_tracking_of_a_created_return(qtbot, page, sandbox, context):
    row = search_status(qtbot, page, "created")
    page.return_actions.tracking_button.click()
    qtbot.waitUntil(lambda: isinstance(page.return_actions.dialog, TrackingDialog), timeout=WAIT_MS)
    dialog = page.return_actions.dialog
    dialog.carrier.setText("DPD")
    dialog.tracking.setText("0153999912345")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "0153999912345" in page.card.text(), timeout=WAIT_MS)
    assert data_sent(sandbox, "returns.cancel_rma")[-1]["cancelType"] == 2

    page.return_actions.dialog = None
    page.return_actions.cancel_button.click()
    qtbot.waitUntil(lambda: page.return_actions.dialog is not None, timeout=WAIT_MS)
    dialog = page.return_actions.dialog
    assert isinstance(dialog, CancelDialog)  # the order cancel's dialog, reason and all
    assert not dialog.reason.isHidden()
    dialog.reason.setText("buyer kept the item")
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: page.card.badge.text() == "Cancelled", timeout=WAIT_MS)
    sent = data_sent(sandbox, "returns.cancel_rma")[-1]
    assert sent == {"orderNumber": row["orderNumber"], "cancelType": 1}  # OC takes no reason
    qtbot.waitUntil(lambda: len(context.stores.audit.entries(endpoint_prefix="returns.")) == 2)
    cancel = context.stores.audit.entries(endpoint_prefix="returns.")[0]
    assert (cancel.action, cancel.detail) == ("cancel", "reason: buyer kept the item")
    assert not page.return_actions.cancel_button.isVisibleTo(page)


def test_link_an_unlinked_item_from_the_card(qtbot, page, context, sandbox):
    row = next(r for r in all_returns(context)
               if any(i["linked"] is False for i in r["skuList"]))  # fmt: skip
    sku = next(i["MFSKUID"] for r in all_returns(context) for i in r["skuList"] if i["MFSKUID"])
    page.show_record(row)
    assert page.return_actions.link_button.isEnabled()
    page.return_actions.link_button.click()
    dialog = page.return_actions.dialog
    assert isinstance(dialog, LinkDialog)
    dialog.set_sku(0, sku)
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: "1 items linked" in page.info_label.text(), timeout=WAIT_MS)
    assert data_sent(sandbox, "returns.link_stock")[-1]["itemList"][0]["mfSkuId"] == sku
    qtbot.waitUntil(lambda: not page.return_actions.link_button.isEnabled(), timeout=WAIT_MS)


def test_return_stock_by_order(qtbot, context):
    numbers = [r["orderNumber"] for r in all_returns(context) if r["status"] == "completed"]
    stock = ReturnStockPage(context)
    qtbot.addWidget(stock)
    stock.mode_combo.setCurrentIndex(stock.mode_combo.findData("ORDER"))
    stock.ids_edit.setText(" ".join(numbers))
    stock.search()
    qtbot.waitUntil(lambda: "returned units" in stock.info_label.text(), timeout=WAIT_MS)
    assert stock.rows and {r["orderNumber"] for r in stock.rows.values()} <= set(numbers)


def test_erp_submit_creates_a_return_found_by_reference(qtbot, context):
    sku = next(i["MFSKUID"] for r in all_returns(context) for i in r["skuList"] if i["MFSKUID"])
    submit = ReturnSubmitPage(context)
    qtbot.addWidget(submit)
    submit.submit()
    assert "is required" in submit.error_panel.details_label.text()
    submit.edits["referenceNumber"].setText("RMA-T-9001")
    submit.edits["returnReason"].setText("Too small")
    submit.region_combo.set_region("DE")
    submit.lines.set_value([{"mfSkuId": sku, "quantity": 1}])
    submit.submit()
    qtbot.waitUntil(lambda: submit.result_label.text().startswith("OCS"), timeout=WAIT_MS)
    found = context.session.client.call("returns.orders", {"referenceNumber": "RMA-T-9001"}).rows()
    assert [r["orderNumber"] for r in found] == [submit.result_label.text()]
