"""Run every benchmark and rewrite benchmarks/RESULTS.md with their tables.

`python -m benchmarks startup scale` runs only those and appends their tables to it.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import (
    bulk_faults,
    client_overhead,
    file_reading,
    label_render,
    lookup_speed,
    machine,
    raw_print,
    responsiveness,
    sandbox_speed,
    scale,
    scan_to_print,
    shared_desks,
    startup,
    webhook_flood,
)
from benchmarks.measures import result, show

RESULTS = Path(__file__).with_name("RESULTS.md")
BENCHMARKS: dict[str, tuple[str, Callable[[], dict[str, Any]]]] = {
    "client_overhead": ("Client overhead", client_overhead.run),
    "sandbox_speed": ("Sandbox speed", sandbox_speed.run),
    "startup": ("Start-up", startup.run),
    "responsiveness": ("Responsiveness", responsiveness.run),
    "scale": ("Scale", scale.run),
    "scan_to_print": ("Scan-to-print", scan_to_print.run),
    "lookup_speed": ("Lookup speed", lookup_speed.run),
    "label_render": ("Label rendering", label_render.run),
    "raw_print": ("Label printers by address", raw_print.run),
    "bulk_faults": ("Bulk create under faults", bulk_faults.run),
    "webhook_flood": ("Webhook flood", webhook_flood.run),
    "file_reading": ("Reading seller files", file_reading.run),
    "shared_desks": ("Shared desks", shared_desks.run),
}


def _run(title: str, bench: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The benchmark's outcome; a failure is recorded in the report instead of stopping the run."""
    try:
        return show(bench())
    except Exception as exc:
        traceback.print_exc()
        return result(title, [], f"Did not run: {type(exc).__name__}: {exc}")


def _value(value: float, unit: str) -> str:
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return f"{text} {unit}".strip()


def _table(outcome: dict[str, Any]) -> list[str]:
    lines = [f"## {outcome['title']}", ""]
    if outcome["measures"]:
        lines += ["| Measure | Value | Target | Met |", "|---|---:|---|---|"]
        for m in outcome["measures"]:
            met = "" if m["met"] is None else ("yes" if m["met"] else "**no**")
            lines.append(
                f"| {m['name']} | {_value(m['value'], m['unit'])} | {m['target'] or ''} | {met} |"
            )
        lines.append("")
    if outcome["notes"]:
        lines += [outcome["notes"], ""]
    return lines


def render(outcomes: list[dict[str, Any]], host: dict[str, str]) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `python -m benchmarks` (`make bench`); every run replaces this file.",
        "",
        "| Machine | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in host.items()),
        "",
    ]
    for outcome in outcomes:
        lines += _table(outcome)
    return "\n".join(lines)


def append_result(outcome: dict[str, Any]) -> None:
    """Add one benchmark's table, with the machine and date it ran on, to RESULTS.md."""
    host = machine.describe()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    ran_on = (
        f"Ran on {host['CPU']}, {host['Cores']} cores, Python {host['Python']}, {host['Date']}, "
        f"load average {load} (1, 5, 15 min) when it ended."
    )
    lines = ["", *_table(outcome), ran_on, ""]
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    print(f"appended to {RESULTS}")


def main(names: list[str]) -> int:
    """Every benchmark, rewriting RESULTS.md; or the ones named, each appended to it."""
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(BENCHMARKS)}",
              file=sys.stderr)  # fmt: skip
        return 2
    if names:
        outcomes = [_run(*BENCHMARKS[name]) for name in names]
        for outcome in outcomes:
            append_result(outcome)
    else:
        outcomes = [_run(title, bench) for title, bench in BENCHMARKS.values()]
        RESULTS.write_text(render(outcomes, machine.describe()), encoding="utf-8")
        print(f"wrote {RESULTS}")
    return 0 if all(o["measures"] for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
