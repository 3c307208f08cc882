"""Shared fixtures for the GUI tests: garbage collected on the GUI thread, a scripted ApiService."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ocdesk.gui.interpreter import GuiThreadCollector  # noqa: E402
from ocdesk.gui.ops import ApiService  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def collect_on_gui_thread(qapp: Any) -> Iterator[GuiThreadCollector]:
    """As in the app: a sandbox or worker thread must never be the one that frees a widget."""
    collector = GuiThreadCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def collect_after_each_test(collect_on_gui_thread: GuiThreadCollector) -> Iterator[None]:
    yield
    gc.collect()  # here, on the GUI thread, what the test left behind


@pytest.fixture(autouse=True)
def desk_operator(monkeypatch: pytest.MonkeyPatch) -> str:
    """Someone works at every test's desk, so no window stops to ask who (tests of that unset it)."""
    monkeypatch.setenv("OCDESK_OPERATOR", "Desk Tester")
    return "Desk Tester"


class ScriptedCaller:
    """Stands in for OcClient.call: answers from a function, records the thread of each call."""

    def __init__(self) -> None:
        self.answer: Callable[[str, Any], Any] = lambda endpoint_id, data: {"echo": data}
        self.threads: list[threading.Thread] = []

    def __call__(self, endpoint_id: str, data: Any) -> Any:
        self.threads.append(threading.current_thread())
        return self.answer(endpoint_id, data)


@pytest.fixture
def caller() -> ScriptedCaller:
    return ScriptedCaller()


@pytest.fixture
def service(qapp: Any, caller: ScriptedCaller) -> Iterator[ApiService]:
    svc = ApiService(caller)
    yield svc
    assert svc.shutdown(10_000), "background work did not finish"
