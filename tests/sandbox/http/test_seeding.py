"""The sandbox listens before its world is seeded: a login needs no business data, and the
first business call waits for the world instead of being refused."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from ocdesk.sandbox.core import Clock
from ocdesk.sandbox.http.server import Sandbox, business_world
from ocdesk.sandbox.world import World
from ocdesk.sandbox.world.dates import fmt

WAIT_S = 10


class HeldSeeding:
    """The real world's factory, held until `release()`: seeding as slow as we like."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self._go = threading.Event()

    def __call__(self, seed: int, clock: Clock) -> World:
        self.started.set()
        if not self._go.wait(WAIT_S):
            raise TimeoutError("the world was seeded before anyone could call")
        return business_world(seed, clock)

    def release(self) -> None:
        self._go.set()


def test_a_login_is_answered_while_the_world_is_seeded_and_a_query_waits_for_it(caller) -> None:
    seeding = HeldSeeding()
    sb = Sandbox(seed=1, world_factory=seeding).start()
    try:
        assert seeding.started.wait(WAIT_S), "start() seeds the world in the background"
        oc = caller(sb)
        token = oc.login()["access_token"]  # answered although no world exists yet
        now = sb.clock.now()
        last_week = {"startTime": fmt(now - timedelta(days=6)), "endTime": fmt(now)}
        with ThreadPoolExecutor(1) as pool:
            query = pool.submit(oc.call, "outbound.query", last_week, token=token)
            assert _received(sb, "outbound.query"), "the query reached the sandbox"
            assert not query.done()  # and waits there for the world
            seeding.release()
            answer = query.result(WAIT_S).json()
        assert answer["code"] == 0 and answer["data"], answer
    finally:
        seeding.release()
        sb.stop()


def test_the_world_is_the_same_whoever_seeds_it_first() -> None:
    started = Sandbox(seed=4).start()  # seeded by start()'s background builder
    try:
        by_start = sorted(started.world.store.outbound)  # type: ignore[attr-defined]
    finally:
        started.stop()
    on_demand = Sandbox(seed=4)  # never started: seeded by this first read
    assert sorted(on_demand.world.store.outbound) == by_start  # type: ignore[attr-defined]


def _received(sb: Sandbox, endpoint_id: str) -> bool:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if any(entry["endpoint_id"] == endpoint_id for entry in sb.log.listing()):
            return True
        time.sleep(0.01)
    return False
