"""CatalogForm: built from catalog fields alone, round-trips data, and shows problems in place."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

from ocdesk.api.catalog import Auth, Body, Dialect, Endpoint, Field
from ocdesk.api.errors import FieldProblem
from ocdesk.gui.field_paths import parse_path
from ocdesk.gui.widgets.catalog_form import CatalogForm, FormError
from ocdesk.gui.widgets.form_table import ArrayTable

PRODUCT = (
    Field("mfSkuId", required=True),
    Field("skuQuantity", "int", required=True, minimum=1),
    Field("declaredValue", "number"),
)
OUTBOUND_CREATE = Endpoint(
    "outbound.create", "Create outbound orders", "Outbound", "POST",
    "/openapi/3pp/outbound/v1/creation", Dialect.VENDOR, Auth.TOKEN_SIGNED, body=Body.ARRAY,
    fields=(
        Field("referenceNumber", required=True, max_length=50),
        Field("consigneeCountryCode", required=True, max_length=2),
        Field("productList", "array", required=True, fields=PRODUCT),
    ),
)  # fmt: skip
QUERY = Endpoint(
    "outbound.query", "Query outbound orders", "Outbound", "POST",
    "/openapi/3pp/outbound/v2/query", Dialect.VENDOR, Auth.TOKEN_SIGNED,
    fields=(
        Field("referenceNumber", max_length=50, help="your order number"),
        Field("status", enum=("CREATED", "SHIPPED")),
        Field("limit", "int", maximum=200),
        Field("weight", "number"),
        Field("includeItems", "boolean"),
        Field("startTime", "datetime", required=True),
        Field("shipDate", "date"),
        Field("skuIds", "array", item_kind="string"),
        Field("address", "object", fields=(Field("city"), Field("zip", "int"))),
        Field("lines", "array", fields=PRODUCT),
    ),
)  # fmt: skip

ORDERS = [
    {"referenceNumber": "#1003", "consigneeCountryCode": "GB",
     "productList": [{"mfSkuId": "OC0000001279158", "skuQuantity": 1}]},
    {"referenceNumber": "#1004", "consigneeCountryCode": "DE", "remark": "keep me",
     "productList": [{"mfSkuId": "OC0000001279159", "skuQuantity": 2, "declaredValue": 9.5}]},
]  # fmt: skip


@pytest.fixture
def query_form(qtbot) -> CatalogForm:
    form = CatalogForm(QUERY)
    qtbot.addWidget(form)
    return form


@pytest.fixture
def create_form(qtbot) -> CatalogForm:
    form = CatalogForm(OUTBOUND_CREATE)
    qtbot.addWidget(form)
    return form


def _editor(form: CatalogForm, name: str) -> Any:
    return form.body.editors[name]


def test_paths_from_problems_are_understood():
    assert parse_path("data[3].productList[0].skuQuantity") == [3, "productList", 0, "skuQuantity"]
    assert parse_path("data.startTime") == ["startTime"]


def test_flat_form_builds_the_right_inputs(query_form):
    ref = _editor(query_form, "referenceNumber").input
    assert isinstance(ref, QLineEdit) and ref.maxLength() == 50
    assert ref.placeholderText() == "your order number" and ref.toolTip() == "your order number"
    status = _editor(query_form, "status").input
    assert isinstance(status, QComboBox) and status.itemText(0) == ""
    include = _editor(query_form, "includeItems").input
    assert isinstance(include, QCheckBox) and include.isTristate()
    label = query_form.body.layout().labelForField(_editor(query_form, "startTime").widget)
    assert label.text() == "Start time *" and label.font().bold()
    assert "OC field: startTime" in label.toolTip()  # the key OC's documents use, on hover


def test_an_untouched_form_sends_only_required_values(query_form):
    data = query_form.data()
    assert set(data) == {"startTime"}  # required date-time is always sent
    assert data["startTime"][10] == "T" and data["startTime"][-5] in "+-"


def test_typed_values_come_out_typed(query_form, qtbot):
    qtbot.keyClicks(_editor(query_form, "referenceNumber").input, "  #1003 ")
    qtbot.keyClicks(_editor(query_form, "limit").input, "50")
    qtbot.keyClicks(_editor(query_form, "weight").input, "1.25")
    _editor(query_form, "skuIds").input.setPlainText(" OC1\n\nOC2 ")
    data = query_form.data()
    assert data["referenceNumber"] == "#1003"
    assert data["limit"] == 50 and data["weight"] == 1.25
    assert data["skuIds"] == ["OC1", "OC2"]
    assert "status" not in data and "includeItems" not in data and "address" not in data


def test_numbers_refuse_letters(query_form, qtbot):
    qtbot.keyClicks(_editor(query_form, "limit").input, "5x0")
    assert query_form.data()["limit"] == 50


def test_flat_form_round_trips(query_form):
    data = {
        "referenceNumber": "#1003", "status": "SHIPPED", "limit": 20, "weight": 2.5,
        "includeItems": False, "startTime": "2025-03-11T10:15:00+0800",
        "shipDate": "2025-03-12+0800", "skuIds": ["OC1", "OC2"],
        "address": {"city": "Coventry", "zip": 49}, "lines": [{"mfSkuId": "OC1", "skuQuantity": 3}],
        "futureField": {"kept": True},
    }  # fmt: skip
    query_form.set_data(data)
    out = query_form.data()
    assert out.pop("startTime")[:19] == _local("2025-03-11T10:15:00+0800")
    assert out.pop("shipDate").startswith("2025-03-12")
    expected = dict(data)
    del expected["startTime"], expected["shipDate"]
    assert out == expected


def _local(text: str) -> str:
    from ocdesk.api.dates import parse_datetime

    return parse_datetime(text).astimezone().strftime("%Y-%m-%dT%H:%M:%S")


def test_unknown_enum_values_are_kept(query_form):
    query_form.set_data({"status": "ON_HOLD", "startTime": "2025-03-11T10:15:00+0800"})
    assert query_form.data()["status"] == "ON_HOLD"


def test_nested_array_endpoint_is_one_table_and_round_trips(create_form):
    table = create_form.body
    assert isinstance(table, ArrayTable)
    headers = [table.table.horizontalHeaderItem(c) for c in range(3)]
    assert [h.text() for h in headers] == [
        "Reference number *",
        "Consignee country code *",
        "Products *",
    ]
    assert "OC field: productList" in headers[2].toolTip()
    # No title is cut off: each column is at least as wide as its header needs.
    header_view = table.table.horizontalHeader()
    assert all(header_view.sectionSize(c) >= header_view.sectionSizeHint(c) for c in range(3))
    assert create_form.data() == []
    create_form.set_data(ORDERS)
    assert create_form.data() == ORDERS


def test_spreadsheet_paste_fills_columns_in_order(create_form):
    text = (
        "referenceNumber\tconsigneeCountryCode\tproductList\r\n"
        '#2001\tGB\t"[{""mfSkuId"": ""OC1"", ""skuQuantity"": 2}]"\r\n'
        "#2002\tFR\t[]\r\n"
    )
    assert create_form.body.paste_text(text) == 2
    assert create_form.data() == [
        {"referenceNumber": "#2001", "consigneeCountryCode": "GB",
         "productList": [{"mfSkuId": "OC1", "skuQuantity": 2}]},
        {"referenceNumber": "#2002", "consigneeCountryCode": "FR", "productList": []},
    ]  # fmt: skip


def test_remove_selected_rows(create_form):
    create_form.set_data(ORDERS)
    create_form.body.table.selectRow(0)
    create_form.body.remove_button.click()
    assert [o["referenceNumber"] for o in create_form.data()] == ["#1004"]


def test_bad_json_cell_is_refused_and_shown(create_form, qtbot):
    create_form.body.paste_text("#1\tGB\t[{oops")
    with pytest.raises(FormError):
        create_form.data()
    with qtbot.assertNotEmitted(create_form.sig_submit):
        create_form.send_button.click()
    assert "Row 1 › Products: not valid JSON" in create_form.body.error_label.text()


def test_json_toggle_round_trips_and_refuses_bad_json(create_form, qtbot):
    create_form.set_data(ORDERS)
    create_form.json_button.click()
    assert create_form.stack.currentIndex() == 1
    create_form.json_edit.setPlainText('[{"referenceNumber": "#9"},')
    with qtbot.assertNotEmitted(create_form.sig_submit):
        create_form.send_button.click()
    assert create_form.json_error_label.isVisibleTo(create_form)
    assert "Line 1" in create_form.json_error_label.text()
    create_form.json_button.click()  # cannot leave JSON while the text does not parse
    assert create_form.json_mode and create_form.stack.currentIndex() == 1
    create_form.json_edit.setPlainText('[{"referenceNumber": "#9", "consigneeCountryCode": "GB"}]')
    create_form.json_button.click()
    assert not create_form.json_mode
    assert create_form.data() == [{"referenceNumber": "#9", "consigneeCountryCode": "GB"}]


def test_enter_and_send_emit_the_data(query_form, qtbot):
    ref = _editor(query_form, "referenceNumber").input
    qtbot.keyClicks(ref, "#1003")
    with qtbot.waitSignal(query_form.sig_submit) as blocker:
        qtbot.keyClick(ref, Qt.Key.Key_Return)
    assert blocker.args[0]["referenceNumber"] == "#1003"


def test_problems_appear_under_their_field_and_typing_is_kept(query_form, qtbot):
    qtbot.keyClicks(_editor(query_form, "referenceNumber").input, "#1003")
    query_form.show_problems([
        FieldProblem("data.referenceNumber", "duplicate reference"),
        FieldProblem("data.address.zip", "must be 5 digits"),
        FieldProblem("data.lines[0].skuQuantity", "must be at least 1"),
        FieldProblem("data.mystery", "OC says no"),
    ])  # fmt: skip
    ref = _editor(query_form, "referenceNumber")
    assert ref.error_label.text() == "duplicate reference" and not ref.error_label.isHidden()
    assert ref.input.property("problem") is True
    zip_editor = _editor(query_form, "address").panel.editors["zip"]
    assert zip_editor.error_label.text() == "must be 5 digits"
    assert "Mystery: OC says no" in query_form.summary_label.text()
    assert ref.input.text() == "#1003"
    query_form.clear_problems()
    assert ref.error_label.isHidden() and query_form.summary_label.isHidden()
    assert ref.input.property("problem") is False


def test_summary_names_fields_by_their_titles(query_form):
    query_form.show_problems(
        [FieldProblem("data", "give at least one of: referenceNumber, skuIds, unknownKey")]
    )
    # Field keys of this form become titles; words that are not its keys stay as OC wrote them.
    assert query_form.summary_label.text() == (
        "Give at least one of: Reference number, SKU IDs, unknownKey"
    )


def test_pasted_header_line_with_titles_is_skipped(create_form):
    pasted = "Reference number\tConsignee country code\n#7\tGB\n"
    assert create_form.body.paste_text(pasted) == 1
    assert create_form.data() == [{"referenceNumber": "#7", "consigneeCountryCode": "GB"}]


def test_table_problems_mark_the_cell_of_the_right_row(create_form):
    create_form.set_data(ORDERS)
    create_form.body.add_row()  # blank rows in between are not items
    create_form.show_problems([FieldProblem("data[1].productList[0].skuQuantity", "must be ≥ 1")])
    table = create_form.body
    assert "Row 2 › Products #1 › SKU quantity: must be ≥ 1" in table.error_label.text()
    cell = table.table.item(1, 2)
    assert cell.toolTip() == "must be ≥ 1" and cell.background().color().red() == 0xFF
    create_form.clear_problems()
    assert cell.toolTip() == "" and table.error_label.isHidden()


def test_endpoint_without_input_sends_none(qtbot):
    endpoint = Endpoint("warehouse.services", "Service list", "Warehouse", "GET",
                        "/openapi/3pp/base/v1/service", Dialect.VENDOR, Auth.SIGNED,
                        body=Body.NONE)  # fmt: skip
    form = CatalogForm(endpoint)
    qtbot.addWidget(form)
    assert form.data() is None and not form.json_button.isEnabled()
    assert QApplication.instance() is not None
