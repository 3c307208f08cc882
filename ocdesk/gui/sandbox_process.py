"""The demo sandbox of `ocdesk --sandbox`, run as a child process that ends with the window.

In a process of its own the emulator neither shares the GUI thread's interpreter lock nor
delays the window: the child is started first, the window is built meanwhile, and the console
connects when the child's first line (its account, as JSON) arrives. The child reads its
standard input until it closes: that happens when the console quits, and also when it crashes
or is killed, since nothing else holds the pipe's other end, so no sandbox is ever left behind.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, Signal

STOP_WAIT_MS = 3000


def sandbox_command(seed: int = 1) -> list[str]:
    """`ocdesk sandbox` on any free port, ending when its standard input closes."""
    args = ["sandbox", "--port", "0", "--seed", str(seed), "--until-stdin-closes"]
    if getattr(sys, "frozen", False):  # the packaged app: its binary is the `ocdesk` command
        return [sys.executable, *args]
    return [sys.executable, "-m", "ocdesk", *args]


class SandboxProcess(QObject):
    """Starts the sandbox child without waiting for it; `sig_ready(base_url)` once it listens.

    `sig_failed(message)` when it ends or cannot start before saying where it listens.
    """

    sig_ready = Signal(str)
    sig_failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, seed: int = 1) -> None:
        super().__init__(parent)
        self.base_url: str | None = None
        self._command = sandbox_command(seed)
        self._process = QProcess(self)
        # Its messages go where ours go; its stdin stays a pipe that only this process holds.
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.errorOccurred.connect(self._error)
        self._process.finished.connect(self._finished)

    def start(self) -> SandboxProcess:
        self._process.start(self._command[0], self._command[1:])
        return self

    def on_ready(self, slot: Callable[[str], None]) -> SandboxProcess:
        self.sig_ready.connect(slot)
        return self

    def on_failed(self, slot: Callable[[str], None]) -> SandboxProcess:
        self.sig_failed.connect(slot)
        return self

    def process_id(self) -> int:
        return int(self._process.processId())

    def stop(self) -> None:
        """Close its standard input (it then stops by itself); kill it if it does not."""
        process = self._process
        if process.state() == QProcess.ProcessState.NotRunning:
            return
        process.closeWriteChannel()
        if not process.waitForFinished(STOP_WAIT_MS):
            process.kill()
            process.waitForFinished(STOP_WAIT_MS)

    def _read(self) -> None:
        if self.base_url is not None:
            self._process.readAllStandardOutput()  # nothing more is expected; never let it pile up
            return
        if not self._process.canReadLine():
            return
        line = bytes(self._process.readLine().data()).decode("utf-8", "replace")
        try:  # the line holds the demo account's secret too: it is never shown
            self.base_url = str(json.loads(line)["base_url"])
        except (ValueError, KeyError, TypeError):
            self.sig_failed.emit("the sandbox did not say where it listens")
            return
        self.sig_ready.emit(self.base_url)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.sig_failed.emit(f"the sandbox could not start: {self._process.errorString()}")

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self.base_url is None:
            self.sig_failed.emit(f"the sandbox stopped before it was ready (exit code {code})")
