"""ocdesk/resources/i18n/ocdesk_core_zh_CN.ts is complete and current: lupdate, run on today's
sources (and the catalog's words) into a copy, finds no message unfinished, new (missing) or
gone (vanished), every translation keeps its placeholders, and the .qm beside it is what
lrelease makes of it."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tools" / "i18n-core"
TS = ROOT / "ocdesk" / "resources" / "i18n" / "ocdesk_core_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{\w*\}")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed beside {sys.executable}")
    return found


def _sources() -> list[str]:
    """The folders and files tools/i18n-core extracts from: one list for both."""
    found = re.search(r'^SOURCES="([^"]+)"', SCRIPT.read_text(), re.MULTILINE)
    assert found, "tools/i18n-core names no SOURCES"
    return shlex.split(found.group(1))


def _messages(ts: Path) -> list[tuple[str, str, str | None, str]]:
    """(context, source, translation type or None, translation) of every message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source", ""), translation.get("type"),
                          translation.text or ""))  # fmt: skip
    return found


def _catalog_words(folder: Path) -> str:
    """The catalog's titles and help texts, marked for lupdate as tools/i18n-core marks them."""
    words = folder / "catalog_words.py"
    marked = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n-catalog")], check=True,
                            capture_output=True, text=True, timeout=60).stdout  # fmt: skip
    words.write_text(marked, encoding="utf-8")
    return str(words)


def test_lupdate_finds_nothing_unfinished_missing_or_vanished(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "none",
         "-source-language", "en", *_sources(), _catalog_words(tmp_path), "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True, timeout=120,
    )  # fmt: skip

    unfinished = [(c, s) for c, s, kind, text in _messages(copy) if kind or not text]
    assert unfinished == [], (
        "messages not translated (new ones), or no longer in the code (vanished/obsolete): run "
        "tools/i18n-core, translate them in the .ts, and run it again"
    )
    assert copy.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8"), (
        "the .ts is not as tools/i18n-core writes it: run it"
    )


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    different = [
        (context, source, text)
        for context, source, _, text in _messages(TS)
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text)))
    ]
    assert different == []


def test_the_compiled_qm_is_the_ts_as_it_is(tmp_path: Path) -> None:
    made = tmp_path / "made.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(made)],
                   check=True, capture_output=True, timeout=60)  # fmt: skip
    assert made.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run tools/i18n-core"
