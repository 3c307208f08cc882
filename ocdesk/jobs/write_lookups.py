"""Where OC answers "did this write arrive?": the read that finds each write's references.

For a create, finding its reference at OC proves it was done, and OC's number comes with it.
For a change, the read only shows where the thing stands; a person judges from its status.
Kinds with no read here (returns.link_stock) can only be checked in OC's portal.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.batches import chunks
from ocdesk.api.errors import OcError
from ocdesk.jobs.base import Call, Cancelled, stopped

LOOKUP_WAITS: tuple[float, ...] = (0.0, 2.0, 4.0, 8.0, 16.0)
"""Seconds to wait before each lookup of a write whose answer was lost: 30 s in all, as OC
may take a while to process a request it received."""

Sleep = Callable[[float], None]


@dataclass(frozen=True)
class Lookup:
    """The read that finds a write's references at OC, `per_call` of them at a time."""

    read_id: str
    key: str  # the reference as the read's rows spell it
    number_key: str  # OC's number in those rows
    request: Callable[[list[str]], dict[str, Any]]
    per_call: int
    proves_done: bool = True  # False for a change: the status, not the presence, tells
    what_to_check: str = ""

    def requests(self, references: Sequence[str]) -> list[dict[str, Any]]:
        """The read's request data, one per call."""
        return [self.request(part) for part in chunks(list(references), self.per_call)]

    def find(self, call: Call, references: Sequence[str]) -> dict[str, str]:
        """reference -> OC's number, for the references OC holds; raises OcError if OC can't say."""
        wanted, found = set(references), {}
        for data in self.requests(references):
            for row in call(self.read_id, data).rows():
                reference = lenient.get(row, self.key)
                number = lenient.get(row, self.number_key)
                if str(reference) in wanted and number not in (None, ""):
                    found[str(reference)] = str(number)
        return found


def _listed(list_key: str, key: str, **extra: Any) -> Callable[[list[str]], dict[str, Any]]:
    """Request data naming the references as `{list_key: [{key: ref}, ...]}`."""
    return lambda refs: {list_key: [{key: r} for r in refs], **extra}


def _strings(list_key: str) -> Callable[[list[str]], dict[str, Any]]:
    """Request data naming the references as `{list_key: [ref, ...]}`."""
    return lambda refs: {list_key: list(refs)}


def _one(key: str) -> Callable[[list[str]], dict[str, Any]]:
    """Request data naming one reference: `{key: ref}`."""
    return lambda refs: {key: refs[0]}


_ORDERS = Lookup(
    "outbound.query", "referenceNumber", "orderNumber",
    _listed("referenceNumberList", "referenceNumber"), 50,
)  # fmt: skip
_CANCEL = "whether its status is cancelled"

LOOKUPS: dict[str, Lookup] = {
    # creates: found at OC means done
    "outbound.create": _ORDERS,
    "outbound.third_party_label": _ORDERS,
    "sku.create": Lookup(
        "sku.query", "referenceSKUID", "MFSKUID",
        _listed("referenceSKUIDList", "referenceSKUID", limit=200), 200,
    ),
    "inbound.create": Lookup(
        "inbound.list", "sellerInboundNumber", "inboundNumber",
        _strings("sellerinboundNumberList"), 50,
    ),
    "vas.create": Lookup(
        "vas.detail", "sellerVasNumber", "vasNumber", _strings("sellerVasNumberList"), 100
    ),
    "returns.erp_submit": Lookup(
        "returns.orders", "referenceNumber", "orderNumber", _one("referenceNumber"), 1
    ),
    # OC answers an unknown referenceId with an error the client cannot tell from others
    "pricing.estimate": Lookup(
        "pricing.result", "referenceId", "referenceId", _one("referenceId"), 1,
        proves_done=False, what_to_check="whether OC answers with the estimate or says the "
        "referenceId does not exist",
    ),
    # changes: the read shows where the thing stands
    "outbound.cancel": Lookup(
        "outbound.query", "orderNumber", "orderNumber", _listed("orderNumberList", "orderNumber"),
        50, proves_done=False, what_to_check=_CANCEL,
    ),
    "vas.cancel": Lookup(
        "vas.detail", "vasNumber", "vasNumber", _strings("vasNumberList"), 100,
        proves_done=False, what_to_check=_CANCEL,
    ),
    "returns.cancel_rma": Lookup(
        "returns.orders", "orderNumber", "orderNumber", _one("orderNumber"), 1,
        proves_done=False, what_to_check="its status and tracking number",
    ),
    "inbound.upload_tracking": Lookup(
        "inbound.detail", "inboundNumber", "inboundNumber", _strings("inboundNumberList"), 50,
        proves_done=False, what_to_check="whether it lists the tracking numbers",
    ),
    "inbound.upload_clearance": Lookup(
        "inbound.detail", "inboundNumber", "inboundNumber", _strings("inboundNumberList"), 50,
        proves_done=False, what_to_check="whether it lists the clearance document",
    ),
    "sku.setup_ef_service": Lookup(
        "sku.query_ef_service", "mfSkuId", "mfSkuId", _listed("mfSkuList", "mfSkuId"), 200,
        proves_done=False, what_to_check="whether the EF services are set up",
    ),
}  # fmt: skip


def lookup_for(endpoint_id: str) -> Lookup | None:
    """How to look a write of `endpoint_id` up at OC; None when no read can show it."""
    return LOOKUPS.get(endpoint_id)


@dataclass(frozen=True)
class Found:
    """What patient lookups found: reference -> number, and whether OC answered at all."""

    numbers: dict[str, str]
    answered: bool
    checks: int
    last_error: OcError | None = None


def find_patiently(
    call: Call,
    lookup: Lookup,
    references: Sequence[str],
    *,
    until_all_found: bool = True,
    sleep: Sleep = time.sleep,
    waits: Sequence[float] = LOOKUP_WAITS,
    cancelled: Cancelled | None = None,
    on_check: Callable[[int, int], None] | None = None,
) -> Found:
    """Look `references` up after each of `waits` until OC holds them all (or, without
    `until_all_found`, until OC answers once). A lookup that fails is tried at the next wait;
    the user stopping the job ends the waiting."""
    numbers: dict[str, str] = {}
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
    return Found(numbers, answered, checks, last_error)
