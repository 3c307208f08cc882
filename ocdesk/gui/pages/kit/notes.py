"""The note a page shows under its controls: what was found, what went through.

Apart from the forms (kit.forms), which bring the region and service lists and the line
tables: a page that only finds and shows, like Find orders, the tab the console opens on,
starts without them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

INFO_STYLE = "QLabel { background: #e8f0fe; border: 1px solid #4a72c4; border-radius: 4px;" \
    " padding: 6px; }"  # fmt: skip
OK_STYLE = "QLabel { background: #e6f4ea; border: 1px solid #2e7d32; border-radius: 4px;" \
    " padding: 6px; }"  # fmt: skip


def info_label(parent: QWidget, style: str = INFO_STYLE) -> QLabel:
    """A selectable note, hidden while it has nothing to say (see `say`)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
