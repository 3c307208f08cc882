"""Where ocdesk puts its files: the platform's folders, or OCDESK_HOME when set."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from ocdesk.store.paths import app_paths


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
