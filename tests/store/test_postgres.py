"""The shared database on a real PostgreSQL: schema, several desks at once, outages, changes."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from pathlib import Path

import psycopg
import pytest
from pg_server import PgServer, wait_listening

from ocdesk.sandbox.http.server import Sandbox
from ocdesk.store import location
from ocdesk.store.db import MIGRATIONS, Database
from ocdesk.store.paths import app_paths
from ocdesk.store.postgres import PostgresDatabase, pyformat, shown_location
from ocdesk.store.postgres_schema import POSTGRES_MIGRATIONS
from ocdesk.store.sql import DatabaseError, DatabaseUnavailable
from ocdesk.webhook import WebhookInbox

EVENT = {"eventId": "E1", "orderNumber": "OCO1", "status": "SHIPPED"}


def test_the_stores_placeholders_become_psycopgs_and_quoted_text_is_left_alone() -> None:
    assert pyformat("SELECT * FROM t WHERE a = ? AND b IN (?, ?)") == (
        "SELECT * FROM t WHERE a = %s AND b IN (%s, %s)"
    )
    assert pyformat("UPDATE t SET a = :a WHERE id = :id") == "UPDATE t SET a = %(a)s WHERE id = %(id)s"
    assert pyformat("SELECT '50% off?', \"odd?col\" FROM t WHERE x LIKE ?") == (
        "SELECT '50%% off?', \"odd?col\" FROM t WHERE x LIKE %s"
    )


def test_both_backends_end_with_the_same_tables_and_columns(tmp_path: Path, pg_url: str) -> None:
    with Database(tmp_path / "x.sqlite3") as lite:
        tables = [r[0] for r in lite.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
        lite_columns = {
            (table, row["name"])
            for table in tables
            if table != "sqlite_sequence"
            for row in lite.query(f"PRAGMA table_info({table})")
        }
    with PostgresDatabase(pg_url, local_dir=tmp_path) as shared:
        rows = shared.query(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND table_name != 'ocdesk_schema'"
        )
        assert shared.version == len(POSTGRES_MIGRATIONS)
    assert {(r[0], r[1]) for r in rows} == lite_columns
    assert len(MIGRATIONS) >= len(POSTGRES_MIGRATIONS)


def test_desks_starting_together_upgrade_the_schema_once(tmp_path: Path, pg_url: str) -> None:
    """Eight processes open a new shared database at the same moment: one creates the tables
    (under the advisory lock), the others wait and find them; none fails."""
    script = (
        "import sys; from pathlib import Path; from ocdesk.store.postgres import PostgresDatabase\n"
        "db = PostgresDatabase(sys.argv[1], local_dir=Path(sys.argv[2]))\n"
        "print(db.version); db.close()\n"
    )
    desks = [
        subprocess.Popen([sys.executable, "-c", script, pg_url, str(tmp_path)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        for _ in range(8)
    ]
    outputs = [desk.communicate(timeout=60) for desk in desks]

    assert [desk.returncode for desk in desks] == [0] * 8, [err for _, err in outputs]
    assert {out.strip() for out, _ in outputs} == {str(len(POSTGRES_MIGRATIONS))}
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM ocdesk_schema").fetchone() == (1,)


def test_a_database_from_a_newer_ocdesk_is_refused_and_left_alone(
    tmp_path: Path, pg_url: str
) -> None:
    PostgresDatabase(pg_url, local_dir=tmp_path).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE ocdesk_schema SET version = 999")

    with pytest.raises(DatabaseError, match="newer ocdesk.*999"):
        PostgresDatabase(pg_url, local_dir=tmp_path)
    with PostgresDatabase(pg_url, local_dir=tmp_path, wait=False) as console:  # at its first call
        for _ in range(2):
            with pytest.raises(DatabaseError, match="newer ocdesk.*999"):
                console.query("SELECT 1")
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version FROM ocdesk_schema").fetchone() == (999,)


def test_an_unreachable_server_is_said_at_once_with_its_address_and_never_the_password(
    tmp_path: Path,
) -> None:
    port = closed_port()
    url = f"postgresql://desk@127.0.0.1:{port}/warehouse"
    with pytest.raises(DatabaseUnavailable) as raised:
        PostgresDatabase(url, local_dir=tmp_path, password="s3cret-pw")

    message = str(raised.value)
    assert f"postgresql://desk@127.0.0.1:{port}/warehouse" in message
    assert "cannot be reached" in message and "s3cret-pw" not in message


def test_shown_location_never_holds_the_password() -> None:
    assert shown_location("postgresql://desk:pw@db.lan:5433/wh") == "postgresql://desk@db.lan:5433/wh"


def test_another_desks_print_is_announced_within_a_second(tmp_path: Path, pg_url: str) -> None:
    with (
        PostgresDatabase(pg_url, local_dir=tmp_path / "a") as desk_a,
        PostgresDatabase(pg_url, local_dir=tmp_path / "b") as desk_b,
    ):
        seen: list[str] = []
        arrived = threading.Event()

        def changed(table: str) -> None:
            seen.append(table)
            arrived.set()

        stop = desk_b.watch(changed)
        desk_b.query("SELECT 1")  # the listener connects while this runs
        wait_listening(pg_url)
        WebhookInbox(desk_a).store(EVENT, json.dumps(EVENT))

        assert arrived.wait(1.0), "no notification within a second"
        stop()
    assert seen[0] == "webhook_inbox"


def test_a_server_that_stops_and_comes_back_costs_calls_in_between_not_the_desk(
    tmp_path: Path, pg_server: PgServer, pg_url: str
) -> None:
    with PostgresDatabase(pg_url, local_dir=tmp_path) as db:
        inbox = WebhookInbox(db)
        inbox.store(EVENT, json.dumps(EVENT))
        pg_server.stop()
        try:
            with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
                inbox.count()
        finally:
            pg_server.start()
        assert inbox.count() == 1


def test_the_console_and_the_cli_open_the_shared_database_when_it_is_set(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = app_paths().ensure()
    monkeypatch.setenv(location.DATABASE_URL_ENV, pg_url)

    opened = location.open_store(paths)

    assert opened.db.kind == "postgresql"
    opened.db.close()
    assert not paths.database_file.exists()  # nothing was written to this PC's file


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("mysql://db/wh", "starts with postgresql://"),
        ("postgresql://desk:pw@db.lan/wh", "Leave the password out"),
    ],
)
def test_a_bad_address_is_refused_with_what_to_write(url: str, problem: str) -> None:
    assert problem in (location.check_url(url) or "")


def test_the_cli_says_the_shared_database_is_down_and_exits_5(
    shared_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ocdesk import cli

    down = f"postgresql://desk@127.0.0.1:{closed_port()}/wh"
    monkeypatch.setenv(location.DATABASE_URL_ENV, down)
    code = cli.main(["find", "OCO2000009385032GB", "--sandbox-url", shared_sandbox.base_url])

    assert code == cli.EXIT_NETWORK
    assert "shared database" in capsys.readouterr().err


def closed_port() -> int:
    """A loopback port that was free a moment ago: connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])

