"""SKU tab workflows against the sandbox: find, the SKU card, labels, create one SKU."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
from label_checks import gui_context  # noqa: E402
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from ocdesk.gui.lookup.card import Card  # noqa: E402
from ocdesk.gui.pages.registry import pages_for  # noqa: E402
from ocdesk.gui.pages.sku.card import SkuWindow  # noqa: E402
from ocdesk.gui.pages.sku.create import CreateSkuPage  # noqa: E402
from ocdesk.gui.pages.sku.find import SKU_KEY, FindSkusPage  # noqa: E402
from ocdesk.gui.statuses import status_text  # noqa: E402
from ocdesk.jobs.requests import sku_query  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402
from ocdesk.session import sandbox_session  # noqa: E402

WAIT_MS = 15_000


@pytest.fixture
def ctx(qtbot: Any, oc_session: Any) -> Any:
    with gui_context(oc_session) as context:
        yield context


def _stocked_skus(session: Any) -> list[str]:
    regions = [{"serviceRegion": r} for r in ("DE", "UK", "US-East", "AU")]
    data = {"pageNumber": 1, "pageSize": 50, "serviceRegionList": regions}
    rows = session.client.call("stock.snapshot", data).rows()
    return list(dict.fromkeys(str(r["MFSKUID"]) for r in rows))


def _find(qtbot: Any, page: FindSkusPage) -> list[dict[str, Any]]:
    with qtbot.waitSignal(page.sig_rows_shown, timeout=WAIT_MS):
        page.find_button.click()
    return page.results.visible_rows()


def test_the_tab_opens_on_find_skus(ctx):
    pages = pages_for("SKU")
    assert [p.title for p in pages][:1] == ["Find SKUs"] and pages[0].default
    assert {p.title for p in pages} >= {"Create an SKU", "Create SKUs from CSV or Excel", "EF services"}


def test_find_by_mfskuid_and_seller_id_pasted_together(qtbot, ctx, oc_session):
    first, second = _stocked_skus(oc_session)[:2]
    seller = oc_session.client.call("sku.query", sku_query([second])).rows()[0]["sellerSKUID"]
    page = FindSkusPage(ctx)
    qtbot.addWidget(page)
    page.modes.setCurrentWidget(page.number_mode)
    page.numbers.setPlainText(f"{first}\n{seller}\n\n{first}")
    rows = _find(qtbot, page)
    assert sorted(r["MFSKUID"] for r in rows) == sorted([first, second])
    assert page.summary.text() == "2 SKUs found for 2 numbers"
    # Desk words on screen, OC's own term one hover away; statuses and times as elsewhere.
    model = page.results.model
    column = model.columns.index("MFSKUID")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "OC SKU ID"
    assert "MFSKUID" in model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert {r["Status"] for r in rows} <= {status_text(s) for s in ("approved", "pending_review")}
    assert all(not re.search(r"T\d\d:\d\d:\d\d", r["Updated"]) and r["Updated"] for r in rows)


def test_find_by_date_range_fetches_every_page(qtbot, ctx, oc_session):
    page = FindSkusPage(ctx)
    qtbot.addWidget(page)
    page.modes.setCurrentWidget(page.date_mode)
    start = date.today() - timedelta(days=3650)
    page.start.setDate(QDate(start.year, start.month, start.day))
    page.end.setDate(QDate.currentDate().addDays(1))
    rows = _find(qtbot, page)
    # the seeded world holds 220 SKUs: more than OC's 200-row page, so a second page was fetched
    assert len(rows) > 200
    assert len({r["MFSKUID"] for r in rows}) == len(rows)
    # an empty range says so instead of searching backwards
    page.end.setDate(QDate(start.year - 1, 1, 1))
    page.search()
    assert "before the start" in page.summary.text()


def test_the_page_opens_on_every_sku_of_the_account(
    qtbot, ctx, oc_session, shared_sandbox: Sandbox
):
    page = FindSkusPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_rows_shown, timeout=WAIT_MS) as shown:
        page.load_defaults()
    every = len(shared_sandbox.world.store.skus)
    assert every > 200  # more than one of OC's pages
    assert shown.args == [every] and page.results.model.rowCount() == every
    assert page.summary.text() == f"All SKUs of the account: {every}"
    # as many as the Stock tab's SKUs, and more
    assert set(_stocked_skus(oc_session)) <= {r["MFSKUID"] for r in page.results.visible_rows()}


def test_sku_card_shows_fields_and_stock(qtbot, ctx, oc_session):
    sku = _stocked_skus(oc_session)[0]
    record = oc_session.client.call("sku.query", sku_query([sku])).rows()[0]
    page = FindSkusPage(ctx)
    qtbot.addWidget(page)
    window = page.open_card({SKU_KEY: record})
    qtbot.addWidget(window)
    card = window.card  # the same record card as the lookup's and the other pages'
    assert isinstance(card, Card) and card.mfskuid == sku
    assert card.badge.text() == status_text(record["status"])
    assert record["referenceSKUID"] in [
        label.text() for label in card.findChildren(QLabel)
    ]  # the fields are on the card
    qtbot.waitUntil(lambda: card.stock.model.rowCount() > 0, timeout=WAIT_MS)
    assert {r["MFSKUID"] for r in card.stock.visible_rows()} == {sku}


class FakePrinter:
    """Records what would have been printed."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def fetch_and_print(self, endpoint_id: str, data: Any, **kwargs: Any) -> None:
        self.calls.append((endpoint_id, data))
        kwargs["on_done"](True, "Printed 1 label.")


