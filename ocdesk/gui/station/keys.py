"""The station's keys, listed once: the station binds them from here and Help lists them.

Window-wide keys work wherever the focus is; the others are typed into the scan box, where the
station takes them before the box does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from ocdesk.gui.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class StationKey:
    """Keys, what they do (translated in context "Shortcuts"), and the station's action name."""

    keys: tuple[Qt.Key, ...]
    does: str
    action: str
    window_wide: bool = False

    def names(self) -> str:
        """The keys as Qt names them: "PgUp / PgDown"."""
        return " / ".join(
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in self.keys
        )

    def words(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.does)


STATION_KEYS: tuple[StationKey, ...] = (
    StationKey((Qt.Key.Key_F1,), QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the station's help"),
               "help", window_wide=True),  # fmt: skip
    StationKey((Qt.Key.Key_F2,),
               QT_TRANSLATE_NOOP("Shortcuts", "Choose the printer for each label type, or print "
                                              "a test page"),
               "printers", window_wide=True),  # fmt: skip
    StationKey((Qt.Key.Key_PageUp, Qt.Key.Key_PageDown),
               QT_TRANSLATE_NOOP("Shortcuts", "More or fewer SKU labels per scan"), "quantity"),  # fmt: skip
    StationKey((Qt.Key.Key_Y, Qt.Key.Key_N),
               QT_TRANSLATE_NOOP("Shortcuts", "Reprint a label printed before, or skip it"),
               "reprint"),  # fmt: skip
    StationKey((Qt.Key.Key_Escape,), QT_TRANSLATE_NOOP("Shortcuts", "Clear the scan box"), "clear"),
)
