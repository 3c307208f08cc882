"""The demo sandbox of `ocdesk --sandbox`, run as a child process that ends with the window.

In a process of its own the emulator neither shares the GUI thread's interpreter lock nor
delays the window: the child is started first (`sandbox_launch`), the window is built
meanwhile, and the console connects when the child's first line (its account, as JSON)
arrives. The child reads its standard input until it closes: that happens when the console
quits, and also when it crashes or is killed, since nothing else holds the pipe's other end,
so no sandbox is ever left behind.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ocdesk.gui.sandbox_launch import base_url_in, start_sandbox_child

STOP_WAIT_S = 3.0


class SandboxProcess(QObject):
    """Watches the sandbox child (started here unless given); `sig_ready(base_url)` once it
    listens, `sig_failed(message)` if it ends or cannot start before that.

    A reader thread waits on the child's output, so the GUI thread never blocks on the pipe.
    """

    sig_ready = Signal(str)
    sig_failed = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *, child: subprocess.Popen[bytes] | None = None
    ) -> None:
        super().__init__(parent)
        self.base_url: str | None = None
        self._child = child if child is not None else start_sandbox_child()
        self._lock = threading.Lock()  # a slot connected late still hears that it is ready
        self._reader = threading.Thread(target=self._read, name="sandbox-child", daemon=True)
        self._reader.start()

    def on_ready(self, slot: Callable[[str], None]) -> SandboxProcess:
        with self._lock:
            url = self.base_url
            if url is None:
                self.sig_ready.connect(slot)
        if url is not None:
            slot(url)
        return self

    def on_failed(self, slot: Callable[[str], None]) -> SandboxProcess:
        self.sig_failed.connect(slot)
        return self

    def process_id(self) -> int:
        return self._child.pid

    def exit_code(self) -> int | None:
        """None while the child runs; its exit code once it has ended."""
        return self._child.poll()

    def stop(self) -> None:
        """Close its standard input (it then stops by itself); kill it if it does not."""
        child = self._child
        if child.stdin is not None and not child.stdin.closed:
            child.stdin.close()
        try:
            child.wait(STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(STOP_WAIT_S)
        self._reader.join(STOP_WAIT_S)

    def _read(self) -> None:
        """On the reader thread: the first line says where it listens; the rest is drained."""
        stdout = self._child.stdout
        assert stdout is not None
        with stdout:
            line = stdout.readline()
            if not line:
                code = self._child.wait()
                self.sig_failed.emit(f"the sandbox stopped before it was ready (exit code {code})")
                return
            try:
                url = base_url_in(line)
            except ValueError as exc:
                self.sig_failed.emit(str(exc))
                return
            with self._lock:
                self.base_url = url
                self.sig_ready.emit(url)
            for _ in stdout:  # nothing more is expected; never let it pile up in the pipe
                pass
