"""RowsFilter: the rows holding every typed word, judged off the GUI thread for big tables.

A QSortFilterProxyModel asks Python about each row, one call per row, and adds or removes
shown rows range by range: on 100,000 rows that alone froze the window for 0.2-0.8 s. Here the
rows shown are a plain list of source rows, the judging runs on a worker thread over the row
dicts (see results_search), and a finished judging is applied in one layout change.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from ocdesk.gui.widgets.results_model import RowsModel
from ocdesk.gui.widgets.results_search import Judging, SearchTexts, filter_words
from ocdesk.gui.widgets.results_worker import SYNC_LIMIT, courier, run_in_background

Index = QModelIndex | QPersistentModelIndex


class RowsFilter(QAbstractTableModel):
    """The rows of a RowsModel holding every typed word in some column (case-insensitive).

    Shown rows keep the model's order; sorting is handed to the model. `sig_filtering` fires
    when a big table's judging starts in the background, `sig_filter_applied` whenever the rows
    shown match the filter text again. A newer filter text or new rows drop an older judging.
    """

    sig_filtering = Signal()
    sig_filter_applied = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: RowsModel | None = None
        self._words: list[str] = []
        self._accepted: set[int] | None = None  # identities of the rows shown; None: all
        self._shown: list[int] = []  # source rows shown, in the source's order
        self._texts: SearchTexts | None = None  # kept while the model's rows stay the same
        self._judging: Judging | None = None
        self._saved: list[tuple[QModelIndex, dict[str, Any]]] = []
        courier()  # made here, on the GUI thread, before any worker needs it

    def setSourceModel(self, model: RowsModel) -> None:
        """Filter `model` from now on (Qt's name, as for any proxy)."""
        self.beginResetModel()
        if self._source is not None:
            self._unlink(self._source)
        self._source = model
        model.modelAboutToBeReset.connect(self._source_resetting)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._begin_layout)
        model.layoutChanged.connect(self._end_layout)
        self._restart_for_new_rows()
        self.endResetModel()
        self._announce_filtering()

    def set_filter_text(self, text: str) -> None:
        """Show the rows holding every word of `text`; big tables are judged in the background."""
        words = filter_words(text)
        if words == self._words:
            return
        self._words = words
        self._drop_judging()
        if not words:
            self._apply(None)
        elif self._total() < SYNC_LIMIT:
            self._apply(self._new_judging().run())
        else:
            self._start(self._new_judging())
            self._announce_filtering()

    @property
    def filtering(self) -> bool:
        """True while a judging runs in the background; the rows shown are then older."""
        return self._judging is not None

    def source_row(self, row: int) -> int:
        """The model's row shown at `row`."""
        return self._shown[row]

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._source is None:
            return None
        if role not in self._source.answered_roles:  # most of what sizing a column asks
            return None
        return self._source.data(self._source.index(self._shown[index.row()], index.column()), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """The model's titles; row numbers stay the model's, as with Qt's own proxies."""
        if self._source is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            section = self._shown[section]
        return self._source.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)

    # --- judging ---------------------------------------------------------------------------

    def _total(self) -> int:
        return 0 if self._source is None else self._source.rowCount()

    def _new_judging(self) -> Judging:
        if self._texts is None:
            source = self._source
            rows, columns = ([], []) if source is None else (source.rows(), source.columns)
            self._texts = SearchTexts(rows, columns)
        return Judging(self._texts, self._words)

    def _start(self, judging: Judging) -> None:
        self._judging = judging
        run_in_background(self, judging, "results-filter")

    def take_finished(self, judging: Judging) -> None:
        """A background judging ended; applied unless a newer text or new rows replaced it."""
        if judging is not self._judging:
            return
        self._judging = None
        self._apply(judging.accepted)

    def _drop_judging(self) -> None:
        if self._judging is not None:
            self._judging.cancel()
            self._judging = None

    def _restart_for_new_rows(self) -> None:
        """New rows: the old texts and judging are stale; judge the filter text anew."""
        self._drop_judging()
        self._texts = None
        if not self._words:
            self._accepted = None
        elif self._total() < SYNC_LIMIT:
            self._accepted = self._new_judging().run()
        else:
            # Nothing shown until judged: unfiltered rows flashing by would mislead.
            self._accepted = set()
            self._start(self._new_judging())
        self._rebuild()

    # --- keeping the shown rows and the views in step ---------------------------------------

    def _apply(self, accepted: set[int] | None) -> None:
        self._begin_layout()
        self._accepted = accepted
        self._end_layout()
        self.sig_filter_applied.emit()

    def _rebuild(self) -> None:
        rows = [] if self._source is None else self._source.rows()
        accepted = self._accepted
        if accepted is None:
            self._shown = list(range(len(rows)))
        else:  # map and compress run in C: on 100,000 rows a Python loop held the GUI thread
            kept = map(accepted.__contains__, map(id, rows))
            self._shown = list(itertools.compress(range(len(rows)), kept))

    def _row_at(self, row: int) -> dict[str, Any]:
        assert self._source is not None  # rows are shown only with a model
        return self._source.row(self._shown[row])

    @Slot()
    def _begin_layout(self) -> None:
        """Remember which row each kept index (selection, current cell) points at."""
        self.layoutAboutToBeChanged.emit()
        self._saved = [(index, self._row_at(index.row())) for index in self.persistentIndexList()]

    @Slot()
    def _end_layout(self) -> None:
        """Show the rows anew and move each kept index to its row, wherever it went."""
        self._rebuild()
        saved, self._saved = self._saved, []
        if saved:
            rows = [] if self._source is None else self._source.rows()
            identities = list(map(id, rows))  # in C; a few look-ups in it follow
            old = [index for index, _ in saved]
            new = [self._moved(index, self._shown_at(identities, row)) for index, row in saved]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _shown_at(self, identities: list[int], row: dict[str, Any]) -> int | None:
        """Where `row` is shown now, or None if it is not (`identities`: the model's rows')."""
        try:
            source = identities.index(id(row))
        except ValueError:
            return None
        shown = bisect.bisect_left(self._shown, source)  # shown rows keep the model's order
        return shown if shown < len(self._shown) and self._shown[shown] == source else None

    def _moved(self, index: QModelIndex, row: int | None) -> QModelIndex:
        return QModelIndex() if row is None else self.index(row, index.column())

    @Slot()
    def _source_resetting(self) -> None:
        self.beginResetModel()

    @Slot()
    def _source_reset(self) -> None:
        self._restart_for_new_rows()
        self.endResetModel()
        self._announce_filtering()

    def _announce_filtering(self) -> None:
        if self.filtering:
            self.sig_filtering.emit()

    def _unlink(self, model: RowsModel) -> None:
        model.modelAboutToBeReset.disconnect(self._source_resetting)
        model.modelReset.disconnect(self._source_reset)
        model.layoutAboutToBeChanged.disconnect(self._begin_layout)
        model.layoutChanged.disconnect(self._end_layout)
