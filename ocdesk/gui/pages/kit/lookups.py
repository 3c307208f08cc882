"""Check at OC: after a write's outcome was unknown, ask OC what it holds now, then say so.

Runs on a worker thread. Each create is looked up by the reference it was sent with (the
catalog's `reference` fields), each change by the state of the thing it changed. `look_up`
returns a Verdict: done (with OC's numbers), not done, or still unknown with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.catalog import Effect, get
from ocdesk.api.errors import BusinessError, OcError
from ocdesk.gui.pages.kit.audit import Call, SentWrite
from ocdesk.jobs.paging import all_pages
from ocdesk.jobs.requests import order_query
from ocdesk.store.audit import AuditLog, WriteState

# reference -> what shows it was done (OC's number, or a word such as "cancelled").
Found = dict[str, str]
Check = Callable[[Call, SentWrite], Found]


class CannotTell(Exception):
    """OC's answers cannot show whether this write was carried out."""


@dataclass(frozen=True)
class Verdict:
    """What a check at OC found: `state` is DONE, NOT_DONE or UNKNOWN (`why` says why)."""

    state: str
    found: tuple[tuple[str, str], ...] = ()
    missing: tuple[str, ...] = ()
    why: str = ""

    @property
    def numbers(self) -> list[str]:
        """OC's numbers (or words) for what was done."""
        return [shown for _, shown in self.found]

    @property
    def outcome(self) -> str:
        """The audit log's words for it."""
        if self.state == WriteState.UNKNOWN:
            return f"still unknown: {self.why}"
        if self.state == WriteState.NOT_DONE:
            return "checked at OC: not done"
        done = ", ".join(f"{ref}: {shown}" if shown != ref else ref for ref, shown in self.found)
        missing = f"; not done: {', '.join(self.missing)}" if self.missing else ""
        return f"checked at OC: done ({done}){missing}"


def look_up(call: Call, sent: SentWrite) -> Verdict:
    """Ask OC whether `sent` was carried out."""
    check = CHECKS.get(sent.endpoint_id)
    try:
        if check is None:
            raise CannotTell(f"ocdesk has no way to look up {sent.endpoint_id} at OC")
        found = check(call, sent)
    except OcError as error:
        return Verdict(WriteState.UNKNOWN, why=f"OC could not be asked: {error}")
    except CannotTell as error:
        return Verdict(WriteState.UNKNOWN, why=str(error))
    done = tuple((ref, found[ref]) for ref in sent.references if ref in found)
    missing = tuple(ref for ref in sent.references if ref not in found)
    return Verdict(WriteState.DONE if done else WriteState.NOT_DONE, done, missing)


def check_and_settle(call: Call, audit: AuditLog, profile: str, sent: SentWrite) -> Verdict:
    """Runs on a worker: look `sent` up at OC and put what was found in the audit log.

    The write's own entry is settled (done with OC's numbers, or not done); a write sent
    without one (a CSV batch) gets an entry of its own for the check. A check that could not
    tell leaves the log as it is: the write stays open.
    """
    verdict = look_up(call, sent)
    if verdict.state == WriteState.UNKNOWN:
        return verdict
    if sent.entry_id:
        audit.settle(sent.entry_id, verdict.state, verdict.outcome, verdict.numbers)
    else:
        numbers = [*sent.references, *verdict.numbers]
        audit.record(profile, sent.endpoint_id, "check at OC", numbers, verdict.outcome,
                     state=verdict.state)  # fmt: skip
    return verdict


def creates(sent: SentWrite) -> bool:
    """The write created something (an order, an SKU...), rather than changed one."""
    return get(sent.endpoint_id).effect is Effect.CREATE


# --- creates: found by the reference they were sent with ---------------------------------------


def _by_reference(
    lookup_id: str, query: Callable[[list[str]], dict[str, Any]], key: str, number_key: str
) -> Check:
    """A check that finds the references in the rows of one query, with OC's number for each."""

    def check(call: Call, sent: SentWrite) -> Found:
        rows = call(lookup_id, query(list(sent.references))).rows()
        return _numbers(rows, key, number_key)

    return check


def _numbers(rows: list[dict[str, Any]], key: str, number_key: str) -> Found:
    found: Found = {}
    for row in rows:
        reference, number = lenient.get(row, key), lenient.get(row, number_key)
        if reference not in (None, ""):
            found[str(reference)] = str(number or reference)
    return found


def _return_by_reference(call: Call, sent: SentWrite) -> Found:
    found: Found = {}
    for reference in sent.references:  # returns.orders takes one reference at a time
        rows = call("returns.orders", {"referenceNumber": reference}).rows()
        number = _numbers(rows, "referenceNumber", "orderNumber").get(reference)
        if number:
            found[reference] = number
    return found


def _estimate(call: Call, sent: SentWrite) -> Found:
    found: Found = {}
    for reference in sent.references:
        try:
            call("pricing.result", {"referenceId": reference})
        except BusinessError:
            continue  # OC does not know the referenceId: the estimate was never received
        found[reference] = reference
    return found


