"""Where ocdesk keeps its settings, database, cache and logs on this machine."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ocdesk"
HOME_ENV = "OCDESK_HOME"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# SQLite's companions of the database file: they hold the same rows.
_DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")


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

    @property
    def insecure_secrets_file(self) -> Path:
        """Secrets of the profiles whose user chose `--insecure-storage` (see store.secret_file)."""
        return self.config_dir / "insecure-secrets.json"

    def ensure(self) -> AppPaths:
        """Create every folder and make them, and the files ocdesk keeps in them, private.

        Folders become 0700 and the settings, secrets and database files 0600, also when an
        older ocdesk (or a copy) left them readable by others. The database itself creates its
        file (store.db), after checking that nothing damaged stands in its place. Returns self.
        """
        for folder in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            make_private_dir(folder)
        companions = [self.database_file.with_name(self.database_file.name + suffix)
                      for suffix in ("", *_DATABASE_COMPANIONS)]  # fmt: skip
        for path in (self.settings_file, self.insecure_secrets_file, *companions):
            if not path.is_dir():
                make_private_file(path)
        return self


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and its parents) if needed, and make it 0700 on POSIX systems."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        os.chmod(folder, PRIVATE_DIR_MODE)


def make_private_file(path: Path, *, create: bool = False) -> None:
    """Make an existing `path` 0600 on POSIX systems; with `create`, make a missing one empty.

    Windows keeps per-user folders private by their ACLs; chmod there only sets read-only.
    """
    if create:
        # O_CREAT with the mode: never a moment when the new file is readable by others.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE))
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, PRIVATE_FILE_MODE)


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


def resource_dir() -> Path:
    """`ocdesk/resources/`: the translations and icons, part of the package wherever it is
    installed (a source tree, a wheel, or the PyInstaller build, which keeps the same layout)."""
    return Path(__file__).resolve().parents[1] / "resources"
