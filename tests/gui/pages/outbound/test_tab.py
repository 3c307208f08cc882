"""Outbound desk work against the sandbox: find orders over long periods, cancel, create one order."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from gui_fixtures import requests_for  # noqa: E402

from ocdesk.gui.pages.kit.services import service_cache  # noqa: E402
from ocdesk.gui.pages.outbound.create import CreateOrderPage  # noqa: E402
from ocdesk.gui.pages.outbound.find import FindOrdersPage  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402


def order_in(sb: Sandbox, *statuses: str) -> str:
    return next(
        number
        for number, order in sorted(sb.world.store.outbound.items())
        if order.status in statuses
    )


def test_sixty_days_are_fetched_week_by_week(qtbot: Any, sandbox: Sandbox, context: Any) -> None:
    page = FindOrdersPage(context)
    qtbot.addWidget(page)
    now = datetime.now().astimezone()
    created = [o.created for o in sandbox.world.store.outbound.values()]
    last_week = sum(1 for c in created if c >= now - timedelta(days=7))
    in_sixty = sum(1 for c in created if now - timedelta(days=60) <= c <= now)
    assert in_sixty > last_week  # the seed spreads orders over more than a week

    page.set_period(now - timedelta(days=60), now)
    with qtbot.waitSignal(page.sig_rows_shown, timeout=20_000) as shown:
        page.find_period()

    assert shown.args == [in_sixty]
    assert len(requests_for(sandbox, "outbound.query")) >= 9  # 60 days = 9 windows of 7 days
    assert f"{in_sixty} orders created" in page.note.text()


def test_a_shipped_order_offers_no_cancel_and_a_created_one_is_cancelled(
    qtbot: Any, sandbox: Sandbox, context: Any
) -> None:
    shipped, fresh = order_in(sandbox, "shipped"), order_in(sandbox, "created")
    cancelled = order_in(sandbox, "cancelled")
    page = FindOrdersPage(context)
    qtbot.addWidget(page)
    page.numbers.setPlainText(f"{shipped}\n{fresh}\n{cancelled}\nNO-SUCH-REF")
    with qtbot.waitSignal(page.sig_rows_shown, timeout=10_000):
        page.find_numbers()
    assert "NO-SUCH-REF" in page.note.text()

    for done_with in (shipped, cancelled):
        assert page.select_order(done_with)
        assert page.card.isVisibleTo(page)
        assert not page.card.cancel_button.isVisibleTo(page)

    assert page.select_order(fresh)
    assert page.card.cancel_button.isVisibleTo(page)
    page.card.cancel_button.click()
    qtbot.waitUntil(lambda: page.card_actions.dialog is not None, timeout=10_000)
    dialog = page.card_actions.dialog
    assert "Created" in dialog.findChildren(type(page.note))[0].text()  # the status right now
    dialog.reason.setText("customer changed their mind")
    dialog.accept()
    qtbot.waitUntil(lambda: "was cancelled" in page.note.text(), timeout=10_000)
    assert sandbox.world.store.outbound[fresh].status == "cancelled"
    qtbot.waitUntil(
        lambda: any(e.endpoint_id == "outbound.cancel" for e in context.stores.audit.entries()),
        timeout=5_000,
    )
    assert len(requests_for(sandbox, "outbound.cancel")) == 1


def test_one_order_is_created_from_the_form(qtbot: Any, sandbox: Sandbox, context: Any) -> None:
    cache = service_cache(context)
    qtbot.waitUntil(lambda: "UK" in cache.regions(), timeout=10_000)
    page = CreateOrderPage(context)
    qtbot.addWidget(page)
    order, recipient = page.grids
    order.set_text("referenceNumber", "DESK-0001")
    order.set_text("serviceRegion", "UK")
    order.set_text("shippingServiceCode", "GBDomesticStandard")
    recipient.set_text("consigneeName", "Jessica Wang")
    recipient.set_text("consigneeCountryCode", "gb")
    page.send_button.click()  # address and products missing: nothing is sent
    assert "consigneeAddress1" not in page.note.text()
    assert recipient.errors["consigneeAddress1"].isVisibleTo(page)
    assert requests_for(sandbox, "outbound.create") == []

    recipient.set_text("consigneeAddress1", "133 Elm Tree Avenue")
    sku = next(iter(sandbox.world.store.skus))
    page.products.set_value([{"mfSkuId": sku, "skuQuantity": 2}])
    with qtbot.waitSignal(page.sig_created, timeout=10_000) as created:
        page.send_button.click()

    number = created.args[0]
    assert number.startswith("OCO") and page.number_label.text() == number
    assert sandbox.world.store.outbound[number].reference == "DESK-0001"
    qtbot.waitUntil(
        lambda: any(number in e.key_numbers for e in context.stores.audit.entries()),
        timeout=5_000,
    )
