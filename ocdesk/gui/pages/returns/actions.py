"""What the return card's buttons do: label, cancel the RMA, new tracking, link unknown items.

Cancelling and changing tracking are offered only while the return's status allows them, and
re-read the return first: the confirmation shows its status as OC has it now, and from
`received` on both are refused here, with nothing sent (§11.3). The cancel asks for a reason
like an order's; OC takes none for a return, so it is kept in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog, lenient
from ocdesk.api.batches import chunks
from ocdesk.api.identifiers import IdKind
from ocdesk.gui.lookup.actions import CancelDialog
from ocdesk.gui.pages.kit import words
from ocdesk.gui.pages.kit.record_list import RecordListPage
from ocdesk.gui.statuses import status_text
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.base import Call
from ocdesk.jobs.record_actions import NOT_CANCELLABLE
from ocdesk.jobs.requests import label_request
from ocdesk.store.audit import Words

# §11.0 / E10: once the warehouse has the parcel, the RMA can neither be cancelled nor re-tracked.
LOCKED = NOT_CANCELLABLE[IdKind.RETURN]
# The audit detail of items linked to stock from a return's page.
RETURN_DETAIL = QT_TRANSLATE_NOOP("audit", "return {number}")
LINK_LIMIT = catalog.get("returns.link_stock").item_limit("itemList")


def link_request(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """returns.link_stock's data for (returnItemId, MFSKUID) pairs."""
    return {"itemList": [{"returnItemId": i, "mfSkuId": s} for i, s in pairs]}


def link_items(call: Call, pairs: list[tuple[str, str]]) -> int:
    """Link (returnItemId, MFSKUID) pairs, 200 per call; the number linked."""
    for group in chunks(pairs, LINK_LIMIT):
        call("returns.link_stock", link_request(group))
    return len(pairs)


def unlinked_items(row: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in lenient.get(row, "skuList") or [] if lenient.get(i, "linked") is not True]


class ReturnActions(QObject):
    """The card's buttons and what they do, for the return on `page`'s card.

    `sig_changed(number)`: OC accepted a change to that return, so the page reads it again.
    """

    sig_changed = Signal(str)

    def __init__(self, page: RecordListPage) -> None:
        super().__init__(page)
        self.page = page
        self.row: dict[str, Any] = {}
        self.dialog: QDialog | None = None
        card = page.card
        self.label_button = card.add_action(
            self.tr("Return label"), self.tr("Open the label in the label panel")
        )
        self.print_button = card.add_action(self.tr("Print label"))
        self.cancel_button = card.add_action(self.tr("Cancel RMA…"))
        self.tracking_button = card.add_action(self.tr("Update return tracking…"))
        self.link_button = card.add_action(self.tr("Link unlinked items…"))  # fmt: skip
        page.writer.actions += [self.cancel_button, self.tracking_button, self.link_button]
        self.label_button.clicked.connect(self.show_label)
        self.print_button.clicked.connect(self.print_label)
        self.cancel_button.clicked.connect(lambda: self.check(self.confirm_cancel))
        self.tracking_button.clicked.connect(lambda: self.check(self.ask_tracking))
        self.link_button.clicked.connect(self.ask_links)

    @property
    def number(self) -> str:
        return str(lenient.get(self.row, "orderNumber") or "")

    def set_record(self, row: dict[str, Any]) -> None:
        self.row = row
        status = str(lenient.get(row, "status") or "").lower()
        self.label_button.setEnabled(status != "cancelled")
        self.print_button.setVisible(self.page.context.printer is not None)
        self.print_button.setEnabled(status != "cancelled")
        self.link_button.setEnabled(bool(unlinked_items(row)))
        for button in (self.cancel_button, self.tracking_button):
            button.setVisible(status not in LOCKED)  # OC would refuse it (§11.3)

    # --- label -------------------------------------------------------------------------------
    def show_label(self) -> None:
        context, label = self.page.context, label_request(IdKind.RETURN, self.number)
        self.page.ask_oc(label.endpoint_id, label.data, self.tr("Fetching the return label…"),
                       lambda result: context.show_labels(label.endpoint_id, result))  # fmt: skip

    def print_label(self) -> None:
        printer = self.page.context.printer
        if printer is None:
            return
        self.page.show_info(self.tr("Printing the label of {number}…").format(number=self.number))
        label = label_request(IdKind.RETURN, self.number)
        printer.fetch_and_print(label.endpoint_id, label.data, parent=self.page,
                                on_done=lambda ok, text: self.page.show_info(text))  # fmt: skip

    # --- cancel / tracking -------------------------------------------------------------------
    def check(self, then: Callable[[dict[str, Any]], None]) -> None:
        """Re-read the return, refuse locally when its status forbids changes, else `then`."""
        number = self.number
        self.page.clear_messages()

        def decide(rows: list[dict[str, Any]]) -> None:
            if not rows:
                self.page.show_info(self.tr("{number} is no longer known at OC; nothing was sent."
                                            ).format(number=number))  # fmt: skip
                return
            self.page.show_refreshed(rows)
            status = str(lenient.get(rows[0], "status") or "")
            if status.lower() in LOCKED:
                self.page.show_info(self.refusal(number, status))
                return
            then(rows[0])

        self.page.ask_oc("returns.orders", {"orderNumber": number},
                       self.tr("Checking the current status of {number}…").format(number=number),
                       lambda result: decide(result.rows()))  # fmt: skip

    def refusal(self, number: str, status: str) -> str:
        if status.lower() == "cancelled":
            return self.tr("{number} is already cancelled; nothing was sent.").format(number=number)
        return self.tr("{number} is {status}: OC cannot cancel a return or change its tracking "
                       "once the warehouse has received it. Nothing was sent.").format(
            number=number, status=status_text(status).lower())  # fmt: skip

    def confirm_cancel(self, row: dict[str, Any]) -> None:
        status = str(lenient.get(row, "status") or "")
        dialog = CancelDialog(IdKind.RETURN, self.number, status, self.page)
        dialog.accepted.connect(lambda: self.send_change({"cancelType": 1}, "cancel",
                                                         dialog.reason_detail()))  # fmt: skip
        self.dialog = dialog
        dialog.open()

    def ask_tracking(self, row: dict[str, Any]) -> None:
        dialog = TrackingDialog(self.number, str(lenient.get(row, "status") or ""), self.page)
        dialog.accepted.connect(lambda: self.send_change(dialog.data(), "update tracking"))
        self.dialog = dialog
        dialog.open()

    def send_change(self, change: dict[str, Any], action: str, detail: str | Words = "") -> None:
        number = self.number
        page = self.page
        cancelling = change["cancelType"] == 1
        text = (self.tr("Return {number} was cancelled.") if cancelling
                else self.tr("The return tracking of {number} was updated."))  # fmt: skip

        def done(_result: Any) -> None:
            page.show_info(text.format(number=number))
            self.sig_changed.emit(number)

        page.writer.send(
            "returns.cancel_rma", {"orderNumber": number, **change}, action=action, detail=detail,
            message=self.tr("Sending to OC…"), on_done=done, on_error=page.show_error,
            on_found=lambda _verdict: self.sig_changed.emit(number),
        )  # fmt: skip

    # --- linking -----------------------------------------------------------------------------
    def ask_links(self) -> None:
        dialog = LinkDialog(unlinked_items(self.row), self.page)
        dialog.accepted.connect(lambda: self.send_links(dialog.pairs()))
        self.dialog = dialog
        dialog.open()

    def send_links(self, pairs: list[tuple[str, str]]) -> None:
        if not pairs:
            return
        number, page = self.number, self.page

        def done(count: int) -> None:
            page.show_info(self.tr("{count} items linked.").format(count=count))
            self.sig_changed.emit(number)

        page.writer.send(
            "returns.link_stock", link_request(pairs), action="link", detail=Words.of(RETURN_DETAIL, number=number),
            message=self.tr("Linking items…"), work=lambda call: link_items(call, pairs),
            on_done=done, on_error=page.show_error,
            on_found=lambda _verdict: self.sig_changed.emit(number),
        )  # fmt: skip


