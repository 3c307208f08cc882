"""The results table every tab shows: OC rows as-is, filterable, sortable, copyable, exportable.

Built for 100,000 rows: one model over the caller's dicts (no widget per row), cells formatted
only when painted, sorting done in Python on precomputed keys rather than by Qt calling back
into Python for every comparison.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.words import field_tip, field_title

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMN_SAMPLE = 200  # rows inspected to discover the columns
SHORT_JSON = 60  # nested values up to this length are shown in full
TOOLTIP_LIMIT = 4000
MAX_COLUMN_WIDTH = 320

# C2: OC sends many numbers as strings ("11000.0000"); they sort and align as numbers.
# Digits with a leading zero or more than 15 of them are identifiers (DHL tracking numbers
# "003404..."): they stay text, left-aligned and exact.
_NUMERIC_TEXT = re.compile(r"-?(0|[1-9]\d{0,14})(\.\d+)?")
# Cells starting like a formula run as one in a spreadsheet; a leading ' keeps them text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Index = QModelIndex | QPersistentModelIndex


def discover_columns(rows: Sequence[dict[str, Any]], sample: int = COLUMN_SAMPLE) -> list[str]:
    """Keys of the first `sample` rows, in order of first appearance."""
    seen: dict[str, None] = {}
    for row in rows[:sample]:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def is_number(value: Any) -> bool:
    """A JSON number (bool excluded) or numeric text."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and bool(_NUMERIC_TEXT.fullmatch(value))


