"""The results table on screen, empty, as a tab shows it before its first answer."""

from __future__ import annotations

import pytest

from ocdesk.gui.widgets.results import ResultsView


@pytest.fixture
def view(qtbot) -> ResultsView:
    widget = ResultsView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
