"""A console opens the shared database without waiting for its server, and hears it is down."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pg_server import PgServer

from ocdesk.store.postgres import CONNECT_TIMEOUT_S, PostgresDatabase
from ocdesk.store.postgres_schema import POSTGRES_MIGRATIONS
from ocdesk.store.sql import DatabaseUnavailable


def test_opening_while_the_server_is_down_waits_for_nothing_and_calls_fail_fast(
    tmp_path: Path, pg_server: PgServer, pg_url: str
) -> None:
    heard: list[DatabaseUnavailable] = []
    pg_server.stop()
    try:
        started = time.monotonic()
        db = PostgresDatabase(pg_url, local_dir=tmp_path, wait=False)
        opened_in = time.monotonic() - started
        db.on_unreachable(heard.append)
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
            db.ping()
        failed_in = time.monotonic() - started
    finally:
        pg_server.start()
    try:
        assert opened_in < 0.5
        assert failed_in < CONNECT_TIMEOUT_S + 1
        assert len(heard) == 1
        db.ping()  # the server is back: the first call that reaches it builds the schema
        assert db.version == len(POSTGRES_MIGRATIONS)
    finally:
        db.close()

