"""Client overhead: OcClient's 50-order outbound.query against a bare POST of the same request."""

from __future__ import annotations

from typing import Any

from benchmarks.measures import measure, median, percentile, result, show
from benchmarks.query_rig import query_rig, timed

WARMUP = 30
RUNS = 300
TARGET_RATIO = 1.3


def run(runs: int = RUNS) -> dict[str, Any]:
    """Interleave the two kinds of call one by one, so both see the same machine state."""
    client: list[float] = []
    bare: list[float] = []
    with query_rig() as rig:
        timed(rig.client_call, WARMUP)
        timed(rig.bare_post, WARMUP)
        for _ in range(runs):
            client += timed(rig.client_call, 1)
            bare += timed(rig.bare_post, 1)
    ms = 1000.0
    return result(
        "Client overhead (outbound.query, 50 orders)",
        [
            measure("OcClient.call median", median(client) * ms, "ms"),
            measure("OcClient.call p90", percentile(client, 0.9) * ms, "ms"),
            measure("bare requests.post median", median(bare) * ms, "ms"),
            measure("bare requests.post p90", percentile(bare, 0.9) * ms, "ms"),
            measure("ratio of medians", median(client) / median(bare), "", TARGET_RATIO),
            measure("ratio of p90s", percentile(client, 0.9) / percentile(bare, 0.9), ""),
        ],
        f"{runs} calls of each, interleaved, after {WARMUP} warm-up calls of each; in-process "
        "sandbox on loopback; one keep-alive requests.Session for both; the bare request is "
        "signed once and re-sent unchanged. OcClient validates, builds a fresh envelope, signs, "
        "parses and interprets the answer on every call.",
    )


if __name__ == "__main__":
    show(run())
