"""VAS desk pages against the sandbox: create, find it, cancel it; a started one is refused."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_fixtures import data_sent, own_sandbox, sandbox_context
from PySide6.QtWidgets import QDialog

from ocdesk.gui.context import AppContext
from ocdesk.gui.lookup.actions import CancelDialog
from ocdesk.gui.pages.vas.create import VasCreatePage
from ocdesk.gui.pages.vas.tab import VasOrdersPage
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session

WAIT_MS = 15_000


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with own_sandbox(32, instant=True) as sb:
        yield sb


@pytest.fixture
def context(qapp: Any, sandbox: Sandbox) -> Iterator[AppContext]:
    with sandbox_context(sandbox) as ctx:
        yield ctx


def de_sku(session: Session) -> str:
    data = {"serviceRegionList": [{"serviceRegion": "DE"}], "pageNumber": 1, "pageSize": 5}
    return session.client.call("stock.snapshot", data).rows()[0]["MFSKUID"]


def test_create_then_find_then_cancel(qtbot, context, sandbox):
    create = VasCreatePage(context)
    qtbot.addWidget(create)
    create.region_combo.set_region("DE")
    create.type_combo.setCurrentIndex(create.type_combo.findData("REPACK"))
    create.lines.set_value([{"mfSkuId": de_sku(context.session), "quantity": 12}])
    create.remark_edit.setPlainText("two per bag")
    with qtbot.waitSignal(create.sig_created, timeout=WAIT_MS) as created:
        create.send()
    number = created.args[0]
    assert number.startswith("OCV") and create.result_label.text() == number

    orders = VasOrdersPage(context)
    qtbot.addWidget(orders)
    with qtbot.waitSignal(orders.sig_rows_shown, timeout=WAIT_MS):
        orders.load_defaults()
    assert number in orders.rows  # created in this session
    orders.show_record(orders.rows[number])
    assert "Repack" in orders.card.text() and "two per bag" in orders.card.text()

    orders.cancel()
    qtbot.waitUntil(lambda: orders.dialog is not None, timeout=WAIT_MS)
    assert isinstance(orders.dialog, CancelDialog)  # the one cancel dialog of the console
    assert "Created" in orders.dialog.findChild(type(orders.info_label)).text()
    assert orders.dialog.windowTitle() == f"Cancel VAS order {number}"
    orders.dialog.reason.setText("not needed")
    orders.dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: orders.card.badge.text() == "Cancelled", timeout=WAIT_MS)
    assert data_sent(sandbox, "vas.cancel")[-1]["cancelReason"] == "not needed"
    qtbot.waitUntil(lambda: bool(context.stores.audit.entries(endpoint_prefix="vas.cancel")))


def test_cancel_is_refused_locally_once_work_started(qtbot, context, sandbox):
    orders = VasOrdersPage(context)
    qtbot.addWidget(orders)
    with qtbot.waitSignal(orders.sig_rows_shown, timeout=WAIT_MS):
        orders.numbers_edit.setText("VAS-3002")  # seeded: processing
        orders.search()
    row = next(iter(orders.rows.values()))
    assert row["status"] == "processing"
    orders.show_record(row)
    assert not orders.cancel_button.isEnabled()
    orders.cancel()
    qtbot.waitUntil(lambda: "cannot be cancelled" in orders.info_label.text(), timeout=WAIT_MS)
    assert orders.dialog is None
    assert data_sent(sandbox, "vas.cancel") == []
