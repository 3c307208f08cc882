"""What a raw API page says about a write: the question before it leaves, the outcome after.

A raw page sends whatever is typed into it, so every create or change is asked first, in words:
what it does and on which numbers (the catalog's `Endpoint.references_in`), and what OC will do
with it. The outcome is said the same way ("OC cancelled order OCO…"), never as a row count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ocdesk.api.catalog import Endpoint
from ocdesk.api.errors import BusinessError
from ocdesk.api.result import OcResult
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.write_audit import key_numbers

SHOWN_NUMBERS = 5  # more than this are counted, not listed


def _tr(text: str) -> str:
    return QCoreApplication.translate("RawWrites", text)


@dataclass(frozen=True)
class WriteWords:
    """One write in words: `ask` and `done` take {numbers}; `then` says what OC does next."""

    ask: str
    then: str
    done: str


# Keyed by endpoint id; returns.cancel_rma also updates tracking (cancelType 2), see `words_for`.
WORDS: dict[str, WriteWords] = {
    "sku.create": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Create the SKUs {numbers} at OC?"),
        QT_TRANSLATE_NOOP("RawWrites", "OC reviews each new SKU before it can be stocked."),
        QT_TRANSLATE_NOOP("RawWrites", "OC created the SKUs {numbers}."),
    ),
    "sku.setup_ef_service": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Set up the EF services of the SKUs {numbers}?"),
        QT_TRANSLATE_NOOP("RawWrites", "OC changes which warehouses and services these SKUs use."),
        QT_TRANSLATE_NOOP("RawWrites", "OC set up the EF services of the SKUs {numbers}."),
    ),
    "inbound.create": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Create inbound order {numbers} at OC?"),
        QT_TRANSLATE_NOOP("RawWrites", "The warehouse then expects these goods."),
        QT_TRANSLATE_NOOP("RawWrites", "OC created inbound order {numbers}."),
    ),
    "inbound.upload_tracking": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Upload tracking numbers for inbound order {numbers}?"),
        QT_TRANSLATE_NOOP("RawWrites", "OC adds them to the inbound order."),
        QT_TRANSLATE_NOOP("RawWrites", "OC took the tracking numbers of inbound order {numbers}."),
    ),
    "inbound.upload_clearance": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Upload clearance documents for inbound order {numbers}?"),
        QT_TRANSLATE_NOOP("RawWrites", "OC checks them and shows the result on the order later."),
        QT_TRANSLATE_NOOP(
            "RawWrites", "OC took the clearance documents of inbound order {numbers}."
        ),
    ),
    "outbound.create": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Create the outbound orders {numbers} at OC?"),
        QT_TRANSLATE_NOOP("RawWrites", "OC sends each order to the warehouse to be shipped."),
        QT_TRANSLATE_NOOP("RawWrites", "OC created the outbound orders {numbers}."),
    ),
    "outbound.cancel": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Cancel order {numbers}?"),
        QT_TRANSLATE_NOOP("RawWrites", "OC will cancel it if the warehouse has not picked it yet."),
        QT_TRANSLATE_NOOP("RawWrites", "OC cancelled order {numbers}."),
    ),
    "outbound.third_party_label": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Create the third-party-label orders {numbers} at OC?"),
        QT_TRANSLATE_NOOP("RawWrites", "OC ships them with the labels you supply."),
        QT_TRANSLATE_NOOP("RawWrites", "OC created the third-party-label orders {numbers}."),
    ),
    "pricing.estimate": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Ask OC for cost estimate {numbers}?"),
        QT_TRANSLATE_NOOP("RawWrites", "OC records the request and prices it in the background."),
        QT_TRANSLATE_NOOP(
            "RawWrites",
            'OC took cost estimate {numbers}: its prices come with "Cost estimate result".',
        ),
    ),
    "vas.create": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Create VAS order {numbers} at OC?"),
        QT_TRANSLATE_NOOP("RawWrites", "The warehouse does the work and OC charges for it."),
        QT_TRANSLATE_NOOP("RawWrites", "OC created VAS order {numbers}."),
    ),
    "vas.cancel": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Cancel VAS order {numbers}?"),
        QT_TRANSLATE_NOOP(
            "RawWrites", "OC will cancel it if the warehouse has not started on it yet."
        ),
        QT_TRANSLATE_NOOP("RawWrites", "OC cancelled VAS order {numbers}."),
    ),
    "returns.cancel_rma": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Cancel return {numbers}?"),
        QT_TRANSLATE_NOOP(
            "RawWrites", "OC will cancel it if the warehouse has not received the parcel yet."
        ),
        QT_TRANSLATE_NOOP("RawWrites", "OC cancelled return {numbers}."),
    ),
    "returns.cancel_rma.tracking": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Change the return tracking of {numbers}?"),
        QT_TRANSLATE_NOOP(
            "RawWrites", "OC replaces the carrier and tracking number it has for this return."
        ),
        QT_TRANSLATE_NOOP("RawWrites", "OC updated the return tracking of {numbers}."),
    ),
    "returns.link_stock": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Link the returned items {numbers} to SKUs?"),
        QT_TRANSLATE_NOOP("RawWrites", "OC records which SKU each returned item is."),
        QT_TRANSLATE_NOOP("RawWrites", "OC linked the returned items {numbers}."),
    ),
    "returns.erp_submit": WriteWords(
        QT_TRANSLATE_NOOP("RawWrites", "Submit return order {numbers} to OC?"),
        QT_TRANSLATE_NOOP("RawWrites", "OC creates the return and expects its parcel."),
        QT_TRANSLATE_NOOP("RawWrites", "OC created return order {numbers}."),
    ),
}


def words_for(endpoint: Endpoint, data: Any) -> WriteWords:
    """The words of this write (a return's cancel and its tracking update differ)."""
    tracking = isinstance(data, dict) and str(data.get("cancelType")) == "2"
    if endpoint.id == "returns.cancel_rma" and tracking:
        return WORDS["returns.cancel_rma.tracking"]
    return WORDS[endpoint.id]


def numbers_text(numbers: list[str]) -> str:
    """`OCO1`, `A, B and C`, or the first few and how many more."""
    if not numbers:
        return _tr("(no number given)")
    if len(numbers) > SHOWN_NUMBERS:
        shown = ", ".join(numbers[:SHOWN_NUMBERS])
        return _tr("{shown} and {more} more").format(shown=shown, more=len(numbers) - SHOWN_NUMBERS)
    if len(numbers) == 1:
        return numbers[0]
    return _tr("{first} and {last}").format(first=", ".join(numbers[:-1]), last=numbers[-1])


def question(endpoint: Endpoint, data: Any, *, production: bool) -> str:
    """The confirmation's text: what it does, to which numbers, what OC does, and where."""
    words = words_for(endpoint, data)
    asked = _tr(words.ask).format(numbers=numbers_text(endpoint.references_in(data)))
    where = (
        _tr("This changes real data at OrangeConnex.")
        if production
        else _tr("Sandbox: demo data, nothing reaches OrangeConnex.")
    )
    return f"{asked}\n\n{_tr(words.then)}\n{where}"


def confirm(parent: QWidget, endpoint: Endpoint, data: Any, *, production: bool) -> bool:
    """Ask before a raw page sends a write; No (the default) sends nothing."""
    answer = QMessageBox.question(
        parent, endpoint.shown_title, question(endpoint, data, production=production),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def done_text(endpoint: Endpoint, data: Any, result: OcResult) -> str:
    """What OC did, in words, with the numbers OC gave back that were not in the request."""
    references = endpoint.references_in(data)
    text = _tr(words_for(endpoint, data).done).format(numbers=numbers_text(references))
    given = [n for n in key_numbers(result.payload) if n not in references]
    if given:
        text += " " + _tr("OC's numbers: {numbers}.").format(numbers=", ".join(given))
    return text


def failed_text(error: BaseException) -> str:
    """The outcome of a write OC refused, in OC's words; "" for failures the error panel explains
    (an unknown outcome, bad input, no connection)."""
    if isinstance(error, BusinessError):
        return _tr("OC refused: {message}").format(message=error.message)
    return ""
