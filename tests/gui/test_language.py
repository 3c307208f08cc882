"""The window's language: the system's by default, 中文 or English chosen in View > Language,
applied at the next start; dates and counts follow the chosen language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow, QMenu

from ocdesk.gui.app import open_console, open_stores
from ocdesk.gui.context import AppContext
from ocdesk.gui.language import (
    CHINESE,
    ENGLISH,
    LANGUAGE_PREF,
    SYSTEM,
    LanguageMenu,
    chosen_language,
    install_translations,
    ui_locale,
)
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.words import count_text, short_date
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.store.paths import AppPaths, app_paths
from ocdesk.store.profiles import ProfileStore


@pytest.fixture
def paths() -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def restore_language(qapp: Any) -> Iterator[None]:
    before = QLocale()
    yield
    install_translations(qapp, before)


def test_the_system_language_is_used_until_one_is_chosen(paths: AppPaths) -> None:
    profiles = ProfileStore(paths.settings_file)
    assert chosen_language(profiles) == SYSTEM
    profiles.set_pref(LANGUAGE_PREF, "klingon")  # a hand-edited settings file
    assert chosen_language(profiles) == SYSTEM
    system = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert ui_locale(SYSTEM, system) == system
    assert ui_locale(CHINESE, system).name() == "zh_CN"
    assert ui_locale(ENGLISH, system).name() == "en_US"
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert ui_locale(ENGLISH, british) == british  # English dates stay British


def test_view_language_saves_the_choice_for_the_next_start(qtbot: Any, paths: AppPaths) -> None:
    profiles = ProfileStore(paths.settings_file)
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(profiles, window)
    choices = [a for a in menu.actions() if a.isCheckable()]
    assert [a.text() for a in choices] == ["System language", "中文", "English"]
    assert [a.isChecked() for a in choices] == [True, False, False]
    choices[1].trigger()
    assert ProfileStore(paths.settings_file).get_pref(LANGUAGE_PREF) == CHINESE
    assert "starts again" in window.statusBar().currentMessage()  # said where it is chosen
    assert any("starts again" in a.text() for a in menu.actions() if not a.isEnabled())


def test_the_main_window_offers_the_choice_in_the_view_menu(qtbot: Any, paths: AppPaths) -> None:
    window = MainWindow(AppContext(open_stores(paths)))
    qtbot.addWidget(window)
    try:
        menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
        view = next(m for m in menus if m.title() == "&View")
        assert any(isinstance(a.menu(), LanguageMenu) for a in view.actions())
    finally:
        close(qtbot, window)


def test_chinese_chosen_opens_the_next_window_in_chinese_with_chinese_dates(
    qtbot: Any, paths: AppPaths, shared_sandbox: Sandbox, restore_language: None
) -> None:
    ProfileStore(paths.settings_file).set_pref(LANGUAGE_PREF, CHINESE)
    window = open_console(paths, sandbox_url=shared_sandbox.base_url)
    qtbot.addWidget(window)
    try:
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles[:3] == ["账户", "SKU", "库存"]
        assert short_date(date(2027, 11, 27)) == "2027/11/27"
        assert count_text(12345) == "12,345"
        qtbot.waitUntil(lambda: window.context.session is not None, timeout=20_000)  # connected
    finally:
        close(qtbot, window)


def close(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.context.api.busy_count == 0, timeout=20_000)
    window.close()
    window.context.api.shutdown(10_000)
    window.context.stores.db.close()


def test_status_words_follow_the_language_installed(qapp: Any, restore_language: None) -> None:
    """Translated once per language, not once per run: a table read in English after 中文
    says "Shipped" again."""
    from ocdesk.gui.statuses import status_text

    install_translations(qapp, ui_locale(ENGLISH))
    assert status_text("shipped") == "Shipped"
    install_translations(qapp, ui_locale(CHINESE))
    assert status_text("shipped") == "已发货"
    install_translations(qapp, ui_locale(ENGLISH))
    assert status_text("SHIPPED") == "Shipped"
    assert status_text("on_hold_new") == "on_hold_new"  # one OC added later: as sent
