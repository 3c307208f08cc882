"""Which process owns a row, so start-up recovery only touches the work of processes that are gone.

An owner is `host:pid:start`, where `start` is the process's start time as the kernel counts it:
a pid reused by a later process does not look like the old owner.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path


def _start_of(pid: int) -> str:
    """The process's start time in clock ticks (Linux /proc), or "" where that is not known."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def this_process() -> str:
    """The owner name of the running process."""
    return f"{socket.gethostname()}:{os.getpid()}:{_start_of(os.getpid())}"


def is_gone(owner: str) -> bool:
    """True when `owner` is a process of this machine that no longer runs.

    A process of another machine (a shared data folder) is never judged gone: we cannot see it.
    Nor is one on Windows, where `os.kill(pid, 0)` would end the process instead of probing it.
    """
    host, _, rest = owner.partition(":")
    pid_text, _, start = rest.partition(":")
    if os.name == "nt" or host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # it runs, as another user
    return bool(start) and _start_of(pid) not in ("", start)
