"""Client-side batch splitting to OC's per-call limits (docs/OC-API.md rule C11)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ocdesk.api import catalog
from ocdesk.api.catalog import Endpoint

T = TypeVar("T")


def chunks[T](items: Sequence[T], size: int) -> list[list[T]]:
    """`items` in order, cut into lists of at most `size`; an empty input gives no chunks."""
    if size <= 0:
        raise ValueError(f"batch size must be positive, not {size}")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def limit_for(endpoint: Endpoint | str) -> int | None:
    """How many items one call of `endpoint` may carry, or None when OC sets no limit."""
    found = catalog.get(endpoint) if isinstance(endpoint, str) else endpoint
    return found.batch_limit
