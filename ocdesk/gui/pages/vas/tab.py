"""VAS tab pages: the VAS orders the desk knows of, one order's card, and cancelling it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ocdesk.api import catalog, dates, lenient
from ocdesk.api.batches import chunks
from ocdesk.api.identifiers import IdKind, classify
from ocdesk.gui.context import AppContext
from ocdesk.gui.lookup.actions import CancelDialog
from ocdesk.gui.lookup.card import format_amount
from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.kit import words
from ocdesk.gui.pages.kit.forms import split_numbers
from ocdesk.gui.pages.kit.page import session_numbers
from ocdesk.gui.pages.kit.record_card import RecordCard, when_text
from ocdesk.gui.pages.kit.record_list import RecordListPage
from ocdesk.gui.pages.vas.create import VasCreatePage
from ocdesk.gui.statuses import status_text
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.base import Call, Cancelled, Progress, stopped, tell
from ocdesk.jobs.windows import fetch_windows
from ocdesk.store.audit import AuditLog

FEE_DAYS = 60
DETAIL_LIMIT = catalog.get("vas.detail").totals[0].maximum  # ids per call, all lists together
NUMBER_COLUMN = QT_TRANSLATE_NOOP("VasPages", "VAS number")


def _t(text: str) -> str:
    return QCoreApplication.translate("VasPages", text)


def pages() -> list[WorkflowPage]:
    return [
        WorkflowPage("vas.orders", _t("VAS orders"), VasOrdersPage, default=True,
                     tooltip=_t("Relabelling, repacking and other warehouse work you ordered")),
        WorkflowPage("vas.create", _t("Create VAS order"), VasCreatePage,
                     tooltip=_t("Order relabelling, repacking, kitting, inspection or photos")),
    ]  # fmt: skip


def known_numbers(call: Call, audit: AuditLog, created: set[str], now: datetime) -> list[str]:
    """VAS numbers from fee lines of the last 60 days, this session and the audit log."""
    fees = fetch_windows(call, "finance.fee_detail", {"orderType": "VAS", "pageSize": 200},
                         now - timedelta(days=FEE_DAYS), now)  # fmt: skip
    found: dict[str, None] = {}
    for number in [*(lenient.get(r, "orderNumber") for r in fees), *sorted(created)]:
        if number:
            found.setdefault(str(number), None)
    for entry in audit.entries(endpoint_prefix="vas."):
        for number in entry.key_numbers:
            if classify(number) is IdKind.VAS:
                found.setdefault(number, None)
    return list(found)


def vas_details(
    call: Call, numbers: list[str], progress: Progress | None, cancelled: Cancelled | None
) -> list[dict[str, Any]]:
    """vas.detail rows for `numbers`, 100 per call; what was fetched so far when cancelled."""
    rows: list[dict[str, Any]] = []
    groups = chunks(numbers, DETAIL_LIMIT)
    for done, group in enumerate(groups, start=1):
        if stopped(cancelled):
            break
        numbers_data = [n for n in group if classify(n) is IdKind.VAS]
        own = [n for n in group if n not in numbers_data]
        data = {"vasNumberList": numbers_data, "sellerVasNumberList": own}
        rows += call("vas.detail", data).rows()
        tell(progress, done, len(groups), _t("Read {count} VAS orders").format(count=len(rows)))
    return rows


def summary_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        _t(NUMBER_COLUMN): lenient.get(row, "vasNumber"),
        _t("Your number"): lenient.get(row, "sellerVasNumber"),
        _t("Warehouse"): lenient.get(row, "serviceRegion"),
        _t("Service"): words.word(words.vas_types(), lenient.get(row, "vasType")),
        _t("Status"): status_text(str(lenient.get(row, "status") or "")),
        _t("Created"): when_text(lenient.get(row, "createTime")),
    }


class VasOrdersPage(RecordListPage):
    """Numbers box and table of VAS orders; the selected one on a card with Cancel."""

    number_key = "vasNumber"
    status_column = _t("Status")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("VAS orders"),
            self.tr("OC has no VAS order list: these are the orders found in your fees of the "
                    "last 60 days, those created here, and any numbers you type."),
            parent,
        )  # fmt: skip
        self.number_column = _t(NUMBER_COLUMN)  # in the language of the window
        self.numbers_edit = QLineEdit(self)
        self.numbers_edit.setPlaceholderText(self.tr("VAS numbers (OCV…) or your own, separated "
                                                     "by spaces"))  # fmt: skip
        self.search_button = QPushButton(self.tr("Show"), self)
        self.cancel_button = self.card.add_action(self.tr("Cancel VAS order…"))
        self.dialog: CancelDialog | None = None
        bar = QHBoxLayout()
        bar.addWidget(self.numbers_edit, 1)
        bar.addWidget(self.search_button)
        self.lay_out(bar)
        self.search_button.clicked.connect(self.search)
        self.numbers_edit.returnPressed.connect(self.search)
        self.cancel_button.clicked.connect(self.cancel)
        self.writer.actions.append(self.cancel_button)

    def load_defaults(self) -> None:
        call, audit = self.context.bound_caller(), self.context.stores.audit
        created = set(session_numbers(self.context, "vas"))

        def job(progress: Progress, cancelled: Cancelled) -> list[dict[str, Any]]:
            now = datetime.now().astimezone()
            return vas_details(call, known_numbers(call, audit, created, now), progress, cancelled)

        self.run_job(job, self.tr("Finding your VAS orders…"), self.show_rows)

    def search(self) -> None:
        numbers = split_numbers(self.numbers_edit.text())
        if not numbers:
            self.load_defaults()
            return
        self.clear_messages()
        call = self.context.bound_caller()
        self.run_job(lambda p, c: vas_details(call, numbers, p, c),
                     self.tr("Reading VAS orders…"), self.show_rows)  # fmt: skip

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.keep_rows(rows)
        self.show_info(self.tr("{count} VAS orders.").format(count=len(rows)))
        self.sig_rows_shown.emit(len(rows))

    def summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        return summary_row(row)

    def show_record(self, row: dict[str, Any]) -> None:
        fill_card(self.card, row)
        self.cancel_button.setEnabled(str(lenient.get(row, "status")).lower() == "created")

    def open_order(self, number: str) -> None:
        """Read `number` again and show it (after a change)."""
        self.ask_oc("vas.detail", {"vasNumberList": [number]},
                  self.tr("Reading {number}…").format(number=number),
                  lambda result: self.show_refreshed(result.rows()))  # fmt: skip

    # --- cancelling --------------------------------------------------------------------------
    def cancel(self) -> None:
        """Re-read the order; refuse here unless it is still `created`, else confirm."""
        number = self.card.number_label.text()
        self.clear_messages()
        self.ask_oc("vas.detail", {"vasNumberList": [number]},
                  self.tr("Checking the current status of {number}…").format(number=number),
                  lambda result: self._confirm(number, result.rows()))  # fmt: skip

    def _confirm(self, number: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            self.show_info(self.tr("{number} is no longer known at OC; nothing was sent."
                                   ).format(number=number))  # fmt: skip
            return
        self.show_refreshed(rows)
        status = str(lenient.get(rows[0], "status") or "")
        if status.lower() != "created":
            self.show_info(self.tr(
                "{number} cannot be cancelled: it is {status}. OC cancels a VAS order only "
                "before the warehouse starts on it. Nothing was sent.").format(
                number=number, status=status_text(status).lower()))  # fmt: skip
            return
        self.dialog = CancelDialog(IdKind.VAS, number, status, self)
        self.dialog.accepted.connect(lambda: self._send_cancel(number, self.dialog))
        self.dialog.open()

    def _send_cancel(self, number: str, dialog: CancelDialog | None) -> None:
        reason = dialog.reason.text().strip() if dialog is not None else ""
        data = {"vasNumber": number,
                "cancelTime": dates.format_datetime(datetime.now().astimezone())}  # fmt: skip
        if reason:
            data["cancelReason"] = reason
        self.writer.send(
            "vas.cancel", data, message=self.tr("Cancelling {number}…").format(number=number),
            action="cancel", detail=dialog.reason_detail() if dialog is not None else "",
            on_done=lambda _result: self._cancelled(number),
            on_error=self.show_error,
            on_found=lambda _verdict: self.open_order(number),
        )  # fmt: skip

    def _cancelled(self, number: str) -> None:
        self.show_info(self.tr("VAS order {number} was cancelled.").format(number=number))
        self.open_order(number)


def fill_card(card: RecordCard, row: dict[str, Any]) -> None:
    card.set_header(_t("VAS order"), str(lenient.get(row, "vasNumber") or ""),
                    str(lenient.get(row, "status") or ""))  # fmt: skip
    fee = lenient.as_number(lenient.get(row, "feeAmount"))
    card.set_fields([
        (_t("Service"), words.word(words.vas_types(), lenient.get(row, "vasType"))),
        (_t("Your number"), str(lenient.get(row, "sellerVasNumber") or "")),
        (_t("Warehouse"), str(lenient.get(row, "serviceRegion") or "")),
        (_t("Fee"), format_amount(fee, str(lenient.get(row, "feeAmountCurrency") or ""))
         if fee is not None else ""),
        (_t("Created"), when_text(lenient.get(row, "createTime"))),
        (_t("Completed"), when_text(lenient.get(row, "completeTime"))),
        (_t("Instructions"), str(lenient.get(row, "remark") or "")),
    ])  # fmt: skip
    lines = [
        [lenient.get(s, "MFSKUID"), lenient.get(s, "quantity"), lenient.get(s, "completedQuantity")]
        for s in lenient.get(row, "skuList") or []
    ]
    card.set_lines(_t("SKUs"), [_t("SKU"), _t("Quantity"), _t("Done")], lines)  # fmt: skip
