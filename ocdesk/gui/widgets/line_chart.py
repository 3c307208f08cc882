"""LineChart: quantity over time drawn with QPainter (dated axes, hover value, empty state).

QtCharts is not part of the Qt we ship, and a stock line needs little: one step line (stock
stays at a level until the next movement), axes a desk user can read, and the exact value
under the mouse. The mapped polygon is cached, so a few thousand points repaint smoothly.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ocdesk.gui.words import short_date, short_datetime

Point = tuple[datetime, float]

LINE_COLOR = QColor("#2563eb")
GRID_COLOR = QColor("#e5e7eb")
AXIS_COLOR = QColor("#6b7280")
MARGIN_TOP = 12
MARGIN_RIGHT = 16
TICK_TARGET = 5  # about this many labelled ticks per axis
HOVER_REACH_PX = 40  # the mouse this close (horizontally) to a point shows its value


def nice_step(span: float, target: int = TICK_TARGET) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about `target` ticks over `span`."""
    if span <= 0:
        return 1.0
    raw = span / target
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(1.0, factor * power)
    return max(1.0, 10 * power)


def value_range(values: Sequence[float]) -> tuple[float, float, float]:
    """(low, high, step) of the y axis: from 0 (or below, for negatives) up to a round top."""
    low, high = min(0.0, min(values)), max(0.0, max(values))
    if high == low:
        high = low + 1
    step = nice_step(high - low)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def time_range(times: Sequence[datetime]) -> tuple[datetime, datetime]:
    """The x axis span; a single point gets a day either side so it is not at the edge."""
    first, last = min(times), max(times)
    if first == last:
        return first - timedelta(days=1), last + timedelta(days=1)
    return first, last


class LineChart(QWidget):
    """One series of (time, quantity) points as a step line, with hover tooltips.

    `set_points([])` shows `empty_text` instead of axes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(180)
        self.empty_text = self.tr("No data to draw.")
        self.unit = self.tr("units")
        self._points: list[Point] = []
        self._polygon = QPolygonF()
        self._xs: list[float] = []  # pixel x of each point, ascending, for hover lookup
        self._hover: int | None = None

    # --- public API ------------------------------------------------------------------------

    def set_points(self, points: Sequence[Point]) -> None:
        """Draw `points` (sorted by time here); an empty list shows the empty text."""
        self._points = sorted(points, key=lambda p: p[0])
        self._hover = None
        self._layout_points()
        self.update()

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.update()

    @property
    def points(self) -> list[Point]:
        return list(self._points)

    def mapped_points(self) -> list[QPointF]:
        """Where each point sits on the widget (for tests and hover)."""
        if not self._points:
            return []
        place = self._mapper()
        return [place(when, value) for when, value in self._points]

    def index_at(self, x: float) -> int | None:
        """The point nearest to pixel column `x`, if one is within reach."""
        if not self._xs:
            return None
        pos = bisect.bisect_left(self._xs, x)
        near = [i for i in (pos - 1, pos) if 0 <= i < len(self._xs)]
        best = min(near, key=lambda i: abs(self._xs[i] - x))
        return best if abs(self._xs[best] - x) <= HOVER_REACH_PX else None

    def hover_text(self, index: int) -> str:
        """'3 Jan 2025 19:48: 100 units' in the desk's locale."""
        when, value = self._points[index]
        locale = QLocale()
        stamp = short_datetime(QDateTime(when), locale)
        return self.tr("{when}: {value} {unit}").format(
            when=stamp, value=locale.toString(float(value), "f", 0), unit=self.unit
        )

    def sizeHint(self) -> QSize:
        return QSize(600, 240)

    # --- geometry --------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        """The area inside the axes, leaving room for the labels."""
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance("0000000") + 8
        bottom = metrics.height() + 10
        return QRectF(
            left,
            MARGIN_TOP,
            max(1, self.width() - left - MARGIN_RIGHT),
            max(1, self.height() - MARGIN_TOP - bottom),
        )

    def _ranges(self) -> tuple[tuple[datetime, datetime], tuple[float, float, float]]:
        return (
            time_range([p[0] for p in self._points]),
            value_range([p[1] for p in self._points]),
        )

    def _mapper(self) -> Callable[[datetime, float], QPointF]:
        """A function placing (time, value) on the widget; ranges are worked out once."""
        rect = self.plot_rect()
        (first, last), (low, high, _) = self._ranges()
        seconds = (last - first).total_seconds()

        def place(when: datetime, value: float) -> QPointF:
            x_share = (when - first).total_seconds() / seconds
            y_share = (value - low) / (high - low)
            return QPointF(
                rect.left() + x_share * rect.width(), rect.bottom() - y_share * rect.height()
            )

        return place

    def _layout_points(self) -> None:
        """Map every point once per size change; painting then only draws the cache."""
        mapped = self.mapped_points()
        self._xs = [p.x() for p in mapped]
        steps = QPolygonF()
        for i, point in enumerate(mapped):
            if i:  # hold the previous level until this movement: a step, not a slope
                steps.append(QPointF(point.x(), mapped[i - 1].y()))
            steps.append(point)
        self._polygon = steps

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_points()
        super().resizeEvent(event)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if not self._points:
            painter.setPen(AXIS_COLOR)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_value_axis(painter)
        self._paint_time_axis(painter)
        painter.setPen(QPen(LINE_COLOR, 2))
        painter.drawPolyline(self._polygon)
        if self._hover is not None:
            self._paint_hover(painter, self._mapper()(*self._points[self._hover]))

    def _paint_value_axis(self, painter: QPainter) -> None:
        rect = self.plot_rect()
        _, (low, high, step) = self._ranges()
        locale = QLocale()
        metrics = painter.fontMetrics()
        ticks = int(round((high - low) / step))
        for i in range(ticks + 1):
            value = low + i * step
            y = rect.bottom() - (value - low) / (high - low) * rect.height()
            painter.setPen(GRID_COLOR)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(AXIS_COLOR)
            text = locale.toString(float(value), "f", 0)
            box = QRectF(0, y - metrics.height() / 2, rect.left() - 6, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_time_axis(self, painter: QPainter) -> None:
        rect = self.plot_rect()
        (first, last), _ = self._ranges()
        locale = QLocale()
        metrics = painter.fontMetrics()
        span = last - first
        for i in range(TICK_TARGET + 1):
            when = first + span * i / TICK_TARGET
            x = rect.left() + rect.width() * i / TICK_TARGET
            painter.setPen(AXIS_COLOR)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + 4))
            text = short_date(QDateTime(when).date(), locale)
            width = metrics.horizontalAdvance(text)
            left = min(max(0.0, x - width / 2), self.width() - width - 2)
            painter.drawText(QPointF(left, rect.bottom() + 6 + metrics.ascent()), text)

    def _paint_hover(self, painter: QPainter, point: QPointF) -> None:
        rect = self.plot_rect()
        painter.setPen(QPen(AXIS_COLOR, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(point.x(), rect.top()), QPointF(point.x(), rect.bottom()))
        painter.setPen(QPen(LINE_COLOR, 2))
        painter.setBrush(self.palette().base())
        painter.drawEllipse(point, 4, 4)

    # --- hover -----------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().x())
        if index != self._hover:
            self._hover = index
            self.update()
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.hover_text(index), self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        QToolTip.hideText()
        self.update()
        super().leaveEvent(event)  # type: ignore[arg-type]

    @property
    def hovered(self) -> int | None:
        """The index of the point under the mouse, if any."""
        return self._hover
