"""Outbound orders from a CSV file and a third-party-label order, against the sandbox."""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from gui_fixtures import data_sent, own_sandbox, requests_for  # noqa: E402

from ocdesk.api.retry import RetryPolicy  # noqa: E402
from ocdesk.gui.pages.outbound import csv as outbound_csv  # noqa: E402
from ocdesk.gui.pages.outbound.csv import CsvOrdersPage  # noqa: E402
from ocdesk.gui.pages.outbound.tpl import ThirdPartyLabelPage  # noqa: E402
from ocdesk.jobs.templates import template_columns  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402
from ocdesk.sandbox.labels import return_label  # noqa: E402
from ocdesk.session import sandbox_session  # noqa: E402


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with own_sandbox(5) as sb:
        yield sb


def write_orders(path: Path, sku: str, count: int, bad: dict[int, dict[str, str]]) -> None:
    """`count` orders in the template's columns; order i gets the cells of bad[i] on top."""
    headers = [column.name for column in template_columns("outbound.create")]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, headers)
        writer.writeheader()
        for i in range(count):
            row = {
                "referenceNumber": f"CSV-{i:03}", "orderPlatform": "OTHERS",
                "serviceRegion": "UK", "shippingServiceCode": "GBDomesticStandard",
                "consigneeName": f"Buyer {i}", "consigneeAddress1": f"{i} High Street",
                "consigneeCity": "Leeds", "consigneeZipCode": "LS1 1AA",
                "consigneeCountryCode": "GB", "mfSkuId": sku, "skuQuantity": "1",
            }  # fmt: skip
            writer.writerow(row | bad.get(i, {}))


def test_twenty_orders_with_two_bad_rows(
    qtbot: Any, sandbox: Sandbox, context: Any, tmp_path: Path
) -> None:
    sku = next(iter(sandbox.world.store.skus))
    source = tmp_path / "orders.csv"
    write_orders(source, sku, 20, {3: {"consigneeName": ""}, 11: {"skuQuantity": "two"}})
    page = CsvOrdersPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_rows_shown, timeout=10_000):
        page.open_file(source)
    assert "2 of 20 orders need fixing" in page.summary.text()
    assert page.send_button.text() == "Send 18 valid orders"

    with qtbot.waitSignal(page.sig_rows_shown, timeout=20_000):
        page.send_button.click()

    created = page.created_numbers()
    assert len(created) == 18 and "CSV-003" not in created and "CSV-011" not in created
    mine = [o for o in sandbox.world.store.outbound.values() if o.reference.startswith("CSV-")]
    assert len(mine) == 18  # each created once
    assert len(requests_for(sandbox, "outbound.create")) == 1  # 18 orders fit one call of 50
    problems = {r["reference"]: r["problem"] for r in page.rows.model._rows if r["problem"]}
    assert "consigneeName" in problems["CSV-003"] and "skuQuantity" in problems["CSV-011"]

    failed = tmp_path / "to_fix.csv"
    page.export_failed(failed)
    qtbot.waitUntil(lambda: failed.exists() and "rows written" in page.summary.text())
    with open(failed, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["referenceNumber"] for r in rows] == ["CSV-003", "CSV-011"]
    assert all(r["problem"] for r in rows)


def test_third_party_label_order_with_its_pdf(
    qtbot: Any, sandbox: Sandbox, context: Any, tmp_path: Path
) -> None:
    label = tmp_path / "TPL-0001.pdf"
    label.write_bytes(return_label("1Z999AA10123456784", region="UK", date="2025-03-11"))
    page = ThirdPartyLabelPage(context)
    qtbot.addWidget(page)
    order, carrier = page.grids
    assert order.text("serviceCode") == "OCW_TPL"
    order.set_text("referenceNumber", "TPL-0001")
    order.set_text("serviceRegion", "UK")
    carrier.set_text("carrierCode", "UPS")
    carrier.set_text("trackingNumber", "1Z999AA10123456784")
    page.products.set_value([{"mfSkuId": next(iter(sandbox.world.store.skus)), "skuQuantity": 1}])
    page.send_button.click()  # no label yet: refused here
    assert carrier.errors["labelFile"].isVisibleTo(page)
    assert len(requests_for(sandbox, "outbound.third_party_label")) == 0

    page.load_label(label)
    qtbot.waitUntil(lambda: page.label is not None, timeout=10_000)
    assert page.preview.doc is page.label  # previewed before sending
    with qtbot.waitSignal(page.sig_created, timeout=10_000) as created:
        page.send_button.click()
    assert created.args[0].startswith("OCO")
    assert sandbox.world.store.outbound[created.args[0]].reference == "TPL-0001"


