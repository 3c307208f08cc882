"""A desk's context on a shared database of its own (the test cluster), and another desk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ocdesk.gui.context import AppContext, Stores
from ocdesk.session import Session
from ocdesk.store.audit import AuditLog
from ocdesk.store.paths import app_paths
from ocdesk.store.postgres import PostgresDatabase
from ocdesk.store.profiles import ProfileStore
from ocdesk.store.secrets import SecretStore


@pytest.fixture
def shared_context(qapp: Any, oc_session: Session, pg_url: str) -> Iterator[AppContext]:
    """This desk's context on the shared database at pg_url, opened as the console opens it."""
    paths = app_paths().ensure()
    db = PostgresDatabase(pg_url, local_dir=paths.data_dir / "shared", wait=False)
    stores = Stores(paths, ProfileStore(paths.settings_file), SecretStore(), db, AuditLog(db))
    context = AppContext(stores)
    context.set_session(oc_session)
    yield context
    assert context.api.shutdown(20_000), "background work did not finish"
    db.close()
    assert context.shared_database is not None
    context.shared_database.outbox.close()


@pytest.fixture
def desk_b(pg_url: str, tmp_path: Path) -> Iterator[PostgresDatabase]:
    """Another desk on the same shared database."""
    with PostgresDatabase(pg_url, local_dir=tmp_path / "desk-b") as db:
        yield db

