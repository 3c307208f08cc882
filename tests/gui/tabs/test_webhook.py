"""The Webhook tab: receiver settings, test callbacks, the sandbox calling in, the inbox."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
from label_checks import gui_context  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.tabs import webhook_inbox  # noqa: E402
from ocdesk.gui.tabs.webhook import ID, ORDER, WebhookTab  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402
from ocdesk.session import sandbox_session  # noqa: E402
from ocdesk.webhook import send_test_event  # noqa: E402
from ocdesk.webhook.sender import sample_event  # noqa: E402


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


def test_ports_and_the_proxy_wait_behind_advanced_set_up(qtbot: Any, tab: WebhookTab) -> None:
    tab.show()
    shown = " ".join(label.text() for label in tab.findChildren(QLabel) if label.isVisible())
    assert "nginx" not in shown and "127.0.0.1:PORT" not in shown, shown
    assert not tab.port.isVisible() and not tab.host.isVisible()
    tab.advanced_button.click()
    shown = " ".join(label.text() for label in tab.findChildren(QLabel) if label.isVisible())
    assert "nginx" in shown and tab.port.isVisible() and tab.host.isVisible()


def test_other_addresses_need_the_checkbox(qtbot: Any, tab: WebhookTab) -> None:
    tab.advanced_button.click()  # where the address is set
    tab.host.setText("0.0.0.0")
    tab.start_button.click()
    assert tab.receiver is None
    assert "Accept connections from other computers" in tab.status_label.text()

    tab.allow_remote.setChecked(True)
    assert tab.remote_warning.isVisibleTo(tab)
    start(qtbot, tab)
    assert tab.receiver is not None and tab.receiver.settings.host == "0.0.0.0"


def shown_ids(tab: WebhookTab) -> set[int]:
    return {row[ID] for row in inbox(tab)}


class Reads:
    """Counts the tab's reads of its inbox, by kind, with when each began (on worker threads)."""

    def __init__(self, tab: WebhookTab, monkeypatch: pytest.MonkeyPatch) -> None:
        self.whole: list[float] = []
        self.news: list[float] = []
        monkeypatch.setattr(tab.inbox, "entries", self._counted(self.whole, tab.inbox.entries))
        monkeypatch.setattr(
            tab.inbox, "entries_after", self._counted(self.news, tab.inbox.entries_after)
        )

    @staticmethod
    def _counted(times: list[float], read: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            times.append(time.monotonic())
            return read(*args, **kwargs)

        return counted


@pytest.fixture
def ticks() -> Iterator[list[float]]:
    """When a 10 ms timer on the GUI thread fired, while the test runs."""
    moments: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: moments.append(time.monotonic()))
    timer.start()
    yield moments
    timer.stop()


def test_a_flood_of_callbacks_is_shown_in_batches_never_reloading_the_inbox_per_callback(
    qtbot: Any, tab: WebhookTab, monkeypatch: pytest.MonkeyPatch, ticks: list[float]
) -> None:
    callbacks = 2000
    start(qtbot, tab)
    receiver = tab.receiver
    assert receiver is not None
    client_key, secret_key = receiver.settings.client_key, receiver.settings.secret_key
    stored_before = tab.inbox.entries  # unwrapped, for the test's own look
    reads = Reads(tab, monkeypatch)
    pages: list[float] = []
    refills: list[float] = []
    tab.feed.sig_page.connect(lambda _: pages.append(time.monotonic()))
    tab.table.model.modelReset.connect(lambda: refills.append(time.monotonic()))

    def flood() -> set[int]:
        with ThreadPoolExecutor(8) as pool:
            answers = pool.map(
                lambda _: send_test_event(
                    receiver.url, client_key=client_key, secret_key=secret_key
                ),
                range(callbacks),
            )
            return {status for status, _ in answers}

    with ThreadPoolExecutor(1) as oc:
        posting = oc.submit(flood)
        qtbot.waitUntil(posting.done, timeout=180_000)
    assert posting.result() == {200}
    stored = {entry.id for entry in stored_before(limit=callbacks + 1)}
    assert len(stored) == callbacks

    qtbot.waitUntil(lambda: shown_ids(tab) == stored, timeout=10_000)
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    measured = f"worst GUI gap {max(gaps) * 1000:.0f} ms, {len(pages)} pages"
    # One whole read when the first callback found the table empty; the rest only news.
    assert len(reads.whole) == 1, measured
    assert len(reads.news) == len(pages) - 1 and len(refills) <= len(pages), measured
    assert len(pages) < callbacks / 10, measured
    # News is read in batches: one read, then none for BATCH_MS however much arrives.
    spacing = [b - a for a, b in zip(reads.news, reads.news[1:], strict=False)]
    assert min(spacing) >= webhook_inbox.BATCH_MS / 1000 * 0.9, measured
    # ...and the GUI thread went back to its event loop between any two batches.
    assert all(any(a < t < b for t in ticks) for a, b in zip(pages, pages[1:], strict=False))
    assert f"Callbacks received</b>: {callbacks:,}, {callbacks:,} not handled yet" in (
        tab.inbox_label.text()
    )


