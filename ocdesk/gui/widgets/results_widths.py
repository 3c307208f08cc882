"""Column widths of the results table, measured from the rows' own text.

Qt's `resizeColumnsToContents` would ask the model for eight roles of every sampled cell, each a
call from C++ into Python: some 40 ms for the first 88 orders, 60 ms for a big table, all on
the GUI thread before the rows appear. The rows are already here as Python values, so each
sampled cell's text is measured once instead, with the same margins Qt's item delegate adds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

from ocdesk.gui.widgets.results_cells import display_text

MAX_COLUMN_WIDTH = 320  # a long value is cut ("…") rather than pushing the others away


def fit_columns(table: QTableView, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    """Each column as wide as its title or its widest cell in `rows` (the sample the caller
    chose), at most MAX_COLUMN_WIDTH.

    A column's delegate may draw more than the text (the status pill): its `extra_width` is
    added to that column's cells.
    """
    metrics = QFontMetricsF(table.font())  # fractional, rounded up once as Qt's layout does
    style = table.style()
    # Qt's item delegate: the focus frame's margin and one pixel, on each side of the text;
    # the view adds one for the grid line.
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    margin += 1 if table.showGrid() else 0
    widest = [0.0] * len(columns)
    for row in rows:
        for column, name in enumerate(columns):
            text = display_text(row.get(name))
            if text:
                width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                widest[column] = max(widest[column], width)
    header = table.horizontalHeader()
    for column, text_width in enumerate(widest):
        delegate = table.itemDelegateForColumn(column)
        cells = math.ceil(text_width) + margin + getattr(delegate, "extra_width", 0)
        width = max(cells, header.sectionSizeHint(column))
        header.resizeSection(column, min(width, MAX_COLUMN_WIDTH))
