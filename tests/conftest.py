"""Fixtures for the whole suite: an isolated home, a test keyring, and a sandbox with a client."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from memory_keyring import MemoryKeyring
from pg_server import PgServer, start_server

from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session
from ocdesk.store.db import Database
from ocdesk.store.sql import Store

# Qt runs offscreen in every test; conftest is imported before any test module.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def ocdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs with its own OCDESK_HOME, never the user's real folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("OCDESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def test_keyring() -> Iterator[MemoryKeyring]:
    """A fresh in-memory keyring per test, chosen explicitly; the previous one comes back after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def shared_sandbox() -> Iterator[Sandbox]:
    """One seeded sandbox for a test module whose tests only read, or create unique things."""
    with Sandbox(seed=1) as sb:
        yield sb


@pytest.fixture(scope="module")
def oc_session(shared_sandbox: Sandbox) -> Session:
    """A session logged in to the shared sandbox through the real OAuth code path."""
    return sandbox_session(shared_sandbox.base_url)


@pytest.fixture
def root_logging() -> Iterator[logging.Logger]:
    """The root logger, with its handlers and level put back (and new handlers closed) after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    filters = {h: list(h.filters) for h in handlers}
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    for handler, kept in filters.items():
        handler.filters[:] = kept
    root.setLevel(level)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throwaway PostgreSQL cluster for the whole run (tests/pg_server.py)."""
    server = start_server()
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """The address of a new, empty database on the test cluster."""
    return pg_server.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same tests on both backends: this PC's SQLite file and a shared PostgreSQL database."""
    if request.param == "sqlite":
        store: Store = Database(tmp_path / "ocdesk.sqlite3")
    else:
        from ocdesk.store.postgres import PostgresDatabase

        url = request.getfixturevalue("pg_url")
        store = PostgresDatabase(url, local_dir=tmp_path / "desk")
    yield store
    store.close()
