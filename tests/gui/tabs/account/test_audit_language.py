"""The audit log in the reader's language: what ocdesk recorded is shown in Chinese to a Chinese
window (OC's own message inside it as OC wrote it), while the stored text, which the command
line and the CSV export read, stays English; entries written before keep their words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from label_checks import CUPS_QUEUE, require_cups_queue, return_numbers
from workflow_helpers import new_orders

from ocdesk.api.errors import BusinessError
from ocdesk.gui.context import AppContext, Stores
from ocdesk.gui.labels.controller import PrintController, PrinterChoice
from ocdesk.gui.labels.documents import documents_from
from ocdesk.gui.pages.inbound.uploads import ClearancePage
from ocdesk.gui.tabs.account.tab import AccountTab
from ocdesk.jobs.bulk_create import create_outbound_orders
from ocdesk.jobs.write_audit import AuditedCall, AuditTrail, SentWrite, check_and_settle
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.history import PrintHistory
from ocdesk.labels.printing import PrintOutcome
from ocdesk.labels.queue import Job, JobSpec, PrintQueue, run_batch
from ocdesk.sandbox import labels as sandbox_labels
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


def shown_column(qtbot: Any, tab: AccountTab, count: int, column: str) -> list[str]:
    """A column of the audit page, newest first, once its `count` entries are in."""
    tab.end_first_run()
    panel = tab.audit
    tab.pages.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.results.model.rowCount() == count)
    return [row[panel.tr(column)] for row in panel.results.visible_rows()]


def shown_outcomes(qtbot: Any, tab: AccountTab, count: int) -> list[str]:
    return shown_column(qtbot, tab, count, "Outcome")


def shown_details(qtbot: Any, tab: AccountTab, count: int) -> list[str]:
    return shown_column(qtbot, tab, count, "Detail")


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


def test_a_label_prints_detail_reads_in_chinese_with_the_printers_words_as_they_are(
    qtbot: Any, chinese: list[str], tab: AccountTab, context: AppContext, oc_session: Session
) -> None:
    require_cups_queue()
    controller = PrintController(context)
    controller.set_choice("return", PrinterChoice(CUPS_QUEUE, None, "cups"))
    number = return_numbers(oc_session, 1)[0]
    (doc,) = documents_from(oc_session.client.call("returns.label", {"orderNumber": number}))
    done: list[bool] = []
    controller.print_document(doc, on_done=lambda ok, _message: done.append(ok))
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)

    (entry,) = context.stores.audit.entries()
    preset = entry.detail.split(", ")[1]
    said = entry.detail.split(": ", 1)[1]  # what the printer said, in the window's language
    assert entry.detail == f"{CUPS_QUEUE}, {preset}, via cups: {said}"  # stored as before
    assert shown_details(qtbot, tab, 1) == [f"{CUPS_QUEUE}，{preset}，经由 cups：{said}"]


class Printer:
    """A stand-in printer: the first label it is sent goes out, the next finds its paper out."""

    def __init__(self) -> None:
        self.sent = 0

    def __call__(self, doc: LabelDocument, job: Job) -> PrintOutcome:
        self.sent += 1
        return PrintOutcome(True, "1", "sent") if self.sent == 1 else PrintOutcome(
            False, None, "paper out")  # fmt: skip


def test_a_batch_prints_detail_reads_in_chinese_and_a_reprint_says_so(
    qtbot: Any, chinese: list[str], tab: AccountTab, stores: Stores
) -> None:
    def label(spec: JobSpec) -> LabelDocument:
        pdf = sandbox_labels.sku_labels([(spec.number, 1, "demo")], date="2025-03-13")
        return LabelDocument(pdf, label_type="sku", number=spec.number,
                             source_endpoint="sku.label")  # fmt: skip

    queue, printer, short = PrintQueue(stores.db), Printer(), []
    for _ in range(2):  # the same label twice: the second run is a reprint
        batch = queue.add_batch([JobSpec(1, "sku", "OC0000000000010", "Zebra-1", "60x30@203")])
        run_batch(queue, batch, label, printer, PrintHistory(stores.db), audit=stores.audit,
                  profile="desk", cancelled=lambda: False, progress=lambda _d, _t: None)  # fmt: skip
        short.append(batch[:8])

    again, first = stores.audit.entries()
    assert first.detail == f"Zebra-1, 60x30@203, batch {short[0]} #1: sent"  # stored as before
    assert again.detail == (
        f"Zebra-1, 60x30@203, batch {short[1]} #1: paper out; reprint: printed again in a batch"
    )
    assert shown_details(qtbot, tab, 2) == [
        f"Zebra-1，60x30@203，批次 {short[1]} 第 1 张：paper out；重打：在批量打印中重新打印",
        f"Zebra-1，60x30@203，批次 {short[0]} 第 1 张：sent",
    ]


def test_an_uploads_detail_reads_in_chinese_with_the_file_names_as_they_are(
    qtbot: Any, chinese: list[str], tab: AccountTab, context: AppContext, oc_session: Session,
    tmp_path: Path,
) -> None:
    context.set_session(oc_session)
    listed = oc_session.client.call("inbound.list", {"sellerinboundNumberList": ["PO-2401"]})
    inbound = listed.rows()[0]["inboundNumber"]
    files = [tmp_path / "packing-list.pdf", tmp_path / "发票.pdf"]
    for path in files:
        path.write_bytes(b"%PDF-1.4\nsmall\n")
    page = ClearancePage(context)
    qtbot.addWidget(page)
    page.number_edit.setText(inbound)
    page.add_files(files)
    page.send()
    qtbot.waitUntil(lambda: bool(context.stores.audit.entries()) and not
                    context.stores.audit.entries()[0].is_open, timeout=30_000)  # fmt: skip

    (entry,) = context.stores.audit.entries()
    assert entry.detail == "files: packing-list.pdf, 发票.pdf"  # stored as before
    assert shown_details(qtbot, tab, 1) == ["文件：packing-list.pdf, 发票.pdf"]
