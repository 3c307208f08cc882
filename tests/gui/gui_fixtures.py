"""Fixtures and helpers the desk-page, label and station tests share (import what a module uses).

A test module using the fixtures says `pytest_plugins = ("gui_fixtures",)`; its own fixture of
the same name wins (the desk pages that run a sandbox of their own). Helpers are plain functions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import requests
from label_checks import CUPS_QUEUE, gui_context, require_cups_queue
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.controller import PrintController, PrinterChoice
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session


@pytest.fixture
def context(qapp: Any, oc_session: Session) -> Iterator[AppContext]:
    """The app's context logged in to the session-wide sandbox."""
    with gui_context(oc_session) as ctx:
        yield ctx


@pytest.fixture
def kept(qtbot: Any, context: AppContext) -> Iterator[list[Any]]:
    """Holds the test's windows until their background work has reported.

    An op still running holds its window's callbacks; if it held the last reference, freeing
    the op would free the window in the middle of it.
    """
    windows: list[Any] = []
    yield windows
    qtbot.waitUntil(lambda: context.api.busy_count == 0, timeout=20_000)


@pytest.fixture
def cups_controller(context: AppContext) -> PrintController:
    """A print controller sending return labels to the cups-pdf queue (skips without it)."""
    require_cups_queue()
    controller = PrintController(context)
    controller.set_choice("return", PrinterChoice(CUPS_QUEUE, None, "cups"))
    return controller


@contextmanager
def own_sandbox(seed: int, *, instant: bool = False) -> Iterator[Sandbox]:
    """A sandbox of the test's own; `instant`: orders move on through their statuses at once."""
    with Sandbox(seed=seed) as sb:
        if instant:
            requests.post(f"{sb.base_url}/__emu/config", json={"status_step_s": 0}, timeout=10)
        yield sb


@contextmanager
def sandbox_context(sb: Sandbox) -> Iterator[AppContext]:
    """The app's context logged in to `sb`."""
    with gui_context(sandbox_session(sb.base_url)) as ctx:
        yield ctx


def requests_for(sb: Sandbox, endpoint_id: str) -> list[dict[str, Any]]:
    """What the sandbox was sent for `endpoint_id` since its log was last cleared."""
    listing = requests.get(f"{sb.base_url}/__emu/requests", timeout=10).json()
    items = listing if isinstance(listing, list) else listing.get("requests", [])
    return [r for r in items if r.get("endpoint_id") == endpoint_id]


def data_sent(sb: Sandbox, endpoint_id: str) -> list[dict[str, Any]]:
    """The `data` of each call of `endpoint_id` the sandbox received."""
    return [json.loads(r["body"])["data"] for r in requests_for(sb, endpoint_id)]


def when_modal[T](kind: type[T], act: Callable[[T], Any]) -> QTimer:
    """Acts on the next modal dialog of `kind` as soon as it opens, as a user would.

    The timer stops once it has acted: `isActive()` still True means the dialog never opened.
    """
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            timer.stop()
            act(dialog)

    timer.timeout.connect(look)
    timer.start()
    return timer
