"""EndpointPanel on a real sandbox: bad input never leaves, OC's errors are shown, logins resume."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import requests
from PySide6.QtWidgets import QMessageBox

from ocdesk.api import catalog
from ocdesk.api.dates import format_datetime
from ocdesk.api.tokens import TokenSet
from ocdesk.gui.app import open_stores
from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.tabs.endpoint_panel import EndpointPanel
from ocdesk.jobs.write_audit import key_numbers
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session
from ocdesk.store.paths import app_paths


@pytest.fixture
def session(shared_sandbox: Sandbox) -> Session:
    return sandbox_session(shared_sandbox.base_url)


@pytest.fixture
def context(qapp, session: Session) -> Iterator[AppContext]:
    ctx = AppContext(open_stores(app_paths()))
    ctx.set_session(session)
    yield ctx
    ctx.api.shutdown(10_000)
    ctx.stores.db.close()


def _panel(qtbot, context: AppContext, endpoint_id: str) -> EndpointPanel:
    panel = EndpointPanel(context, catalog.get(endpoint_id))
    qtbot.addWidget(panel)
    return panel


def _received(sandbox: Sandbox, endpoint_id: str) -> int:
    log = requests.get(sandbox.base_url + "/__emu/requests", timeout=10).json()
    return sum(1 for entry in log if entry["endpoint_id"] == endpoint_id)


def test_bad_input_is_marked_next_to_the_field_and_nothing_is_sent(
    qtbot, context: AppContext, shared_sandbox: Sandbox
) -> None:
    panel = _panel(qtbot, context, "outbound.create")
    before = _received(shared_sandbox, "outbound.create")
    panel.set_data([{"referenceNumber": "R" * 51, "consigneeName": ""}])
    panel.send()
    table = panel.form.body
    column = [f.name for f in table.columns].index("referenceNumber")
    assert "at most 50" in table.table.item(0, column).toolTip()
    assert "Row 1 › Consignee name: is required" in table.error_label.text()
    assert not panel.error_panel.isHidden()
    assert panel.error_panel.headline_label.text() == "Check the highlighted fields"
    # Refused here, before OC: no OC code that would send the user to OC's support.
    details = panel.error_panel.details_label.text()
    assert "OC code" not in details and "Consignee name: is required" in details
    assert not context.api.is_busy(panel)
    qtbot.wait(200)
    assert _received(shared_sandbox, "outbound.create") == before


@pytest.fixture
def confirmed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every write's confirmation answered Yes; the questions asked."""
    asked: list[str] = []

    def yes(_parent, _title: str, text: str, *_) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked


def test_business_error_shows_ocs_code_message_and_message_id(
    qtbot, context: AppContext, confirmed: list[str]
) -> None:
    panel = _panel(qtbot, context, "outbound.cancel")
    panel.set_data(
        {"orderNumber": "OCO0000000000000GB", "cancelTime": format_datetime(datetime.now())}
    )
    with qtbot.waitSignal(panel.sig_failed, timeout=10_000) as failed:
        panel.send()
    error = failed.args[0]
    details = panel.error_panel.details_label.text()
    assert panel.error_panel.headline_label.text() == "OC refused the request"
    assert f"OC code: {error.code}" in details
    assert error.message in details
    assert error.message_id and error.message_id in details
    assert "EMU_NOT_FOUND" in details  # the errors[] item
    assert panel.error_panel.hint_label.text()


def test_create_in_the_sandbox_is_asked_first_and_audited(
    qtbot, context: AppContext, confirmed: list[str]
) -> None:
    panel = _panel(qtbot, context, "vas.create")
    reference = f"VAS-T-{secrets.token_hex(4)}"
    stock = context.session.client.call(  # type: ignore[union-attr]
        "stock.snapshot",
        {"pageNumber": 1, "pageSize": 5, "serviceRegionList": [{"serviceRegion": "UK"}]},
    ).rows()
    panel.set_data({
        "sellerVasNumber": reference, "serviceRegion": "UK", "vasType": "RELABEL",
        "skuList": [{"mfSkuId": stock[0]["MFSKUID"], "quantity": 2}],
    })  # fmt: skip
    with qtbot.waitSignal(panel.sig_rows_shown, timeout=10_000):
        panel.send()
    assert confirmed and confirmed[0].startswith(f"Create VAS order {reference} at OC?")
    assert panel.info_label.text().startswith(f"OC created VAS order {reference}.")

    def audited() -> bool:
        entries = context.stores.audit.entries(endpoint_prefix="vas.create")
        return bool(entries) and reference in entries[0].key_numbers

    qtbot.waitUntil(audited, timeout=5000)
    assert context.stores.audit.entries(endpoint_prefix="vas.create")[0].outcome == "ok"


def test_refresh_failure_keeps_the_form_and_resumes_after_login(
    qtbot, context: AppContext, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    outbound = window.domain_tabs["Outbound"]
    panel = outbound.select("outbound.query")
    now = datetime.now().astimezone()
    panel.set_data({"startTime": format_datetime(now - timedelta(days=6))})
    with qtbot.waitSignal(panel.sig_rows_shown, timeout=20_000):
        panel.send()
    asked: list[str] = []
    monkeypatch.setattr(window.account, "request_login", asked.append)

    # The login is gone: an expired access token and a refresh token OC will refuse.
    session.tokens.set(
        TokenSet(secrets.token_hex(16), time.time() - 60, secrets.token_hex(16), time.time())
    )
    now = datetime.now().astimezone()
    typed = {"startTime": format_datetime(now - timedelta(days=2)), "endTime": format_datetime(now)}
    panel.set_data(typed)
    panel.results.set_rows([])
    with qtbot.waitSignal(context.sig_reauth_needed, timeout=10_000):
        panel.send()
    assert window.current_group() == "Account" and asked
    assert "your work is kept" in panel.error_panel.hint_label.text()
    assert panel.form.data() == typed

    session.login_without_browser()
    with qtbot.waitSignal(panel.sig_rows_shown, timeout=10_000):
        context.set_session(session)
    assert panel.results.model.rowCount() > 0
    assert panel.form.data() == typed
    assert panel.error_panel.isHidden()


def test_key_numbers_come_from_data_and_result() -> None:
    data = [{"referenceNumber": "R1", "productList": [{"mfSkuId": "OC0000000000001"}]}]
    assert key_numbers(data, {"orderNumber": "OCO1"}) == ["R1", "OC0000000000001", "OCO1"]
