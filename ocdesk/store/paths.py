"""Where ocdesk keeps its settings, database, cache and logs on this machine."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ocdesk"
HOME_ENV = "OCDESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The four folders ocdesk writes to; created on demand by `ensure()`."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def database_file(self) -> Path:
        return self.data_dir / "ocdesk.sqlite3"

    def ensure(self) -> AppPaths:
        """Create every folder (private to the user where the OS allows it); returns self."""
        for folder in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def app_paths() -> AppPaths:
    """The platform's per-user folders, or sub-folders of $OCDESK_HOME when it is set.

    OCDESK_HOME lets tests and the sandbox demo run without touching the user's real settings.
    """
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home).expanduser()
        return AppPaths(root / "config", root / "data", root / "cache", root / "logs")
    return AppPaths(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
