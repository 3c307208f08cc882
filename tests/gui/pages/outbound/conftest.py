"""The Outbound tests' own sandbox (they cancel and create orders) and a context logged in to it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_fixtures import own_sandbox, sandbox_context

from ocdesk.gui.context import AppContext
from ocdesk.sandbox.http.server import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with own_sandbox(4) as sb:
        yield sb


@pytest.fixture
def context(qtbot: Any, sandbox: Sandbox) -> Iterator[AppContext]:
    with sandbox_context(sandbox) as ctx:
        yield ctx
