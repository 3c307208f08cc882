"""Files as sellers keep them: CSV in the encodings Excel saves, .xlsx workbooks, desk headers."""

from __future__ import annotations

import codecs
import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from ocdesk.jobs.csv_items import READERS, outbound_orders, read_outbound_orders, read_skus
from ocdesk.jobs.csv_rows import CsvFileError
from ocdesk.jobs.tables import read_table, write_failed_rows, write_table
from ocdesk.jobs.templates import EXAMPLES, write_template

HEADER = "referenceNumber,consigneeName,consigneeCity,mfSkuId,skuQuantity"
CHINESE = "SO-1,王小明,上海市浦东新区,OC0000000000001,2"
WESTERN = "SO-2,François Müller,Köln,OC0000000000002,1"


@pytest.mark.parametrize(
    "text, encoding, bom, said",
    [
        (f"{HEADER}\n{CHINESE}\n", "utf-8", b"", "read as UTF-8"),
        (f"{HEADER}\n{CHINESE}\n", "utf-8", codecs.BOM_UTF8, "read as UTF-8 (with BOM)"),
        (f"{HEADER}\r\n{CHINESE}\r\n", "utf-16-le", codecs.BOM_UTF16_LE, "read as UTF-16"),
        (f"{HEADER}\n{CHINESE}\n", "utf-16-be", codecs.BOM_UTF16_BE, "read as UTF-16"),
        (f"{HEADER}\n{CHINESE}\n", "gbk", b"", "read as GBK (Chinese Excel)"),
        (f"{HEADER}\nSO-1,张𠀀,北京,OC0000000000001,2\n", "gb18030", b"", "read as GB18030"),
        (f"{HEADER}\n{WESTERN}\n", "cp1252", b"", "read as Windows-1252 (Western Excel)"),
    ],
)
def test_each_encoding_excel_saves_is_read_and_named(
    tmp_path: Path, text: str, encoding: str, bom: bytes, said: str
) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(bom + text.encode(encoding))
    table = read_table(path)
    assert table.source.startswith(said)
    (row,) = table.rows
    assert row.line == 2
    expected = text.splitlines()[1].split(",")
    assert [row.values[h] for h in HEADER.split(",")] == expected


