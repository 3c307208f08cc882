"""RowsModel: OC's rows as-is in a Qt table model, cells formatted only when painted.

Sorting is done here in Python on precomputed keys (results_sorting), rather than by Qt
calling back into Python for every comparison; big tables are sorted on a worker thread.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ocdesk.gui.widgets.results_cells import (
    COLUMN_SAMPLE,
    discover_columns,
    display_text,
    is_number,
    sort_key,
)
from ocdesk.gui.widgets.results_sorting import Sorting
from ocdesk.gui.widgets.results_worker import SYNC_LIMIT, courier, run_in_background
from ocdesk.gui.words import field_tip, field_title

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

TOOLTIP_LIMIT = 4000
# The roles RowsModel.data answers. Sizing a column asks each of its cells for some eight
# roles; the others are refused before any Python work (the proxy checks too).
ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        SORT_ROLE,
        ROW_ROLE,
    )
)

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A table over a list of dicts, holding the rows as-is (unknown keys kept, C2).

    It changes only by a reset (`set_rows`) or a re-sort (a layout change), and each replaces
    the row list rather than editing it, so a worker thread may read a list it was handed.
    A big table is sorted in the background: `sig_sorting` when that starts, `sig_sorted` once
    the rows are in their new order; new rows or a newer sort drop an older one.
    """

    sig_sorting = Signal()
    sig_sorted = Signal()
    answered_roles = ANSWERED_ROLES  # a subclass answering more roles adds them here

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._columns: list[str] = []
        self._sorting: Sorting | None = None
        self.generation = 0  # changes whenever the rows are replaced
        courier()  # made here, on the GUI thread, before any worker needs it

    def set_rows(
        self, rows: Iterable[dict[str, Any]], columns: Sequence[str] | None = None
    ) -> None:
        """Show `rows`; `columns` fixes the column order, else it is discovered from the rows."""
        self._drop_sorting()
        self.beginResetModel()
        self._rows = list(rows)
        self._columns = list(columns) if columns is not None else discover_columns(self._rows)
        self.generation += 1
        self.endResetModel()

    @property
    def sorting(self) -> bool:
        """True while the rows are being sorted in the background; they show the old order."""
        return self._sorting is not None

    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    def row(self, index: int) -> dict[str, Any]:
        return self._rows[index]

    def rows(self) -> list[dict[str, Any]]:
        """The rows in their current order; the list is replaced, never changed in place."""
        return self._rows

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Readable column titles; OC's own key stays in the header's tooltip."""
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return field_title(self._columns[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return field_tip(self._columns[section]) or None
        return None

    def numeric_column(self, column: int) -> bool:
        """True when the sampled values of `column` are all numbers (empty cells aside)."""
        name = self._columns[column]
        values = [row.get(name) for row in self._rows[:COLUMN_SAMPLE]]
        filled = [v for v in values if v not in (None, "")]
        return bool(filled) and all(is_number(v) for v in filled)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row.get(self._columns[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(value)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, dict | list):
            return json.dumps(value, ensure_ascii=False, indent=2)[:TOOLTIP_LIMIT]
        if role == Qt.ItemDataRole.TextAlignmentRole and is_number(value):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            key = sort_key(value)
            return key[1] if key[0] == 1 else key[2]
        if role == ROW_ROLE:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by `column`, keeping selections and the current cell in place."""
        if not 0 <= column < len(self._columns):
            return
        self._drop_sorting()
        reverse = order == Qt.SortOrder.DescendingOrder
        sorting = Sorting(self._rows, self._columns[column], reverse=reverse)
        if len(self._rows) < SYNC_LIMIT:
            sorting.run()
            self._reorder(sorting)
            return
        self._sorting = sorting
        run_in_background(self, sorting, "results-sort")
        self.sig_sorting.emit()

    def take_finished(self, sorting: Sorting) -> None:
        """A background sort ended; applied unless new rows or a newer sort replaced it."""
        if sorting is not self._sorting or sorting.order is None:
            return
        self._sorting = None
        self._reorder(sorting)

    def _drop_sorting(self) -> None:
        if self._sorting is not None:
            self._sorting.cancel()
            self._sorting = None

    def _reorder(self, sorting: Sorting) -> None:
        """Show the rows in the sorting's order (built on its thread), selections following."""
        order = sorting.order
        if order is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._rows = sorting.sorted_rows
        old_indexes = self.persistentIndexList()
        if old_indexes:
            new_pos = {old: new for new, old in enumerate(order)}
            new_indexes = [self.index(new_pos[i.row()], i.column()) for i in old_indexes]
            self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()
        self.sig_sorted.emit()
