"""Every create, sent from the window under every way OC fails, says "outcome unknown" and is sent once."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import requests
from gui_fixtures import sandbox_context
from PySide6.QtWidgets import QMessageBox
from samples import Seeded, samples

from ocdesk.api import catalog
from ocdesk.gui.context import AppContext
from ocdesk.gui.tabs.endpoint_panel import EndpointPanel
from ocdesk.sandbox.http.server import Sandbox

CREATES = [e.id for e in catalog.business_endpoints() if e.creates]
FAULTS = ["reset", "reset_after", "http_502", "spring_500", "spring_500_after", "malformed_json"]


@pytest.fixture
def context(qapp, shared_sandbox: Sandbox) -> Iterator[AppContext]:
    with sandbox_context(shared_sandbox) as ctx:
        yield ctx


def _sent(sandbox: Sandbox, endpoint_id: str, reference: str) -> int:
    log = requests.get(sandbox.base_url + "/__emu/requests", timeout=10).json()
    return sum(1 for e in log if e["endpoint_id"] == endpoint_id and reference in json.dumps(e))


@pytest.mark.parametrize("kind", FAULTS)
@pytest.mark.parametrize("endpoint_id", CREATES)
def test_a_spoiled_create_says_outcome_unknown_names_the_reference_and_is_audited(
    qtbot,
    context: AppContext,
    shared_sandbox: Sandbox,
    endpoint_id: str,
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    assert context.session is not None
    data = samples(Seeded(context.session))[endpoint_id].ok
    (reference, *_) = catalog.get(endpoint_id).references_in(data)
    fault = {"endpoint": endpoint_id, "kind": kind, "count": 1}
    requests.post(
        f"{shared_sandbox.base_url}/__emu/faults", json=fault, timeout=5
    ).raise_for_status()
    panel = EndpointPanel(context, catalog.get(endpoint_id))
    qtbot.addWidget(panel)
    panel.set_data(data)

    with qtbot.waitSignal(panel.sig_failed, timeout=15_000):
        panel.send()

    headline = panel.error_panel.headline_label.text()
    assert headline.startswith("Outcome unknown"), headline
    assert reference in panel.error_panel.details_label.text()
    assert panel.error_panel.check_button.isVisibleTo(panel)
    assert _sent(shared_sandbox, endpoint_id, reference) == 1
    qtbot.waitUntil(
        lambda: any(
            e.state == "unknown" and reference in e.key_numbers
            for e in context.stores.audit.entries()
        ),
        timeout=5_000,
    )
