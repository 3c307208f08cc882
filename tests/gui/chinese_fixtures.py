"""The `chinese` fixture: the app speaks Simplified Chinese for one test, then what it spoke before.

A test module using it says `pytest_plugins = ("chinese_fixtures",)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from ocdesk.gui.language import install_translations, ui_locale


@pytest.fixture
def chinese(qapp: Any) -> Iterator[list[str]]:
    """The catalogues loaded for zh_CN (ocdesk's, Qt's own)."""
    before = QLocale()
    yield install_translations(qapp, ui_locale("zh_CN"))
    install_translations(qapp, before)
