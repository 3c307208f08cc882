"""Where ocdesk puts its files (the platform's folders, or OCDESK_HOME), private to the user."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs
import pytest

from ocdesk.store.db import Database
from ocdesk.store.logs import setup_logging
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import Profile, ProfileStore


def test_ocdesk_home_holds_all_four_folders(ocdesk_home: Path) -> None:
    paths = app_paths()

    folders = (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir)
    assert all(folder.parent == ocdesk_home for folder in folders)
    assert len(set(folders)) == 4
    assert paths.settings_file == paths.config_dir / "settings.json"
    assert paths.database_file.parent == paths.data_dir


def test_ensure_creates_the_folders(ocdesk_home: Path) -> None:
    paths = app_paths().ensure()

    assert all(
        folder.is_dir()
        for folder in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir)
    )


def test_without_ocdesk_home_the_platform_folders_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OCDESK_HOME")

    paths = app_paths()

    assert paths.config_dir == Path(platformdirs.user_config_dir("ocdesk", appauthor=False))
    assert paths.data_dir == Path(platformdirs.user_data_dir("ocdesk", appauthor=False))
    assert paths.log_dir == Path(platformdirs.user_log_dir("ocdesk", appauthor=False))


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_folders_and_files_are_made_private_also_when_they_were_not(ocdesk_home: Path) -> None:
    """An older ocdesk (or a copied folder) left everything readable by others: opening fixes it."""
    paths = app_paths()
    folders = (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir)
    for folder in folders:
        folder.mkdir(parents=True, mode=0o755)
        os.chmod(folder, 0o755)
    Database(paths.database_file).close()  # SQLite makes it with the umask's wide mode
    old_files = [paths.settings_file, paths.insecure_secrets_file,
                 paths.database_file.with_name(paths.database_file.name + "-wal")]  # fmt: skip
    for path in old_files:
        path.write_text("{}")
    for path in [*old_files, paths.database_file]:
        os.chmod(path, 0o644)

    paths.ensure()

    assert all(_mode(folder) == 0o700 for folder in folders)
    assert all(_mode(path) == 0o600 for path in [*old_files, paths.database_file])


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_new_files_are_created_private(ocdesk_home: Path, root_logging) -> None:
    previous = os.umask(0o022)  # the usual default: new files would be 0644
    try:
        paths = app_paths().ensure()
        Database(paths.database_file).close()
        ProfileStore(paths.settings_file).save(Profile.for_region("hk", "sandbox", "hk", "cid"))
        setup_logging(paths.log_dir)
    finally:
        os.umask(previous)

    assert _mode(paths.database_file) == 0o600
    assert _mode(paths.settings_file) == 0o600
    assert _mode(paths.log_dir / "ocdesk.log") == 0o600
    assert _mode(ocdesk_home / "config") == 0o700


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
