"""The Chinese translation of the GUI is complete and matches the sources (Qt Linguist files).

A message added to the code but not to the .ts, one left unfinished, one the code no longer
has, or a .qm behind its .ts fails here, so CI catches what `make i18n` was not run for.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ocdesk.store.paths import resource_dir

pytest_plugins = ("chinese_fixtures",)

ROOT = Path(__file__).resolve().parents[2]
I18N = resource_dir() / "i18n"
TS = I18N / "ocdesk_zh_CN.ts"
QM = I18N / "ocdesk_zh_CN.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[nvm0-9]")

type Key = tuple[str, str, str]  # context, source, comment


def messages(ts_file: Path) -> dict[Key, ET.Element]:
    """Each message of a .ts file under (context, source, comment): its <translation>."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None, key
            found[key] = translation
    return found


def test_every_message_has_a_finished_chinese_translation_with_its_placeholders() -> None:
    problems = []
    for (context, source, _), translation in messages(TS).items():
        kind = translation.get("type")
        text = translation.text or ""
        if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert not problems, "\n".join(problems)
    assert len(messages(TS)) > 1000  # the whole GUI, not a sample


def test_the_ts_file_holds_exactly_the_messages_in_the_sources(tmp_path: Path) -> None:
    """lupdate over the sources, into a copy: nothing may be added (missing) or dropped
    (vanished) compared with the committed file, and no translation may change."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n-update"), "--desk-words", str(copy),
                    str(ROOT / "ocdesk" / "gui")], check=True, cwd=ROOT)  # fmt: skip
    committed, fresh = messages(TS), messages(copy)
    missing = sorted(set(fresh) - set(committed))
    vanished = sorted(set(committed) - set(fresh))
    assert not missing, f"in the code but not in {TS.name} (run make i18n, translate): {missing}"
    assert not vanished, f"in {TS.name} but no longer in the code (run make i18n): {vanished}"
    changed = [key for key in committed if committed[key].text != fresh[key].text]
    assert not changed


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    out = tmp_path / QM.name
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == QM.read_bytes(), "the .qm is behind its .ts: run make i18n"



def test_chinese_loads_ocdesk_and_qt_own_translations(chinese: list[str]) -> None:
    assert chinese[0] == "ocdesk" and "qtbase" in chinese
    assert QCoreApplication.translate("MainWindow", "Stock") == "库存"
    # Qt's standard dialogs and buttons, from qtbase_zh_CN
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
