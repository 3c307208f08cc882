"""Creates and changes from the GUI against the sandbox: sent once, never lost to a Cancel, and
an answer lost on the way ends in "outcome unknown" with a check at OC, never in "failed"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests
import shiboken6
from gui_fixtures import own_sandbox, requests_for, sandbox_context  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMessageBox, QWidget  # noqa: E402

from ocdesk.api.catalog import get  # noqa: E402
from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.pages.inbound.create import InboundCreatePage  # noqa: E402
from ocdesk.gui.pages.inbound.uploads import TrackingPage  # noqa: E402
from ocdesk.gui.pages.kit.services import service_cache  # noqa: E402
from ocdesk.gui.pages.outbound.create import CreateOrderPage  # noqa: E402
from ocdesk.gui.pages.pricing.estimate import example_parcel  # noqa: E402
from ocdesk.gui.pages.pricing.tab import CostEstimatePage  # noqa: E402
from ocdesk.gui.pages.returns.submit import ReturnSubmitPage  # noqa: E402
from ocdesk.gui.pages.sku.create import CreateSkuPage  # noqa: E402
from ocdesk.gui.pages.sku.ef import EfServicesPage  # noqa: E402
from ocdesk.gui.pages.vas.create import VasCreatePage  # noqa: E402
from ocdesk.gui.pages.vas.tab import VasOrdersPage  # noqa: E402
from ocdesk.gui.tabs.endpoint_panel import EndpointPanel  # noqa: E402
from ocdesk.gui.widgets.error_panel import ErrorPanel  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402
from ocdesk.store.audit import AuditEntry, WriteState  # noqa: E402

WAIT_MS = 15_000
UNKNOWN_HEADLINE = "Outcome unknown: it may have reached OC. Look it up before sending again."


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with own_sandbox(41) as sb:
        yield sb


@pytest.fixture
def context(qtbot: Any, sandbox: Sandbox) -> Iterator[AppContext]:
    with sandbox_context(sandbox) as ctx:
        cache = service_cache(ctx)
        qtbot.waitUntil(lambda: "UK" in cache.regions(), timeout=WAIT_MS)
        yield ctx


def fault(sb: Sandbox, endpoint_id: str, kind: str, **extra: Any) -> None:
    fault = {"endpoint": endpoint_id, "kind": kind, **extra}
    requests.post(f"{sb.base_url}/__emu/faults", json=fault, timeout=5).raise_for_status()


def answer_lost(sb: Sandbox, context: AppContext, endpoint_id: str) -> None:
    """OC carries the next call out, but only after the client has stopped listening."""
    context.session.client._timeout = (5.0, 0.4)  # type: ignore[union-attr]
    fault(sb, endpoint_id, "latency", delay_ms=1500)


def write_entry(context: AppContext, endpoint_id: str) -> AuditEntry:
    entries = context.stores.audit.entries(endpoint_prefix=endpoint_id)
    assert len(entries) == 1, entries
    return entries[0]


def panel_text(panel: ErrorPanel) -> str:
    labels = (panel.headline_label, panel.details_label, panel.hint_label, panel.verdict_label)
    return "\n".join(label.text() for label in labels)


def a_sku(sb: Sandbox) -> str:
    """An approved SKU with stock in the UK warehouse."""
    return next(mfskuid for (mfskuid, region), row in sorted(sb.world.store.stock.items())
                if region == "UK" and sb.world.store.skus[mfskuid].status == "approved")  # fmt: skip


def order_page(context: AppContext, sb: Sandbox, reference: str) -> CreateOrderPage:
    page = CreateOrderPage(context)
    order, recipient = page.grids
    order.set_text("referenceNumber", reference)
    order.set_text("serviceRegion", "UK")
    order.set_text("shippingServiceCode", "GBDomesticStandard")
    recipient.set_text("consigneeName", "Jessica Wang")
    recipient.set_text("consigneeAddress1", "133 Elm Tree Avenue")
    recipient.set_text("consigneeCountryCode", "GB")
    page.products.set_value([{"mfSkuId": a_sku(sb), "skuQuantity": 1}])
    return page


def unknown_after_a_502(qtbot: Any, context: AppContext, sb: Sandbox, reference: str) -> Any:
    """An order page whose create hit a gateway 502: its panel offers Check at OC."""
    page = order_page(context, sb, reference)
    qtbot.addWidget(page)
    fault(sb, "outbound.create", "http_502")
    page.send_button.click()
    qtbot.waitUntil(lambda: page.error_panel.check_button.isVisibleTo(page), timeout=WAIT_MS)
    assert page.error_panel.headline_label.text() == UNKNOWN_HEADLINE
    return page


def order_for(sb: Sandbox, reference: str) -> str | None:
    found = [n for n, o in sb.world.store.outbound.items() if o.reference == reference]
    return found[0] if found else None


# --- Cancel while a create is on its way -------------------------------------------------------


def test_cancel_while_creating_stops_the_waiting_and_the_order_still_shows_up(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    page = order_page(context, sandbox, "DESK-CANCEL-1")
    qtbot.addWidget(page)
    fault(sandbox, "outbound.create", "latency", delay_ms=1500)
    page.send_button.click()
    assert not page.busy.isHidden() and not page.send_button.isEnabled()

    page.busy.cancel_button.click()
    assert page.busy.isHidden() and page.send_button.isEnabled()  # the page is usable again
    assert "DESK-CANCEL-1 is still on its way to OC" in page.note.text()
    assert order_for(sandbox, "DESK-CANCEL-1") is None  # OC has not done it yet

    with qtbot.waitSignal(page.sig_created, timeout=WAIT_MS) as created:
        pass  # OC answers after the user stopped waiting: the answer is still shown
    number = created.args[0]
    assert number == order_for(sandbox, "DESK-CANCEL-1") and number.startswith("OCO")
    assert page.number_label.text() == number
    assert f"OC created order {number} for your reference DESK-CANCEL-1" in page.done_note.text()
    entry = write_entry(context, "outbound.create")
    assert entry.state == WriteState.DONE and entry.outcome == "ok"
    assert entry.key_numbers == ("DESK-CANCEL-1", number)
    assert len(requests_for(sandbox, "outbound.create")) == 1


def test_a_write_is_audited_to_the_end_even_when_its_page_is_closed(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    page = order_page(context, sandbox, "DESK-CLOSED-1")  # closed by the test itself
    fault(sandbox, "outbound.create", "latency", delay_ms=800)
    page.send_button.click()
    audit = context.stores.audit
    qtbot.waitUntil(lambda: bool(audit.entries(endpoint_prefix="outbound.create")))
    assert write_entry(context, "outbound.create").state == WriteState.SENDING  # before it left
    assert order_for(sandbox, "DESK-CLOSED-1") is None
    page.close()
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=WAIT_MS)  # gone before OC answers
    assert order_for(sandbox, "DESK-CLOSED-1") is None
    qtbot.waitUntil(lambda: order_for(sandbox, "DESK-CLOSED-1") is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: context.api.busy_count == 0, timeout=WAIT_MS)
    number = order_for(sandbox, "DESK-CLOSED-1")
    qtbot.waitUntil(
        lambda: write_entry(context, "outbound.create").state == WriteState.DONE, timeout=WAIT_MS
    )
    assert number in write_entry(context, "outbound.create").key_numbers


# --- An answer lost on the way ----------------------------------------------------------------


def test_a_lost_answer_is_outcome_unknown_and_check_at_oc_finds_the_order(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    page = order_page(context, sandbox, "DESK-LOST-1")
    qtbot.addWidget(page)
    panel = page.error_panel
    answer_lost(sandbox, context, "outbound.create")
    page.send_button.click()
    qtbot.waitUntil(lambda: panel.check_button.isVisibleTo(page), timeout=WAIT_MS)

    assert panel.headline_label.text() == UNKNOWN_HEADLINE
    assert "Reference: DESK-LOST-1" in panel.details_label.text()
    said = panel_text(panel).lower()
    assert not any(word in said for word in ("refused", "failed", "try again"))
    assert page.number_label.isHidden()
    entry = write_entry(context, "outbound.create")
    assert entry.state == WriteState.UNKNOWN and entry.key_numbers == ("DESK-LOST-1",)

    qtbot.waitUntil(lambda: order_for(sandbox, "DESK-LOST-1") is not None, timeout=WAIT_MS)
    number = order_for(sandbox, "DESK-LOST-1")
    panel.check_button.click()
    qtbot.waitUntil(lambda: panel.headline_label.text() == f"Created at OC: {number}",
                    timeout=WAIT_MS)  # fmt: skip
    assert panel.check_button.isHidden()
    assert page.number_label.text() == number  # shown as if the answer had come
    entry = write_entry(context, "outbound.create")
    assert entry.state == WriteState.DONE and number in entry.key_numbers
    assert len(requests_for(sandbox, "outbound.create")) == 1  # looked up, never resent


def test_check_at_oc_says_not_at_oc_when_the_gateway_failed_before_it(
    qtbot: Any, sandbox: Sandbox, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = unknown_after_a_502(qtbot, context, sandbox, "DESK-502-1")
    panel = page.error_panel
    assert "HTTP status: 502" in panel.details_label.text()

    asked: list[str] = []

    def answer_no(_parent: Any, _title: str, text: str, *_: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    page.send_button.click()  # Send again while the outcome is unknown: asked first
    assert asked and "OC may already have DESK-502-1" in asked[0]
    assert len(requests_for(sandbox, "outbound.create")) == 1

    assert panel.check_button.isVisibleTo(page)  # the doubt and its check are still there

    panel.check_button.click()
    qtbot.waitUntil(
        lambda: (
            panel.headline_label.text() == "Not at OC: nothing was created; you may send it again."
        ),
        timeout=WAIT_MS,
    )
    entry = write_entry(context, "outbound.create")
    assert entry.state == WriteState.NOT_DONE and entry.key_numbers == ("DESK-502-1",)

    asked.clear()
    with qtbot.waitSignal(page.sig_created, timeout=WAIT_MS):
        page.send_button.click()  # known not done: sent without a question
    assert asked == [] and len(requests_for(sandbox, "outbound.create")) == 2


def test_check_at_oc_that_cannot_reach_oc_keeps_the_doubt(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    page = unknown_after_a_502(qtbot, context, sandbox, "DESK-502-2")
    panel = page.error_panel
    fault(sandbox, "outbound.query", "http_504", count=3)  # a read is tried 3 times
    panel.check_button.click()
    qtbot.waitUntil(lambda: panel.verdict_label.text().startswith("Still unknown"),
                    timeout=WAIT_MS)  # fmt: skip
    assert "OC could not be asked" in panel.verdict_label.text()
    assert panel.headline_label.text() == UNKNOWN_HEADLINE
    assert panel.check_button.isEnabled() and panel.check_button.text() == "Check again"
    assert write_entry(context, "outbound.create").state == WriteState.UNKNOWN


def test_a_change_whose_answer_was_lost_is_checked_by_the_orders_own_status(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    create = VasCreatePage(context)
    qtbot.addWidget(create)
    create.region_combo.set_region("UK")
    create.lines.set_value([{"mfSkuId": a_sku(sandbox), "quantity": 3}])
    with qtbot.waitSignal(create.sig_created, timeout=WAIT_MS) as created:
        create.send()
    number = created.args[0]
    orders = VasOrdersPage(context)
    qtbot.addWidget(orders)
    orders.card.number_label.setText(number)
    answer_lost(sandbox, context, "vas.cancel")
    orders._send_cancel(number, None)
    qtbot.waitUntil(lambda: orders.error_panel.check_button.isVisibleTo(orders), timeout=WAIT_MS)
    assert f"Reference: {number}" in orders.error_panel.details_label.text()
    qtbot.waitUntil(lambda: sandbox.world.store.vas[number].status == "cancelled",
                    timeout=WAIT_MS)  # fmt: skip
    orders.error_panel.check_button.click()
    qtbot.waitUntil(
        lambda: orders.error_panel.headline_label.text() == f"Done at OC: {number} (cancelled)",
        timeout=WAIT_MS,
    )
    assert write_entry(context, "vas.cancel").state == WriteState.DONE


def confirm_raw_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A raw page asks before every write: answer Yes."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)


def test_the_raw_panel_treats_a_lost_create_the_same_way(
    qtbot: Any, sandbox: Sandbox, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirm_raw_writes(monkeypatch)
    panel = EndpointPanel(context, get("vas.create"))
    qtbot.addWidget(panel)
    panel.set_data({"sellerVasNumber": "VAS-RAW-1", "serviceRegion": "UK", "vasType": "RELABEL",
                    "skuList": [{"mfSkuId": a_sku(sandbox), "quantity": 2}]})  # fmt: skip
    answer_lost(sandbox, context, "vas.create")
    panel.send()
    errors = panel.error_panel
    qtbot.waitUntil(lambda: errors.check_button.isVisibleTo(panel), timeout=WAIT_MS)
    assert errors.headline_label.text() == UNKNOWN_HEADLINE
    assert "Reference: VAS-RAW-1" in errors.details_label.text()
    assert write_entry(context, "vas.create").state == WriteState.UNKNOWN
    qtbot.waitUntil(
        lambda: any(v.seller_number == "VAS-RAW-1" for v in sandbox.world.store.vas.values()),
        timeout=WAIT_MS,
    )
    number = next(n for n, v in sandbox.world.store.vas.items() if v.seller_number == "VAS-RAW-1")
    errors.check_button.click()
    qtbot.waitUntil(lambda: errors.headline_label.text() == f"Created at OC: {number}",
                    timeout=WAIT_MS)  # fmt: skip
    entry = write_entry(context, "vas.create")
    assert entry.state == WriteState.DONE and number in entry.key_numbers


# --- One user action, one request -------------------------------------------------------------


@dataclass(frozen=True)
class Screen:
    """A page with a write, filled and ready: its action button and the line edit Enter sends."""

    endpoint_id: str
    build: Callable[[Any, AppContext, Sandbox], tuple[QWidget, QAbstractButton, QLineEdit | None]]


def _order(qtbot: Any, ctx: AppContext, sb: Sandbox) -> Any:
    page = order_page(ctx, sb, "DESK-TWICE-1")
    return page, page.send_button, page.grids[0].inputs["referenceNumber"]


def _sku(qtbot: Any, ctx: AppContext, sb: Sandbox) -> Any:
    page = CreateSkuPage(ctx)
    page.reference.setText("SKU-TWICE-1")
    page.names.item(0, 1).setText("Desk lamp")
    page.weight.setValue(850)
    page.length.setValue(30)
    page.width_box.setValue(20)
    page.height_box.setValue(10)
    page.country.setText("CN")
    return page, page.send_button, page.reference


def _inbound(qtbot: Any, ctx: AppContext, sb: Sandbox) -> Any:
    page = InboundCreatePage(ctx)
    page.seller_edit.setText("PO-TWICE-1")
    page.region_combo.set_region("UK")
    page.from_edit.setText("CN")
    page.cartons.paste_text(f"carton\tsku\tqty\nC001\t{a_sku(sb)}\t4\n")
    return page, page.create_button, page.seller_edit


def _vas(qtbot: Any, ctx: AppContext, sb: Sandbox) -> Any:
    page = VasCreatePage(ctx)
    page.region_combo.set_region("UK")
    page.lines.set_value([{"mfSkuId": a_sku(sb), "quantity": 2}])
    return page, page.create_button, page.seller_edit


def _return(qtbot: Any, ctx: AppContext, sb: Sandbox) -> Any:
    page = ReturnSubmitPage(ctx)
    page.edits["referenceNumber"].setText("RMA-TWICE-1")
    page.region_combo.set_region("UK")
    page.lines.set_value([{"mfSkuId": a_sku(sb), "quantity": 1}])
    return page, page.submit_button, page.edits["referenceNumber"]


def _raw(qtbot: Any, ctx: AppContext, sb: Sandbox) -> Any:
    page = EndpointPanel(ctx, get("vas.create"))
    page.set_data({"sellerVasNumber": "VAS-TWICE-1", "serviceRegion": "UK", "vasType": "PHOTO",
                   "skuList": [{"mfSkuId": a_sku(sb), "quantity": 1}]})  # fmt: skip
    return page, page.form.send_button, None


def _ef(qtbot: Any, ctx: AppContext, sb: Sandbox) -> Any:
    page = EfServicesPage(ctx)
    form = page.setup
    form.skus.setText(a_sku(sb))
    form.centres[0].region.set_region("UK")
    form.centres[0].domestic.set_code("GBDomesticStandard")
    return page, form.send_button, form.skus


def _estimate(qtbot: Any, ctx: AppContext, sb: Sandbox) -> Any:
    page = CostEstimatePage(ctx)
    page.inputs.set_data(example_parcel())
    return page, page.submit_button, None


def _tracking(qtbot: Any, ctx: AppContext, sb: Sandbox) -> Any:
    page = TrackingPage(ctx)
    page.set_inbound(next(iter(sb.world.store.inbound)), "PO-REF")
    page.lines.set_value([{"carrier": "DHL", "trackingNumber": "JD0146000062899"}])
    return page, page.send_button, page.number_edit


SCREENS = [
    Screen("outbound.create", _order),
    Screen("sku.create", _sku),
    Screen("inbound.create", _inbound),
    Screen("vas.create", _vas),
    Screen("returns.erp_submit", _return),
    Screen("vas.create", _raw),
    Screen("sku.setup_ef_service", _ef),
    Screen("pricing.estimate", _estimate),
    Screen("inbound.upload_tracking", _tracking),
]


@pytest.mark.parametrize("screen", SCREENS, ids=[s.build.__name__[1:] for s in SCREENS])
def test_a_double_click_or_enter_and_a_click_sends_once(
    qtbot: Any,
    sandbox: Sandbox,
    context: AppContext,
    screen: Screen,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    confirm_raw_writes(monkeypatch)
    page, button, edit = screen.build(qtbot, context, sandbox)
    qtbot.addWidget(page)
    page.show()
    fault(sandbox, screen.endpoint_id, "latency", delay_ms=600)
    if edit is not None:
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter in a field sends the form...
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # ...and a click right after
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: context.api.busy_count == 0, timeout=WAIT_MS)
    assert len(requests_for(sandbox, screen.endpoint_id)) == 1
    assert write_entry(context, screen.endpoint_id).state == WriteState.DONE
