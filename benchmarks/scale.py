"""Scale: 100,000 outbound rows in the results table: time to show, time to sort, memory."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from benchmarks.measures import measure, result, show
from benchmarks.query_rig import ENDPOINT_ID, order_numbers
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.sandbox.server import Sandbox
from ocdesk.session import sandbox_session

ROWS = 100_000
TARGET_RSS_MB = 400.0


def _rss_mb() -> float:
    """Resident memory of this process (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


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


def _settle(app: QApplication) -> None:
    app.processEvents()
    app.processEvents()


def run() -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    rows = _outbound_rows()
    before = _rss_mb()
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

    started = time.perf_counter()
    view.filter_edit.setText("US-East")
    view.apply_filter()
    _settle(app)
    filter_s = time.perf_counter() - started
    rss = _rss_mb()
    view.close()
    notes = (
        f"{ROWS:,} rows shaped like OC's outbound.query answer (nested tracking lists included), "
        f"set into ResultsView offscreen and painted; sort on the first column; filter by a region "
        f"word. Memory is the whole process's resident set after loading (it was {before:.0f} MB "
        "with the rows built but no table)."
    )
    return result(
        "Scale (100,000 outbound rows)",
        [
            measure("time to show", shown_s * 1000, "ms"),
            measure("time to sort", sort_s * 1000, "ms"),
            measure("time to filter", filter_s * 1000, "ms"),
            measure("resident memory", rss, "MB", TARGET_RSS_MB),
        ],
        notes,
    )


if __name__ == "__main__":
    import json

    print(json.dumps(show(run()), indent=2))
