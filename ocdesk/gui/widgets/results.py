"""The results table every tab shows: OC rows as-is, filterable, sortable, copyable, exportable.

Built for 100,000 rows: one model over the caller's dicts (no widget per row, results_model),
a filter that judges and a sort that orders big tables off the GUI thread (results_filter,
results_sorting) and cells formatted only when painted. The names other modules use are all importable from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.widgets.results_cells import (
    COLUMN_SAMPLE,
    cell_text,
    discover_columns,
    display_text,
    is_number,
    one_line,
    sort_key,
)
from ocdesk.gui.widgets.results_filter import RowsFilter
from ocdesk.gui.widgets.results_model import ROW_ROLE, SORT_ROLE, RowsModel
from ocdesk.gui.widgets.results_widths import fit_columns
from ocdesk.gui.widgets.results_worker import run_in_background

__all__ = [
    "ROW_ROLE",
    "SORT_ROLE",
    "ResultsView",
    "RowsFilter",
    "RowsModel",
    "RowsTable",
    "cell_text",
    "count_text",
    "discover_columns",
    "display_text",
    "is_number",
    "sort_key",
]


def count_text(shown: int, total: int) -> str:
    """ "3 rows", or "1 of 3 rows shown" while a filter hides some."""
    noun = _tr("row") if total == 1 else _tr("rows")
    if shown == total:
        return _tr("{total} {noun}").format(total=f"{total:,}", noun=noun)
    return _tr("{shown} of {total} {noun} shown").format(
        shown=f"{shown:,}", total=f"{total:,}", noun=noun
    )


def filtering_text(total: int) -> str:
    """What the count says while a big table is being filtered in the background."""
    return _tr("Filtering {total} rows…").format(total=f"{total:,}")


def sorting_text(total: int) -> str:
    """What the count says while a big table is being sorted in the background."""
    return _tr("Sorting {total} rows…").format(total=f"{total:,}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsView", text)


class Export:
    """Rows written to a file, off the GUI thread when big: the count written, or why not."""

    def __init__(self, path: Path, columns: Sequence[str], rows: list[dict[str, Any]]) -> None:
        self.path, self.columns, self.rows = path, list(columns), rows
        self.count = 0
        self.error: OSError | None = None

    def run(self, pause_s: float = 0.0) -> Export:
        # Imported here: the file writers (CSV, Excel, text encodings) wait for the first
        # export, not for the first rows.
        from ocdesk.jobs.tables import write_table

        cells = ([_export_value(row.get(c)) for c in self.columns] for row in self.rows)
        try:
            self.count = write_table(self.path, self.columns, cells)
        except OSError as exc:
            self.error = exc
        return self


def _export_value(value: Any) -> Any:
    """A number as the number; anything else as the text copied from its cell."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return cell_text(value)


