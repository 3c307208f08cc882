"""What the benchmarks ran on: CPU, cores, memory, OS, Python and Qt versions, and when."""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion


def _proc_field(path: str, key: str) -> str | None:
    """The value of the first `key: value` line of a /proc file, when there is one."""
    try:
        lines = Path(path).read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        name, _, value = line.partition(":")
        if name.strip() == key:
            return value.strip()
    return None


def _memory() -> str:
    kib = _proc_field("/proc/meminfo", "MemTotal")
    return f"{int(kib.split()[0]) / 1024**2:.1f} GiB" if kib else "unknown"


def describe() -> dict[str, str]:
    return {
        "CPU": _proc_field("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "Cores": str(os.cpu_count()),
        "Memory": _memory(),
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "Qt / PySide6": f"{qVersion()} / {PySide6.__version__}",
        "Date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
