"""Reading desk CSV files into orders and SKUs, and writing failed rows back to fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ocdesk.api import catalog, validation
from ocdesk.jobs.csv_items import SourceItem, outbound_orders, read_outbound_orders, read_skus, skus
from ocdesk.jobs.csv_rows import CsvFileError, parse_csv, read_csv
from ocdesk.jobs.tables import write_failed_rows

SAMPLES = Path(__file__).resolve().parents[2] / "ocdesk" / "resources" / "samples"
ORDER_HEADER = (
    "referenceNumber;serviceRegion;shippingServiceCode;consigneeName;consigneeAddress1;"
    "consigneeCountryCode;mfSkuId;skuQuantity;declaredValue"
)


def test_semicolon_file_with_bom_keeps_line_numbers_and_groups_order_lines(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    text = "\n".join(
        [
            ORDER_HEADER.upper(),  # header case does not matter
            "R-1;UK;GBDomesticStandard;Ann Lee;1 High St;GB;OC0000000000001;2;12,5",
            "",
            "R-2;UK;GBDomesticStandard;Bo Chan;2 High St;GB;OC0000000000002;1;3",
            "R-1;;;;;;OC0000000000003;4;",
        ]
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    items = read_outbound_orders(path)
    assert [item.lines for item in items] == [(2, 5), (4,)]
    first = items[0].data
    assert first["consigneeName"] == "Ann Lee"
    assert first["productList"] == [
        {"mfSkuId": "OC0000000000001", "skuQuantity": 2, "declaredValue": 12.5},
        {"mfSkuId": "OC0000000000003", "skuQuantity": 4},
    ]
    assert items[0].where == "lines 2, 5"


def test_tab_separated_skus_with_names_per_language_and_pictures() -> None:
    table = parse_csv(
        "referenceSKUID\tSKUName\tlanguageCode\tweight\tweightUnit\twithBattery\tSKUPictureURL\t"
        "serviceRegion\twithBrand\n"
        "LAMP-1\tDesk lamp\ten-US\t0.85\tkg\tyes\thttps://a.example/1.jpg | https://a.example/2.jpg"
        "\tUK|DE\tWOB\n"
        "LAMP-1\tSchreibtischlampe\tde-DE\t\t\t\t\t\t\n"
    )
    assert table.delimiter == "\t"
    (item,) = skus(table)
    assert item.data == {
        "referenceSKUID": "LAMP-1",
        "SKUNameList": [
            {"SKUName": "Desk lamp", "languageCode": "en-US"},
            {"SKUName": "Schreibtischlampe", "languageCode": "de-DE"},
        ],
        "weight": 0.85,
        "weightUnit": "kg",
        "withBattery": True,
        "SKUPictureURLList": [
            {"SKUPictureURL": "https://a.example/1.jpg"},
            {"SKUPictureURL": "https://a.example/2.jpg"},
        ],
        "serviceRegionList": [
            {"serviceRegion": "UK", "withBrand": "WOB"},
            {"serviceRegion": "DE", "withBrand": "WOB"},
        ],
    }


def test_text_that_does_not_convert_reaches_validation_which_names_it() -> None:
    table = parse_csv(
        'referenceSKUID,SKUName,batteryNumber,withBattery,weight\nS-1,Mug,two,maybe,"1,000"\n'
    )
    (item,) = skus(table)
    problems = validation.problems_for(catalog.get("sku.create"), [item.data])
    named = {p.path.removeprefix("data[0]."): p.message for p in problems}
    assert named["batteryNumber"] == "must be a whole number"
    assert named["withBattery"] == "must be true or false"
    assert named["weight"] == "must be a number"  # "1,000" is ambiguous, so never guessed


def test_rows_of_one_order_that_disagree_are_a_problem_of_that_order() -> None:
    table = parse_csv(
        "referenceNumber,consigneeName,mfSkuId,skuQuantity\nR-1,Ann Lee,OC1,1\nR-1,Bo Chan,OC2,1\n"
    )
    (item,) = outbound_orders(table)
    assert item.problems == (
        "line 3: consigneeName 'Bo Chan' differs from line 2 ('Ann Lee') for the same "
        "referenceNumber",
    )


def test_unreadable_files_are_refused_with_the_reason_and_line(tmp_path: Path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    with pytest.raises(CsvFileError, match="photo.csv is not a text file"):
        read_csv(binary)
    with pytest.raises(CsvFileError, match="no referenceNumber column"):
        outbound_orders(parse_csv("ref no,consigneeName\nR-1,Ann\n"))
    with pytest.raises(CsvFileError, match="line 3: 3 cells, the header has 2"):
        parse_csv("referenceNumber,consigneeName\nR-1,Ann\nR-2,Bo,extra\n")
    with pytest.raises(CsvFileError, match="twice"):
        parse_csv("referenceNumber,ReferenceNumber\nR-1,R-1\n")


def test_failed_rows_file_reimports_to_the_same_items_plus_a_problem_column(
    tmp_path: Path,
) -> None:
    table = read_csv(SAMPLES / "outbound_orders.csv")
    items = outbound_orders(table)
    failed = items[1]  # the two-line order
    out = tmp_path / "failed.csv"
    reasons = ["=consigneeName: is required"] * len(failed.rows)
    assert write_failed_rows(out, failed.rows, reasons, table.headers) == 2
    again = read_csv(out)
    assert again.headers == [*table.headers, "problem"]
    assert again.rows[0].values["problem"] == "'=consigneeName: is required"  # formula defused
    (reimported,) = outbound_orders(again)
    assert reimported.data == failed.data


@pytest.mark.parametrize(
    ("name", "reader", "endpoint_id"),
    [
        ("outbound_orders.csv", read_outbound_orders, "outbound.create"),
        ("skus.csv", read_skus, "sku.create"),
    ],
)
def test_shipped_samples_pass_every_local_check(
    name: str, reader: Callable[[Path], list[SourceItem]], endpoint_id: str
) -> None:
    items = reader(SAMPLES / name)
    assert len(items) >= 3
    for item in items:
        assert item.problems == ()
        assert validation.problems_for(catalog.get(endpoint_id), [item.data]) == []
