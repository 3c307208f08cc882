"""A daily copy of the database in `backups/` beside it; the newest seven are kept."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
BACKUPS_KEPT = 7
_PAGES_PER_STEP = 1024  # copy in steps so writers of the live file never wait long


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def backups(db_path: Path) -> list[Path]:
    """The backups of `db_path`, oldest first (their names sort by day)."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-????????{db_path.suffix}"))


def latest_backup(db_path: Path) -> Path | None:
    found = backups(db_path)
    return found[-1] if found else None


def daily_backup(db_path: Path, today: date | None = None) -> Path | None:
    """Copy the database once a day with SQLite's backup API; returns the new copy, if any.

    The copy is written under a temporary name and renamed when whole, so a crash never
    leaves a half copy that would count among the kept ones. It reads through a connection
    of its own, so the application's connection and its lock stay free meanwhile.
    """
    day = today or date.today()
    target = backup_folder(db_path) / f"{db_path.stem}-{day:%Y%m%d}{db_path.suffix}"
    if target.exists() or not db_path.is_file():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        _copy(db_path, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    _prune(db_path)
    log.info("Backed up the database to %s", target)
    return target


def _copy(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)  # a leftover from a copy a crash cut short
    with (
        closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst, pages=_PAGES_PER_STEP)


def _prune(db_path: Path) -> None:
    for old in backups(db_path)[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
