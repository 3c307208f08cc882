"""The shape every long job shares: how it calls OC, reports progress and notices cancellation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ocdesk.api.result import OcResult

Call = Callable[[str, Any], OcResult]
"""Sends one OC call by catalog id, e.g. `Session.call`; raises the OcError that explains a failure."""

Progress = Callable[[int, int, str], None]
"""(done, total, what is happening). `total` 0 means the total is not known yet."""

Cancelled = Callable[[], bool]
"""True once the user asked to stop; a job then returns what it has so far."""


def tell(progress: Progress | None, done: int, total: int, text: str) -> None:
    """Report progress when somebody listens."""
    if progress is not None:
        progress(done, total, text)


def stopped(cancelled: Cancelled | None) -> bool:
    """True when the user asked the job to stop."""
    return cancelled is not None and cancelled()
