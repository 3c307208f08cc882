"""What the lookup box asks OC for a typed or scanned number, and what came back (no widgets).

The plan per kind of number (docs/OC-API.md): an OC number goes
to the one endpoint that knows it; a seller's own reference is tried everywhere at once. The
whole lookup runs on one worker thread (`lookup(call, text)`), its queries concurrently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.dates import format_datetime
from ocdesk.api.errors import BusinessError, OcError, ReauthRequired
from ocdesk.api.identifiers import IdKind, classify, normalise
from ocdesk.api.result import OcResult
from ocdesk.jobs import requests
from ocdesk.jobs.requests import (
    LabelRequest,
    has_label,
    record_request,
    reference_requests,
    stock_request,
)

Caller = Callable[[str, Any], OcResult]

# The key holding a record's own number, per kind of record.
NUMBER_KEYS: dict[IdKind, str] = {
    IdKind.OUTBOUND: "orderNumber",
    IdKind.INBOUND: "inboundNumber",
    IdKind.RETURN: "orderNumber",
    IdKind.VAS: "vasNumber",
    IdKind.MFSKUID: "MFSKUID",
}
# §6.0 and §11.0: statuses from which OC refuses a cancellation. Unknown statuses are left to
# OC to judge (rule C6: never reject a status we do not know).
NOT_CANCELLABLE: dict[IdKind, frozenset[str]] = {
    IdKind.OUTBOUND: frozenset({"picked", "packed", "shipped", "cancelled"}),
    IdKind.RETURN: frozenset({"received", "inspected", "completed", "cancelled"}),
}
CANCEL_ENDPOINTS = {IdKind.OUTBOUND: "outbound.cancel", IdKind.RETURN: "returns.cancel_rma"}


@dataclass(frozen=True)
class Query:
    """One call of a lookup. `finds` is the kind of record its rows are (None: supporting data).

    `strict` marks endpoints that answer an unknown number with a business error rather than
    an empty list (inbound.detail, vas.detail): such an error means "not found".
    """

    endpoint_id: str
    data: dict[str, Any]
    finds: IdKind | None
    strict: bool = False


@dataclass(frozen=True)
class Match:
    """One record OC knows under the number typed; `stock` holds snapshot rows for an SKU."""

    kind: IdKind
    number: str
    record: dict[str, Any]
    stock: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What a lookup found. No matches and no error means OC does not know the number."""

    text: str
    kind: IdKind
    matches: tuple[Match, ...] = ()
    # Queries that failed while others answered: the matches shown may be incomplete.
    failures: tuple[OcError, ...] = ()
    # OC's own words when it answered "no such number" with an error.
    absent_detail: str = ""
    searched: tuple[IdKind, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.matches)


def queries_for(kind: IdKind, number: str) -> list[Query]:
    """The calls that find `number` of `kind`; empty for an empty box."""
    if kind is IdKind.REFERENCE:
        return reference_queries(number)
    found = record_request(kind, number)
    if found is None:
        return []
    # OC answers an unknown inbound or VAS number with a business error, not an empty list.
    strict = kind in (IdKind.INBOUND, IdKind.VAS)
    # an eBay order id finds an outbound order
    record = Query(*found, IdKind.OUTBOUND if kind is IdKind.EBAY_ORDER else kind, strict)
    return [record, stock_query([number])] if kind is IdKind.MFSKUID else [record]


def reference_queries(reference: str) -> list[Query]:
    """A seller's own number may name an order, a return, an inbound or an SKU: ask them all."""
    return [Query(*request, kind) for kind, request in reference_requests(reference).items()]


def stock_query(mfskuids: Iterable[str]) -> Query:
    """Stock per region for these SKUs (one snapshot row per SKU and warehouse, §4.2)."""
    return Query(*stock_request(mfskuids), None)


def lookup(call: Caller, text: str) -> Outcome:
    """Run on a worker thread: find what `text` names at OC.

    Raises ReauthRequired when the login is gone, and the first OcError when every query
    failed; partial failures travel in `Outcome.failures`.
    """
    kind, number = classify(text), normalise(text)
    queries = queries_for(kind, number)
    if not queries:
        return Outcome(number, kind)
    answers = run_all(call, queries)
    outcome = _collect(number, kind, queries, answers)
    if not outcome.matches and outcome.failures:
        raise outcome.failures[0]
    return _with_stock(call, outcome, queries, answers)


def run_all(call: Caller, queries: list[Query]) -> list[OcResult | OcError]:
    """Each query's result or OcError, in order, sent concurrently; a lost login is raised."""
    with ThreadPoolExecutor(max_workers=len(queries), thread_name_prefix="lookup") as pool:
        answers = list(pool.map(lambda q: _answer(call, q), queries))
    for answer in answers:
        if isinstance(answer, ReauthRequired):
            raise answer
    return answers


def _answer(call: Caller, query: Query) -> OcResult | OcError:
    try:
        return call(query.endpoint_id, query.data)
    except OcError as exc:
        return exc


def _collect(
    number: str, kind: IdKind, queries: list[Query], answers: list[OcResult | OcError]
) -> Outcome:
    matches: dict[tuple[IdKind, str], Match] = {}
    failures: list[OcError] = []
    absent = ""
    for query, answer in zip(queries, answers, strict=True):
        if query.finds is None:
            continue
        if isinstance(answer, OcError):
            if query.strict and says_absent(answer, number):
                absent = str(answer)
            else:
                failures.append(answer)
            continue
        for row in answer.rows():
            match = Match(query.finds, record_number(query.finds, row), row)
            matches.setdefault((match.kind, match.number), match)
    searched = tuple(dict.fromkeys(q.finds for q in queries if q.finds is not None))
    return Outcome(number, kind, tuple(matches.values()), tuple(failures), absent, searched)


def says_absent(error: OcError, number: str) -> bool:
    """A business error naming `number`: OC's way of saying it has no such record."""
    if not isinstance(error, BusinessError):
        return False
    ids = [str(item.get("id", "")) for item in error.item_errors]
    return number in ids or number in error.message


def record_number(kind: IdKind, row: dict[str, Any]) -> str:
    return str(lenient.get(row, NUMBER_KEYS[kind]) or "")


def _with_stock(
    call: Caller, outcome: Outcome, queries: list[Query], answers: list[OcResult | OcError]
) -> Outcome:
    """Attach stock rows to SKU matches, fetching them when the plan did not already."""
    skus = [m.number for m in outcome.matches if m.kind is IdKind.MFSKUID and m.number]
    if not skus:
        return outcome
    snapshot = next((a for q, a in zip(queries, answers, strict=True) if q.finds is None), None)
    if snapshot is None:
        snapshot = _answer(call, stock_query(skus))
    if isinstance(snapshot, OcError):
        if isinstance(snapshot, ReauthRequired):
            raise snapshot
        return replace(outcome, failures=(*outcome.failures, snapshot))
    rows = snapshot.rows()
    matches = tuple(
        replace(m, stock=tuple(r for r in rows if lenient.get(r, "MFSKUID") == m.number))
        if m.kind is IdKind.MFSKUID
        else m
        for m in outcome.matches
    )
    return replace(outcome, matches=matches)


# --- actions on a match -----------------------------------------------------------------------


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


def refetch(call: Caller, kind: IdKind, number: str) -> Match | None:
    """The record as OC has it now (for the cancel confirmation); None when it is gone."""
    outcome = lookup(call, number)
    return next((m for m in outcome.matches if m.kind is kind and m.number == number), None)
