"""The audit log in the reader's language: what ocdesk recorded is shown in Chinese to a Chinese
window (OC's own message inside it as OC wrote it), while the stored text, which the command
line and the CSV export read, stays English; entries written before keep their words."""

from __future__ import annotations

from typing import Any

import pytest
from workflow_helpers import new_orders

from ocdesk.api.errors import BusinessError
from ocdesk.gui.context import Stores
from ocdesk.gui.tabs.account.tab import AccountTab
from ocdesk.jobs.write_audit import AuditedCall, AuditTrail
from ocdesk.session import Session
from ocdesk.store.audit import WriteState

pytest_plugins = ("chinese_fixtures",)


def test_a_chinese_window_shows_the_outcomes_in_chinese_and_older_entries_as_written(
    qtbot: Any, chinese: list[str], tab: AccountTab, stores: Stores, oc_session: Session
) -> None:
    audited = AuditedCall(oc_session.client.call, AuditTrail(stores.audit, "desk", "create"))
    (order,) = new_orders(oc_session, 1)
    audited("outbound.create", [order])
    with pytest.raises(BusinessError) as refusal:
        audited("outbound.create", [order])  # the same reference again: OC says no
    older = "refused: written by an older ocdesk"
    stores.audit.record("desk", "outbound.create", "create", ["OCO1"], older)

    refused, done = stores.audit.entries()[1:]
    assert (done.state, done.outcome) == (WriteState.DONE, "ok")  # stored as before
    assert refused.state == WriteState.REFUSED
    assert refused.outcome == f"refused: {refusal.value}"

    tab.end_first_run()  # the pages, as on a desk with a profile
    panel = tab.audit
    tab.pages.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.results.model.rowCount() == 3)
    shown = [(row[panel.tr("Action")], row[panel.tr("Outcome")])
             for row in panel.results.visible_rows()]  # fmt: skip
    assert shown == [
        ("创建", older),
        ("创建", f"被拒绝：{refusal.value}"),
        ("创建", "成功"),
    ]
