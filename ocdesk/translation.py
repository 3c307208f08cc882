"""Puts the Qt-free layers' messages into the user's language: loads `ocdesk_core_<lang>.qm`.

The GUI loads it with its own catalogue for the window's language (`gui/language.py`, which
installs the hook too); the command line, which has no application, loads it into a lone QTranslator (`install_for_cli`) and only when a translation
exists for the language asked for, so an English command never imports Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ocdesk.api import text
from ocdesk.store.paths import resource_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

CORE_CATALOG = "ocdesk_core"
# Kept alive while installed: Qt does not own a translator it was only handed.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_dir() / "i18n"


def _name(language: str) -> str:
    """`zh_CN` of `zh_CN.UTF-8`, `zh-cn` or `zh_CN@euro`."""
    return language.split(".")[0].split("@")[0].replace("-", "_")


def is_english(language: str) -> bool:
    """English, or the C locale (which means no translation at all)."""
    name = _name(language)
    return not name or name in ("C", "POSIX") or name.lower().startswith("en")


def catalog_for(language: str) -> Path | None:
    """The `.qm` for a language such as `zh_CN`, `zh-cn` or `zh_CN.UTF-8`; None for English or
    a language ocdesk has no translation for."""
    if is_english(language):
        return None
    parts = _name(language).split("_")
    tag = parts[0].lower() + "".join(f"_{p.upper()}" for p in parts[1:2])
    exact = translations_dir() / f"{CORE_CATALOG}_{tag}.qm"
    if exact.is_file():
        return exact
    # `zh` alone, or a region without its own: the language's first translation.
    same_language = sorted(translations_dir().glob(f"{CORE_CATALOG}_{parts[0].lower()}_*.qm"))
    return same_language[0] if same_language else None


def install_for_cli(catalog: Path) -> bool:
    """Translate the core messages with `catalog` (from `catalog_for`); False when unreadable,
    or when Qt's core library cannot load (a bare server): the command then speaks English."""
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:
        return False
    translator = QTranslator()
    if not translator.load(str(catalog)):
        return False
    _installed.append(translator)
    text.install(lambda context, source: translator.translate(context, source) or source)
    return True


def uninstall() -> None:
    """Back to English (tests, and a command line run twice in one process)."""
    text.uninstall()
    _installed.clear()
