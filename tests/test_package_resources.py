"""The translations and icons are part of the installed package: a wheel carries the compiled
`.qm` files, and ocdesk installed from it (not from this source tree) starts in Chinese."""

from __future__ import annotations

import fnmatch
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import ocdesk
from ocdesk.store.paths import resource_dir

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(ocdesk.__file__).resolve().parent
# What an installed ocdesk needs at run time, relative to the package.
RUNTIME = ("resources/i18n/*.qm", "resources/icons/ocdesk.png")
# Run in the installed copy: the Chinese catalogues load, and one message of each comes out in
# Chinese (the language menu's, and a validation message of the Qt-free layers).
IN_CHINESE = """
import ocdesk
from PySide6.QtCore import QCoreApplication
from ocdesk.api import text
from ocdesk.gui.language import CHINESE, install_translations, ui_locale
from ocdesk.store.paths import resource_dir
app = QCoreApplication([])
print(ocdesk.__file__)
print(sorted(install_translations(app, ui_locale(CHINESE))))
print(QCoreApplication.translate("LanguageMenu", "System language"))
print(text.translate("validation", "is required"))
print((resource_dir() / "icons" / "ocdesk.png").is_file())
"""


def _package_data() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["package-data"]["ocdesk"]


def test_the_runtime_resources_live_inside_the_package_and_are_its_package_data() -> None:
    assert resource_dir().is_relative_to(PACKAGE)
    patterns = _package_data()
    files = [path for pattern in RUNTIME for path in PACKAGE.glob(pattern)]
    assert {path.name for path in files} >= {"ocdesk_zh_CN.qm", "ocdesk_core_zh_CN.qm"}
    for path in files:
        relative = path.relative_to(PACKAGE).as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative


@pytest.mark.slow
def test_a_wheel_carries_the_translations_and_ocdesk_installed_from_it_speaks_chinese(
    tmp_path: Path,
) -> None:
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps",
                            "-w", str(tmp_path / "wheels"), "-q"],
                           capture_output=True, text=True, timeout=300)  # fmt: skip
    if built.returncode and "setuptools" in built.stderr and "No matching" in built.stderr:
        pytest.skip("no package index with setuptools to build the wheel with")
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "wheels").glob("ocdesk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(name).name for name in names if name.startswith("ocdesk/resources/")}
    assert {path.name for path in resource_dir().glob("i18n/*.qm")} <= shipped
    assert "ocdesk.png" in shipped
    assert not any(name.endswith(".ts") for name in names)  # the sources stay in the tree

    target = tmp_path / "installed"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q",
                                "--target", str(target), str(wheel)],
                               capture_output=True, text=True, timeout=300)  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", IN_CHINESE], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path, env=env)  # fmt: skip
    assert run.returncode == 0, run.stderr
    origin, catalogues, menu_word, required, icon = run.stdout.splitlines()
    assert Path(origin).is_relative_to(target)  # the installed copy, not this source tree
    assert catalogues == str(["ocdesk", "ocdesk_core", "qtbase"])
    assert menu_word == "系统语言"
    assert required == "为必填项"
    assert icon == "True"
