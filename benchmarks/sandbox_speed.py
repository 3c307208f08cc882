"""Sandbox speed: how fast the emulator serves a 50-order outbound.query."""

from __future__ import annotations

from typing import Any

from benchmarks.measures import measure, median, percentile, result, show
from benchmarks.query_rig import query_rig, timed

WARMUP = 30
RUNS = 300
TARGET_MS = 20.0


def run(runs: int = RUNS) -> dict[str, Any]:
    """Time the bare POST: what is left is the sandbox's work plus loopback HTTP."""
    with query_rig() as rig:
        timed(rig.bare_post, WARMUP)
        times = timed(rig.bare_post, runs)
    ms = 1000.0
    return result(
        "Sandbox serving outbound.query (50 orders)",
        [
            measure("median", median(times) * ms, "ms", TARGET_MS),
            measure("p90", percentile(times, 0.9) * ms, "ms"),
            measure("max", max(times) * ms, "ms"),
        ],
        f"{runs} bare requests.post calls after {WARMUP} warm-up calls, on one keep-alive "
        "session, timed by the caller (request out to full body in).",
    )


if __name__ == "__main__":
    show(run())