class RowsTable(QTableView):
    """A table view whose Copy key copies the whole selection, not just the current cell.

    `sig_menu(point)` asks for the rows' menu at a screen point: on a right-click (the row
    under the mouse is selected first), the menu key or Shift+F10 (under the current row).
    """

    sig_copy = Signal()
    sig_menu = Signal(QPoint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.sig_copy.emit()
            event.accept()
            return
        shift = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_F10 and shift:
            self.sig_menu.emit(self._current_row_point())
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() is QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid() and not self.selectionModel().isRowSelected(index.row()):
                self.selectRow(index.row())
            self.sig_menu.emit(event.globalPos())
        else:
            self.sig_menu.emit(self._current_row_point())
        event.accept()

    def _current_row_point(self) -> QPoint:
        rect = self.visualRect(self.currentIndex())
        if not rect.isValid():
            return self.mapToGlobal(self.rect().center())
        return self.viewport().mapToGlobal(rect.bottomLeft())


class ResultsView(QWidget):
    """Filter box, table, row count, Copy and Export (Excel or CSV) over a RowsModel.

    `sig_row_activated(row)` fires on double-click or Enter with the row's dict;
    `sig_rows_menu(rows, point)` on a right-click, the menu key or Shift+F10 over selected rows,
    for the owner to offer its actions on them at `point` (screen coordinates). `rows_from` is
    when the rows shown arrived (None while there are none), so a failure shown above them can
    say how old they are. `sig_exported(path, count)` fires once Export has written its file.
    """

    sig_row_activated = Signal(object)
    sig_rows_menu = Signal(object, QPoint)
    sig_exported = Signal(str, int)  # (path, rows written)

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
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(
            self.tr("Save the rows shown as an Excel workbook or a CSV file; its columns keep "
                    "OC's field names")
        )
        self.table = self._make_table()
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)  # filter once typing pauses, not on every key
        self.rows_from: datetime | None = None
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
        horizontal.setResizeContentsPrecision(COLUMN_SAMPLE)  # a double-click on a divider
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
        self.proxy.sig_filtering.connect(self._update_count)
        self.proxy.sig_filter_applied.connect(self._update_count)
        self.model.sig_sorting.connect(self._update_count)
        self.model.sig_sorted.connect(self._update_count)
        self.copy_button.clicked.connect(self.copy_selection)
        self.export_button.clicked.connect(self._ask_export)
        self.table.activated.connect(self._on_activated)
        self.table.sig_copy.connect(self.copy_selection)
        self.table.sig_menu.connect(self._ask_menu)

    # --- public API ------------------------------------------------------------------------

    def set_rows(
        self, rows: Iterable[dict[str, Any]], columns: Sequence[str] | None = None
    ) -> None:
        """Show `rows` (kept as-is); the filter text stays and applies to the new rows."""
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_rows(rows, columns)
        self.rows_from = datetime.now().astimezone() if self.model.rowCount() else None
        self.proxy.set_filter_text(self.filter_edit.text())
        sample = min(self.proxy.rowCount(), COLUMN_SAMPLE)  # the rows on top, as Qt samples
        fit_columns(self.table, self.model.columns, (self._row_at(r) for r in range(sample)))
        # A stretched number column would push its figures far from their title.
        last = self.model.columnCount() - 1
        header = self.table.horizontalHeader()
        header.setStretchLastSection(last >= 0 and not self.model.numeric_column(last))
        self._update_count()

    def apply_filter(self) -> None:
        """Filter now (typing waits for a pause before filtering).

        A big table is judged in the background: `proxy.sig_filter_applied` says when the rows
        shown match, and meanwhile the count says "Filtering…".
        """
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
            lines.append("\t".join(one_line(c) for c in self.model.columns))
        for r in rows:
            row = self._row_at(r)
            cells = [
                cell_text(row.get(self.model.columns[c])) if (r, c) in chosen else "" for c in cols
            ]
            lines.append("\t".join(one_line(c) for c in cells))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        text = self.selection_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def export_rows(self, path: str | Path) -> int:
        """Write the visible rows, in view order, as .xlsx or CSV (UTF-8 with BOM, which Excel
        opens right) by the suffix; returns the count. Numbers stay numbers."""
        export = Export(Path(path), self.model.columns, self.visible_rows())
        export.run()
        if export.error is not None:
            raise export.error
        return export.count

    def export_in_background(self, path: Path) -> None:
        """Export as the Export button does: the file is written on a worker thread (a big
        workbook takes seconds), then the count says where the rows went, or a box why not."""
        self.export_button.setEnabled(False)
        run_in_background(self, Export(path, self.model.columns, self.visible_rows()), "export")

    def take_finished(self, export: Export) -> None:
        """An export ended (on the GUI thread)."""
        self.export_button.setEnabled(True)
        if export.error is not None:
            QMessageBox.warning(self, self.tr("Export"), self.tr(
                "The rows could not be saved to {path}: {reason}").format(
                    path=export.path, reason=export.error.strerror or export.error))  # fmt: skip
            return
        self.count_label.setText(self.tr("{n} rows saved to {name}").format(
            n=f"{export.count:,}", name=export.path.name))  # fmt: skip
        self.sig_exported.emit(str(export.path), export.count)

    # --- internals -------------------------------------------------------------------------

    def _row_at(self, proxy_row: int) -> dict[str, Any]:
        return self.model.row(self.proxy.source_row(proxy_row))

    def _ask_export(self) -> None:
        from ocdesk.gui.widgets.table_files import ask_save_table  # Qt's file dialog: when asked

        path = ask_save_table(self, self.tr("Export the rows"), "results.xlsx")
        if path is not None:
            self.export_in_background(path)

    def _ask_menu(self, point: QPoint) -> None:
        rows = self.selected_rows()
        if rows:
            self.sig_rows_menu.emit(rows, point)

    def _on_activated(self, index: QModelIndex) -> None:
        self.sig_row_activated.emit(self._row_at(index.row()))

    def _update_count(self) -> None:
        total = self.model.rowCount()
        if self.model.sorting:
            self.count_label.setText(sorting_text(total))
        elif self.proxy.filtering:
            self.count_label.setText(filtering_text(total))
        else:
            self.count_label.setText(count_text(self.proxy.rowCount(), total))