# --- changes: the state of the thing they changed ----------------------------------------------


def _status_is(rows: list[dict[str, Any]], key: str, wanted: str) -> Found:
    return {
        str(lenient.get(row, key)): wanted
        for row in rows
        if str(lenient.get(row, "status") or "").lower() == wanted
    }


def _outbound_cancelled(call: Call, sent: SentWrite) -> Found:
    query = order_query(sent.references)
    return _status_is(call("outbound.query", query).rows(), "orderNumber", "cancelled")


def _vas_cancelled(call: Call, sent: SentWrite) -> Found:
    rows = call("vas.detail", {"vasNumberList": list(sent.references)}).rows()
    return _status_is(rows, "vasNumber", "cancelled")


def _return_changed(call: Call, sent: SentWrite) -> Found:
    """cancelType 1: is the return cancelled; 2: does it carry the tracking number sent."""
    number = sent.references[0]
    rows = call("returns.orders", {"orderNumber": number}).rows()
    if str(lenient.get(sent.data, "cancelType")) == "1":
        return _status_is(rows, "orderNumber", "cancelled")
    tracking = str(lenient.get(sent.data, "trackingNumber") or "")
    shown = {str(lenient.get(row, "trackingNumber") or "") for row in rows}
    return {number: tracking} if tracking and tracking in shown else {}


def _documents_uploaded(call: Call, sent: SentWrite) -> Found:
    number = sent.references[0]
    rows = call("inbound.detail", {"inboundNumberList": [number]}).rows()
    names = {
        str(lenient.get(f, "fileName")) for r in rows for f in lenient.get(r, "fileList") or []
    }
    wanted = [str(lenient.get(f, "fileName")) for f in lenient.get(sent.data, "fileList") or []]
    return {number: ", ".join(wanted)} if wanted and set(wanted) <= names else {}


def _tracking_not_shown(call: Call, sent: SentWrite) -> Found:
    raise CannotTell(
        "OC's inbound answers do not list uploaded tracking numbers; look at the inbound order "
        "in OC's seller portal"
    )


def _ef_set_up(call: Call, sent: SentWrite) -> Found:
    """Each SKU whose EF services name every warehouse it was sent with."""
    wanted = {str(lenient.get(item, "mfSkuId")): _regions(item) for item in sent.data or []}
    query = {"mfSkuList": [{"mfSkuId": sku} for sku in wanted]}
    found: Found = {}
    for row in call("sku.query_ef_service", query).rows():
        sku = str(lenient.get(row, "MFSKUID"))
        if sku in wanted and wanted[sku] <= _regions(row):
            found[sku] = ", ".join(sorted(wanted[sku]))
    return found


def _regions(item: Any) -> set[str]:
    """The warehouses of an EF setup item or answer row."""
    centres = lenient.get(item, "fulfillmentCenterList") or []
    return {str(lenient.get(centre, "serviceRegion")) for centre in centres}


def _items_linked(call: Call, sent: SentWrite) -> Found:
    """Each returned item now linked to the SKU it was sent with."""
    pairs = {
        str(lenient.get(i, "returnItemId")): str(lenient.get(i, "mfSkuId"))
        for i in lenient.get(sent.data, "itemList") or []
    }
    query = {"serviceType": "SKU", "uniqueIdList": sorted(set(pairs.values()))}
    found: Found = {}
    for row in all_pages(call, "returns.stock", query, size=200):
        item, sku = str(lenient.get(row, "returnItemId")), str(lenient.get(row, "MFSKUID"))
        if lenient.get(row, "linked") is True and pairs.get(item) == sku:
            found[item] = sku
    return found


_OUTBOUND = _by_reference(
    "outbound.query",
    lambda refs: {"referenceNumberList": [{"referenceNumber": r} for r in refs]},
    "referenceNumber",
    "orderNumber",
)
CHECKS: dict[str, Check] = {
    "outbound.create": _OUTBOUND,
    "outbound.third_party_label": _OUTBOUND,
    "sku.create": _by_reference(
        "sku.query",
        lambda refs: {"referenceSKUIDList": [{"referenceSKUID": r} for r in refs], "limit": 200},
        "referenceSKUID",
        "MFSKUID",
    ),
    "inbound.create": _by_reference(
        "inbound.list",
        lambda refs: {"sellerinboundNumberList": refs},
        "sellerInboundNumber",
        "inboundNumber",
    ),
    "vas.create": _by_reference(
        "vas.detail", lambda refs: {"sellerVasNumberList": refs}, "sellerVasNumber", "vasNumber"
    ),
    "returns.erp_submit": _return_by_reference,
    "pricing.estimate": _estimate,
    "outbound.cancel": _outbound_cancelled,
    "vas.cancel": _vas_cancelled,
    "returns.cancel_rma": _return_changed,
    "inbound.upload_clearance": _documents_uploaded,
    "inbound.upload_tracking": _tracking_not_shown,
    "sku.setup_ef_service": _ef_set_up,
    "returns.link_stock": _items_linked,
}
