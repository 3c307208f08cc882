"""Every business endpoint, client -> sandbox over real HTTP: once accepted, once refused by OC."""

from __future__ import annotations

import pytest
from samples import Seeded, samples

from ocdesk.api import catalog
from ocdesk.api.client import OcClient
from ocdesk.api.errors import BusinessError
from ocdesk.session import Session

IDS = [e.id for e in catalog.business_endpoints()]
# A service list has nothing a caller could get wrong; its refusals are auth errors, tested apart.
NO_BUSINESS_ERROR = {"warehouse.services"}


@pytest.fixture(scope="module")
def table(oc_session: Session):
    return samples(Seeded(oc_session))


def test_every_business_endpoint_has_a_sample(table) -> None:
    assert sorted(table) == sorted(IDS)


@pytest.mark.parametrize("endpoint_id", IDS)
def test_accepted(oc_session: Session, table, endpoint_id: str) -> None:
    result = oc_session.client.call(endpoint_id, table[endpoint_id].ok)
    assert result.ok
    assert result.exchange.status == 200
    assert result.message_id
    endpoint = catalog.get(endpoint_id)
    if endpoint.label is not None:
        labels = result.labels()
        assert labels and all(label.pdf.startswith(b"%PDF-1.4") for label in labels)


@pytest.fixture(scope="module")
def unchecked(oc_session: Session) -> OcClient:
    """The same login, minus the client's own checks, so the sandbox's checks answer."""
    return OcClient(oc_session.client.conn, oc_session.tokens, validate=False)


@pytest.mark.parametrize("endpoint_id", sorted(set(IDS) - NO_BUSINESS_ERROR))
def test_refused_with_ocs_code_and_message(unchecked: OcClient, table, endpoint_id: str) -> None:
    with pytest.raises(BusinessError) as caught:
        unchecked.call(endpoint_id, table[endpoint_id].refused)
    error = caught.value
    assert error.code not in (None, "", 0, "0")
    assert error.message
    assert error.message_id
    assert str(error.code) in str(error)
