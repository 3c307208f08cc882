"""The shape every benchmark returns, and the small statistics they share."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which `fraction` of `values` lie (nearest rank, no interpolation)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered)) - 1))
    return ordered[rank]


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def measure(name: str, value: float, unit: str, limit: float | None = None) -> dict[str, Any]:
    """One row of a benchmark's table; `limit` is an upper bound the value should stay within."""
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "target": None if limit is None else f"<= {limit:g} {unit}".strip(),
        "met": None if limit is None else value <= limit,
    }


def result(title: str, measures: list[dict[str, Any]], notes: str = "") -> dict[str, Any]:
    """A benchmark's outcome: its title, measures (rows of its table) and how it was measured."""
    return {"title": title, "measures": measures, "notes": notes}


def show(outcome: dict[str, Any]) -> dict[str, Any]:
    """Print a benchmark's outcome as JSON and hand it back."""
    print(json.dumps(outcome, indent=2), flush=True)
    return outcome
