"""A widget in a frameless scroll area, for screens too small for what it holds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FittingScrollArea(QScrollArea):
    """Asks for the room its widget needs today: QScrollArea keeps the first size it saw,
    which for a card filled later is the empty card's, and its parent's layout never hears
    that the widget inside has grown."""

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return widget.sizeHint() + QSize(frame, frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


def scrolled(widget: QWidget, parent: QWidget | None = None) -> FittingScrollArea:
    """`widget` in a frameless scroll area that fills it out when there is room: a tall form
    scrolls on a small screen instead of making the window taller than the screen."""
    area = FittingScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
