"""The error panel tells network, gateway and server failures in words, technical text behind
Details, and says how old the rows still shown under it are."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
import requests
from label_checks import gui_context
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ocdesk.api.errors import OcError, OutcomeUnknown, TransportError
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.sku.find import FindSkusPage
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.words import moment_text
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session

PYTHON_WORDS = re.compile(r"HTTPConnectionPool|Errno|NewConnectionError|Max retries|Traceback")


def shown_text(panel: ErrorPanel) -> str:
    """What the panel shows without a click: every visible label."""
    labels = (panel.headline_label, panel.summary_label, panel.stale_label, panel.hint_label,
              panel.details_label)  # fmt: skip
    return "\n".join(label.text() for label in labels if label.isVisibleTo(panel))


def failure(session: Session, endpoint_id: str = "warehouse.services") -> OcError:
    with pytest.raises(OcError) as caught:
        session.client.call(endpoint_id, {})
    return caught.value


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=3) as sb:
        yield sb


@pytest.fixture
def panel(qtbot: Any) -> Iterator[ErrorPanel]:
    screen = QWidget()  # the screen the panel sits on: held here, or Python frees it
    qtbot.addWidget(screen)
    panel = ErrorPanel(screen)
    QVBoxLayout(screen).addWidget(panel)
    screen.show()
    yield panel
    screen.close()


def inject(sb: Sandbox, kind: str) -> None:
    fault = {"endpoint": "warehouse.services", "kind": kind, "count": 5}
    requests.post(f"{sb.base_url}/__emu/faults", json=fault, timeout=5).raise_for_status()


def test_a_closed_port_reads_as_oc_cannot_be_reached_with_details_one_click_away(
    qtbot: Any, panel: ErrorPanel
) -> None:
    with Sandbox(seed=3) as sb:
        session = sandbox_session(sb.base_url)
    error = failure(session)  # the sandbox has stopped: its port is closed
    assert isinstance(error, TransportError) and "Errno" in error.message

    panel.show_error(error)
    shown = shown_text(panel)
    assert "OC cannot be reached: check the network connection" in shown
    assert "sandbox is running" in shown  # a local address: the sandbox may be stopped
    assert "Nothing reached OC" in panel.hint_label.text()
    assert not PYTHON_WORDS.search(shown), shown
    # One click shows what support needs, Python's words included.
    assert panel.details_button.isVisibleTo(panel)
    panel.details_button.click()
    assert panel.details_label.isVisibleTo(panel)
    assert "HTTPConnectionPool" in panel.details_label.text()
    panel.details_button.click()
    assert not panel.details_label.isVisibleTo(panel)


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("http_502", "OC's service is not available right now: its gateway answered with an "
                     "error page (HTTP 502)"),
        ("http_504", "gateway answered with an error page (HTTP 504)"),
        ("spring_500", "OC had a problem on its side (HTTP 500): OC's server reported 500 "
                       "Internal Server Error"),
        ("busy", "OC says it is busy: “System busy, please try again later”"),
        ("malformed_json", "OC's answer could not be read (HTTP 200)"),
        ("reset", "The connection to OC broke during the call"),
    ],
)
def test_gateway_and_server_failures_in_words_with_ocs_own_message(
    qtbot: Any, panel: ErrorPanel, sandbox: Sandbox, kind: str, words: str
) -> None:
    inject(sandbox, kind)
    error = failure(sandbox_session(sandbox.base_url))
    panel.show_error(error)
    shown = shown_text(panel)
    assert words in panel.headline_label.text(), panel.headline_label.text()
    assert "<html" not in shown.lower() and not PYTHON_WORDS.search(shown), shown
    assert panel.hint_label.text()  # what to do
    assert panel.details_button.isVisibleTo(panel)


def test_a_slow_oc_and_an_unknown_address_are_told_apart(
    qtbot: Any, panel: ErrorPanel, sandbox: Sandbox
) -> None:
    session = sandbox_session(sandbox.base_url)
    client = session.client
    assert client is not None
    client._timeout = (5.0, 0.3)
    fault = {"endpoint": "warehouse.services", "kind": "latency", "count": 5, "delay_ms": 1500}
    requests.post(f"{sandbox.base_url}/__emu/faults", json=fault, timeout=5).raise_for_status()
    panel.show_error(failure(session))
    assert panel.headline_label.text().startswith("OC did not answer in time")
    assert not PYTHON_WORDS.search(shown_text(panel))

    client.conn = dataclasses.replace(client.conn, base_url="http://oc-desk-test.invalid")
    panel.show_error(failure(session))
    assert panel.headline_label.text().startswith("OC's address cannot be found")
    assert "sandbox" not in shown_text(panel)  # not a local address: nothing about a sandbox
    assert not PYTHON_WORDS.search(shown_text(panel))


def test_a_write_lost_on_the_way_keeps_its_doubt_and_says_what_broke(
    qtbot: Any, panel: ErrorPanel
) -> None:
    cause = TransportError(
        "The connection to OC broke during the call (('Connection aborted.', "
        "RemoteDisconnected('Remote end closed connection without response')))",
        outcome_unknown=True,
    )
    panel.show_error(OutcomeUnknown(cause, ["DESK-1"]))
    assert panel.headline_label.text().startswith("Outcome unknown")
    assert "The connection to OC broke during the call" in panel.summary_label.text()
    assert "Reference: DESK-1" in panel.summary_label.text()
    assert "look it up before sending it again" in panel.hint_label.text()
    assert "RemoteDisconnected" not in shown_text(panel)


def test_the_panel_says_how_old_the_rows_beside_it_are(qtbot: Any, panel: ErrorPanel) -> None:
    screen = panel.parentWidget()
    results = ResultsView(screen)
    screen.layout().addWidget(results)
    results.show()
    error = TransportError("Could not reach OC (HTTPConnectionPool(host='oc.example'): [Errno 111])")
    panel.show_error(error)
    assert not panel.stale_label.isVisibleTo(panel)  # no rows: nothing to date

    results.set_rows([{"orderNumber": "OCO1"}])
    results.rows_from = datetime.now().astimezone() - timedelta(minutes=7)
    panel.show_error(error)
    assert panel.stale_label.isVisibleTo(panel)
    assert panel.stale_label.text() == f"The rows below are from {moment_text(results.rows_from)}."
    assert re.fullmatch(r"The rows below are from \d{1,2}:\d\d( [AP]M)?\.", panel.stale_label.text())
    # An earlier day's rows say the day too.
    results.rows_from -= timedelta(days=2)
    panel.show_error(error)
    assert re.search(r"\d{4}|\d{1,2}/\d{1,2}", panel.stale_label.text())


def test_a_desk_page_whose_sandbox_stopped_keeps_its_rows_and_says_from_when(
    qtbot: Any, kept: list[Any]
) -> None:
    sb = Sandbox(seed=3)
    sb.start()
    with gui_context(sandbox_session(sb.base_url)) as context:
        page = shown_page(qtbot, context)
        kept.append(page)
        with qtbot.waitSignal(page.sig_rows_shown, timeout=20_000):
            page.load_defaults()
        rows = page.results.visible_rows()
        assert rows
        sb.stop()
        page.search()
        qtbot.waitUntil(page.errors.isVisible, timeout=30_000)
        shown = shown_text(page.errors)
        assert "OC cannot be reached" in shown and "sandbox is running" in shown
        assert not PYTHON_WORDS.search(shown), shown
        assert page.errors.stale_label.text().startswith("The rows below are from ")
        assert page.results.visible_rows() == rows  # the earlier rows stay, dated
        page.errors.details_button.click()
        assert "Errno" in page.errors.details_label.text()
        qtbot.waitUntil(lambda: context.api.busy_count == 0, timeout=30_000)


def shown_page(qtbot: Any, context: AppContext) -> FindSkusPage:
    page = FindSkusPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def kept(qtbot: Any) -> Iterator[list[Any]]:
    windows: list[Any] = []
    yield windows