def test_sku_labels_print_through_the_printer_when_there_is_one(qtbot, ctx, oc_session):
    sku = _stocked_skus(oc_session)[0]
    window = SkuWindow(ctx, {"MFSKUID": sku, "status": "approved"})
    qtbot.addWidget(window)
    card = window.card
    assert card.head_texts() == ["SKU", sku, "Approved"]
    card.quantity.setValue(12)
    ctx.printer = FakePrinter()
    card.print_button.click()
    assert ctx.printer.calls == [
        ("sku.label", {"skuList": [{"mfSkuId": sku, "printQuantity": 12}]})
    ]
    assert window.note.text() == "Printed 1 label."
    # without a printer controller the labels open in the label panel instead
    ctx.printer = None
    shown: list[tuple[str, Any]] = []
    ctx.sig_show_labels.connect(lambda endpoint, result: shown.append((endpoint, result)))
    card.print_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    endpoint, result = shown[0]
    assert endpoint == "sku.label" and len(result.labels()) == 1


def test_create_one_sku_end_to_end(qtbot, ocdesk_home):
    with Sandbox(seed=7) as sandbox, gui_context(sandbox_session(sandbox.base_url)) as ctx:
        page = CreateSkuPage(ctx)
        qtbot.addWidget(page)
        # a wrong form is refused next to its fields, and nothing typed is lost
        page.names.item(0, 1).setText("Desk lamp")
        page.weight.setValue(850)
        page.country.setText("GER")
        page.pictures.setPlainText("not a url")
        page.send_button.click()
        assert page.problem_labels["referenceSKUID"].isVisibleTo(page)
        assert "not a web address" in page.problem_labels["SKUPictureURLList"].text()
        assert page.names.item(0, 1).text() == "Desk lamp"
        assert "nothing was sent" in page.created.text()
        page.reference.setText("LAMP-TEST-1")
        page.country.setText("cn")
        page.pictures.setPlainText("https://images.example.com/lamp.jpg")
        page.length.setValue(30)
        page.with_battery.setChecked(True)
        page.region.set_region("DE")
        page.add_region()
        data = page.data()
        assert data["withBattery"] is True and data["batteryForm"] == "PB"
        assert data["serviceRegionList"] == [{"serviceRegion": "DE", "withBrand": "WOB"}]
        with qtbot.waitSignal(page.sig_created, timeout=WAIT_MS) as created:
            page.send_button.click()
        mfskuid = created.args[0]
        assert mfskuid.startswith("OC") and mfskuid in page.created.text()
        assert "draft" in page.created.text()
        found = ctx.session.client.call("sku.query", sku_query([mfskuid])).rows()
        assert found[0]["status"] == "draft" and found[0]["referenceSKUID"] == "LAMP-TEST-1"
        qtbot.waitUntil(
            lambda: bool(ctx.stores.db.query("SELECT * FROM audit_log")), timeout=WAIT_MS
        )
        entry = ctx.stores.db.query("SELECT * FROM audit_log")[0]
        assert entry["endpoint_id"] == "sku.create" and mfskuid in entry["key_numbers"]
