"""`ocdesk sandbox` in a process of its own, as `ocdesk --sandbox` runs it, for the benchmarks."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

import requests

from ocdesk.api.dates import format_datetime
from ocdesk.session import Session

COMMAND = [sys.executable, "-m", "ocdesk", "sandbox", "--port", "0", "--until-stdin-closes"]


@contextmanager
def sandbox_child(seed: int = 1) -> Iterator[str]:
    """A sandbox child's base URL; it stops when the block ends (its stdin closes)."""
    with subprocess.Popen(
        [*COMMAND, "--seed", str(seed)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None
            yield str(json.loads(child.stdout.readline())["base_url"])
        finally:
            assert child.stdin is not None
            child.stdin.close()
            child.wait(30)


def add_fault(base_url: str, fault: dict[str, object]) -> None:
    """Inject a fault through the emulator-only hook."""
    requests.post(base_url + "/__emu/faults", json=fault, timeout=10).raise_for_status()


def recent_order_numbers(session: Session, count: int) -> list[str]:
    """`count` outbound order numbers the sandbox holds, found through outbound.query."""
    now = datetime.now().astimezone()
    window = {
        "startTime": format_datetime(now - timedelta(days=7)),
        "endTime": format_datetime(now),
    }
    numbers = sorted(
        str(row["orderNumber"]) for row in session.client.call("outbound.query", window).rows()
    )
    if len(numbers) < count:
        raise RuntimeError(f"the sandbox has only {len(numbers)} recent outbound orders")
    return numbers[:count]
