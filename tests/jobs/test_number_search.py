"""What the lookup asks OC for each kind of number (no widgets)."""

from __future__ import annotations

import time

import pytest
import requests

from ocdesk.api import validation
from ocdesk.api.catalog import get
from ocdesk.api.errors import BusinessError, ReauthRequired, TransportError
from ocdesk.api.identifiers import IdKind
from ocdesk.jobs.number_search import lookup, queries_for
from ocdesk.jobs.record_index import index_for, refresh
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.db import Database
from ocdesk.store.record_index import IndexedRecord, RecordIndex


@pytest.mark.parametrize(
    ("kind", "number", "endpoints"),
    [
        (IdKind.OUTBOUND, "OCO2000009385032GB", ["outbound.query"]),
        (IdKind.INBOUND, "OCI4DE06746410", ["inbound.detail"]),
        (IdKind.RETURN, "OCS1DE000453014", ["returns.orders"]),
        (IdKind.VAS, "OCV4DE00012345", ["vas.detail"]),
        (IdKind.MFSKUID, "OC0000255606056", ["sku.query", "stock.snapshot"]),
        (IdKind.EBAY_ORDER, "02-05696-00555", ["outbound.query"]),
        (IdKind.REFERENCE, "#1003", ["outbound.query", "returns.orders", "inbound.detail",
                                     "sku.query"]),
        (IdKind.EMPTY, "", []),
    ],
)  # fmt: skip
def test_every_query_is_valid_for_its_endpoint(
    kind: IdKind, number: str, endpoints: list[str]
) -> None:
    queries = queries_for(kind, number)

    assert [q.endpoint_id for q in queries] == endpoints
    for query in queries:
        assert validation.problems_for(get(query.endpoint_id), query.data) == []
        assert number in repr(query.data)


def test_reference_lookup_searches_everywhere_and_reports_nothing_found(
    oc_session: Session,
) -> None:
    outcome = lookup(oc_session.client.call, "  nobody-has-this-ref ")

    assert not outcome.found and not outcome.failures
    assert outcome.searched == (IdKind.OUTBOUND, IdKind.RETURN, IdKind.INBOUND, IdKind.MFSKUID)


def test_unknown_vas_number_is_not_found_with_ocs_words(oc_session: Session) -> None:
    outcome = lookup(oc_session.client.call, "ocv4de00000001")

    assert outcome.text == "OCV4DE00000001" and not outcome.found
    assert "OCV4DE00000001" in outcome.absent_detail


def test_errors_other_than_not_found_are_raised() -> None:
    def refuse(endpoint_id: str, data: object) -> object:
        raise BusinessError("system busy", code="9")

    with pytest.raises(BusinessError):
        lookup(refuse, "OCI4DE06746410")

    def logged_out(endpoint_id: str, data: object) -> object:
        raise ReauthRequired("log in again")

    with pytest.raises(ReauthRequired):
        lookup(logged_out, "#1003")


# --- with the index of recent orders and returns -----------------------------------------------


@pytest.fixture(scope="module")
def index_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    return Database(tmp_path_factory.mktemp("index") / "ocdesk.db")


@pytest.fixture(scope="module")
def filled(shared_sandbox: Sandbox, oc_session: Session, index_db: Database) -> RecordIndex:
    """The index of the shared sandbox, filled once (the sandbox holds statuses still)."""
    requests.post(f"{shared_sandbox.base_url}/__emu/config", json={"status_step_s": 0}, timeout=10)
    index = index_for(index_db, oc_session.profile)
    assert refresh(oc_session.client.call, index) is not None
    return index


@pytest.fixture(scope="module")
def held(filled: RecordIndex, index_db: Database) -> dict[str, list[IndexedRecord]]:
    """Every record the filled index holds, per kind."""
    rows = index_db.query("SELECT kind, number FROM record_index")
    records: dict[str, list[IndexedRecord]] = {"outbound": [], "return": []}
    for row in rows:
        found = filled.find(row["number"])
        records[row["kind"]].append(next(r for r in found if r.kind == row["kind"]))
    return records


def test_a_tracking_number_finds_its_order_and_a_returns_tracking_its_return(
    oc_session: Session, filled: RecordIndex, held: dict[str, list[IndexedRecord]]
) -> None:
    order = next(r for r in held["outbound"] if r.tracking)
    a_return = next(r for r in held["return"] if r.tracking)

    cases = [(order.tracking[0], IdKind.OUTBOUND, order.number),
             (a_return.tracking[0], IdKind.RETURN, a_return.number)]  # fmt: skip
    for tracking, kind, number in cases:
        assert not lookup(oc_session.client.call, tracking).found  # OC alone cannot find it
        outcome = lookup(oc_session.client.call, tracking, filled)

        assert [(m.kind, m.number) for m in outcome.matches] == [(kind, number)]
        assert outcome.from_index == ((kind, number),)
        assert outcome.matches[0].seen_at is None  # OC was asked for it as it is now
        assert outcome.index is not None and outcome.index.count > 1000


def test_lower_case_and_spaces_are_ignored_and_a_reference_is_found(
    oc_session: Session, filled: RecordIndex, held: dict[str, list[IndexedRecord]]
) -> None:
    order = next(r for r in held["outbound"] if r.tracking and r.reference)
    tracking = order.tracking[0].lower()
    spaced = " ".join(tracking[i : i + 4] for i in range(0, len(tracking), 4))

    assert [m.number for m in lookup(oc_session.client.call, f" {spaced} ", filled).matches] == [
        order.number
    ]
    by_reference = lookup(oc_session.client.call, order.reference.lower(), filled)
    assert order.number in [m.number for m in by_reference.matches]


def test_an_ebay_order_id_shared_by_an_order_and_its_return_finds_both(
    oc_session: Session, filled: RecordIndex, held: dict[str, list[IndexedRecord]]
) -> None:
    a_return = next(r for r in held["return"] if r.ebay_order_id)
    order = next(r for r in held["outbound"] if r.ebay_order_id == a_return.ebay_order_id)

    outcome = lookup(oc_session.client.call, a_return.ebay_order_id, filled)

    assert {(m.kind, m.number) for m in outcome.matches} == {
        (IdKind.OUTBOUND, order.number),
        (IdKind.RETURN, a_return.number),
    }
    assert outcome.from_index == ((IdKind.RETURN, a_return.number),)  # OC finds only the order


def test_when_oc_cannot_be_reached_the_index_shows_what_it_last_saw(
    filled: RecordIndex, held: dict[str, list[IndexedRecord]]
) -> None:
    order = filled.find(next(r for r in held["outbound"] if r.tracking).number)[0]

    def unreachable(endpoint_id: str, data: object) -> object:
        raise TransportError("Connection refused", endpoint_id=endpoint_id)

    outcome = lookup(unreachable, order.tracking[0], filled)

    assert [m.number for m in outcome.matches] == [order.number]
    assert outcome.matches[0].seen_at == order.seen_at and outcome.failures
    assert outcome.matches[0].record["status"] == order.status


def test_a_record_oc_no_longer_has_is_dropped_from_the_index(
    oc_session: Session, filled: RecordIndex
) -> None:
    gone = IndexedRecord("outbound", "OCO0000000000001GB", "created", tracking=("GONE123",),
                         created_at=time.time(), seen_at=time.time())  # fmt: skip
    filled.keep([gone])

    outcome = lookup(oc_session.client.call, "gone 123", filled)

    assert not outcome.found and filled.find("GONE123") == []
