"""The order of a table's rows by one column: plain Python over the row dicts, on any thread.

Sorting 100,000 rows on the GUI thread froze the window for about 0.45 s, so big tables are
sorted on a worker thread (results_worker). One `sorted()` call holds the interpreter for its
whole length (0.1-0.2 s on 100,000 keys), so the rows are sorted in slices and the slices
merged: the GUI thread then never waits longer than one slice.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Sequence
from typing import Any

from ocdesk.gui.widgets.results_cells import sort_key

SLICE = 4096  # rows sorted by one sorted() call; about 5 ms
CHECK_EVERY = 1000  # keys built between looks at the cancel flag


class Sorting:
    """The rows of `rows` ordered by `column`; `cancel()`, from any thread, stops it early.

    Equal values keep their order, in either direction, as Qt's own sort does.
    """

    def __init__(self, rows: Sequence[dict[str, Any]], column: str, *, reverse: bool) -> None:
        self.rows = rows
        self.column = column
        self.reverse = reverse
        self.cancelled = False
        self.order: list[int] | None = None  # set once the sorting has run to its end
        self.sorted_rows: list[dict[str, Any]] = []  # the rows in that order, built here too

    def cancel(self) -> None:
        self.cancelled = True

    def run(self, pause_s: float = 0.0) -> list[int] | None:
        """The row positions in their new order; None when cancelled first.

        On a worker thread, `pause_s` lets go of the interpreter between steps, so the GUI
        thread gets it for each cell it paints.
        """
        keys = self._keys(pause_s)
        if keys is None:
            return None
        slices = []
        for start in range(0, len(keys), SLICE):
            if self.cancelled:
                return None
            if pause_s:
                time.sleep(pause_s)
            positions = range(start, min(start + SLICE, len(keys)))
            slices.append(sorted(positions, key=keys.__getitem__, reverse=self.reverse))
        order = list(heapq.merge(*slices, key=keys.__getitem__, reverse=self.reverse))
        if self.cancelled:
            return None
        self.sorted_rows = list(map(self.rows.__getitem__, order))
        self.order = order
        return order

    def _keys(self, pause_s: float) -> list[tuple[int, float, str]] | None:
        keys: list[tuple[int, float, str]] = []
        rows, column = self.rows, self.column
        for start in range(0, len(rows), CHECK_EVERY):
            if self.cancelled:
                return None
            if pause_s:
                time.sleep(pause_s)
            keys += [sort_key(row.get(column)) for row in rows[start : start + CHECK_EVERY]]
        return keys
