"""Desk workflows, one module per domain tab; each module's `pages()` lists what its tab offers.

A module `ocdesk.gui.workflows.<group lower-case>` (sku, stock, ...) defines
`pages() -> list[WorkflowPage]`; DomainTab shows those pages above the raw API calls.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ocdesk.gui.context import AppContext


@dataclass(frozen=True)
class WorkflowPage:
    """One task of a tab ("Create SKUs from CSV").

    `build(context)` makes its widget on first use. A widget may define `load_defaults()` (run
    once the session is ready, when `default` is True: the tab opens on this page with data)
    and a `sig_rows_shown(int)` signal (relayed so start-up knows data is on screen).
    """

    key: str
    title: str
    build: Callable[[AppContext], QWidget]
    default: bool = False
    tooltip: str = ""


def pages_for(group: str) -> list[WorkflowPage]:
    """The workflow pages of `group`'s tab; none when the group has no module yet."""
    name = f"{__name__}.{group.lower()}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return []
    return list(module.pages())
