"""Where the main window opens: the size it had last time if that still fits the screen, else
(nearly) the whole screen, so a desk on 1280x720 never starts with the status bar off-screen.

The window is placed before it shows, so this module leaves Qt's namespace of enums (`Qt`) alone:
PySide builds all of its ~100 Python enums on first use, some 20 ms the window would wait for.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ocdesk.store.profiles import ProfileStore

PLACEMENT_PREF = "window.geometry"
# Un-maximized on first start, the window keeps this share of the screen on each side.
FIRST_START_MARGIN = 0.02


def first_start_rect(available: QRect) -> QRect:
    """The normal (un-maximized) geometry for a first start: the screen, a small margin round."""
    dx = int(available.width() * FIRST_START_MARGIN)
    dy = int(available.height() * FIRST_START_MARGIN)
    return available.adjusted(dx, dy, -dx, -dy)


def saved_rect(value: Any) -> tuple[QRect, bool] | None:
    """The geometry and maximized state kept by `save_placement`; None for anything else (such
    as the byte blob earlier versions kept under the same name)."""
    if not isinstance(value, dict):
        return None
    try:
        rect = QRect(int(value["x"]), int(value["y"]), int(value["width"]), int(value["height"]))
    except (KeyError, TypeError, ValueError):
        return None
    return rect, bool(value.get("maximized", False))


def fits_a_screen(rect: QRect) -> bool:
    """True when `rect` lies wholly inside the usable area of one of today's screens."""
    return any(screen.availableGeometry().contains(rect) for screen in QGuiApplication.screens())


def place_window(window: QWidget, profiles: ProfileStore) -> bool:
    """Before the first show: last time's geometry if it fits a screen today, else the screen
    with a small margin round it. True when the window is to open maximized (a first start,
    or it was left so): its caller then shows it with `showMaximized()`."""
    saved = saved_rect(profiles.get_pref(PLACEMENT_PREF))
    if saved is not None and fits_a_screen(saved[0]):
        rect, maximized = saved
        window.setGeometry(rect)
    else:
        screen = window.screen() or QGuiApplication.primaryScreen()
        window.setGeometry(first_start_rect(screen.availableGeometry()))
        maximized = True
    return maximized


def save_placement(window: QWidget, profiles: ProfileStore) -> None:
    """Keep the normal geometry and whether the window was maximized, for the next start."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    profiles.set_pref(PLACEMENT_PREF, {
        "x": rect.x(), "y": rect.y(), "width": rect.width(), "height": rect.height(),
        "maximized": window.isMaximized(),
    })  # fmt: skip
