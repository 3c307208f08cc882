"""LineChart: points placed on dated axes, hover shows the value, empty state, many points."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from ocdesk.gui.widgets.line_chart import LineChart, nice_step, value_range

START = datetime(2025, 1, 1, tzinfo=UTC)


def chart(qtbot: Any, points: list[tuple[datetime, float]]) -> LineChart:
    widget = LineChart()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.set_points(points)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_points_are_placed_by_time_and_quantity(qtbot: Any) -> None:
    points = [(START + timedelta(days=2), 50.0), (START, 100.0), (START + timedelta(days=4), 0.0)]
    widget = chart(qtbot, points)
    first, middle, last = widget.mapped_points()  # sorted by time
    rect = widget.plot_rect()
    assert first.x() == rect.left() and last.x() == rect.right()
    assert middle.x() == (rect.left() + rect.right()) / 2
    assert last.y() == rect.bottom()  # zero sits on the time axis
    assert first.y() < middle.y() < last.y()  # more units, higher up


def test_hover_shows_the_value_of_the_nearest_point(qtbot: Any) -> None:
    widget = chart(qtbot, [(START, 100.0), (START + timedelta(days=10), 40.0)])
    first, last = widget.mapped_points()
    assert widget.index_at(last.x() - 3) == 1
    assert widget.index_at(first.x() + 3) == 0
    assert widget.index_at((first.x() + last.x()) / 2) is None  # far from both
    assert widget.hover_text(1).endswith(": 40 units")
    QTest.mouseMove(widget, last.toPoint() - QPointF(2, 0).toPoint())
    assert widget.hovered == 1


def test_empty_chart_says_so(qtbot: Any) -> None:
    widget = chart(qtbot, [])
    widget.set_empty_text("Nothing moved.")
    image: QImage = widget.grab().toImage()
    blue = QColor("#2563eb").rgb()
    assert all(image.pixel(x, 150) != blue for x in range(0, 600, 5))
    assert widget.index_at(300) is None and widget.mapped_points() == []


def test_thousands_of_points_draw_as_one_line(qtbot: Any) -> None:
    points = [(START + timedelta(hours=i), float(i % 500)) for i in range(5000)]
    widget = chart(qtbot, points)
    image = widget.grab().toImage()
    drawn = sum(
        1
        for x in range(widget.width())
        for y in range(0, widget.height(), 3)
        if QColor(image.pixel(x, y)).blue() > 200 and QColor(image.pixel(x, y)).red() < 80
    )
    assert drawn > 100
    assert len(widget.mapped_points()) == 5000


def test_axis_steps_are_round_numbers() -> None:
    assert nice_step(1000) == 200
    assert nice_step(7) == 2
    assert value_range([3, 480]) == (0, 500, 100)
    assert value_range([-30, 20])[0] < 0
