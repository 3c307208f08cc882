"""ResultsView: rows shown as-is, filtered, sorted, copied and exported the way a desk user sees them."""

from __future__ import annotations

import csv
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from ocdesk.gui.widgets.results import ResultsView, RowsModel, display_text

ORDERS: list[dict[str, Any]] = [
    {
        "orderNumber": "OCO2000011384024GB",
        "status": "SHIPPED",
        "weight": "11000.0000",
        "lines": [{"mfSkuId": "OC0000001279158", "skuQuantity": 1}],
    },
    {"orderNumber": "OCO2000011384025GB", "status": "CANCELLED", "weight": 900, "city": "Coventry"},
    {
        "orderNumber": "OCO2000011384026GB",
        "status": "shipped",
        "weight": 95.5,
        "consigneeName": '=HYPERLINK("x")',
    },
]


@pytest.fixture
def view(qtbot) -> ResultsView:
    widget = ResultsView()
    qtbot.addWidget(widget)
    widget.set_rows(ORDERS)
    return widget


def _column(view: ResultsView, name: str) -> list[Any]:
    return [row.get(name) for row in view.visible_rows()]


def _sort(view: ResultsView, name: str, order: Qt.SortOrder) -> None:
    view.table.sortByColumn(view.model.columns.index(name), order)


def test_columns_follow_first_appearance_and_nested_values_are_compact(view):
    assert view.model.columns == [
        "orderNumber",
        "status",
        "weight",
        "lines",
        "city",
        "consigneeName",
    ]
    assert view.count_label.text() == "3 rows"
    lines = view.model.index(0, 3)
    assert view.model.data(lines) == '[{"mfSkuId":"OC0000001279158","skuQuantity":1}]'
    assert '"skuQuantity": 1' in view.model.data(lines, Qt.ItemDataRole.ToolTipRole)
    assert display_text([{"a": "x" * 40}] * 3) == "3 items"


def test_headers_read_as_words_with_ocs_key_in_the_tooltip(view):
    horizontal = Qt.Orientation.Horizontal
    titles = [view.model.headerData(c, horizontal) for c in range(view.model.columnCount())]
    assert titles == ["Order number", "Status", "Weight", "Lines", "City", "Consignee name"]
    tip = view.model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "OC field: orderNumber"
    # Rows already keyed by the desk's titles keep them, with no tooltip to explain.
    view.set_rows([{"Order number": "OCO1", "SKUs": 2}])
    assert view.model.headerData(1, horizontal) == "SKUs"
    assert view.model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_identifier_digits_stay_text_left_aligned(qtbot):
    view = ResultsView()
    qtbot.addWidget(view)
    dhl = "00340434099107671643"  # leading zeros and 20 digits: a tracking number
    view.set_rows([{"trackingNumber": dhl, "fee": "4.20"}, {"trackingNumber": "12", "fee": 9}])
    align = view.model.data(view.model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole)
    assert align is None and view.model.data(view.model.index(0, 0)) == dhl
    # A figure in the last column is not stretched away from its title.
    assert not view.table.horizontalHeader().stretchLastSection()
    view.set_rows([{"fee": 1, "carrier": "DHL"}])
    assert view.table.horizontalHeader().stretchLastSection()


def test_numbers_are_right_aligned_and_text_is_not(view):
    align = view.model.data(view.model.index(1, 2), Qt.ItemDataRole.TextAlignmentRole)
    assert align is not None and Qt.AlignmentFlag(align) & Qt.AlignmentFlag.AlignRight
    assert view.model.data(view.model.index(1, 1), Qt.ItemDataRole.TextAlignmentRole) is None


def test_filter_is_case_insensitive_and_needs_every_word(view, qtbot):
    qtbot.keyClicks(view.filter_edit, "SHIPPED 026")
    view.apply_filter()
    assert _column(view, "orderNumber") == ["OCO2000011384026GB"]
    assert view.count_label.text() == "1 of 3 rows shown"
    view.filter_edit.setText("shipped")
    view.apply_filter()
    assert len(view.visible_rows()) == 2


def test_numeric_sort_handles_numbers_sent_as_text(view):
    _sort(view, "weight", Qt.SortOrder.AscendingOrder)
    assert _column(view, "weight") == [95.5, 900, "11000.0000"]
    _sort(view, "weight", Qt.SortOrder.DescendingOrder)
    assert _column(view, "weight") == ["11000.0000", 900, 95.5]


def test_sort_keeps_the_selected_row_selected(view):
    view.table.selectRow(0)  # OCO...024
    _sort(view, "weight", Qt.SortOrder.AscendingOrder)
    assert [r["orderNumber"] for r in view.selected_rows()] == ["OCO2000011384024GB"]


def test_ctrl_c_copies_whole_rows_with_the_header(view, qtbot):
    QApplication.clipboard().clear()
    view.show()
    qtbot.waitExposed(view)
    view.table.selectRow(1)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().split("\n")
    assert lines[0].split("\t") == view.model.columns
    assert lines[1].split("\t")[:3] == ["OCO2000011384025GB", "CANCELLED", "900"]


def test_copy_single_cells_has_no_header(view):
    sel = view.table.selectionModel()
    sel.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select
    sel.select(view.proxy.index(0, 0), flags)
    sel.select(view.proxy.index(2, 1), flags)
    assert view.selection_text() == "OCO2000011384024GB\t\n\tshipped"


