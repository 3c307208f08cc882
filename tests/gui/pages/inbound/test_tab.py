"""Inbound desk pages against the sandbox: create with cartons, labels at once, list, uploads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from gui_fixtures import data_sent, own_sandbox, requests_for
from label_checks import gui_context

from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.inbound import tab as inbound
from ocdesk.gui.pages.inbound.create import InboundCreatePage
from ocdesk.gui.pages.inbound.uploads import ClearancePage, TrackingPage
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session

WAIT_MS = 15_000


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with own_sandbox(31, instant=True) as sb:
        yield sb


@pytest.fixture
def session(sandbox: Sandbox) -> Session:
    return sandbox_session(sandbox.base_url)


@pytest.fixture
def context(qapp: Any, session: Session) -> Iterator[AppContext]:
    with gui_context(session) as ctx:
        yield ctx


def last_sent(sandbox: Sandbox, endpoint_id: str) -> dict[str, Any]:
    """The `data` of the last call of `endpoint_id` the sandbox received."""
    return data_sent(sandbox, endpoint_id)[-1]


def de_skus(session: Session, count: int) -> list[str]:
    rows = session.client.call(
        "stock.snapshot",
        {"serviceRegionList": [{"serviceRegion": "DE"}], "pageNumber": 1, "pageSize": 50},
    ).rows()
    return [row["MFSKUID"] for row in rows[:count]]


def fill_order(page: InboundCreatePage, seller: str, skus: list[str]) -> None:
    page.seller_edit.setText(seller)
    page.region_combo.set_region("DE")
    page.from_edit.setText("CN")
    page.cartons.paste_text(
        f"carton\tsku\tqty\nC001\t{skus[0]}\t10\nC001\t{skus[1]}\t5\nC002\t{skus[0]}\t7\n"
    )


def test_create_shows_number_and_opens_two_carton_labels(qtbot, context, session, sandbox):
    page = InboundCreatePage(context)
    qtbot.addWidget(page)
    fill_order(page, "PO-T-1", de_skus(session, 2))
    assert page.cartons.totals_text() == "2 cartons, 22 units"
    with qtbot.waitSignal(context.sig_show_labels, timeout=WAIT_MS) as shown:
        page.send()
    number = page.result_label.text()
    assert number.startswith("OCI") and not page.result_label.isHidden()
    _endpoint, result = shown.args
    pdf = pdfium.PdfDocument(result.labels()[0].pdf)
    assert len(pdf) == 2
    pdf.close()
    sent = last_sent(sandbox, "inbound.create")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}[+-]\d{4}", sent["eta"])  # OC date-only
    qtbot.waitUntil(lambda: bool(context.stores.audit.entries(endpoint_prefix="inbound.create")))
    entry = context.stores.audit.entries(endpoint_prefix="inbound.create")[0]
    assert entry.outcome == "ok" and number in entry.key_numbers

    orders = inbound.InboundOrdersPage(context)
    qtbot.addWidget(orders)
    with qtbot.waitSignal(orders.sig_rows_shown, timeout=WAIT_MS):
        orders.load_defaults()
    assert number in orders.rows
    orders.open_order(number)
    qtbot.waitUntil(lambda: orders.card.number_label.text() == number, timeout=WAIT_MS)
    assert (
        "C002" in orders.card.text() and "Customs documents: none uploaded." in orders.card.text()
    )


def test_bad_cartons_are_marked_and_nothing_is_sent(qtbot, context, sandbox):
    page = InboundCreatePage(context)
    qtbot.addWidget(page)
    page.seller_edit.setText("PO-T-2")
    page.region_combo.set_region("DE")
    page.from_edit.setText("CN")
    page.cartons.boxes[0].lines.paste_text("OC0000000000001\tlots")
    page.send()
    assert "quantity" in page.cartons.boxes[0].problem.text()
    assert page.seller_edit.text() == "PO-T-2"  # nothing the user typed is lost
    assert requests_for(sandbox, "inbound.create") == []


def test_upload_tracking_defaults_the_reference_to_the_seller_number(qtbot, context, sandbox):
    rows = context.session.client.call("inbound.list", {"sellerinboundNumberList": ["PO-2400"]}).rows()
    number = rows[0]["inboundNumber"]
    page = TrackingPage(context)
    qtbot.addWidget(page)
    page.set_inbound(number)
    page.lines.set_value([{"carrier": "DHL", "trackingNumber": "JD0146000062812"}])
    page.send()
    qtbot.waitUntil(lambda: "uploaded" in page.info_label.text(), timeout=WAIT_MS)
    sent = last_sent(sandbox, "inbound.upload_tracking")
    assert sent["referenceNumber"] == "PO-2400"
    assert sent["trackingList"] == [{"carrier": "DHL", "trackingNumber": "JD0146000062812"}]
    qtbot.waitUntil(lambda: bool(context.stores.audit.entries(endpoint_prefix="inbound.upload")))
    assert context.stores.audit.entries(endpoint_prefix="inbound.upload")[0].outcome == "ok"


def test_clearance_refuses_a_big_file_before_sending_and_sends_a_small_one(
    qtbot, context, sandbox, tmp_path: Path
):
    number = context.session.client.call("inbound.list", {"sellerinboundNumberList": ["PO-2401"]}).rows()[
        0
    ]["inboundNumber"]
    big = tmp_path / "invoice-big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024))
    small = tmp_path / "packing-list.pdf"
    small.write_bytes(b"%PDF-1.4\nsmall\n")
    page = ClearancePage(context)
    qtbot.addWidget(page)
    page.number_edit.setText(number)
    page.add_files([big])
    page.send()
    assert "invoice-big.pdf is 11.0 MB" in page.error_panel.details_label.text()
    assert requests_for(sandbox, "inbound.upload_clearance") == []

    page.files.setRowCount(0)
    page.paths.clear()
    page.add_files([small])
    assert page.types() == ["PL"]
    page.send()
    qtbot.waitUntil(lambda: "Being checked" in page.status_label.text(), timeout=WAIT_MS)
    sent = last_sent(sandbox, "inbound.upload_clearance")
    assert sent["fileList"][0]["fileName"] == "packing-list.pdf"
    assert "packing-list.pdf (Packing list): Being checked" in page.status_label.text()
