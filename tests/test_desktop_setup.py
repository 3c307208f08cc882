"""Set-up on a fresh desktop: no display gives one clear line, `make run` checks the window's
system libraries (naming the missing ones and the apt-get line) and installs no test tools."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ocdesk.gui.display import missing_display

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "tools" / "check-desktop"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")


def _without_display(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env["OCDESK_HOME"] = str(tmp_path / "home")
    return env


@linux_only
def test_without_a_display_ocdesk_says_so_in_one_line_and_fails(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "ocdesk", "--sandbox"], capture_output=True,
                          text=True, timeout=60, env=_without_display(tmp_path))  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("ocdesk: no display to open its window on")
    assert "DISPLAY" in lines[0] and "qt.qpa" not in done.stderr


def test_a_display_or_another_system_needs_no_check() -> None:
    assert missing_display({}, "linux").startswith("ocdesk: no display")
    assert missing_display({"DISPLAY": ":0"}, "linux") == ""
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert missing_display({}, "win32") == "" and missing_display({}, "darwin") == ""
    assert missing_display({"DISPLAY": ""}, "linux").startswith("ocdesk: no display")


def _fake_ldd(tmp_path: Path, *lines: str) -> dict[str, str]:
    """PATH with an `ldd` that prints `lines`: the plugin's libraries as the test wants them."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    ldd = bin_dir / "ldd"
    ldd.write_text("#!/bin/sh\n" + "".join(f"echo '{line}'\n" for line in lines))
    ldd.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}


def _check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(CHECK)], capture_output=True, text=True,
                          timeout=60, env=env)  # fmt: skip


@linux_only
def test_the_check_names_a_missing_library_and_the_apt_get_line(tmp_path: Path) -> None:
    env = _fake_ldd(tmp_path, "\tlibxcb-cursor.so.0 => not found",
                    "\tlibxkbcommon-x11.so.0 => not found",
                    "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)")  # fmt: skip
    done = _check(env)
    assert done.returncode == 1
    assert "missing: libxcb-cursor.so.0, libxkbcommon-x11.so.0." in done.stderr
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in done.stderr
    assert "libc" not in done.stderr


@linux_only
def test_an_unknown_missing_library_is_named_with_how_to_find_its_package(tmp_path: Path) -> None:
    done = _check(_fake_ldd(tmp_path, "\tlibwhatever.so.3 => not found"))
    assert done.returncode == 1
    assert "libwhatever.so.3" in done.stderr and "apt-get install" not in done.stderr
    assert "apt-file search" in done.stderr


@linux_only
def test_nothing_missing_is_silent(tmp_path: Path) -> None:
    done = _check(_fake_ldd(tmp_path, "\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)"))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_installs_the_app_alone_and_checks_before_starting(tmp_path: Path) -> None:
    def commands(target: str) -> list[str]:
        done = subprocess.run(["make", "-n", target, f"VENV={tmp_path / 'venv'}"], cwd=ROOT,
                              capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
        return done.stdout.splitlines()

    run = commands("run")
    installs = [line for line in run if "pip install" in line]
    assert installs and all(line.rstrip().endswith("-e .") for line in installs), installs
    check = next(i for i, line in enumerate(run) if "tools/check-desktop" in line)
    start = next(i for i, line in enumerate(run) if line.endswith("ocdesk --sandbox"))
    assert check < start
    assert any("-e '.[test]'" in line for line in commands("test"))
