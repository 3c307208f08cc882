"""Helpers for the shared-database desk tests: another desk's print, waiting for a LISTEN."""

from __future__ import annotations

import threading

import psycopg

from ocdesk.labels.document import LabelIdentity
from ocdesk.labels.history import PrintHistory
from ocdesk.store.operator import Operator
from ocdesk.store.postgres import PostgresDatabase

DESK_B = Operator("Li Wei", "DESK-B", True)


def print_at_desk_b(db: PostgresDatabase, number: str, printer: str = "Zebra-1") -> int:
    identity = LabelIdentity("return", number, f"hash-{number}")
    return PrintHistory(db, lambda: DESK_B).record(identity, printer, None, "printed")


def wait_listening(url: str) -> None:
    """Until a desk's LISTEN is registered on the server."""
    with psycopg.connect(url) as conn:
        for _ in range(400):
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'"
            ).fetchone()
            if row and row[0]:
                return
            threading.Event().wait(0.05)
    raise AssertionError("the listener never started")
