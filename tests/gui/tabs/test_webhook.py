"""The Webhook tab: receiver settings, test callbacks, the sandbox calling in, the inbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from label_checks import gui_context  # noqa: E402

from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.tabs.webhook import ID, ORDER, WebhookTab  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402
from ocdesk.session import sandbox_session  # noqa: E402


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=7) as sb:
        yield sb


@pytest.fixture
def context(qtbot: Any, sandbox: Sandbox) -> Iterator[AppContext]:
    with gui_context(sandbox_session(sandbox.base_url)) as ctx:
        ctx.sandbox = sandbox
        yield ctx


@pytest.fixture
def tab(qtbot: Any, context: AppContext) -> Iterator[WebhookTab]:
    widget = WebhookTab(context)
    qtbot.addWidget(widget)
    widget.port.setValue(0)
    yield widget
    widget.stop_receiver()


def start(qtbot: Any, tab: WebhookTab) -> None:
    with qtbot.waitSignal(tab.sig_receiver_changed, timeout=5_000):
        tab.start_button.click()


def inbox(tab: WebhookTab) -> list[dict[str, Any]]:
    return tab.table.model._rows


def test_a_test_callback_lands_in_the_inbox(qtbot: Any, tab: WebhookTab) -> None:
    start(qtbot, tab)
    assert tab.status_label.text().startswith("Listening on http://127.0.0.1:")
    assert tab.status_label.text().endswith("/oc/webhook/outbound")  # before the test
    tab.test_button.click()
    # The row (pushed by the receiver) and the sender's answer arrive in either order.
    qtbot.waitUntil(
        lambda: len(inbox(tab)) == 1 and "accepted" in tab.status_label.text(), timeout=5_000
    )
    assert inbox(tab)[0][ORDER] == "OCO2000011384024GB"

    tab.table.table.selectRow(0)
    tab.mark_button.click()
    qtbot.waitUntil(lambda: inbox(tab)[0]["Handled"] != "not yet", timeout=5_000)
    assert "0 not handled" in tab.inbox_label.text()


def test_a_sandbox_started_after_the_tab_offers_to_call_in(
    qtbot: Any, sandbox: Sandbox, context: AppContext
) -> None:
    context.sandbox = None  # as `ocdesk --sandbox` builds the window before the sandbox is up
    widget = WebhookTab(context)
    qtbot.addWidget(widget)
    assert widget.link_button.isHidden()
    context.sandbox = sandbox
    context.set_session(context.session)
    assert not widget.link_button.isHidden()


def test_the_linked_sandbox_reports_status_changes(
    qtbot: Any, sandbox: Sandbox, tab: WebhookTab
) -> None:
    start(qtbot, tab)  # the signature check is on: the sandbox signs with the tenant's keys
    tab.link_button.click()
    qtbot.waitUntil(lambda: "sandbox now sends" in tab.status_label.text(), timeout=5_000)
    order = next(n for n, o in sorted(sandbox.world.store.outbound.items())
                 if o.status in ("created", "processing"))  # fmt: skip
    base = f"{sandbox.base_url}/__emu"
    assert requests.post(f"{base}/outbound/{order}/status", params={"to": "shipped"},
                         timeout=5).ok  # fmt: skip
    assert requests.post(f"{base}/webhook/flush", timeout=5).ok
    qtbot.waitUntil(lambda: any(r[ORDER] == order for r in inbox(tab)), timeout=10_000)
    row = next(r for r in inbox(tab) if r[ORDER] == order)
    assert row["Status"] == "Shipped" and row[ID]


def test_other_addresses_need_the_checkbox(qtbot: Any, tab: WebhookTab) -> None:
    tab.host.setText("0.0.0.0")
    tab.start_button.click()
    assert tab.receiver is None
    assert "Accept connections from other computers" in tab.status_label.text()

    tab.allow_remote.setChecked(True)
    assert tab.remote_warning.isVisibleTo(tab)
    start(qtbot, tab)
    assert tab.receiver is not None and tab.receiver.settings.host == "0.0.0.0"
