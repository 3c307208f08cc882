"""Reading CSV strictly: a broken structure refuses the file by line, a doubtful number its item."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from workflow_helpers import approved_skus, sent

from ocdesk.jobs.bulk_create import create_outbound_orders
from ocdesk.jobs.bulk_report import CREATED, INVALID
from ocdesk.jobs.csv_items import outbound_orders, read_outbound_orders, skus
from ocdesk.jobs.csv_rows import CsvFileError, parse_csv
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session

HEADER = "referenceNumber,serviceRegion,consigneeName,consigneeAddress1,mfSkuId,skuQuantity"


def order_lines(count: int) -> list[str]:
    return [f"R-{n},UK,Buyer {n},{n} High St,OC000000000000{n},1" for n in range(1, count + 1)]


def test_a_stray_quote_refuses_the_file_where_python_would_merge_seven_orders() -> None:
    lines = order_lines(9)
    lines[1] = 'R-2,UK,"Buyer 2,2 High St,OC0000000000002,1'  # file line 3
    text = "\n".join([HEADER, *lines]) + "\n"
    merged = list(csv.reader(io.StringIO(text, newline="")))
    assert len(merged) == 3  # header, R-1, and R-2 holding R-3..R-9 in one cell

    with pytest.raises(CsvFileError) as refused:
        parse_csv(text)

    assert str(refused.value) == "line 3: a quote opened here is never closed"


def test_a_stray_quote_closed_rows_later_names_both_lines(tmp_path: Path) -> None:
    lines = order_lines(9)
    lines[1] = 'R-2,UK,"Buyer 2,2 High St,OC0000000000002,1'  # file line 3
    lines[8] = 'R-9,UK,Buyer 9",9 High St,OC0000000000009,1'  # file line 10: same column
    path = tmp_path / "orders.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")

    with pytest.raises(CsvFileError) as refused:
        read_outbound_orders(path)

    assert str(refused.value) == (
        "line 3: a quote opened here is closed only on line 10, which would read lines 3-10 as "
        "one row; close the quote on line 3"
    )


def test_a_quote_closed_on_the_next_line_in_the_same_column_is_caught_too() -> None:
    # One row's worth of delimiters inside a cell: the cell count alone would look right.
    text = f'{HEADER}\nR-1,UK,"Ann,1 High St,OC1,1\nR-2,UK,Bo",2 High St,OC2,1\n'

    with pytest.raises(CsvFileError, match="^line 2: a quote opened here is closed only on line 3"):
        parse_csv(text)


def test_a_cell_with_a_line_break_of_its_own_is_kept_and_later_lines_keep_their_numbers() -> None:
    text = f'{HEADER}\nR-1,UK,Ann,"Flat 2\n1 High St",OC1,1\n\nR-2,UK,Bo,2 High St,OC2,3\n'

    table = parse_csv(text)

    assert [row.line for row in table.rows] == [2, 5]
    assert table.rows[0].values["consigneeAddress1"] == "Flat 2\n1 High St"
    assert table.rows[1].values["skuQuantity"] == "3"


def test_short_and_long_rows_are_all_named_and_refuse_the_file() -> None:
    lines = order_lines(5)
    lines[1] = "R-2,UK,Buyer 2,2 High St,OC2"  # line 3: one cell short
    lines[3] = "R-4,UK,Buyer 4,4 High St,OC4,1,gift"  # line 5: one cell too many
    lines[4] = "R-5,UK,Buyer 5,5 High St,OC5,1,"  # line 6: an empty extra cell counts too

    with pytest.raises(CsvFileError) as refused:
        parse_csv("\n".join([HEADER, *lines]))

    assert str(refused.value) == (
        "line 3: 5 cells, the header has 6; line 5: 7 cells, the header has 6; "
        "line 6: 7 cells, the header has 6"
    )


def test_many_broken_rows_name_the_first_five_and_count_the_rest() -> None:
    text = "\n".join([HEADER, *(f"R-{n},UK" for n in range(8))])

    with pytest.raises(CsvFileError, match=r"line 6: 2 cells, the header has 6; and 3 more lines"):
        parse_csv(text)


def test_text_after_a_closing_quote_is_refused_not_glued_on() -> None:
    with pytest.raises(CsvFileError) as refused:
        parse_csv(f'{HEADER}\nR-1,UK,"Annie" Lee,1 High St,OC1,1\n')

    assert str(refused.value).startswith("line 2: a cell goes on after its closing quote")


def test_a_quote_open_in_a_big_file_is_named_even_past_the_cell_size_limit() -> None:
    lines = order_lines(9) * 500
    lines[4] = 'R-5,UK,"Buyer 5,5 High St,OC5,1'
    text = "\n".join([HEADER, *lines])
    assert len(text) > csv.field_size_limit()  # the csv module gives up before the end

    with pytest.raises(CsvFileError, match="^line 6: a quote opened here is not closed within"):
        parse_csv(text)


def test_a_header_running_over_two_lines_is_refused() -> None:
    with pytest.raises(CsvFileError, match="^line 1: a quote opened here is closed only on line 2"):
        parse_csv('referenceNumber,"consignee\nName",skuQuantity\nR-1,Ann,1\n')


SEMICOLON_ORDERS = (
    "referenceNumber;serviceRegion;shippingServiceCode;consigneeName;"
    "consigneeAddress1;consigneeCity;consigneeZipCode;consigneeCountryCode;mfSkuId;skuQuantity;"
    "declaredValue"
)


def test_a_thousands_separator_in_a_semicolon_file_refuses_its_order_by_line_and_column(
    own_sandbox: Sandbox, own_session: Session, tmp_path: Path
) -> None:
    sku = approved_skus(own_session, "UK")[0]
    address = "UK;GBDomesticStandard;Ann Lee;1 High St;Coventry;CV4 9ES;GB"
    path = tmp_path / "orders.csv"
    path.write_text(
        "\n".join(
            [
                SEMICOLON_ORDERS,
                f"EU-1;{address};{sku};2;12,5",
                f"EU-2;{address};{sku};1.000;3",  # line 3: one, or a thousand?
            ]
        ),
        encoding="utf-8",
    )

    first, second = read_outbound_orders(path)
    report = create_outbound_orders(own_session.client.call, [first, second])

    assert first.problems == () and first.data["productList"] == [
        {"mfSkuId": sku, "skuQuantity": 2, "declaredValue": 12.5}
    ]
    assert second.problems == (
        "line 3, column skuQuantity: '1.000' could mean 1 or 1000, depending on the country the "
        "file was made in; write 1000 or 1",
    )
    assert [o.status for o in report.outcomes] == [CREATED, INVALID]
    sent_references = [
        order["referenceNumber"]
        for request in sent(own_sandbox, "outbound.create")
        for order in json.loads(request["body"])["data"]
    ]
    assert sent_references == ["EU-1"]  # the doubtful order never left the desk


@pytest.mark.parametrize(
    ("weight", "read"),
    [("12,5", 12.5), ("0,850", 0.85), ("12", 12), ("0.5", 0.5), ("1234,567", 1234.567)],
)
def test_unmistakable_decimals_are_read_in_a_semicolon_file(weight: str, read: float) -> None:
    (item,) = skus(parse_csv(f"referenceSKUID;weight;weightUnit\nLAMP-1;{weight};kg\n"))

    assert item.problems == () and item.data["weight"] == read


@pytest.mark.parametrize(
    ("weight", "why"),
    [
        ("1.250", "'1.250' could mean 1.25 or 1250, depending on the country the file was "
                  "made in; write 1250 or 1.2500"),
        ("1.234,5", "'1.234,5' holds a thousands separator, which countries write differently; "
                    "write the number without one (1234.5 if that is what it means)"),
        ("2.000.000", "'2.000.000' holds a thousands separator, which countries write "
                      "differently; write the number without one (2000000 if that is what it "
                      "means)"),
    ],
)  # fmt: skip
def test_numbers_that_may_hold_a_thousands_separator_are_not_read(weight: str, why: str) -> None:
    text = f"referenceSKUID;SKUName;languageCode;weight;weightUnit\nLAMP-1;Lamp;en-US;{weight};kg\n"

    (item,) = skus(parse_csv(text))

    assert item.problems == (f"line 2, column weight: {why}",)
    assert item.data["weight"] == weight  # kept as text: validation refuses it too


def test_a_doubtful_number_in_a_text_column_is_text() -> None:
    (order,) = outbound_orders(parse_csv(f"{HEADER}\nR-1,UK,Ann,1.000 High St,OC1,1\n"))

    assert order.problems == () and order.data["consigneeAddress1"] == "1.000 High St"