def test_export_csv_writes_the_visible_sorted_rows(view, tmp_path):
    view.filter_edit.setText("GB")
    view.apply_filter()
    _sort(view, "weight", Qt.SortOrder.DescendingOrder)
    path = tmp_path / "orders.csv"
    assert view.export_rows(path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads UTF-8
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert [r["weight"] for r in rows] == ["11000.0000", "900", "95.5"]
    assert rows[2]["consigneeName"] == '\'=HYPERLINK("x")'  # not run as a formula
    assert rows[0]["lines"] == '[{"mfSkuId":"OC0000001279158","skuQuantity":1}]'
    # Scripts read the file: its header keeps OC's keys, not the titles shown on screen.
    assert list(rows[0])[:3] == ["orderNumber", "status", "weight"]


def test_export_xlsx_keeps_numbers_text_and_the_view_order(view, tmp_path):
    import openpyxl

    _sort(view, "weight", Qt.SortOrder.DescendingOrder)
    path = tmp_path / "orders.xlsx"
    assert view.export_rows(path) == len(ORDERS)
    sheet = openpyxl.load_workbook(path).active
    header, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert header == view.model.columns
    assert [row[header.index("orderNumber")] for row in rows] == [
        r["orderNumber"] for r in view.visible_rows()
    ]
    formula = next(row for row in rows if str(row[header.index("consigneeName")]).startswith("="))
    assert formula[header.index("consigneeName")] == '=HYPERLINK("x")'  # kept as text...
    assert sheet.cell(rows.index(formula) + 2, header.index("consigneeName") + 1).data_type == "s"


def test_export_writes_off_the_gui_thread_as_the_chosen_type_and_says_where(
    view, qtbot, monkeypatch, tmp_path
):
    import openpyxl

    from ocdesk.gui.widgets import table_files

    excel, _csv = table_files.save_filters()
    monkeypatch.setattr(table_files.QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "today"), excel))  # fmt: skip
    with qtbot.waitSignal(view.sig_exported, timeout=10_000) as exported:
        view.export_button.click()
        assert not view.export_button.isEnabled()  # one export at a time
    assert exported.args == [str(tmp_path / "today.xlsx"), len(ORDERS)]
    assert view.count_label.text() == f"{len(ORDERS)} rows saved to today.xlsx"
    assert view.export_button.isEnabled()
    assert openpyxl.load_workbook(tmp_path / "today.xlsx").active.max_row == len(ORDERS) + 1


def test_an_export_that_cannot_be_written_says_why(view, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    view.export_in_background(tmp_path / "no-such-folder" / "rows.csv")
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said[0].startswith("The rows could not be saved to ")
    assert "No such file or directory" in said[0]
    assert view.export_button.isEnabled()


def test_row_activated_sends_the_row_dict(view, qtbot):
    with qtbot.waitSignal(view.sig_row_activated) as blocker:
        view.table.activated.emit(view.proxy.index(2, 0))
    assert blocker.args[0] is ORDERS[2]


def test_explicit_columns_fix_order_and_new_rows_reset_sort(view):
    _sort(view, "weight", Qt.SortOrder.AscendingOrder)
    view.set_rows(ORDERS, columns=["status", "orderNumber"])
    assert view.model.columns == ["status", "orderNumber"]
    assert _column(view, "orderNumber") == [r["orderNumber"] for r in ORDERS]


def test_columns_are_as_wide_as_qt_would_size_them_and_a_long_value_is_cut(qtbot):
    """The widths measured from the rows' text equal what Qt's own resizeColumnsToContents gives
    (Chinese text, numbers, a summarised list, two lines, an empty column, a status pill)."""
    from ocdesk.gui.pages.kit.tables import StatusDelegate
    from ocdesk.gui.widgets.results_widths import MAX_COLUMN_WIDTH

    widget = ResultsView()
    qtbot.addWidget(widget)
    widget.resize(1400, 600)
    widget.show()
    widget.table.setItemDelegateForColumn(5, StatusDelegate(widget))
    rows = [
        {"name": "深圳仓 出库单", "weight": 12345.5, "lines": [{"sku": "OC1"}] * 3,
         "note": "line one\nthe second line, longer", "empty": None, "status": "shipped",
         "remark": "x" * 200, "units": 3},
        {"name": "Coventry", "weight": "11000.0000", "lines": [], "note": "", "empty": "",
         "status": "label_issued", "remark": "", "units": 12},
    ]  # fmt: skip  # a number last: the last column stretches only when it holds text
    widget.set_rows(rows * 3)
    ours = [widget.table.columnWidth(c) for c in range(8)]
    widget.table.resizeColumnsToContents()
    qts = [min(widget.table.columnWidth(c), MAX_COLUMN_WIDTH) for c in range(8)]
    assert ours == qts
    assert ours[6] == MAX_COLUMN_WIDTH  # the 200 x's are cut, not 1,400 pixels wide


def test_hundred_thousand_rows_load_filter_and_sort(qtbot):
    view = ResultsView()
    qtbot.addWidget(view)
    rows = [
        {"orderNumber": f"OCO{i:013d}GB", "qty": (i * 7919) % 1000, "note": f"n{i % 10}"}
        for i in range(100_000)
    ]
    view.resize(800, 600)
    view.show()
    view.set_rows(rows)
    assert view.count_label.text() == "100,000 rows"
    view.filter_edit.setText("n3")
    with qtbot.waitSignal(view.proxy.sig_filter_applied, timeout=10_000):
        view.apply_filter()
    assert view.proxy.rowCount() == 10_000
    with qtbot.waitSignal(view.model.sig_sorted, timeout=20_000):
        _sort(view, "qty", Qt.SortOrder.DescendingOrder)
    qtys = _column(view, "qty")
    assert qtys == sorted(qtys, reverse=True) and len(qtys) == 10_000
    assert RowsModel().rowCount() == 0