@pytest.mark.parametrize("city", ["Köln", "Zürich", "Besançon", "Málaga"])
def test_a_short_western_file_is_not_mistaken_for_chinese(tmp_path: Path, city: str) -> None:
    path = tmp_path / "one.csv"
    path.write_bytes(f"referenceNumber,consigneeCity\nR-1,{city}\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows[0].values["consigneeCity"] == city
    assert "Windows-1252" in table.source


@pytest.mark.parametrize(
    "data, why",
    [
        (b"PK\x03\x04rest of a zip", "an Excel workbook \\(.xlsx\\) with another name"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", "an old Excel .xls workbook"),
        (b"ref\0name\0", "not a text file"),
        (b"\xef\xbb\xbfref,name\nR-1,\xff\xfe\n", "starts as UTF-8 \\(with BOM\\) but line 2"),
        ("ref,name\nR-1,王小明\nR-2,".encode() + b"\xa1\n", "is UTF-8 text, but line 3 holds"),
    ],
)
def test_what_cannot_be_read_is_refused_with_the_reason(
    tmp_path: Path, data: bytes, why: str
) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(data)
    with pytest.raises(CsvFileError, match=why):
        read_table(path)


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_xlsx_cells_read_as_excel_stores_them(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "orders.xlsx", {"Orders": [
        ["referenceNumber", "consigneeName", "ebayOrderId", "barcode", "skuQuantity",
         "declaredValue", "shipBy", "pickedAt", "big"],
        ["SO-1", "王小明", 123456789012, 4006381333931, 1.0, 24.99, date(2026, 12, 6),
         datetime(2026, 12, 6, 9, 30), 1e20],
        [None] * 9,
        ["SO-2", "Ann", "02-05696-00555", "0042", 3, 0.5, None, None, None],
        [None] * 9,
        [None] * 9,
    ]})  # fmt: skip
    table = read_table(path)
    assert table.source == "read from sheet 'Orders'"
    first, second = table.rows
    assert (first.line, second.line) == (2, 4)  # Excel's row numbers; blank rows skipped
    assert first.values["consigneeName"] == "王小明"
    assert first.values["ebayOrderId"] == "123456789012"
    assert first.values["barcode"] == "4006381333931"
    assert first.values["skuQuantity"] == "1"
    assert first.values["declaredValue"] == "24.99"
    assert first.values["big"] == "100000000000000000000"
    assert first.values["shipBy"].startswith("2026-12-06+")  # OC's date, with the local offset
    assert first.values["pickedAt"].startswith("2026-12-06T09:30:00")
    assert second.values["ebayOrderId"] == "02-05696-00555"
    assert second.values["barcode"] == "0042"


def test_a_postcode_formatted_with_leading_zeros_keeps_them(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["referenceNumber", "consigneeZipCode"])
    sheet.append(["R-1", 1067])
    sheet["B2"].number_format = "00000"
    book.save(tmp_path / "zip.xlsx")
    assert read_table(tmp_path / "zip.xlsx").rows[0].values["consigneeZipCode"] == "01067"


def test_a_named_sheet_is_read_and_a_missing_one_named(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "book.xlsx", {
        "Notes": [["written by the shop"]],
        "SKUs": [["referenceSKUID", "SKUName", "languageCode"], ["LAMP-1", "台灯", "zh-CN"]],
    })  # fmt: skip
    (sku,) = read_skus(path, sheet="SKUs")
    assert sku.data["SKUNameList"] == [{"SKUName": "台灯", "languageCode": "zh-CN"}]
    assert read_table(path).headers == ["written by the shop"]  # the first sheet by default
    with pytest.raises(CsvFileError, match="has no sheet 'Orders' \\(its sheets: 'Notes', 'SKUs'\\)"):
        read_table(path, sheet="Orders")


def test_a_value_under_a_blank_or_merged_header_cell_is_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Recipient", None, "referenceNumber"])
    sheet.append(["Ann", "Lee", "R-1"])
    sheet.merge_cells("A1:B1")
    book.save(tmp_path / "merged.xlsx")
    with pytest.raises(CsvFileError, match="cell B2 holds 'Lee', but column B has no name"):
        read_table(tmp_path / "merged.xlsx")


def test_an_empty_sheet_and_a_broken_workbook_are_refused(tmp_path: Path) -> None:
    with pytest.raises(CsvFileError, match="the sheet is empty"):
        read_table(_workbook(tmp_path / "empty.xlsx", {"Sheet": []}))
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip at all")
    with pytest.raises(CsvFileError, match="broken.xlsx cannot be opened as an Excel workbook"):
        read_table(tmp_path / "broken.xlsx")


@pytest.mark.parametrize(
    "header",
    [
        ["参考号", "收件人", "地址", "城市", "邮编", "国家", "SKU编号", "数量", "申报价值"],
        ["Your order number", "Name", "Address", "City", "Postcode", "Country", "SKU",
         "Quantity", "Declared value"],
    ],
)
def test_desk_headers_in_chinese_or_english_name_the_fields(
    tmp_path: Path, header: list[str]
) -> None:
    path = tmp_path / "orders.csv"
    row = ["SO-9", "李雷", "人民路1号", "杭州", "310000", "CN", "OC0000000000001", "2", "9.5"]
    path.write_bytes(("\n".join([",".join(header), ",".join(row)]) + "\n").encode("gbk"))
    (order,) = read_outbound_orders(path)
    assert order.data["referenceNumber"] == "SO-9"
    assert order.data["consigneeName"] == "李雷"
    assert order.data["consigneeAddress1"] == "人民路1号"
    assert order.data["productList"] == [
        {"mfSkuId": "OC0000000000001", "skuQuantity": 2, "declaredValue": 9.5}
    ]
    found = READERS["outbound.create"].columns_read(read_table(path))
    assert found[header[0]] == "referenceNumber" and found[header[1]] == "consigneeName"


def test_two_columns_naming_one_field_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("referenceNumber,参考号\nR-1,R-1\n", encoding="utf-8")
    with pytest.raises(CsvFileError, match="'referenceNumber' and '参考号' both mean referenceNumber"):
        read_outbound_orders(path)


def test_csv_export_has_a_bom_and_defuses_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert write_table(path, ["name", "note", "amount"], [["王小明", "=HYPERLINK(1)", -5]]) == 1
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [
            ["name", "note", "amount"], ["王小明", "'=HYPERLINK(1)", "-5"]
        ]


def test_xlsx_export_round_trips_text_numbers_and_long_ids(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [["SO-1", "王小明", "4006381333931", 24.99, 3, "=1+1"]]
    assert write_table(path, ["ref", "name", "barcode", "value", "qty", "note"], rows) == 1
    sheet = openpyxl.load_workbook(path).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1] == ["SO-1", "王小明", "4006381333931", 24.99, 3, "=1+1"]
    assert sheet["F2"].data_type == "s"  # text, not a formula Excel would run
    assert read_table(path).rows[0].values["barcode"] == "4006381333931"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_failed_rows_written_in_either_format_read_back_the_same(
    tmp_path: Path, suffix: str
) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(f"{HEADER}\n{CHINESE}\nSO-3,Bo,+44 Leeds,OC1,1\n", encoding="utf-8")
    table = read_table(source)
    out = tmp_path / f"to-fix{suffix}"
    assert write_failed_rows(out, table.rows, ["-refused", "bad"], table.headers) == 2
    again = read_table(out)
    assert again.headers == [*HEADER.split(","), "problem"]
    assert again.rows[0].values["consigneeName"] == "王小明"
    assert again.rows[1].values["consigneeCity"] == "+44 Leeds"  # the seller's cell, unchanged
    assert again.rows[0].values["problem"] in ("'-refused", "-refused")


@pytest.mark.parametrize("endpoint_id", ["outbound.create", "sku.create"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_templates_read_back_as_one_valid_item(
    tmp_path: Path, endpoint_id: str, suffix: str
) -> None:
    from ocdesk.api import catalog, validation

    path = tmp_path / f"template{suffix}"
    write_template(endpoint_id, path)
    (item,) = READERS[endpoint_id].items(read_table(path))
    assert item.problems == ()
    assert validation.problems_for(catalog.get(endpoint_id), [item.data]) == []
    key = READERS[endpoint_id].key
    assert item.data[key] == EXAMPLES[endpoint_id][key]
    assert item.lines == (2,)


def test_xlsx_orders_keep_chinese_text_for_oc(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "orders.xlsx", {"订单": [
        ["参考号", "收件人", "地址", "城市", "国家", "SKU编号", "数量"],
        ["SO-7", "韩梅梅", "中山路88号", "南京", "CN", "OC0000000000001", 2],
    ]})  # fmt: skip
    (order,) = outbound_orders(read_table(path))
    assert order.data["consigneeName"] == "韩梅梅" and order.data["consigneeCity"] == "南京"
    assert order.data["productList"] == [{"mfSkuId": "OC0000000000001", "skuQuantity": 2}]
