"""What the lookup box asks OC for a typed or scanned number, and what came back (no widgets).

The plan per kind of number (docs/OC-API.md): an OC number goes
to the one endpoint that knows it; a seller's own reference is tried everywhere at once. The
whole lookup runs on one worker thread (`lookup(call, text, index)`), its queries concurrently.

The local index of recent orders and returns (jobs/record_index.py) is searched first: it knows
the numbers OC cannot search by (tracking numbers, a return's eBay order id, any number in
another case or with spaces). OC is still asked, concurrently: for each record the index found
(so its status is OC's of now, and a record OC no longer has is dropped), and as before for the
number itself (inbounds, SKUs, VAS orders and records older than the index are only at OC).
When OC cannot be reached, the index's records are shown as they were when last seen.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.errors import BusinessError, OcError, ReauthRequired
from ocdesk.api.identifiers import IdKind, classify, normalise
from ocdesk.api.result import OcResult
from ocdesk.jobs import record_index
from ocdesk.jobs.record_actions import Match
from ocdesk.jobs.requests import (
    order_query,
    record_request,
    reference_requests,
    stock_request,
)
from ocdesk.store.record_index import IndexedRecord, IndexState, RecordIndex, search_key

Caller = Callable[[str, Any], OcResult]

# The key holding a record's own number, per kind of record.
NUMBER_KEYS: dict[IdKind, str] = {
    IdKind.OUTBOUND: "orderNumber",
    IdKind.INBOUND: "inboundNumber",
    IdKind.RETURN: "orderNumber",
    IdKind.VAS: "vasNumber",
    IdKind.MFSKUID: "MFSKUID",
}
MAX_CONCURRENT = 8  # queries of one lookup in flight at once


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
    # The local index, when it was searched: how fresh it is, and the matches it found.
    index: IndexState | None = None
    from_index: tuple[tuple[IdKind, str], ...] = ()

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


def read_number(text: str) -> tuple[IdKind, str]:
    """The kind and number of typed text: an OC number or eBay order id may hold spaces and
    lower case ("oco 2000 0093 8503 2gb"); anything else is the user's own, as typed."""
    compact = search_key(text)
    kind = classify(compact)
    if kind in (IdKind.REFERENCE, IdKind.EMPTY):
        return classify(text), text.strip()
    return kind, normalise(compact)


def lookup(call: Caller, text: str, index: RecordIndex | None = None) -> Outcome:
    """Run on a worker thread: find what `text` names, in `index` and at OC.

    Raises ReauthRequired when the login is gone, and the first OcError when every query
    failed and the index found nothing; partial failures travel in `Outcome.failures`.
    """
    kind, number = read_number(text)
    hits = index.find(text) if index is not None and kind is not IdKind.EMPTY else []
    own = queries_for(kind, number)
    # A hit under the very number typed is answered by the query for that number.
    direct = [h for h in hits if (h.kind, h.number) == (kind, number)]
    checks = confirm_queries([h for h in hits if h not in direct])
    queries = own + [query for query, _ in checks]
    if not queries:
        return Outcome(number, kind)
    answers = run_all(call, queries)
    outcome = _collect(number, kind, queries, answers)
    if index is not None:
        answered = [(direct, answers[0])] if direct else []
        answered += [
            (covered, a) for (_, covered), a in zip(checks, answers[len(own) :], strict=True)
        ]
        outcome = _with_index(outcome, index, hits, answered, _found_keys(own, answers))
    if not outcome.matches and outcome.failures:
        raise outcome.failures[0]
    return _with_stock(call, outcome, queries, answers)


def confirm_queries(hits: list[IndexedRecord]) -> list[tuple[Query, list[IndexedRecord]]]:
    """The reads that fetch the index's records from OC as they are now, with the records
    each one answers for: one outbound.query for every order, one returns.orders per return."""
    orders = [h for h in hits if h.kind == IdKind.OUTBOUND]
    checks = [(Query("outbound.query", order_query([h.number for h in orders]),
                     IdKind.OUTBOUND), orders)] if orders else []  # fmt: skip
    for hit in hits:
        found = record_request(IdKind.RETURN, hit.number) if hit.kind == IdKind.RETURN else None
        if found is not None:
            checks.append((Query(*found, IdKind.RETURN), [hit]))
    return checks


def _with_index(
    outcome: Outcome,
    index: RecordIndex,
    hits: list[IndexedRecord],
    answered: list[tuple[list[IndexedRecord], OcResult | OcError]],
    found_at_oc: set[tuple[IdKind, str]],
) -> Outcome:
    """Merge the index's hits into what OC answered, and the answers into the index: a record
    OC sent is updated, one it no longer has is forgotten, one it could not be asked about is
    shown as last seen. `from_index` names the matches OC's own search did not find."""
    failed = {(h.kind, h.number) for covered, a in answered if isinstance(a, OcError)
              for h in covered}  # fmt: skip
    found = {(m.kind, m.number): m for m in outcome.matches}
    extra: list[Match] = []
    for hit in hits:
        key = (IdKind(hit.kind), hit.number)
        if key in found:
            index.keep([record_index.record(key[0], found[key].record, time.time())])
        elif key in failed:
            extra.append(Match(key[0], hit.number, hit.body or {}, seen_at=hit.seen_at))
        else:
            index.forget(hit.kind, hit.number)
    shown = {(m.kind, m.number) for m in extra} | found.keys()
    from_index = tuple(k for k in dict.fromkeys((IdKind(h.kind), h.number) for h in hits)
                       if k in shown and k not in found_at_oc)  # fmt: skip
    matches = (*outcome.matches, *extra)
    return replace(outcome, matches=matches, index=index.state(), from_index=from_index)


def _found_keys(queries: list[Query], answers: list[OcResult | OcError]) -> set[tuple[IdKind, str]]:
    """The records these queries found (their answers come first in `answers`)."""
    return {
        (query.finds, record_number(query.finds, row))
        for query, answer in zip(queries, answers, strict=False)
        if query.finds is not None and not isinstance(answer, OcError)
        for row in answer.rows()
    }


def run_all(call: Caller, queries: list[Query]) -> list[OcResult | OcError]:
    """Each query's result or OcError, in order, sent concurrently; a lost login is raised."""
    workers = min(len(queries), MAX_CONCURRENT)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lookup") as pool:
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


def refetch(call: Caller, kind: IdKind, number: str) -> Match | None:
    """The record as OC has it now (for the cancel confirmation); None when it is gone."""
    outcome = lookup(call, number)
    return next((m for m in outcome.matches if m.kind is kind and m.number == number), None)
