"""Every create under every way OC fails: sent once, and never called done or refused unless OC said so.

Each create endpoint is sent through `ocdesk call` while the sandbox spoils its answer. Whatever
the fault, the create left ocdesk once, the CLI exits 6 naming the reference to look up, and a
second, clean send proves what OC holds: the reference at most once.
"""

from __future__ import annotations

import json

import pytest
import requests
from samples import Sample, Seeded, samples

from ocdesk import cli
from ocdesk.api import catalog
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session

EXIT_UNKNOWN, EXIT_BUSINESS = 6, 3
CREATES = [e.id for e in catalog.business_endpoints() if e.creates]
# (fault kind, whether the sandbox carried the request out before spoiling the answer)
FAULTS = [
    ("reset", False),
    ("reset_after", True),
    ("http_502", False),
    ("http_502_after", True),
    ("spring_500", False),
    ("spring_500_after", True),
    ("malformed_json", True),
    ("busy", False),
]

pytestmark = pytest.mark.usefixtures("root_logging")


@pytest.fixture(scope="module")
def seeded(oc_session: Session) -> Seeded:
    return Seeded(oc_session)


def sent(sandbox: Sandbox, endpoint_id: str, reference: str) -> int:
    """How many requests to `endpoint_id` carried `reference`."""
    path = catalog.get(endpoint_id).path
    log = requests.get(f"{sandbox.base_url}/__emu/requests", timeout=5).json()
    entries = log if isinstance(log, list) else log.get("requests", [])
    return sum(1 for r in entries if r["path"] == path and reference in json.dumps(r))


def test_every_create_endpoint_is_covered() -> None:
    assert set(CREATES) == {
        "sku.create", "inbound.create", "outbound.create", "outbound.third_party_label",
        "pricing.estimate", "vas.create", "returns.erp_submit",
    }  # fmt: skip


@pytest.mark.parametrize("kind, processed", FAULTS)
@pytest.mark.parametrize("endpoint_id", CREATES)
def test_a_spoiled_create_is_sent_once_and_its_outcome_is_unknown(
    shared_sandbox: Sandbox, seeded: Seeded, capsys, endpoint_id: str, kind: str, processed: bool
) -> None:
    sample: Sample = samples(seeded)[endpoint_id]  # fresh references every time
    (reference, *_) = catalog.get(endpoint_id).references_in(sample.ok)
    fault = {"endpoint": endpoint_id, "kind": kind, "count": 1}
    requests.post(
        f"{shared_sandbox.base_url}/__emu/faults", json=fault, timeout=5
    ).raise_for_status()
    argv = [
        "call",
        endpoint_id,
        "--sandbox-url",
        shared_sandbox.base_url,
        "--data",
        json.dumps(sample.ok),
    ]

    code = cli.main(argv)
    err = capsys.readouterr().err

    assert code == EXIT_UNKNOWN, err
    assert "may have reached OC" in err and reference in err
    ours = err.lower().split("\n", 1)[1]  # the first line is OC's own message
    assert "try again" not in ours
    assert sent(shared_sandbox, endpoint_id, reference) == 1

    # A clean second send shows what OC holds: the first one, or nothing yet.
    again = cli.main(argv)
    capsys.readouterr()
    assert again == (EXIT_BUSINESS if processed else 0)
