"""What the desk may do with a record found by number: its label call, and the cancel rules."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ocdesk.api import validation
from ocdesk.api.catalog import get
from ocdesk.api.identifiers import IdKind
from ocdesk.jobs.record_actions import Match, cancel_blocked, cancel_request, label_request


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
