"""Which database this desk keeps its records in: its own SQLite file, or the warehouse's.

`OCDESK_DATABASE_URL` (for scripts, `ocdesk serve` and a desk set up by its administrator)
wins over the preference the console sets; neither means the embedded SQLite file. The shared
database's password is never in either: it is in the keyring under the database's shown
address, or in libpq's own places (PGPASSWORD, ~/.pgpass).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ocdesk.api.text import translate
from ocdesk.store.paths import AppPaths
from ocdesk.store.sql import DatabaseError

# The SQLite and PostgreSQL modules are imported by `open_store`, for the one it opens: which
# it is can be asked (`shared_database_url`) before the window's first paint, at no cost.
if TYPE_CHECKING:
    from ocdesk.store.db import OpenedDatabase
    from ocdesk.store.profiles import ProfileStore
    from ocdesk.store.secrets import SecretStore

DATABASE_URL_ENV = "OCDESK_DATABASE_URL"
DATABASE_URL_PREF = "store.database_url"
PASSWORD_KIND = "database_password"
_SCHEMES = ("postgresql://", "postgres://")


def shared_database_url(profiles: ProfileStore | None = None) -> str | None:
    """The shared database's address this desk is set to use, if any."""
    url = os.environ.get(DATABASE_URL_ENV, "").strip()
    if not url and profiles is not None:
        url = str(profiles.get_pref(DATABASE_URL_PREF, "") or "").strip()
    return url or None


def check_url(url: str) -> str | None:
    """What is wrong with a typed database address, in words; None when it will do."""
    if not url.startswith(_SCHEMES):
        return translate("database", "A shared database address starts with postgresql:// "
                         "(postgresql://user@host/db).")  # fmt: skip
    from ocdesk.store.postgres import address_parts

    if address_parts(url) is None:
        return translate("database", "This is not a database address ocdesk can read: "
                         "postgresql://user@host:5432/db.")  # fmt: skip
    if urlsplit(url).password:
        return translate("database", "Leave the password out of the address: ocdesk keeps it "
                         "in the system keyring.")  # fmt: skip
    return None


def open_store(
    paths: AppPaths,
    profiles: ProfileStore | None = None,
    secrets: SecretStore | None = None,
    *,
    check: bool = True,
    wait: bool = True,
) -> OpenedDatabase:
    """The database this desk uses; `DatabaseUnavailable` when the shared one cannot be reached.

    `check` is the SQLite file's full check (store/db.py); the shared database needs none.
    `wait=False` (the console) opens the shared one without waiting for its server: calls
    raise `DatabaseUnavailable` until it answers.
    """
    from ocdesk.store.db import OpenedDatabase, open_database

    url = shared_database_url(profiles)
    if url is None:
        return open_database(paths.database_file, check=check)
    problem = check_url(url)
    if problem:
        raise DatabaseError(f"{DATABASE_URL_ENV}/{DATABASE_URL_PREF}: {problem}")
    from ocdesk.store.postgres import PostgresDatabase, shown_location

    if secrets is None:  # the keyring is opened only for a shared database
        from ocdesk.store.secrets import SecretStore

        secrets = SecretStore()
    password = secrets.get(shown_location(url), PASSWORD_KIND)
    shared = PostgresDatabase(url, local_dir=_local_dir(paths), password=password, wait=wait)
    return OpenedDatabase(shared)


def _local_dir(paths: AppPaths) -> Path:
    """What stays on this desk beside a shared database (the owners' locks)."""
    folder = paths.data_dir / "shared-database"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
