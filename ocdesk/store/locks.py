"""A lock file held by one holder at a time, across processes; the system frees it if one dies."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def holder_is_gone(path: Path) -> bool:
    """True when nobody holds the lock at `path`: whoever held it (if anyone) has released it
    or ended. The rule every "is that process gone" in ocdesk follows (store/owners.py too)."""
    lock = FileLock(path)
    if not lock.try_acquire():
        return False
    lock.release()  # and the file a process that ended left behind goes with it
    return True


class FileLock:
    """An exclusive lock on `path`, for holders in this process and in others alike.

    The operating system drops the lock when its process ends, however it ends, so a lock
    found held always belongs to a live holder: no process ids to check, none to be reused.
    The file is removed on release (where the system allows), so finished work leaves none.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; False at once if somebody does."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                os.close(fd)
                return False
            if self._still_named(fd):
                self._fd = fd
                return True
            # The holder before us removed the file between our open and our lock: the lock
            # we got is on a file nobody else will look at. Try the one now at the path.
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):  # Windows keeps a file that is open
            self.path.unlink()
        os.close(self._fd)
        self._fd = None

    def _still_named(self, fd: int) -> bool:
        try:
            return os.path.samestat(os.fstat(fd), os.stat(self.path))
        except FileNotFoundError:
            return False
