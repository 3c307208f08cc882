"""Filtering a big results table: judged off the GUI thread, and only the newest filter shows.

How long the window goes without responding meanwhile is measured by benchmarks/scale.py.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.widgets.results_search import Judging, SearchTexts

BIG = 100_000
STATUSES = ("SHIPPED", "CANCELLED", "PENDING")
CITIES = ("Leeds", "Coventry", "Derby", "York", "Bath", "Hull", "Ely")


def _order(i: int) -> dict[str, Any]:
    return {
        "orderNumber": f"OCO{i:013d}GB",
        "status": STATUSES[i % 3],
        "city": CITIES[i % 7],
        "weight": (i * 7919) % 1000,
        "parcels": [{"trackingNo": f"TRK-{i % 11:02d}", "boxes": 1}],
    }


@pytest.fixture(scope="module")
def big_rows() -> list[dict[str, Any]]:
    return [_order(i) for i in range(BIG)]


def _wait_for_judgings_to_end(qtbot) -> None:
    """Every background judging has ended and whatever it posted has been delivered."""
    qtbot.waitUntil(
        lambda: not any(t.name == "results-filter" for t in threading.enumerate()),
        timeout=10_000,
    )
    QApplication.processEvents()


def _type_filter(view: ResultsView, text: str) -> None:
    view.filter_edit.setText(text)
    view.apply_filter()


def test_100k_rows_are_filtered_off_the_gui_thread(qtbot, view, big_rows, monkeypatch):
    judged_on: set[str] = set()
    text = SearchTexts.text

    def spied_text(self: SearchTexts, index: int) -> str:
        judged_on.add(threading.current_thread().name)
        return text(self, index)

    monkeypatch.setattr(SearchTexts, "text", spied_text)
    view.set_rows(big_rows)
    with qtbot.waitSignal(view.proxy.sig_filter_applied, timeout=20_000):
        _type_filter(view, "shipped trk-05")  # the second word is inside a nested list
        assert view.count_label.text() == "Filtering 100,000 rows…"
        assert view.filter_edit.text() == "shipped trk-05"

    expected = sum(1 for i in range(BIG) if i % 3 == 0 and i % 11 == 5)
    assert view.proxy.rowCount() == expected
    assert view.count_label.text() == f"{expected:,} of 100,000 rows shown"
    assert all(row["status"] == "SHIPPED" for row in view.visible_rows())
    assert judged_on == {"results-filter"}


def test_a_newer_filter_replaces_one_still_being_judged(qtbot, view, big_rows):
    view.set_rows(big_rows)
    applied: list[int] = []
    view.proxy.sig_filter_applied.connect(lambda: applied.append(view.proxy.rowCount()))
    _type_filter(view, "shipped")
    _type_filter(view, "cancelled york")
    qtbot.waitUntil(lambda: bool(applied), timeout=20_000)
    _wait_for_judgings_to_end(qtbot)

    expected = sum(1 for i in range(BIG) if i % 3 == 1 and i % 7 == 3)
    assert applied == [expected]  # the first filter's answer never reached the table
    assert {(r["status"], r["city"]) for r in view.visible_rows()} == {("CANCELLED", "York")}


def test_new_rows_during_a_filter_drop_the_old_result(qtbot, view, big_rows):
    view.set_rows(big_rows)
    _type_filter(view, "leeds")
    newer = [
        {"orderNumber": f"NEW{i:05d}", "city": "Leeds" if i < 3 else "Ely"} for i in range(6000)
    ]
    with qtbot.waitSignal(view.proxy.sig_filter_applied, timeout=20_000):
        view.set_rows(newer)  # the typed filter applies to the new rows
    _wait_for_judgings_to_end(qtbot)

    assert [r["orderNumber"] for r in view.visible_rows()] == ["NEW00000", "NEW00001", "NEW00002"]
    assert view.count_label.text() == "3 of 6,000 rows shown"


def test_clearing_the_filter_of_a_big_table_shows_every_row_at_once(qtbot, view, big_rows):
    view.set_rows(big_rows)
    with qtbot.waitSignal(view.proxy.sig_filter_applied, timeout=20_000):
        _type_filter(view, "derby")
    _type_filter(view, "")
    assert view.proxy.rowCount() == BIG
    assert view.count_label.text() == "100,000 rows"


def test_a_filter_keeps_the_sort_order_and_the_selected_row(qtbot, view):
    rows = [_order(i) for i in range(30)]
    view.set_rows(rows)
    view.table.sortByColumn(view.model.columns.index("weight"), Qt.SortOrder.DescendingOrder)
    chosen = next(r for r in view.visible_rows() if r["status"] == "PENDING")
    view.table.selectRow(view.visible_rows().index(chosen))
    _type_filter(view, "pending")

    weights = [r["weight"] for r in view.visible_rows()]
    assert len(weights) == 10 and weights == sorted(weights, reverse=True)
    assert view.selected_rows() == [chosen]
    # The vertical header still numbers rows as in the whole table.
    shown_first = view.proxy.headerData(0, Qt.Orientation.Vertical)
    assert shown_first == str(view.model.rows().index(view.visible_rows()[0]) + 1)


def test_a_cancelled_judging_stops_early_and_keeps_the_texts_it_built():
    rows = [_order(i) for i in range(5000)]
    texts = SearchTexts(rows, ["orderNumber", "city", "parcels"])
    judging = Judging(texts, ["york"])
    judging.cancel()
    assert judging.run() is None and judging.accepted is None
    accepted = Judging(texts, ["york", "trk-00"]).run()
    assert accepted == {id(r) for i, r in enumerate(rows) if i % 7 == 3 and i % 11 == 0}
    assert None not in texts.texts
