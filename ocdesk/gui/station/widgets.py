"""The station's feedback: a big coloured banner, the strip of recent scans, and the sounds."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.words import short_time

HISTORY_SIZE = 10
FAILURE_BEEP_GAP_MS = 180


class Tone(StrEnum):
    """How a scan ended, as the banner and the history strip colour it."""

    WORKING = "working"
    OK = "ok"
    INFO = "info"  # an order's status: nothing printed, nothing wrong
    WARN = "warn"  # ignored double scan, or waiting for a reprint answer
    FAIL = "fail"


# Background, text colour; readable from across a packing table.
_COLOURS: dict[Tone, tuple[str, str]] = {
    Tone.WORKING: ("#e0e0e0", "#202020"),
    Tone.OK: ("#1b7f2a", "#ffffff"),
    Tone.INFO: ("#1d4f91", "#ffffff"),
    Tone.WARN: ("#f2b705", "#202020"),
    Tone.FAIL: ("#c62828", "#ffffff"),
}
# The strip's text colours: the banner's, darkened where pale on white.
_INK = {Tone.WORKING: "#555555", Tone.OK: "#1b7f2a", Tone.INFO: "#1d4f91", Tone.WARN: "#8a6400",
        Tone.FAIL: "#c62828"}  # fmt: skip
_MARKS = {Tone.WORKING: "…", Tone.OK: "✔", Tone.INFO: "ℹ", Tone.WARN: "!", Tone.FAIL: "✖"}


def play(tone: Tone) -> None:
    """One beep when done, two when nothing printed: told apart without looking up.

    The system bell, because QtMultimedia is not part of PySide6-Essentials.
    """
    if tone is Tone.WORKING:
        return
    QApplication.beep()
    if tone in (Tone.WARN, Tone.FAIL):
        QTimer.singleShot(FAILURE_BEEP_GAP_MS, QApplication.beep)


class Banner(QFrame):
    """The big answer: a headline (the number) and a line or two saying what happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationBanner")
        self.tone = Tone.WORKING
        self.headline = QLabel(self)
        self.detail = QLabel(self)
        for label, size in ((self.headline, 30), (self.detail, 20)):
            font = QFont(label.font())
            font.setPointSize(size)
            font.setBold(label is self.headline)
            label.setFont(font)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        self.setMinimumHeight(220)

    def show_state(self, tone: Tone, headline: str, detail: str = "") -> None:
        self.tone = tone
        background, text = _COLOURS[tone]
        self.setStyleSheet(
            f"#stationBanner {{ background: {background}; border-radius: 10px; }}"
            f"#stationBanner QLabel {{ color: {text}; background: transparent; }}"
        )
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


@dataclass(frozen=True)
class ScanEntry:
    """One line of the history strip."""

    at: QTime
    number: str
    tone: Tone
    outcome: str


class HistoryStrip(QListWidget):
    """The last scans, newest on top, each with its outcome; a scan still running is updated
    in place when it ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan box keeps the keyboard
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        font = QFont(self.font())
        font.setPointSize(13)
        self.setFont(font)
        self.setAlternatingRowColors(True)

    def add(self, entry: ScanEntry) -> QListWidgetItem:
        item = QListWidgetItem()
        self.insertItem(0, item)
        self.update_entry(item, entry)
        while self.count() > HISTORY_SIZE:
            self.takeItem(self.count() - 1)
        return item

    def update_entry(self, item: QListWidgetItem, entry: ScanEntry) -> None:
        if self.row(item) < 0:
            return  # scrolled off the strip while it was running
        when = short_time(entry.at)
        item.setText(f"{_MARKS[entry.tone]}  {when}   {entry.number}   {entry.outcome}")
        item.setForeground(QColor(_INK[entry.tone]))
        item.setData(Qt.ItemDataRole.UserRole, entry)

    def entries(self) -> list[ScanEntry]:
        """Newest first."""
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]
