"""How to look a write up at OC: per write endpoint, the reads that show whether it was done.

A create is found by the reference it was sent with, and OC's number comes with it. A change is
judged by the state of what it changed (an order cancelled, a document listed...); some of those
checks need the request as it was sent, which the audit log does not keep. `check` asks once
(the Check at OC button); `find_patiently` asks again over `LOOKUP_WAITS` for the bulk jobs, as
OC may take a while to process a request it received.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.batches import chunks
from ocdesk.api.errors import BusinessError, OcError
from ocdesk.api.text import QT_TRANSLATE_NOOP
from ocdesk.jobs.base import Call, Cancelled, stopped
from ocdesk.jobs.paging import all_pages
from ocdesk.store.audit import Words, WriteState

LOOKUP_WAITS: tuple[float, ...] = (0.0, 2.0, 4.0, 8.0, 16.0)
"""Seconds to wait before each lookup of a write whose answer was lost: 30 s in all, as OC
may take a while to process a request it received."""

Sleep = Callable[[float], None]
Found = dict[str, str]
"""reference -> what shows it was done (OC's number, or a word such as "cancelled")."""
Check = Callable[[Call, Sequence[str], Any], Found]
"""(call, references, the request data or None) -> what OC shows done."""


class CannotTell(Exception):
    """OC's answers cannot show whether this write was carried out."""


@dataclass(frozen=True)
class ByReference:
    """The read that finds created things by their references, `per_call` of them at a time."""

    read_id: str
    key: str  # the reference as the read's rows spell it
    number_key: str  # OC's number in those rows
    request: Callable[[list[str]], dict[str, Any]]
    per_call: int

    def requests(self, references: Sequence[str]) -> list[dict[str, Any]]:
        """The read's request data, one per call."""
        return [self.request(part) for part in chunks(list(references), self.per_call)]

    def find(self, call: Call, references: Sequence[str], data: Any = None) -> Found:
        """reference -> OC's number, for the references OC holds; raises OcError if OC can't say."""
        wanted, found = set(references), {}
        for request in self.requests(references):
            for row in call(self.read_id, request).rows():
                reference = lenient.get(row, self.key)
                number = lenient.get(row, self.number_key)
                if str(reference) in wanted and number not in (None, ""):
                    found[str(reference)] = str(number)
        return found


@dataclass(frozen=True)
class Lookup:
    """How a write of one endpoint is looked up at OC.

    `read`: the read that lists its references (a person can run it too); for a create,
    finding them there proves it was done (`proves_done`), for a change `what_to_check` says
    what to look at in it. `needs_data`: the check reads the request as sent (not only its
    references), so an audit entry alone cannot feed it.
    """

    check: Check
    read: ByReference | None = None
    proves_done: bool = False
    needs_data: bool = False
    what_to_check: str = ""


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
    def outcome(self) -> Words:
        """The audit log's words for it."""
        if self.state == WriteState.UNKNOWN:
            return Words.of(QT_TRANSLATE_NOOP("audit", "still unknown: {why}"), why=self.why)
        if self.state == WriteState.NOT_DONE:
            none = QT_TRANSLATE_NOOP("audit", "checked at OC: not done: none of {missing} is at OC")
            return Words.of(none, missing=", ".join(self.missing))
        done = QT_TRANSLATE_NOOP("audit", "checked at OC: done, {count} found at OC ({found})")
        found = ", ".join(f"{ref}: {shown}" if shown != ref else ref for ref, shown in self.found)
        not_done = QT_TRANSLATE_NOOP("audit", "not done: {missing}")
        missing = [Words.of(not_done, missing=", ".join(self.missing))] if self.missing else []
        return Words.joined(Words.of(done, count=len(self.found), found=found), *missing)


def lookup_for(endpoint_id: str) -> Lookup | None:
    """How to look a write of `endpoint_id` up at OC; None when no read can show it."""
    return LOOKUPS.get(endpoint_id)


def check(call: Call, endpoint_id: str, references: Sequence[str], data: Any = None) -> Verdict:
    """Ask OC once whether a write of `endpoint_id` on `references` was carried out.

    A reference also counts as done when it is OC's number of something found (an audit entry
    keeps both the references sent and the numbers OC gave them).
    """
    lookup = lookup_for(endpoint_id)
    try:
        if lookup is None:
            raise CannotTell(f"ocdesk has no way to look up {endpoint_id} at OC")
        if lookup.needs_data and data is None:
            raise CannotTell(f"check at OC {lookup.what_to_check}")
        found = lookup.check(call, list(references), data)
    except OcError as error:
        return Verdict(WriteState.UNKNOWN, why=f"OC could not be asked: {error}")
    except CannotTell as error:
        return Verdict(WriteState.UNKNOWN, why=str(error))
    shown = set(found.values())
    done = tuple((ref, found[ref]) for ref in references if ref in found)
    missing = tuple(ref for ref in references if ref not in found and ref not in shown)
    return Verdict(WriteState.DONE if done else WriteState.NOT_DONE, done, missing)


@dataclass(frozen=True)
class Patient:
    """What patient lookups found: reference -> number, and whether OC answered at all."""

    numbers: Found
    answered: bool
    checks: int
    last_error: OcError | None = None


def find_patiently(
    call: Call,
    lookup: ByReference,
    references: Sequence[str],
    *,
    until_all_found: bool = True,
    sleep: Sleep = time.sleep,
    waits: Sequence[float] = LOOKUP_WAITS,
    cancelled: Cancelled | None = None,
    on_check: Callable[[int, int], None] | None = None,
) -> Patient:
    """Look `references` up after each of `waits` until OC holds them all (or, without
    `until_all_found`, until OC answers once). A lookup that fails is tried at the next wait;
    the user stopping the job ends the waiting."""
    numbers: Found = {}
    answered, checks, last_error = False, 0, None
    for wait in waits:
        missing = [r for r in references if r not in numbers]
        if not missing or (answered and not until_all_found):
            break
        if checks and stopped(cancelled):
            break
        if wait:
            sleep(wait)
        checks += 1
        if on_check is not None:
            on_check(checks, len(waits))
        try:
            numbers |= lookup.find(call, missing)
        except OcError as exc:
            last_error = exc
            continue
        answered = True
    return Patient(numbers, answered, checks, last_error)


# --- creates: found by the reference they were sent with ---------------------------------------


def _listed(list_key: str, key: str, **extra: Any) -> Callable[[list[str]], dict[str, Any]]:
    """Request data naming the references as `{list_key: [{key: ref}, ...]}`."""
    return lambda refs: {list_key: [{key: r} for r in refs], **extra}


def _strings(list_key: str) -> Callable[[list[str]], dict[str, Any]]:
    """Request data naming the references as `{list_key: [ref, ...]}`."""
    return lambda refs: {list_key: list(refs)}


def _one(key: str) -> Callable[[list[str]], dict[str, Any]]:
    """Request data naming one reference: `{key: ref}`."""
    return lambda refs: {key: refs[0]}


def _created(read: ByReference) -> Lookup:
    return Lookup(read.find, read=read, proves_done=True)


def _estimate(call: Call, references: Sequence[str], data: Any) -> Found:
    """An estimate OC received can be fetched by its referenceId; OC refuses an unknown one."""
    found: Found = {}
    for reference in references:
        try:
            call("pricing.result", {"referenceId": reference})
        except BusinessError:
            continue
        found[reference] = reference
    return found


# --- changes: the state of the thing they changed ----------------------------------------------


def _status_is(rows: list[dict[str, Any]], key: str, wanted: str) -> Found:
    return {
        str(lenient.get(row, key)): wanted
        for row in rows
        if str(lenient.get(row, "status") or "").lower() == wanted
    }


def _outbound_cancelled(call: Call, references: Sequence[str], data: Any) -> Found:
    query = {"orderNumberList": [{"orderNumber": n} for n in references]}
    return _status_is(call("outbound.query", query).rows(), "orderNumber", "cancelled")


def _vas_cancelled(call: Call, references: Sequence[str], data: Any) -> Found:
    rows = call("vas.detail", {"vasNumberList": list(references)}).rows()
    return _status_is(rows, "vasNumber", "cancelled")


def _return_changed(call: Call, references: Sequence[str], data: Any) -> Found:
    """cancelType 1: is the return cancelled; 2: does it carry the tracking number sent."""
    number = references[0]
    rows = call("returns.orders", {"orderNumber": number}).rows()
    if str(lenient.get(data, "cancelType")) == "1":
        return _status_is(rows, "orderNumber", "cancelled")
    tracking = str(lenient.get(data, "trackingNumber") or "")
    shown = {str(lenient.get(row, "trackingNumber") or "") for row in rows}
    return {number: tracking} if tracking and tracking in shown else {}


def _documents_uploaded(call: Call, references: Sequence[str], data: Any) -> Found:
    number = references[0]
    rows = call("inbound.detail", {"inboundNumberList": [number]}).rows()
    names = {
        str(lenient.get(f, "fileName")) for r in rows for f in lenient.get(r, "fileList") or []
    }
    wanted = [str(lenient.get(f, "fileName")) for f in lenient.get(data, "fileList") or []]
    return {number: ", ".join(wanted)} if wanted and set(wanted) <= names else {}


def _tracking_not_shown(call: Call, references: Sequence[str], data: Any) -> Found:
    raise CannotTell(
        "OC's inbound answers do not list uploaded tracking numbers; look at the inbound order "
        "in OC's seller portal"
    )


def _ef_set_up(call: Call, references: Sequence[str], data: Any) -> Found:
    """Each SKU whose EF services name every warehouse it was sent with."""
    wanted = {str(lenient.get(item, "mfSkuId")): _regions(item) for item in data or []}
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


def _items_linked(call: Call, references: Sequence[str], data: Any) -> Found:
    """Each returned item now linked to the SKU it was sent with."""
    pairs = {
        str(lenient.get(i, "returnItemId")): str(lenient.get(i, "mfSkuId"))
        for i in lenient.get(data, "itemList") or []
    }
    query = {"serviceType": "SKU", "uniqueIdList": sorted(set(pairs.values()))}
    found: Found = {}
    for row in all_pages(call, "returns.stock", query, size=200):
        item, sku = str(lenient.get(row, "returnItemId")), str(lenient.get(row, "MFSKUID"))
        if lenient.get(row, "linked") is True and pairs.get(item) == sku:
            found[item] = sku
    return found


_ORDERS = _created(ByReference(
    "outbound.query", "referenceNumber", "orderNumber",
    _listed("referenceNumberList", "referenceNumber"), 50,
))
_ORDERS_BY_NUMBER = ByReference(
    "outbound.query", "orderNumber", "orderNumber", _listed("orderNumberList", "orderNumber"), 50
)
_INBOUND_BY_NUMBER = ByReference(
    "inbound.detail", "inboundNumber", "inboundNumber", _strings("inboundNumberList"), 50
)  # fmt: skip
# What to check at OC where ocdesk cannot tell: marked here, translated where it is shown.
_CANCELLED = QT_TRANSLATE_NOOP("write_lookups", "whether its status is cancelled")

LOOKUPS: dict[str, Lookup] = {
    "outbound.create": _ORDERS,
    "outbound.third_party_label": _ORDERS,
    "sku.create": _created(ByReference(
        "sku.query", "referenceSKUID", "MFSKUID",
        _listed("referenceSKUIDList", "referenceSKUID", limit=200), 200,
    )),
    "inbound.create": _created(ByReference(
        "inbound.list", "sellerInboundNumber", "inboundNumber",
        _strings("sellerinboundNumberList"), 50,
    )),
    "vas.create": _created(ByReference(
        "vas.detail", "sellerVasNumber", "vasNumber", _strings("sellerVasNumberList"), 100
    )),
    "returns.erp_submit": _created(ByReference(
        "returns.orders", "referenceNumber", "orderNumber", _one("referenceNumber"), 1
    )),
    "pricing.estimate": Lookup(
        _estimate, ByReference(
            "pricing.result", "referenceId", "referenceId", _one("referenceId"), 1
        ), what_to_check=QT_TRANSLATE_NOOP("write_lookups",
            "whether OC answers with the estimate or says the referenceId does not exist"),
    ),
    "outbound.cancel": Lookup(
        _outbound_cancelled, _ORDERS_BY_NUMBER, what_to_check=_CANCELLED
    ),
    "vas.cancel": Lookup(
        _vas_cancelled, ByReference(
            "vas.detail", "vasNumber", "vasNumber", _strings("vasNumberList"), 100
        ), what_to_check=_CANCELLED,
    ),
    "returns.cancel_rma": Lookup(
        _return_changed, ByReference(
            "returns.orders", "orderNumber", "orderNumber", _one("orderNumber"), 1
        ), needs_data=True,
        what_to_check=QT_TRANSLATE_NOOP("write_lookups",
            "whether the return is cancelled or carries the tracking number sent"),
    ),
    "inbound.upload_clearance": Lookup(
        _documents_uploaded, _INBOUND_BY_NUMBER, needs_data=True,
        what_to_check=QT_TRANSLATE_NOOP("write_lookups",
            "whether the inbound order lists the clearance document"),
    ),
    "inbound.upload_tracking": Lookup(
        _tracking_not_shown, _INBOUND_BY_NUMBER,
        what_to_check=QT_TRANSLATE_NOOP("write_lookups",
            "whether it lists the tracking numbers (OC's seller portal does)"),
    ),
    "sku.setup_ef_service": Lookup(
        _ef_set_up, ByReference(
            "sku.query_ef_service", "mfSkuId", "mfSkuId", _listed("mfSkuList", "mfSkuId"), 200
        ), needs_data=True, what_to_check=QT_TRANSLATE_NOOP("write_lookups",
            "whether the SKUs' EF services are set up"),
    ),
    "returns.link_stock": Lookup(
        _items_linked, needs_data=True,
        what_to_check=QT_TRANSLATE_NOOP("write_lookups",
            "whether the returned items are linked to their SKUs"),
    ),
}  # fmt: skip
"""Every write endpoint of the catalog (tests hold it to that)."""
