"""The window's language: the system's, or the one chosen in View > Language.

The choice is kept in the preferences and applied at the next start: widgets take their words
when they are built, so a window already open keeps the language it started in (the menu says
so). Qt's own translations (`qtbase`, for the standard dialogs' buttons) are loaded beside
ocdesk's, and the chosen locale becomes Qt's default, so that dates and numbers follow it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from ocdesk.api import text
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.store.paths import resource_dir
from ocdesk.store.profiles import ProfileStore

LANGUAGE_PREF = "language.choice"
SYSTEM, CHINESE, ENGLISH = "system", "zh_CN", "en"
# Each language is named in its own words, so that someone who cannot read the window's
# current language still finds theirs.
CHOICES = (
    (SYSTEM, QT_TRANSLATE_NOOP("LanguageMenu", "System language")),
    (CHINESE, "中文"),
    (ENGLISH, "English"),
)
# ocdesk's catalogues in ocdesk/resources/i18n (<name>_<locale>.qm); a missing one is skipped.
CATALOGS = ("ocdesk", "ocdesk_core")
# Fonts drawn first for Chinese where installed (Linux, Windows, macOS): left to itself, the
# font fallback may pick a Japanese cut of the same CJK font, with Japanese character shapes.
CHINESE_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                 "Microsoft YaHei", "PingFang SC")  # fmt: skip
_INSTALLED = "_ocdesk_translators"  # where the translators in use hang on the application


def chosen_language(profiles: ProfileStore) -> str:
    """The stored choice: SYSTEM, CHINESE or ENGLISH (SYSTEM when nothing usable is stored)."""
    choice = profiles.get_pref(LANGUAGE_PREF, SYSTEM)
    return choice if choice in (key for key, _ in CHOICES) else SYSTEM


def ui_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale the window speaks and formats in for `choice`.

    English keeps the system's locale when that is English (en_GB dates stay British) or C (no
    locale set: ISO dates); otherwise it is US English.
    """
    system = system or QLocale.system()
    if choice == CHINESE:
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript,
                       QLocale.Country.China)  # fmt: skip
    if choice == ENGLISH and system.language() not in (QLocale.Language.English,
                                                       QLocale.Language.C):  # fmt: skip
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system


def install_translations(app: QCoreApplication, locale: QLocale) -> list[str]:
    """Make `locale` Qt's default and install the translations for it, replacing those this
    function installed before. Returns the catalogues loaded (none for English)."""
    for old in getattr(app, _INSTALLED, []):
        app.removeTranslator(old)
    QLocale.setDefault(locale)
    folders = [(name, str(resource_dir() / "i18n")) for name in CATALOGS]
    folders.append(("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    installed: list[QTranslator] = []
    loaded: list[str] = []
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder, ".qm"):
            app.installTranslator(translator)
            installed.append(translator)
            loaded.append(name)
    setattr(app, _INSTALLED, installed)
    # The Qt-free layers' messages (api, jobs, labels) speak the window's language, or English.
    if "ocdesk_core" in loaded:
        text.install(QCoreApplication.translate)
    else:
        text.uninstall()
    _prefer_chinese_fonts(app, locale.language() == QLocale.Language.Chinese)
    return loaded


def _prefer_chinese_fonts(app: QCoreApplication, chinese: bool) -> None:
    if not isinstance(app, QGuiApplication):
        return
    font = app.font()
    families = [f for f in font.families() if f not in CHINESE_FONTS] or [font.family()]
    font.setFamilies([*families, *CHINESE_FONTS] if chinese else families)
    app.setFont(font)


def apply_language(app: QCoreApplication, profiles: ProfileStore) -> list[str]:
    """At start-up, before any window is built: the stored choice, installed."""
    return install_translations(app, ui_locale(chosen_language(profiles)))


class LanguageMenu(QMenu):
    """View > Language: system / 中文 / English, one checked; saved for the next start."""

    def __init__(self, profiles: ProfileStore, window: QMainWindow) -> None:
        super().__init__(self.tr("Language"), window)
        self.profiles = profiles
        self._window = window
        self.setObjectName("language-menu")
        group = QActionGroup(self)
        current = chosen_language(profiles)
        for key, name in CHOICES:
            action = QAction(self.tr(name) if key == SYSTEM else name, group)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            self.addAction(action)
        self.addSeparator()
        self.note = self.addAction(self.tr("Takes effect when ocdesk starts again"))
        self.note.setEnabled(False)
        group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        self.profiles.set_pref(LANGUAGE_PREF, action.data())
        self._window.statusBar().showMessage(
            self.tr("The language changes when ocdesk starts again.")
        )
