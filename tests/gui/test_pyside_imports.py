"""PySide's look at each module imported after it gives the same answers, and keeps no source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHECK = """
import linecache, sys
import PySide6.QtCore
from ocdesk.gui.pyside_imports import read_sources_cheaply
read_sources_cheaply()
from shibokensupport import feature
sys.path.insert(0, sys.argv[1])
import uses_qt, plain_module
print(feature.pyside_feature_dict["uses_qt"], feature.pyside_feature_dict["plain_module"])
print(any(name.endswith(("uses_qt.py", "plain_module.py")) for name in linecache.cache))
"""


def test_a_module_naming_pyside_is_told_apart_and_no_source_stays_in_memory(
    tmp_path: Path,
) -> None:
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain_module.py").write_text("ANSWER = 42\n")
    done = subprocess.run([sys.executable, "-c", CHECK, str(tmp_path)], capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "-1", "False"]
