"""The frame the Help windows share: a title, what they show, and Close."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    """What `set_body` puts in, above a Close button; left open beside the console."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(buttons)

    def set_body(self, title: str, body: QWidget) -> None:
        self.setWindowTitle(title)
        self._layout.insertWidget(0, body)
