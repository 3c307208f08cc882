"""Desk pages, one folder per domain tab; `registry` names the pages each tab offers.

`kit/` holds what the pages share: the page base, forms, tables, the job runner, audit,
record cards and lists, and the desk words."""

from __future__ import annotations

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
