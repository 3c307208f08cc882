"""Workflow fixtures: a private sandbox for tests that change its state (faults, clock, config)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session


@pytest.fixture
def own_sandbox() -> Iterator[Sandbox]:
    """A sandbox of this test alone: faults, clock and config changes stay here."""
    with Sandbox(seed=7) as sb:
        yield sb


@pytest.fixture
def own_session(own_sandbox: Sandbox) -> Session:
    return sandbox_session(own_sandbox.base_url)
