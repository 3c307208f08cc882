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
from ocdesk.jobs.bulk_create import create_outbound_orders
from ocdesk.jobs.write_audit import AuditedCall, AuditTrail, SentWrite, check_and_settle
from ocdesk.session import Session
from ocdesk.store.audit import AuditEntry, WriteState

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


def shown_outcomes(qtbot: Any, tab: AccountTab, count: int) -> list[str]:
    """The Outcome column of the audit page, newest first, once its `count` entries are in."""
    tab.end_first_run()
    panel = tab.audit
    tab.pages.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.results.model.rowCount() == count)
    return [row[panel.tr("Outcome")] for row in panel.results.visible_rows()]


def test_a_bulk_imports_summary_reads_in_chinese_part_by_part(
    qtbot: Any, chinese: list[str], tab: AccountTab, stores: Stores, oc_session: Session
) -> None:
    trail = AuditTrail(stores.audit, "desk", "create from CSV")
    orders = new_orders(oc_session, 3)
    create_outbound_orders(oc_session.client.call, orders[:1], audit=trail)
    orders[2]["productList"][0]["mfSkuId"] = "OC9999999999999"  # valid shape, unknown at OC
    create_outbound_orders(oc_session.client.call, orders, audit=trail)  # the file imported again

    again: AuditEntry = stores.audit.entries()[0]
    assert again.outcome == "created 2 of 3 (1 already at OC); refused 1"  # stored as before
    assert shown_outcomes(qtbot, tab, 2) == [
        "3 个中已创建 2 个（其中 1 个 OC 已有）；被拒绝 1 个",
        "1 个中已创建 1 个",
    ]


def test_what_a_check_at_oc_found_reads_in_chinese(
    qtbot: Any, chinese: list[str], tab: AccountTab, stores: Stores, oc_session: Session
) -> None:
    trail = AuditTrail(stores.audit, "desk", "create")
    orders = new_orders(oc_session, 2)
    (created,) = oc_session.client.call("outbound.create", orders[:1]).rows()
    there, missing = (o["referenceNumber"] for o in orders)
    check_and_settle(oc_session.client.call, trail, SentWrite("outbound.create", None, (missing,)))
    both = SentWrite("outbound.create", None, (there, missing))
    check_and_settle(oc_session.client.call, trail, both)

    number = created["orderNumber"]
    half, none = (e.outcome for e in stores.audit.entries())
    assert half == f"checked at OC: done, 1 found at OC ({there}: {number}); not done: {missing}"
    assert none == f"checked at OC: not done: none of {missing} is at OC"
    assert shown_outcomes(qtbot, tab, 2) == [
        f"已在 OC 核对：已完成，OC 有其中 1 个（{there}: {number}）；未完成：{missing}",
        f"已在 OC 核对：未完成，OC 没有 {missing} 中的任何一个",
    ]
