"""Prints kept on a desk while the shared database was away reach it once, and leave the desk."""

from __future__ import annotations

import shutil
from pathlib import Path

from ocdesk.labels.document import LabelIdentity
from ocdesk.labels.history import PrintHistory, audit_print
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.operator import Operator
from ocdesk.store.outbox import Outbox
from ocdesk.store.postgres import PostgresDatabase
from ocdesk.store.sql import Store

DESK_A = Operator("Ana", "DESK-A", True)


def keep_a_print(outbox: Outbox, number: str) -> None:
    def write(local: Store) -> list[tuple[str, int]]:
        printed = PrintHistory(local, lambda: DESK_A).record(
            LabelIdentity("return", number, "h1"), "Zebra-1", "4x6", "printed"
        )
        entry = audit_print(AuditLog(local, lambda: DESK_A), "p", number, reprint=False, ok=True,
                            detail="Zebra-1")  # fmt: skip
        return [("print_history", printed), ("audit_log", entry.id)]

    outbox.record(write)


def count(db: Store, table: str, number: str) -> int:
    column = "number" if table == "print_history" else "key_numbers"
    return int(db.query(f"SELECT count(*) FROM {table} WHERE instr({column}, ?) > 0",
                        (number,))[0][0])  # fmt: skip


def test_kept_prints_are_shared_once_even_when_a_copy_was_cut_short(
    tmp_path: Path, pg_url: str
) -> None:
    desk_file = tmp_path / "ocdesk.sqlite3"
    with Database(desk_file) as earlier:  # what this desk printed before it shared a database
        PrintHistory(earlier, lambda: DESK_A).record(
            LabelIdentity("return", "OCS1OLD", "h0"), "Zebra-1", None, "printed"
        )
    outbox = Outbox(desk_file)
    keep_a_print(outbox, "OCS1KEPT1")
    keep_a_print(outbox, "OCS1KEPT2")
    assert outbox.pending() == 2
    outbox.close()
    before_sharing = tmp_path / "before.sqlite3"
    shutil.copy(desk_file, before_sharing)  # the desk's file as it was when the copy started

    with PostgresDatabase(pg_url, local_dir=tmp_path / "a") as shared:
        outbox = Outbox(desk_file)
        assert outbox.send(shared) == 2
        outbox.close()
        # Cut short: the server has the rows, this desk's file still lists them. Again:
        shutil.copy(before_sharing, desk_file)
        outbox = Outbox(desk_file)
        assert outbox.send(shared) == 2

        for number in ("OCS1KEPT1", "OCS1KEPT2"):
            assert count(shared, "print_history", number) == 1
            assert count(shared, "audit_log", number) == 1
            assert count(outbox.db, "print_history", number) == 0  # left this desk
            assert count(outbox.db, "audit_log", number) == 0
        row = shared.query("SELECT workstation, printer FROM print_history WHERE number = ?",
                           ("OCS1KEPT1",))[0]  # fmt: skip
        assert (row[0], row[1]) == ("DESK-A", "Zebra-1")
        assert count(shared, "print_history", "OCS1OLD") == 0  # never in the outbox
        assert count(outbox.db, "print_history", "OCS1OLD") == 1
        assert outbox.pending() == 0
        outbox.close()


def test_a_desk_that_never_kept_anything_has_nothing_to_send(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "none.sqlite3")
    assert outbox.pending() == 0
    assert not (tmp_path / "none.sqlite3").exists()  # not made just to say so
