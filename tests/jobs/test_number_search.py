"""What the lookup asks OC for each kind of number, and the cancel rules (no widgets)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ocdesk.api import validation
from ocdesk.api.catalog import get
from ocdesk.api.errors import BusinessError, ReauthRequired
from ocdesk.api.identifiers import IdKind
from ocdesk.jobs.number_search import (
    Match,
    cancel_blocked,
    cancel_request,
    label_request,
    lookup,
    queries_for,
)
from ocdesk.session import Session


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


def test_label_and_cancel_requests_pass_the_catalog_checks() -> None:
    now = datetime(2025, 3, 11, 10, 15, tzinfo=timezone(timedelta(hours=8)))
    for kind, number in [(IdKind.RETURN, "OCS1DE000453014"), (IdKind.INBOUND, "OCI4DE06746410"),
                         (IdKind.MFSKUID, "OC0000255606056")]:  # fmt: skip
        request = label_request(Match(kind, number, {}))
        assert request is not None and request.number == number
        assert validation.problems_for(get(request.endpoint_id), request.data) == []
    assert label_request(Match(IdKind.OUTBOUND, "OCO2000009385032GB", {})) is None

    endpoint_id, data = cancel_request(IdKind.OUTBOUND, "OCO2000009385032GB", " late ", now)
    assert data == {"orderNumber": "OCO2000009385032GB", "cancelTime": "2025-03-11T10:15:00+0800",
                    "cancelReason": "late"}  # fmt: skip
    assert validation.problems_for(get(endpoint_id), data) == []
    assert cancel_request(IdKind.RETURN, "OCS1DE000453014", "", now)[1]["cancelType"] == 1


@pytest.mark.parametrize(
    ("kind", "status", "blocked"),
    [
        (IdKind.OUTBOUND, "created", False),
        (IdKind.OUTBOUND, "exception", False),
        (IdKind.OUTBOUND, "Picked", True),
        (IdKind.OUTBOUND, "shipped", True),
        (IdKind.OUTBOUND, "cancelled", True),
        (IdKind.OUTBOUND, "on_hold_new_status", False),  # unknown: OC decides (rule C6)
        (IdKind.RETURN, "in_transit", False),
        (IdKind.RETURN, "received", True),
    ],
)
def test_cancel_is_refused_locally_only_where_oc_would_refuse(
    kind: IdKind, status: str, blocked: bool
) -> None:
    assert cancel_blocked(kind, status) is blocked


def test_reference_lookup_searches_everywhere_and_reports_nothing_found(
    oc_session: Session,
) -> None:
    outcome = lookup(oc_session.call, "  nobody-has-this-ref ")

    assert not outcome.found and not outcome.failures
    assert outcome.searched == (IdKind.OUTBOUND, IdKind.RETURN, IdKind.INBOUND, IdKind.MFSKUID)


def test_unknown_vas_number_is_not_found_with_ocs_words(oc_session: Session) -> None:
    outcome = lookup(oc_session.call, "ocv4de00000001")

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
