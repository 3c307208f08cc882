"""The print settings dialog offers its ways of printing in desk words."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QLabel

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.choice import VIA_CUPS, VIA_QT
from ocdesk.gui.labels.print_settings import PrintSettingsDialog

pytest_plugins = ("gui_fixtures",)

# Names of the machinery, not of a choice a desk worker makes.
MACHINERY = re.compile(r"\bQt\b|\bCUPS\b|PDF itself")


def test_the_ways_of_printing_are_plain_choices_with_the_machinery_in_tooltips(
    qtbot: Any, context: AppContext
) -> None:
    dialog = PrintSettingsDialog(context, "return")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.refresh_button.isEnabled, timeout=20_000)
    shown = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
             if w.isVisible()]  # fmt: skip
    assert not [text for text in shown if MACHINERY.search(text)], shown
    assert dialog.via_qt.text().startswith("Standard")
    assert dialog.via_cups.text().startswith("Direct")
    assert "CUPS" in dialog.via_cups.toolTip()  # IT's word, one hover away
    dialog.via_qt.setChecked(True)
    assert dialog.choice().via == VIA_QT
    if dialog.via_cups.isEnabled():
        dialog.via_cups.setChecked(True)
        assert dialog.choice().via == VIA_CUPS
