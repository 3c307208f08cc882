"""Freight and cost estimates against the sandbox: services compared, waiting, timing out."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from gui_fixtures import own_sandbox, sandbox_context  # noqa: E402

from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.pages.outbound.freight import FreightPage  # noqa: E402
from ocdesk.gui.pages.pricing.tab import CostEstimatePage  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with own_sandbox(6) as sb:
        yield sb


@pytest.fixture
def context(qtbot: Any, sandbox: Sandbox) -> Iterator[AppContext]:
    with sandbox_context(sandbox) as ctx:
        yield ctx


def configure(sb: Sandbox, **changes: Any) -> None:
    response = requests.post(f"{sb.base_url}/__emu/config", json=changes, timeout=5)
    assert response.status_code == 200, response.text


def totals(page: Any) -> list[float]:
    return [s["total"] for s in page.comparison.services if s["success"]]


def test_freight_estimate_lists_services_cheapest_first(qtbot: Any, context: Any) -> None:
    page = FreightPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_rows_shown, timeout=10_000) as shown:
        page.load_defaults()
    assert shown.args[0] > 1
    assert totals(page) == sorted(totals(page)) and len(totals(page)) > 1
    assert page.comparison.headline.text().startswith("Cheapest: <b>")
    assert page.comparison.service_codes()[0] in page.comparison.headline.text()


def test_missing_sizes_are_marked_and_nothing_is_sent(qtbot: Any, context: Any) -> None:
    page = FreightPage(context)
    qtbot.addWidget(page)
    page.inputs.set_data({"serviceRegion": "UK", "consigneeCountryCode": "GB",
                          "consigneePostCode": "SW1A 1AA", "skuType": False,
                          "skuList": [{"skuId": "BOX", "pieceQuantity": 1}]})  # fmt: skip
    assert page.inputs.data("outbound.freight_sync") is None
    assert "length" in page.inputs.skus.error_label.text().lower()
    assert not page.busy.isVisibleTo(page)


def test_cost_estimate_waits_for_oc_then_shows_services(
    qtbot: Any, sandbox: Sandbox, context: Any
) -> None:
    configure(sandbox, pricing_delay_s=1)
    page = CostEstimatePage(context)
    page.poll_every = 0.3
    qtbot.addWidget(page)
    waited: list[str] = []
    page.job.sig_progress.connect(lambda _d, _t, text: waited.append(text))
    page.load_defaults()
    with qtbot.waitSignal(page.sig_rows_shown, timeout=15_000):
        page.submit_button.click()
    assert any(text.startswith("Waiting for OC…") for text in waited)
    assert totals(page) == sorted(totals(page)) and totals(page)


def test_timeout_says_so_and_fetch_result_gets_it_later(
    qtbot: Any, sandbox: Sandbox, context: Any
) -> None:
    configure(sandbox, pricing_delay_s=1.5)
    page = CostEstimatePage(context)
    page.poll_every, page.timeout = 0.2, 0.2
    qtbot.addWidget(page)
    page.load_defaults()
    page.submit_button.click()
    qtbot.waitUntil(lambda: "has not finished pricing" in page.note.text(), timeout=10_000)
    reference = page.reference.text()
    assert reference.startswith("EST-") and reference in page.note.text()
    assert page.comparison.services == []

    page.timeout = 10
    with qtbot.waitSignal(page.sig_rows_shown, timeout=15_000):
        page.fetch_button.click()
    assert totals(page)
