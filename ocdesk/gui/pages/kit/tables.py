"""Results tables of the desk pages: friendly column names and tinted rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ocdesk.api import lenient
from ocdesk.gui.statuses import status_colour
from ocdesk.gui.widgets.results import ResultsView, RowsModel

# (row, column name) -> background colour of that cell, or None for the normal look.
Tint = Callable[[dict[str, Any], str], QColor | None]


class TintedRowsModel(RowsModel):
    """RowsModel whose cells may carry a background colour (old stock, refunds)."""

    answered_roles = RowsModel.answered_roles | {int(Qt.ItemDataRole.BackgroundRole)}

    def __init__(self, tint: Tint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tint = tint

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            colour = self._tint(self.row(index.row()), self.columns[index.column()])
            return QBrush(colour) if colour is not None else None
        return super().data(index, role)


def results_view(parent: QWidget, tint: Tint | None = None) -> ResultsView:
    """A ResultsView, with `tint` colouring its cells when given."""
    view = ResultsView(parent)
    if tint is not None:
        view.model = TintedRowsModel(tint, view)
        view.proxy.setSourceModel(view.model)
    return view


def relabel(
    rows: Iterable[dict[str, Any]], labels: Sequence[tuple[str, str]]
) -> list[dict[str, Any]]:
    """Rows keyed by the desk's column titles: `labels` is (OC's key, title), in column order."""
    return [{title: lenient.get(row, key) for key, title in labels} for row in rows]


class StatusDelegate(QStyledItemDelegate):
    """Paints a status cell as a coloured pill (the lookup card's colours), seen before read."""

    extra_width = 22  # the pill's rounded ends around the text (ResultsView adds it too)

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.extra_width, size.height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = str(index.data() or "")
        if not text:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 18, option.rect.width() - 4)
        pill = QRectF(option.rect.x() + 2, option.rect.y() + 2, width, option.rect.height() - 4)
        painter.setBrush(QColor(status_colour(text)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