def test_a_label_over_five_megabytes_is_refused(qtbot: Any, context: Any, tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024 + 1))
    page = ThirdPartyLabelPage(context)
    qtbot.addWidget(page)
    page.load_label(big)
    qtbot.waitUntil(lambda: "5 MB" in page.grids[1].errors["labelFile"].text(), timeout=5_000)
    assert page.label is None


def test_orders_left_unknown_by_a_batch_get_a_check_at_oc(
    qtbot: Any, sandbox: Sandbox, context: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The batch's patient look-ups (30 s of waits, each read tried three times) without waiting.
    fast = functools.partial(outbound_csv.create_outbound_orders, sleep=lambda _: None)
    monkeypatch.setattr(outbound_csv, "create_outbound_orders", fast)
    context.set_session(sandbox_session(sandbox.base_url, retry=RetryPolicy(sleep=lambda _: None)))
    source = tmp_path / "orders.csv"
    write_orders(source, next(iter(sandbox.world.store.skus)), 3, {})
    page = CsvOrdersPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_rows_shown, timeout=10_000):
        page.open_file(source)
    for fault in ({"endpoint": "outbound.create", "kind": "http_502"},
                  {"endpoint": "outbound.query", "kind": "http_504", "count": 15}):  # fmt: skip
        requests.post(f"{sandbox.base_url}/__emu/faults", json=fault, timeout=5)
    with qtbot.waitSignal(page.sig_rows_shown, timeout=20_000):
        page.send_button.click()  # the answer is lost, and so is the batch's own look-up

    (chunk,) = [e for e in context.stores.audit.entries() if e.action == "create from CSV"]
    assert (chunk.state, chunk.key_numbers) == ("unknown", ("CSV-000", "CSV-001", "CSV-002"))
    panel = page.error_panel
    assert panel.check_button.isVisibleTo(page)
    assert panel.headline_label.text().startswith("Outcome unknown: it may have reached OC.")
    assert "References: CSV-000, CSV-001, CSV-002" in panel.details_label.text()
    panel.check_button.click()
    qtbot.waitUntil(lambda: panel.headline_label.text().startswith("Not at OC"), timeout=10_000)
    checks = [e for e in context.stores.audit.entries() if e.action == "check at OC"]
    assert [(c.state, c.key_numbers) for c in checks] == [
        ("not done", ("CSV-000", "CSV-001", "CSV-002"))
    ]
    assert len(requests_for(sandbox, "outbound.create")) == 1


def test_a_gbk_file_with_chinese_headers_reaches_oc_with_its_chinese_intact(
    qtbot: Any, sandbox: Sandbox, context: Any, tmp_path: Path
) -> None:
    sku = next(iter(sandbox.world.store.skus))
    source = tmp_path / "订单.csv"
    lines = ["参考号,服务区域,物流服务,收件人,地址,城市,邮编,国家,SKU编号,数量",
             f"GBK-1,UK,GBDomesticStandard,王小明,伦敦路12号,Leeds,LS1 1AA,GB,{sku},1"]  # fmt: skip
    source.write_bytes("\r\n".join(lines).encode("gbk"))
    page = CsvOrdersPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_rows_shown, timeout=10_000):
        page.open_file(source)
    assert "1 orders in the file, read as GBK (Chinese Excel)." in page.summary.text()
    assert "参考号 → referenceNumber" in page.summary.text()
    with qtbot.waitSignal(page.sig_rows_shown, timeout=20_000):
        page.send_button.click()
    number = page.created_numbers()["GBK-1"]
    order = sandbox.world.store.outbound[number]
    assert order.reference == "GBK-1"
    (sent,) = data_sent(sandbox, "outbound.create")[-1]
    assert (sent["consigneeName"], sent["consigneeAddress1"]) == ("王小明", "伦敦路12号")


def test_the_template_downloads_as_excel_with_an_example_order(
    qtbot: Any, context: Any, tmp_path: Path
) -> None:
    import openpyxl

    page = CsvOrdersPage(context)
    qtbot.addWidget(page)
    target = tmp_path / "orders.xlsx"
    page.save_template(target)
    qtbot.waitUntil(lambda: "Template saved to" in page.summary.text(), timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    header, example = [[c.value for c in row] for row in sheet.iter_rows()]
    assert header[0] == "referenceNumber" and example[0] == "SO-240501"
    assert example[header.index("skuQuantity")] == 1  # a number in Excel, not text
    with qtbot.waitSignal(page.sig_rows_shown, timeout=10_000):
        page.open_file(target)
    assert "read from sheet" in page.summary.text() and "need fixing" not in page.summary.text()