def cell_text(value: Any) -> str:
    """The complete text of a value, for copying and export: nested values as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _haystack_of(row: dict[str, Any], columns: Sequence[str]) -> str:
    return "\x1f".join(_search_text(row.get(c)) for c in columns).casefold()


def _search_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def display_text(value: Any) -> str:
    """The text shown in a cell: long nested values are summarised."""
    text = cell_text(value)
    if not isinstance(value, dict | list) or len(text) <= SHORT_JSON:
        return text
    if isinstance(value, list):
        return f"{len(value):,} item" + ("" if len(value) == 1 else "s")
    return text[: SHORT_JSON - 1] + "…"


def sort_key(value: Any) -> tuple[int, float, str]:
    """One comparable key for any value: empty first, then numbers by value, then text."""
    if value is None or value == "":
        return (0, 0.0, "")
    if is_number(value):
        return (1, float(value), "")
    return (2, 0.0, cell_text(value).casefold())


def count_text(shown: int, total: int) -> str:
    """ "3 rows", or "1 of 3 rows shown" while a filter hides some."""
    noun = _tr("row") if total == 1 else _tr("rows")
    if shown == total:
        return _tr("{total} {noun}").format(total=f"{total:,}", noun=noun)
    return _tr("{shown} of {total} {noun} shown").format(
        shown=f"{shown:,}", total=f"{total:,}", noun=noun
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsView", text)


class RowsModel(QAbstractTableModel):
    """A table over a list of dicts, holding the rows as-is (unknown keys kept, C2)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._columns: list[str] = []
        self._haystacks: list[str | None] = []
        self.generation = 0  # changes whenever the rows are replaced

    def set_rows(
        self, rows: Iterable[dict[str, Any]], columns: Sequence[str] | None = None
    ) -> None:
        """Show `rows`; `columns` fixes the column order, else it is discovered from the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self._columns = list(columns) if columns is not None else discover_columns(self._rows)
        self._haystacks = [None] * len(self._rows)
        self.generation += 1
        self.endResetModel()

    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    def row(self, index: int) -> dict[str, Any]:
        return self._rows[index]

    def haystack(self, index: int) -> str:
        """All of a row's values as lowered text, for filtering; built once per row when needed.

        Nested values go in as Python text, not JSON: the words inside them (a tracking number
        in a parcel list) are what matters, and it is several times quicker on 100,000 rows.
        """
        text = self._haystacks[index]
        if text is None:
            text = _haystack_of(self._rows[index], self._columns)
            self._haystacks[index] = text
        return text

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
        if not index.isValid():
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
        name = self._columns[column]
        reverse = order == Qt.SortOrder.DescendingOrder
        keys = [sort_key(row.get(name)) for row in self._rows]
        order_ = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=reverse)
        self.layoutAboutToBeChanged.emit()
        new_pos = {old: new for new, old in enumerate(order_)}
        self._rows = [self._rows[i] for i in order_]
        self._haystacks = [self._haystacks[i] for i in order_]
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_pos[i.row()], i.column()) for i in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()


class RowsFilter(QSortFilterProxyModel):
    """Shows rows containing every typed word in some column (case-insensitive).

    Sorting is handed to RowsModel, which sorts on precomputed keys in one pass.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        # The rows (by identity, so a re-sort keeps them) that hold every word, and the model's
        # generation they were judged for.
        self._accepted: set[int] = set()
        self._judged: int | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter_text(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self._judged = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = cast(RowsModel, self.sourceModel())  # the stubs only know QAbstractItemModel
        if self._judged != model.generation:
            # Every row judged in one Python pass; the other calls only look the answer up.
            self._accepted = {
                id(model.row(i))
                for i in range(model.rowCount())
                if all(word in model.haystack(i) for word in self._words)
            }
            self._judged = model.generation
        return id(model.row(source_row)) in self._accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class RowsTable(QTableView):
    """A table view whose Copy key copies the whole selection, not just the current cell."""

    sig_copy = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.sig_copy.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ResultsView(QWidget):
    """Filter box, table, row count, Copy and Export CSV over a RowsModel.

    `sig_row_activated(row)` fires on double-click or Enter with the row's dict.
    """

    sig_row_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter rows…"))
        self.filter_edit.setToolTip(self.tr("Shows the rows holding every word typed here"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the selected rows, to paste in a spreadsheet"))
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setToolTip(
            self.tr("Save the rows shown as a CSV file; its columns keep OC's field names")
        )
        self.table = self._make_table()
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)  # filter once typing pauses, not on every key
        self._lay_out()
        self._connect()
        self._update_count()

    def _make_table(self) -> RowsTable:
        table = RowsTable(self)
        table.setModel(self.proxy)
        # No sort column until the user clicks one: OC's own order comes first.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        vertical = table.verticalHeader()
        # Fixed row heights: Qt then never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        horizontal = table.horizontalHeader()
        horizontal.setResizeContentsPrecision(COLUMN_SAMPLE)
        horizontal.setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.copy_button.clicked.connect(self.copy_selection)
        self.export_button.clicked.connect(self._ask_export)
        self.table.activated.connect(self._on_activated)
        self.table.sig_copy.connect(self.copy_selection)

    # --- public API ------------------------------------------------------------------------

    def set_rows(
        self, rows: Iterable[dict[str, Any]], columns: Sequence[str] | None = None
    ) -> None:
        """Show `rows` (kept as-is); the filter text stays and applies to the new rows."""
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_rows(rows, columns)
        self.proxy.set_filter_text(self.filter_edit.text())
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.resizeSection(col, min(header.sectionSize(col), MAX_COLUMN_WIDTH))
        # A stretched number column would push its figures far from their title.
        last = self.model.columnCount() - 1
        header.setStretchLastSection(last >= 0 and not self.model.numeric_column(last))
        self._update_count()

    def apply_filter(self) -> None:
        """Filter now (typing waits for a pause before filtering)."""
        self._filter_timer.stop()
        self.proxy.set_filter_text(self.filter_edit.text())
        self._update_count()

    def visible_rows(self) -> list[dict[str, Any]]:
        """The rows as shown: filtered and sorted."""
        return [self._row_at(r) for r in range(self.proxy.rowCount())]

    def selected_rows(self) -> list[dict[str, Any]]:
        """The selected rows, top to bottom as shown."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        return [self._row_at(r) for r in rows]

    def selection_text(self) -> str:
        """The selected cells as tab-separated lines; whole rows get a header line first."""
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        lines = []
        if len(cols) == self.proxy.columnCount() and len(chosen) == len(rows) * len(cols):
            lines.append("\t".join(_one_line(c) for c in self.model.columns))
        for r in rows:
            row = self._row_at(r)
            cells = [
                cell_text(row.get(self.model.columns[c])) if (r, c) in chosen else "" for c in cols
            ]
            lines.append("\t".join(_one_line(c) for c in cells))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        text = self.selection_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def export_csv(self, path: str | Path) -> int:
        """Write the visible rows, in view order, as CSV Excel opens as UTF-8; returns the count."""
        rows = self.visible_rows()
        columns = self.model.columns
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([_csv_safe(row.get(c)) for c in columns])
        return len(rows)

    # --- internals -------------------------------------------------------------------------

    def _row_at(self, proxy_row: int) -> dict[str, Any]:
        return self.model.row(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), "results.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path)

    def _on_activated(self, index: QModelIndex) -> None:
        self.sig_row_activated.emit(self._row_at(index.row()))

    def _update_count(self) -> None:
        self.count_label.setText(count_text(self.proxy.rowCount(), self.model.rowCount()))


def _one_line(text: str) -> str:
    """Tabs and newlines inside a cell would break the pasted grid."""
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _csv_safe(value: Any) -> str:
    """Cell text for CSV; text that a spreadsheet would run as a formula is kept as text."""
    text = cell_text(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START) and not is_number(text):
        return "'" + text
    return text
