"""Creating SKUs from a CSV file: preview problems first, send valid rows only, export the rest."""

from __future__ import annotations

from pathlib import Path

from label_checks import gui_context  # noqa: E402

from ocdesk.gui.pages.sku.csv import CsvSkusPage  # noqa: E402
from ocdesk.jobs.csv_rows import read_csv  # noqa: E402
from ocdesk.jobs.requests import sku_query  # noqa: E402
from ocdesk.jobs.tables import read_table  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402
from ocdesk.session import sandbox_session  # noqa: E402

WAIT_MS = 20_000
HEADER = (
    "referenceSKUID,SKUName,languageCode,countryOfOrigin,weight,weightUnit,length,dimensionUnit"
)
GOOD = "CSV-GOOD-{n:03d},Mug {n},en-US,CN,400,g,12,cm"
BAD = [
    "CSV-BAD-1,,en-US,CN,400,g,12,cm",  # no name
    "CSV-BAD-2,Plate,en-US,CHN,400,g,12,cm",  # country code too long
    "CSV-BAD-3,Bowl,en-US,CN,400,,12,cm",  # weight without a unit
]


def _write(path: Path, good: int) -> Path:
    lines = [HEADER, *(GOOD.format(n=n) for n in range(good))]
    lines[5:5] = BAD
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_rows_are_previewed_only_valid_ones_sent_and_failed_exported(qtbot, tmp_path):
    source = _write(tmp_path / "skus.csv", good=12)
    with Sandbox(seed=11) as sandbox, gui_context(sandbox_session(sandbox.base_url)) as ctx:
        page = CsvSkusPage(ctx)
        qtbot.addWidget(page)
        page.load(source)
        qtbot.waitUntil(lambda: bool(page.items), timeout=WAIT_MS)
        # before anything is sent: which rows are wrong, and why
        assert page.summary.text().startswith("3 of 15 SKUs need fixing")
        preview = {r["Reference SKU"]: r for r in page.table.visible_rows()}
        assert (
            preview["CSV-BAD-1"]["Ready"] == "✘" and "SKUName" in preview["CSV-BAD-1"]["Problems"]
        )
        assert "countryOfOrigin" in preview["CSV-BAD-2"]["Problems"]
        assert "weightUnit" in preview["CSV-BAD-3"]["Problems"]
        assert preview["CSV-GOOD-000"]["Problems"] == ""
        assert not page.export_button.isEnabled()
        with qtbot.waitSignal(page.sig_finished, timeout=WAIT_MS) as finished:
            page.send_button.click()
        report = finished.args[0]
        assert len(report.created) == 12
        assert set(report.skipped_invalid) == {"CSV-BAD-1", "CSV-BAD-2", "CSV-BAD-3"}
        sent = ctx.session.client.call("sku.query", sku_query(["CSV-BAD-2", "CSV-GOOD-003"])).rows()
        assert [r["referenceSKUID"] for r in sent] == ["CSV-GOOD-003"]
        outcomes = {r["reference"]: r for r in page.table.visible_rows()}
        assert outcomes["CSV-GOOD-003"]["number"].startswith("OC")
        # the rows to fix, with their reasons, in a file that reads back as the same CSV
        assert page.export_button.isEnabled()
        written = page.export_failed(tmp_path / "to-fix.csv")
        assert written == 3
        back = read_csv(tmp_path / "to-fix.csv")
        assert [r.values["referenceSKUID"] for r in back.rows] == [
            "CSV-BAD-1",
            "CSV-BAD-2",
            "CSV-BAD-3",
        ]
        assert "countryOfOrigin" in back.rows[1].values["problem"]
        qtbot.waitUntil(
            lambda: bool(ctx.stores.db.query("SELECT * FROM audit_log")), timeout=WAIT_MS
        )


def test_the_template_downloads_as_excel_or_csv_and_opens_without_problems(qtbot, tmp_path):
    with Sandbox(seed=11) as sandbox, gui_context(sandbox_session(sandbox.base_url)) as ctx:
        page = CsvSkusPage(ctx)
        qtbot.addWidget(page)
        for name in ("template.xlsx", "template.csv"):
            target = tmp_path / name
            page.save_template(target)
            qtbot.waitUntil(lambda t=target: "Template saved to" in page.summary.text()
                            and str(t) in page.summary.text(), timeout=WAIT_MS)  # fmt: skip
            assert "referenceSKUID" in read_table(target).headers
            page.items = []
            page.load(target)
            qtbot.waitUntil(lambda: bool(page.items), timeout=WAIT_MS)
            assert page.summary.text().startswith("0 of 1 SKUs need fixing")


def test_an_excel_sheet_with_chinese_headers_says_how_it_was_read(qtbot, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "商品"
    book.active.append(["参考SKU", "SKU名称", "语言代码", "原产国", "重量", "重量单位"])
    book.active.append(["TEA-1", "绿茶", "zh-CN", "CN", 250, "g"])
    book.save(tmp_path / "skus.xlsx")
    with Sandbox(seed=11) as sandbox, gui_context(sandbox_session(sandbox.base_url)) as ctx:
        page = CsvSkusPage(ctx)
        qtbot.addWidget(page)
        page.load(tmp_path / "skus.xlsx")
        qtbot.waitUntil(lambda: bool(page.items), timeout=WAIT_MS)
    text = page.summary.text()
    assert "read from sheet '商品'" in text
    assert "参考SKU → referenceSKUID" in text and "重量 → weight" in text
    (sku,) = page.items
    assert sku.data["SKUNameList"] == [{"SKUName": "绿茶", "languageCode": "zh-CN"}]
    assert sku.data["weight"] == 250
