"""One record found by its number, and what OC lets the desk do with it: print its label,
cancel it (no widgets).

Apart from the search (jobs/number_search.py): the tables that list records (Find orders and
its row menu) act on them without loading the search, its index or its paging.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.dates import format_datetime
from ocdesk.api.identifiers import IdKind
from ocdesk.jobs import requests
from ocdesk.jobs.requests import LabelRequest, has_label

# §6.0 and §11.0: statuses from which OC refuses a cancellation. Unknown statuses are left to
# OC to judge (rule C6: never reject a status we do not know).
NOT_CANCELLABLE: dict[IdKind, frozenset[str]] = {
    IdKind.OUTBOUND: frozenset({"picked", "packed", "shipped", "cancelled"}),
    IdKind.RETURN: frozenset({"received", "inspected", "completed", "cancelled"}),
}
CANCEL_ENDPOINTS = {IdKind.OUTBOUND: "outbound.cancel", IdKind.RETURN: "returns.cancel_rma"}


@dataclass(frozen=True)
class Match:
    """One record OC knows under the number typed; `stock` holds snapshot rows for an SKU.

    `seen_at` (epoch seconds) is set when OC could not be asked and the record is shown as the
    local index last saw it."""

    kind: IdKind
    number: str
    record: dict[str, Any]
    stock: tuple[dict[str, Any], ...] = ()
    seen_at: float | None = None


def label_request(match: Match) -> LabelRequest | None:
    """The call that fetches this record's label, or None when it has none."""
    return requests.label_request(match.kind, match.number) if has_label(match.kind) else None


def status_of(match: Match) -> str:
    return str(lenient.get(match.record, "status") or "")


def can_cancel(kind: IdKind) -> bool:
    """Whether the card offers a cancel action for this kind of record at all."""
    return kind in CANCEL_ENDPOINTS


def cancel_blocked(kind: IdKind, status: str) -> bool:
    """True when `status` makes cancelling impossible, so nothing should be sent."""
    return status.lower() in NOT_CANCELLABLE.get(kind, frozenset())


def cancel_request(
    kind: IdKind, number: str, reason: str, now: datetime
) -> tuple[str, dict[str, Any]]:
    """The call that cancels this record (§6.3 outbound, §11.3 return with cancelType 1)."""
    if kind is IdKind.OUTBOUND:
        data: dict[str, Any] = {"orderNumber": number, "cancelTime": format_datetime(now)}
        if reason.strip():
            data["cancelReason"] = reason.strip()
        return CANCEL_ENDPOINTS[kind], data
    if kind is IdKind.RETURN:
        return CANCEL_ENDPOINTS[kind], {"orderNumber": number, "cancelType": 1}
    raise ValueError(f"{kind} records cannot be cancelled here")
