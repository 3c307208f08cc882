"""Sorting a big results table: ordered off the GUI thread, and only the newest sort shows."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ocdesk.gui.widgets import results_sorting
from ocdesk.gui.widgets.results import ResultsView

BIG = 100_000


def _order(i: int) -> dict[str, Any]:
    return {
        "orderNumber": f"OCO{i:013d}GB",
        "weight": str((i * 7919) % 1000),  # OC sends numbers as text: they sort as numbers
        "city": ("Leeds", "derby", "York", "")[i % 4],
    }


@pytest.fixture(scope="module")
def big_rows() -> list[dict[str, Any]]:
    return [_order(i) for i in range(BIG)]


@pytest.fixture
def keyed_on(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The names of the threads that built sort keys."""
    threads: set[str] = set()
    sort_key = results_sorting.sort_key

    def spied(value: Any) -> tuple[int, float, str]:
        threads.add(threading.current_thread().name)
        return sort_key(value)

    monkeypatch.setattr(results_sorting, "sort_key", spied)
    return threads


def _sort(view: ResultsView, name: str, order: Qt.SortOrder) -> None:
    view.table.sortByColumn(view.model.columns.index(name), order)


def test_100k_rows_are_sorted_off_the_gui_thread(qtbot, view, big_rows, keyed_on):
    view.set_rows(big_rows)
    view.table.selectRow(0)
    chosen = view.selected_rows()
    with qtbot.waitSignal(view.model.sig_sorted, timeout=30_000):
        _sort(view, "weight", Qt.SortOrder.DescendingOrder)
        assert view.count_label.text() == "Sorting 100,000 rows…"
        assert view.visible_rows()[0] is big_rows[0]  # OC's order until the sort is done

    weights = [int(r["weight"]) for r in view.visible_rows()]
    assert weights == sorted(weights, reverse=True) and len(weights) == BIG
    # Equal weights keep OC's order, as Qt's own sort would.
    top = [r["orderNumber"] for r in view.visible_rows() if r["weight"] == "999"]
    assert top == sorted(top)
    assert view.count_label.text() == "100,000 rows"
    assert view.selected_rows() == chosen  # the selection followed its row
    assert keyed_on == {"results-sort"}


def test_a_newer_sort_replaces_one_still_running(qtbot, view, big_rows):
    view.set_rows(big_rows)
    sorted_counts: list[int] = []
    view.model.sig_sorted.connect(lambda: sorted_counts.append(len(view.visible_rows())))
    _sort(view, "weight", Qt.SortOrder.AscendingOrder)
    _sort(view, "city", Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: bool(sorted_counts), timeout=30_000)
    qtbot.waitUntil(
        lambda: not any(t.name == "results-sort" for t in threading.enumerate()), timeout=10_000
    )
    qtbot.wait(50)  # whatever a dropped sort might have posted is delivered by now

    assert sorted_counts == [BIG]  # the weight sort never reached the table
    cities = [r["city"] for r in view.visible_rows()]
    assert cities[:1] == [""] and cities[-1] == "York"  # empty first, then text, case-blind
    assert cities == sorted(cities, key=lambda c: (c != "", c.casefold()))


def test_new_rows_during_a_sort_drop_it(qtbot, view, big_rows):
    view.set_rows(big_rows)
    _sort(view, "weight", Qt.SortOrder.AscendingOrder)
    newer = [{"orderNumber": f"NEW{i:02d}", "weight": str(9 - i)} for i in range(10)]
    view.set_rows(newer)
    assert not view.model.sorting
    qtbot.waitUntil(
        lambda: not any(t.name == "results-sort" for t in threading.enumerate()), timeout=10_000
    )
    qtbot.wait(50)
    assert [r["orderNumber"] for r in view.visible_rows()] == [r["orderNumber"] for r in newer]
    assert view.count_label.text() == "10 rows"
