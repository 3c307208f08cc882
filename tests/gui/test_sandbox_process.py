"""The demo sandbox of `ocdesk --sandbox` runs in a child process that never outlives the console."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import requests

from ocdesk.gui.sandbox_launch import start_sandbox_child
from ocdesk.gui.sandbox_process import SandboxProcess

# A console in miniature: it starts the sandbox child exactly as `ocdesk --sandbox` does
# (before Qt is even imported), says where it listens, and then just runs until it is killed.
PARENT = textwrap.dedent("""
    import sys
    from ocdesk.gui.sandbox_launch import start_sandbox_child

    started = start_sandbox_child()
    from PySide6.QtCore import QCoreApplication
    from ocdesk.gui.sandbox_process import SandboxProcess

    app = QCoreApplication([])
    child = SandboxProcess(child=started)
    child.on_ready(lambda url: print(child.process_id(), url, flush=True))
    child.on_failed(lambda message: (print("failed:", message, flush=True), app.exit(1)))
    sys.exit(app.exec())
""")
ENDS_WITHIN_S = 5


def _ended(pid: int) -> bool:
    """Gone, or a zombie nobody has reaped yet (it runs no more either way)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return True


def _answers(url: str) -> bool:
    try:
        return requests.get(url + "/__emu/info", timeout=2).ok
    except requests.ConnectionError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killing_the_console_ends_its_sandbox(ocdesk_home: Path) -> None:
    env = {**os.environ, "OCDESK_HOME": str(ocdesk_home), "QT_QPA_PLATFORM": "offscreen"}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert parent.stdout is not None
        first = parent.stdout.readline().split()
        assert len(first) == 2, first
        pid, url = int(first[0]), first[1]
        assert _answers(url)
    finally:
        parent.send_signal(signal.SIGKILL)  # no clean-up of any kind runs in the console
        parent.wait(10)
    deadline = time.monotonic() + ENDS_WITHIN_S
    while not _ended(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _ended(pid), "the sandbox outlived the console that started it"
    assert not _answers(url)


def test_closing_the_console_stops_its_sandbox_cleanly(qtbot) -> None:
    child = SandboxProcess()
    urls: list[str] = []
    child.on_ready(urls.append)
    qtbot.waitUntil(lambda: bool(urls), timeout=30_000)
    url = urls[0]
    assert url == child.base_url and _answers(url)
    child.stop()
    assert child.exit_code() == 0  # it ended by itself when its input closed, not killed
    assert not _answers(url)


def test_a_listener_that_comes_late_still_hears_where_it_listens(qtbot) -> None:
    child = SandboxProcess()
    try:
        qtbot.waitUntil(lambda: child.base_url is not None, timeout=30_000)
        late: list[str] = []
        child.on_ready(late.append)
        assert late == [child.base_url]
    finally:
        child.stop()


def test_a_child_that_never_says_where_it_listens_is_a_failure(qtbot) -> None:
    wrong = [sys.executable, "-c", "print('not the account line', flush=True)"]
    child = SandboxProcess(
        child=subprocess.Popen(wrong, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    )
    failures: list[str] = []
    child.on_failed(failures.append)  # the child needs far longer to start than this takes
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert failures == ["the sandbox did not say where it listens"]
    child.stop()


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no process priorities here")
def test_the_sandbox_child_lets_the_window_go_first_on_busy_cores() -> None:
    child = start_sandbox_child()
    try:
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) > ours  # a higher nice value
    finally:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.close()
        child.wait(30)
        child.stdout.close()
