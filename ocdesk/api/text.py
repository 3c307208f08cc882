"""The words of the Qt-free layers in the user's language: English until a translator is installed.

The GUI and the command line install one (Qt's `QCoreApplication.translate` with the core `.qm`
loaded); api, jobs and the store stay free of Qt. `pyside6-lupdate` extracts every
`translate("Context", "text")` and `QT_TRANSLATE_NOOP("Context", "text")` call by name, so the
text must be a literal. Placeholders are `{name}`, filled in after translation:
`translate("ocdesk.validation", "must be at least {lowest}").format(lowest=3)`.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]
"""(context, English text) -> the text in the user's language, or the English when none."""


def _english(_context: str, text: str) -> str:
    return text


_translator: Translator = _english


def install(translator: Translator) -> None:
    """Translate every message from now on with `translator`."""
    global _translator
    _translator = translator


def uninstall() -> None:
    """Back to English."""
    install(_english)


def translate(context: str, text: str) -> str:
    """`text` in the user's language; `context` groups it in the `.ts` file."""
    return _translator(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for extraction where it is declared (a table, a constant); returns it as is,
    for a later `translate(context, text)` where it is shown."""
    return text
