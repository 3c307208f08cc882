"""Which process owns a row, so start-up recovery only touches the work of processes that are gone.

An owner is `host:pid:start`, where `start` is the process's start time as the kernel counts it
(a pid reused by a later process makes a new name). Whether an owner is gone is decided the one
way ocdesk decides it for every holder (store/locks.py): from its first use of the name on, the
process holds the lock file named after it in the owners' folder, and the system frees that lock
when the process ends, however it ends.
"""

from __future__ import annotations

import atexit
import os
import socket
import threading
from pathlib import Path

from ocdesk.store.locks import FileLock, holder_is_gone

OWNERS_FOLDER = "owners"  # in the folder on this PC of the database whose rows name them

_held: dict[Path, FileLock] = {}  # this process's own lock, per folder, held until it ends
_holding = threading.Lock()


def owners_folder(local_dir: Path) -> Path:
    """The owners' folder in a store's folder on this PC (`Store.local_dir`)."""
    return local_dir / OWNERS_FOLDER


def _start_of(pid: int) -> str:
    """The process's start time in clock ticks (Linux /proc), or "" where that is not known."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def _lock_file(folder: Path, pid: str, start: str) -> Path:
    return folder / f"{pid}-{start}.lock"


def this_process(folder: Path) -> str:
    """The owner name of the running process, which holds its lock in `folder` from now on."""
    pid, start = str(os.getpid()), _start_of(os.getpid())
    with _holding:
        if folder not in _held:
            _sweep(folder)
            lock = FileLock(_lock_file(folder, pid, start))
            if not lock.try_acquire():  # only a process of the same name could hold it
                raise RuntimeError(f"{lock.path} is held by another process")
            _held[folder] = lock
            atexit.register(lock.release)  # a crash leaves the file: a later sweep takes it
    return f"{socket.gethostname()}:{pid}:{start}"


def _sweep(folder: Path) -> None:
    """Remove the lock files of owners that are gone, so the folder does not grow."""
    for path in folder.glob("*.lock") if folder.is_dir() else ():
        holder_is_gone(path)  # removes the file of a holder that is gone


def is_gone(owner: str, folder: Path) -> bool:
    """True when `owner` is a process of this machine that no longer holds its lock in `folder`.

    A process of another machine (a shared data folder) is never judged gone: its lock is not
    one this machine's system keeps.
    """
    host, _, rest = owner.partition(":")
    pid, _, start = rest.partition(":")
    if host != socket.gethostname() or not pid.isdigit() or not (start.isdigit() or not start):
        return False
    return holder_is_gone(_lock_file(folder, pid, start))
