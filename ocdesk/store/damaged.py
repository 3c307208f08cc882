"""Keeping a damaged file: moved (or copied) aside under a timestamped name, never deleted."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

DAMAGED_MARK = "damaged"


def aside_name(path: Path) -> Path:
    """`<name>.damaged-<YYYYmmdd-HHMMSS>` beside `path`, with `-1`, `-2`... if that is taken."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{DAMAGED_MARK}-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{DAMAGED_MARK}-{stamp}-{n}")
        n += 1
    return target


def set_aside(path: Path, companions: Iterable[str] = ()) -> Path:
    """Rename `path` (file or folder) to its aside name and return that name.

    `companions` are suffixes of files that belong to it (SQLite's `-wal` and `-shm`): they
    move along under the same new name, so the kept copy stays whole and a fresh file in the
    old place never picks them up.
    """
    target = aside_name(path)
    os.replace(path, target)
    for suffix in companions:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def copy_aside(path: Path) -> Path:
    """Copy `path` to its aside name (the original stays in use) and return that name."""
    target = aside_name(path)
    shutil.copy2(path, target)
    return target