class TrackingDialog(QDialog):
    """New carrier and tracking number for a return, showing its current status."""

    def __init__(self, number: str, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update return tracking of {number}").format(number=number))
        self.carrier = QLineEdit(self)
        self.carrier.setPlaceholderText(self.tr("e.g. DHL"))
        self.tracking = QLineEdit(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Update tracking"))
        buttons.accepted.connect(self._accept_filled)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Tracking number"), self.tracking)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Return <b>{number}</b>, status at OC right now: <b>"
                                        "{status}</b>").format(
            number=number, status=status_text(status)), self))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def data(self) -> dict[str, Any]:
        return {"cancelType": 2, "carrierName": self.carrier.text().strip(),
                "trackingNumber": self.tracking.text().strip()}  # fmt: skip

    def _accept_filled(self) -> None:
        if not self.carrier.text().strip() or not self.tracking.text().strip():
            self.problem.setText(self.tr("Both the carrier and the tracking number are needed."))
            return
        self.accept()


class LinkDialog(QDialog):
    """Unlinked returned items, each with a box for the OC SKU ID (MFSKUID) it really is."""

    def __init__(self, items: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link returned items to SKUs"))
        self.table = QTableWidget(len(items), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Qty"), self.tr("Condition"), self.tr("OC SKU ID")]
        )
        for row, item in enumerate(items):
            cells = [
                lenient.get(item, "returnItemId"),
                lenient.get(item, "receivedQuantity") or lenient.get(item, "quantity"),
                words.word(words.conditions(), lenient.get(item, "condition")),
            ]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem("" if value is None else str(value))
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
            self.table.setItem(row, 3, QTableWidgetItem(""))  # fmt: skip
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Type the OC SKU id of each item you can identify; "
                                        "rows left empty stay unlinked."), self))  # fmt: skip
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def set_sku(self, row: int, mfskuid: str) -> None:
        self.table.setItem(row, 3, QTableWidgetItem(mfskuid))

    def pairs(self) -> list[tuple[str, str]]:
        found = []
        for row in range(self.table.rowCount()):
            sku = self._text(row, 3).strip()
            if sku:
                found.append((self._text(row, 0), sku))
        return found

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
