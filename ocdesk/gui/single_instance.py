"""One console per data folder: a second start brings the first window forward and exits.

Two consoles on one folder would share one print queue and one database behind each other's
backs. The first console holds a QLockFile in the data folder and listens on a local socket
named after the folder; a later start finds the lock taken, asks the first to show itself,
and ends. The command line (`ocdesk call`, `label`, ...) may still run beside it.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

# Qt's network module is imported when the socket is opened: a start that claims the folder
# opens it after the window's first paint (`claim(listen=False)`, then `listen()`).
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "console.lock"
SHOW = b"show\n"
HAND_OVER_SECONDS = 5.0  # the first console may still be starting up
_CONNECT_MS = 500


def server_name(data_dir: Path) -> str:
    """The local socket's name: the same for every spelling of the same folder."""
    import hashlib

    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"ocdesk-{digest}"


class ConsoleLock(QObject):
    """The data folder's console lock, and the socket later starts knock on.

    `sig_show_requested` fires (on the GUI thread) each time another start asks for the window.
    """

    sig_show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_FILE_NAME))
        # Never "stale" by age: a lock is stale only when its process is gone.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def claim(self, *, listen: bool = True) -> bool:
        """Become this folder's console; False when another one already is.

        With `listen=False` later starts are heard only once `listen()` has run; until then
        they keep knocking (`ask_first_console_to_show` waits for a console still starting).
        """
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            # No lock file can be made here (a read-only folder): nobody else could have
            # one either, so this start goes ahead and the stores report the real trouble.
            log.warning("No console lock in %s (%s)", self.data_dir, self._lock.error())
            return True
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Open the socket later starts knock on (once, and only while holding the lock)."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket file a crashed console left behind
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(name):
            log.warning("A second start cannot reach this console: %s", server.errorString())
        self._server = server

    def holder(self) -> str:
        """Which process holds the lock, in words (for when it does not answer)."""
        pid, host, _app = self._lock.getLockInfo()
        return f"process {pid} on {host}" if pid else "another process"

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read_from(socket)

    def _read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_from(socket)

    def _read_from(self, socket: QLocalSocket) -> None:
        if SHOW.strip() in bytes(socket.readAll().data()):
            log.info("Another start on this data folder asked for the window")
            self.sig_show_requested.emit()


def ask_first_console_to_show(data_dir: Path, seconds: float = HAND_OVER_SECONDS) -> bool:
    """From a later start: ask the folder's console to bring its window forward."""
    from PySide6.QtNetwork import QLocalSocket

    name = server_name(data_dir)
    deadline = time.monotonic() + seconds
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(_CONNECT_MS):
            socket.write(SHOW)
            delivered = socket.waitForBytesWritten(_CONNECT_MS)
            socket.disconnectFromServer()
            return delivered
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
