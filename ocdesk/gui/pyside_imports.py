"""PySide's look at every module imported after it, made cheap.

PySide6 inspects each newly imported module for its optional `__feature__` switches by
reading the module's whole source through `inspect.getsource`: the file is decoded, split into
lines and kept in `linecache` for the rest of the run. ocdesk imports some 300 modules after
PySide, most before its first data, and uses no such switch. The same question (does the
source mention PySide6?) is answered here by reading the file's bytes, nothing kept; anything
that is not a plain source file gets PySide's own answer.
"""

from __future__ import annotations

from types import ModuleType


def read_sources_cheaply() -> None:
    """Answer PySide's per-import question from the file's bytes (once PySide6 is imported)."""
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:  # another PySide build: its own check stays
        return
    own_check = getattr(feature, "_mod_uses_pyside", None)
    if own_check is None or getattr(own_check, "reads_bytes", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(own_check(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(own_check(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
