"""A 50-order `outbound.query` against an in-process sandbox, sent by OcClient or as a bare POST."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import requests

from ocdesk.api import catalog
from ocdesk.api.envelope import build_envelope
from ocdesk.api.signing import sign
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session

ENDPOINT_ID = "outbound.query"
BATCH = 50
TIMEOUT = (5.0, 30.0)


@dataclass
class QueryRig:
    """One logged-in client and the same query pre-signed for `requests`, on one keep-alive
    `requests.Session`, so the two differ only by what OcClient does around the request."""

    session: Session
    http: requests.Session
    data: dict[str, list[dict[str, str]]]
    url: str
    headers: dict[str, str]
    body: bytes

    def client_call(self) -> None:
        result = self.session.client.call(ENDPOINT_ID, self.data)
        if len(result.rows()) != BATCH:
            raise RuntimeError(f"OcClient got {len(result.rows())} orders, expected {BATCH}")

    def bare_post(self) -> requests.Response:
        return self.http.post(self.url, data=self.body, headers=self.headers, timeout=TIMEOUT)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds of `runs` calls of `fn`."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def order_numbers(sandbox: Sandbox, count: int = BATCH) -> list[str]:
    """`count` outbound order numbers that exist in the sandbox's seeded world."""
    numbers = sorted(sandbox.world.store.outbound)[:count]
    if len(numbers) < count:
        raise RuntimeError(f"the sandbox has only {len(numbers)} outbound orders")
    return numbers


def _signed_request(session: Session, data: object) -> tuple[str, dict[str, str], bytes]:
    """URL, headers and body of the query, signed once the way docs/OC-API.md says."""
    endpoint = catalog.get(ENDPOINT_ID)
    conn = session.client.conn
    url = conn.url(endpoint.path)
    envelope = build_envelope(data, api_version=endpoint.api_version)
    body = json.dumps(envelope, separators=(",", ":")).encode("utf-8")
    signed_body = body if conn.signature_mode == "body" else b""
    headers = {
        "clientKey": conn.client_id,
        "vAuthorization": sign(endpoint.path, conn.client_id, conn.secret_key, signed_body),
        "TimeStamp": str(envelope["timestamp"]),
        "Access-Token": f"Bearer {session.tokens.access_token()}",
        "Content-Type": "application/json",
    }
    return url, headers, body


def _check_bare(rig: QueryRig) -> None:
    """The bare request must be the same successful query, or comparing with it means nothing."""
    reply = rig.bare_post().json()
    rows = reply.get("data")
    if reply.get("code") != 0 or not isinstance(rows, list) or len(rows) != BATCH:
        raise RuntimeError(f"the bare request did not return {BATCH} orders: {reply}")


@contextmanager
def query_rig(seed: int = 1) -> Iterator[QueryRig]:
    """A started sandbox and a checked QueryRig on it; the sandbox stops afterwards."""
    with Sandbox(seed=seed) as sandbox:
        session = sandbox_session(sandbox.base_url)
        # The requests.Session the client sends on (shared with OAuth), kept alive between calls.
        http = session.oauth.session
        data = {"orderNumberList": [{"orderNumber": n} for n in order_numbers(sandbox)]}
        rig = QueryRig(session, http, data, *_signed_request(session, data))
        _check_bare(rig)
        rig.client_call()
        try:
            yield rig
        finally:
            http.close()
