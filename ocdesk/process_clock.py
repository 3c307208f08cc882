"""Seconds since this process started, as the kernel counts them (Linux /proc)."""

from __future__ import annotations

import os
import time
from pathlib import Path


def seconds_since_process_start() -> float:
    """Uptime now minus the process's start time in /proc/self/stat (10 ms resolution).

    Used by the start-up benchmark for both ocdesk and the bare window it is compared with.
    Where /proc is missing, it counts from the first call instead.
    """
    try:
        return _from_proc()
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _FIRST_CALL


_FIRST_CALL = time.monotonic()


def _from_proc() -> float:
    stat = Path("/proc/self/stat").read_text()
    # Field 22 (starttime, in clock ticks); the command name in parentheses may hold spaces.
    start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