def test_the_table_keeps_the_newest_rows_and_counts_the_rest(
    qtbot: Any, tab: WebhookTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webhook_inbox, "SHOWN", 50)
    first = [store_and_notify(tab) for _ in range(30)]
    qtbot.waitUntil(lambda: len(inbox(tab)) == 30, timeout=5_000)
    tab.table.table.selectRow([row[ID] for row in tab.table.visible_rows()].index(first[3]))
    later = [store_and_notify(tab) for _ in range(90)]

    qtbot.waitUntil(lambda: later[-1] in shown_ids(tab), timeout=5_000)

    assert [row[ID] for row in inbox(tab)] == sorted(first + later, reverse=True)[:50]
    assert "120, 120 not handled yet" in tab.inbox_label.text()
    assert "the table lists 50 of them" in tab.inbox_label.text()
    assert "the other 70 stay in the inbox" in tab.inbox_label.text()
    assert tab.table.selected_rows() == []  # the selected row went out with the oldest


def test_a_burst_keeps_the_rows_selected_and_the_sort_chosen(qtbot: Any, tab: WebhookTab) -> None:
    ids = [store_and_notify(tab, orderNumber=f"OCO{n:013d}GB") for n in range(20)]
    qtbot.waitUntil(lambda: len(inbox(tab)) == 20, timeout=5_000)
    tab.table.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by order number
    chosen = [row[ID] for row in inbox(tab) if row[ID] in (ids[2], ids[7])]
    for row, data in enumerate(tab.table.visible_rows()):
        if data[ID] in chosen:
            tab.table.table.selectionModel().select(
                tab.table.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )

    more = [store_and_notify(tab, orderNumber=f"OCO{n:013d}GB") for n in range(20, 40)]
    qtbot.waitUntil(lambda: more[-1] in shown_ids(tab), timeout=5_000)

    assert {row[ID] for row in tab.table.selected_rows()} == {ids[2], ids[7]}
    orders = [row[ORDER] for row in tab.table.visible_rows()]
    assert orders == sorted(orders) and len(orders) == 40
    assert tab.mark_button.isEnabled()


def test_callbacks_stored_before_are_listed_when_the_tab_is_first_shown(
    qtbot: Any, context: AppContext
) -> None:
    earlier = WebhookTab(context)
    qtbot.addWidget(earlier)
    stored = {store_and_notify(earlier) for _ in range(3)}  # while the console was closed
    widget = WebhookTab(context)
    qtbot.addWidget(widget)
    assert inbox(widget) == []

    widget.show()

    qtbot.waitUntil(lambda: shown_ids(widget) == stored, timeout=5_000)
    assert "3, 3 not handled yet" in widget.inbox_label.text()


def store_and_notify(tab: WebhookTab, **data: str) -> int:
    """A callback stored as the receiver stores it, then announced as it announces it."""
    event = sample_event() | {"eventId": str(uuid.uuid4())} | data
    assert tab.inbox.store(event, json.dumps({"data": event}))
    entry = tab.inbox.get(event["eventId"])
    assert entry is not None
    tab._relay.sig_event.emit(entry)
    return entry.id
