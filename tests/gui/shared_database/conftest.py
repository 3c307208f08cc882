"""The desk tests here run on a shared database of their own (the test cluster).

The modules say `pytest_plugins = ("gui_fixtures",)`: its fixtures build on the `context` here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from label_checks import gui_context

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.controller import PrintController
from ocdesk.session import Session
from ocdesk.store.postgres import PostgresDatabase


@pytest.fixture
def context(qapp: Any, oc_session: Session, pg_url: str) -> Iterator[AppContext]:
    """This desk's context on the shared database at pg_url (gui_fixtures' `context` on it)."""
    with gui_context(oc_session, pg_url) as ctx:
        yield ctx


@pytest.fixture
def controller(cups_controller: PrintController) -> PrintController:
    """Return labels go to the cups-pdf queue (gui_fixtures), on this shared database."""
    return cups_controller


@pytest.fixture
def desk_b(pg_url: str, tmp_path: Path) -> Iterator[PostgresDatabase]:
    """Another desk on the same shared database."""
    with PostgresDatabase(pg_url, local_dir=tmp_path / "desk-b") as db:
        yield db
