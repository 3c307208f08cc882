"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder.

It runs as an ordinary user (PostgreSQL refuses root): the current one, or `postgres` (made by
Debian's package) when the tests run as root. Each test gets a database of its own. Without
PostgreSQL's programs the shared-store tests are skipped, except under CI, where they fail.
`OCDESK_TEST_DATABASE_URL` points the tests at a server of your own instead (its databases
`ocdesk_t*` are created and dropped).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest


@dataclass
class PgServer:
    """A running server: `new_database()` gives the URL of a fresh, empty database."""

    admin_url: str
    folder: Path | None = None
    bin_dir: Path | None = None
    run_as: str | None = None
    options: str = ""
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def new_database(self) -> str:
        name = f"ocdesk_t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.admin_url.rsplit("/", 1)[0] + f"/{name}"

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (it can be started again with `start()`)."""
        self._pg_ctl("stop", "-m", mode)

    def start(self) -> None:
        self._pg_ctl("start", "-o", self.options)

    def close(self) -> None:
        if self.folder is not None:
            self._pg_ctl("stop", "-m", "immediate", check=False)
            shutil.rmtree(self.folder, ignore_errors=True)

    def _pg_ctl(self, *args: str, check: bool = True) -> None:
        if self.folder is None or self.bin_dir is None:
            pytest.skip("the server is not one the tests started")
        data = self.folder / "data"
        command = [str(self.bin_dir / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "log"),
                   "-w", "-t", "30", *args]  # fmt: skip
        subprocess.run(_as(self.run_as, command), check=check, capture_output=True, timeout=60)


def start_server() -> PgServer:
    """The server for this test run (or a skip/fail saying why there is none)."""
    own = os.environ.get("OCDESK_TEST_DATABASE_URL")
    if own:
        return PgServer(own)
    bin_dir = _bin_dir()
    if bin_dir is None:
        _unavailable("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    run_as = _user_to_run_as()
    folder = Path(tempfile.mkdtemp(prefix="ocdesk-pg-"))
    if run_as:
        account = pwd.getpwnam(run_as)
        os.chown(folder, account.pw_uid, account.pw_gid)
    port = _free_port()
    init = [str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", "ocdesk", "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync"]  # fmt: skip
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")  # fmt: skip
    admin_url = f"postgresql://ocdesk@127.0.0.1:{port}/postgres"
    server = PgServer(admin_url, folder, bin_dir, run_as, options)
    try:
        subprocess.run(_as(run_as, init), check=True, capture_output=True, timeout=120)
        server.start()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        stderr = getattr(exc, "stderr", b"") or b""
        _unavailable(f"PostgreSQL did not start: {stderr.decode(errors='replace')} {log}")
    return server


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def _user_to_run_as() -> str | None:
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        _unavailable("the tests run as root and there is no 'postgres' user to run PostgreSQL as")
    return "postgres"


def _as(user: str | None, command: list[str]) -> list[str]:
    return ["runuser", "-u", user, "--", *command] if user else command


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"the shared-store tests need PostgreSQL under CI: {reason}")
    pytest.skip(reason)


def wait_listening(url: str) -> None:
    """Until a desk's LISTEN is registered on the server (each look in a transaction of its
    own: within one, PostgreSQL keeps showing the activity it saw first)."""
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(400):
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'"
            ).fetchone()
            if row and row[0]:
                return
            threading.Event().wait(0.05)
    raise AssertionError("the listener never started")
