"""Scale: 100,000 outbound rows in the results table: time to show, sort and filter; memory."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from benchmarks.measures import measure, result, rss_mb, show
from benchmarks.query_rig import ENDPOINT_ID, order_numbers
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import sandbox_session

ROWS = 100_000
TARGET_RSS_MB = 400.0
TICK_MS = 10  # a GUI-thread timer this often shows how long the window stops responding
TARGET_GAP_MS = 50.0  # sorting or filtering never freezes the window longer than this


def _outbound_rows() -> list[dict[str, Any]]:
    """100,000 rows shaped exactly like OC's outbound.query answer, from the sandbox's own."""
    with Sandbox(seed=1) as sandbox:
        session = sandbox_session(sandbox.base_url)
        numbers = order_numbers(sandbox)
        data = {"orderNumberList": [{"orderNumber": n} for n in numbers]}
        sample = session.client.call(ENDPOINT_ID, data).rows()
    rows = []
    for index in range(ROWS):
        row = dict(sample[index % len(sample)])
        row["orderNumber"] = f"OCO2{index:012d}GB"  # distinct, like a real year of orders
        rows.append(row)
    return rows


def _settle(app: QCoreApplication) -> None:
    app.processEvents()
    app.processEvents()


def _timed(app: QCoreApplication, start: Callable[[], None], busy: Callable[[], bool],
           done: SignalInstance) -> tuple[float, float]:  # fmt: skip
    """Seconds from `start()` until its rows are painted, and the largest gap between GUI timer
    ticks meanwhile; work that `busy()` says runs in the background is waited for on `done`."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    shown = QEventLoop()
    done.connect(shown.quit)
    timer.start()
    started = time.perf_counter()
    start()
    if busy():
        shown.exec()
    _settle(app)  # painted
    ended = time.perf_counter()
    timer.stop()
    done.disconnect(shown.quit)
    moments = [started, *ticks, ended]
    return ended - started, max(b - a for a, b in zip(moments, moments[1:], strict=False))


def _filter(app: QCoreApplication, view: ResultsView, text: str) -> tuple[float, float]:
    def start() -> None:
        view.filter_edit.setText(text)
        view.apply_filter()

    return _timed(app, start, lambda: view.proxy.filtering, view.proxy.sig_filter_applied)


def _sort(app: QCoreApplication, view: ResultsView, order: Qt.SortOrder) -> tuple[float, float]:
    def start() -> None:
        view.table.sortByColumn(0, order)

    return _timed(app, start, lambda: view.model.sorting, view.model.sig_sorted)


def run() -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    rows = _outbound_rows()
    before = rss_mb()
    view = ResultsView()
    view.resize(1200, 800)
    view.show()
    _settle(app)

    started = time.perf_counter()
    view.set_rows(rows)
    _settle(app)  # painted
    shown_s = time.perf_counter() - started

    gc.collect()  # the fresh rows' garbage, as the GUI thread's collector would soon
    sort_s, sort_gap_s = _sort(app, view, Qt.SortOrder.DescendingOrder)
    resort_s, resort_gap_s = _sort(app, view, Qt.SortOrder.AscendingOrder)
    filter_s, filter_gap_s = _filter(app, view, "US-East")
    refilter_s, refilter_gap_s = _filter(app, view, "US-East shipped")
    rss = rss_mb()
    view.close()
    notes = (
        f"{ROWS:,} rows shaped like OC's outbound.query answer (nested tracking lists included), "
        "set into ResultsView offscreen and painted; sort on the first column (descending, then "
        "ascending); filter by a region word, then by two words (the rows' search texts are then "
        "already built). Sorts and filters run on a worker thread; each is timed until its rows "
        "are painted, while a 10 ms GUI timer measures the longest the window went without "
        "responding, at Python's default switch interval (as the console runs). Memory is the whole process's resident set after "
        f"loading (it was {before:.0f} MB with the rows built but no table)."
    )
    return result(
        "Scale (100,000 outbound rows)",
        [
            measure("time to show", shown_s * 1000, "ms"),
            measure("time to sort (until shown)", sort_s * 1000, "ms"),
            measure("largest GUI gap while sorting", sort_gap_s * 1000, "ms", TARGET_GAP_MS),
            measure("time to sort back (until shown)", resort_s * 1000, "ms"),
            measure("largest GUI gap while sorting back", resort_gap_s * 1000, "ms", TARGET_GAP_MS),
            measure("time to filter (first, until shown)", filter_s * 1000, "ms"),
            measure("largest GUI gap while filtering", filter_gap_s * 1000, "ms", TARGET_GAP_MS),
            measure("time to filter again (until shown)", refilter_s * 1000, "ms"),
            measure(
                "largest GUI gap while filtering again", refilter_gap_s * 1000, "ms", TARGET_GAP_MS
            ),
            measure("resident memory", rss, "MB", TARGET_RSS_MB),
        ],
        notes,
    )


if __name__ == "__main__":
    import json

    print(json.dumps(show(run()), indent=2))
