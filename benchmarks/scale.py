"""Scale: 100,000 outbound rows in the results table: time to show, sort and filter; memory."""

from __future__ import annotations

import os
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.measures import measure, result, rss_mb, show
from benchmarks.query_rig import ENDPOINT_ID, order_numbers
from ocdesk.gui.interpreter import tune_for_gui
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import sandbox_session

ROWS = 100_000
TARGET_RSS_MB = 400.0
TICK_MS = 10  # a GUI-thread timer this often shows how long the window stops responding
TARGET_GAP_MS = 150.0  # typing in the filter box never freezes the window longer than this


def _outbound_rows() -> list[dict[str, Any]]:
    """100,000 rows shaped exactly like OC's outbound.query answer, from the sandbox's own."""
    with Sandbox(seed=1) as sandbox:
        session = sandbox_session(sandbox.base_url)
        numbers = order_numbers(sandbox)
        data = {"orderNumberList": [{"orderNumber": n} for n in numbers]}
        sample = session.call(ENDPOINT_ID, data).rows()
    rows = []
    for index in range(ROWS):
        row = dict(sample[index % len(sample)])
        row["orderNumber"] = f"OCO2{index:012d}GB"  # distinct, like a real year of orders
        rows.append(row)
    return rows


def _settle(app: QCoreApplication) -> None:
    app.processEvents()
    app.processEvents()


def _filter(app: QCoreApplication, view: ResultsView, text: str) -> tuple[float, float]:
    """Seconds until the filtered rows are shown, and the largest gap between GUI timer ticks."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    shown = QEventLoop()
    view.proxy.sig_filter_applied.connect(shown.quit)
    timer.start()
    started = time.perf_counter()
    view.filter_edit.setText(text)
    view.apply_filter()
    if view.proxy.filtering:  # judged in the background: wait until it is on screen
        shown.exec()
    _settle(app)  # painted
    ended = time.perf_counter()
    timer.stop()
    moments = [started, *ticks, ended]
    return ended - started, max(b - a for a, b in zip(moments, moments[1:], strict=False))


def run() -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    tune_for_gui()  # as ocdesk.gui.app does
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

    started = time.perf_counter()
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    _settle(app)
    sort_s = time.perf_counter() - started

    filter_s, filter_gap_s = _filter(app, view, "US-East")
    refilter_s, refilter_gap_s = _filter(app, view, "US-East shipped")
    rss = rss_mb()
    view.close()
    notes = (
        f"{ROWS:,} rows shaped like OC's outbound.query answer (nested tracking lists included), "
        "set into ResultsView offscreen and painted; sort on the first column; filter by a region "
        "word, then by two words (the rows' search texts are then already built). Each filter is "
        "timed until its rows are painted, while a 10 ms GUI timer measures the longest the "
        "window went without responding. Memory is the whole process's resident set after "
        f"loading (it was {before:.0f} MB with the rows built but no table)."
    )
    return result(
        "Scale (100,000 outbound rows)",
        [
            measure("time to show", shown_s * 1000, "ms"),
            measure("time to sort", sort_s * 1000, "ms"),
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
