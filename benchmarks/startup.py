"""Start-up: `ocdesk --sandbox` until its first data is shown, against a bare QMainWindow."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from typing import Any

from benchmarks.measures import measure, median, result, show

ROUNDS = 5
TIMEOUT_S = 120
OCDESK = ("ocdesk-ready", [sys.executable, "-m", "ocdesk", "--sandbox", "--exit-when-ready"])
BARE = ("bare-ready", [sys.executable, "-m", "benchmarks.bare_window"])


class StartFailed(RuntimeError):
    """A program did not report that it was ready."""


def _environment(home: str) -> dict[str, str]:
    # Offscreen, and a throwaway home so the run neither reads nor changes the user's settings.
    return os.environ | {"QT_QPA_PLATFORM": "offscreen", "OCDESK_HOME": home}


def start_once(marker: str, command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from spawn to the ready line as the parent saw it, seconds the child reported)."""
    # stderr goes to a file: a chatty child must never block on a full pipe nobody reads.
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, env=env
        ) as child:
            for line in child.stdout or ():
                if line.startswith(marker):
                    seen = time.perf_counter() - started
                    child.wait(TIMEOUT_S)
                    return seen, float(line.split()[1])
            child.wait(TIMEOUT_S)
        errors.seek(0)
        last = errors.read().strip().splitlines()[-1:]
        raise StartFailed(f"{' '.join(command)} exited {child.returncode}: {last}")


def run(rounds: int = ROUNDS) -> dict[str, Any]:
    """Alternate the two programs `rounds` times so both meet the same caches and load."""
    seen: dict[str, list[float]] = {OCDESK[0]: [], BARE[0]: []}
    told: dict[str, list[float]] = {OCDESK[0]: [], BARE[0]: []}
    ratios: list[float] = []
    with tempfile.TemporaryDirectory(prefix="ocdesk-bench-") as home:
        env = _environment(home)
        start_once(*BARE, env)  # one untimed start each: the first run pays for cold disk caches
        start_once(*OCDESK, env)
        for _ in range(rounds):
            for marker, command in (OCDESK, BARE):
                observed, reported = start_once(marker, command, env)
                seen[marker].append(observed)
                told[marker].append(reported)
            ratios.append(seen[OCDESK[0]][-1] / seen[BARE[0]][-1])
    return result(
        "Start-up to first data (ocdesk --sandbox) vs a bare QMainWindow",
        [
            measure("ocdesk: spawn to first data, median", median(seen[OCDESK[0]]), "s"),
            measure("ocdesk: as reported by itself, median", median(told[OCDESK[0]]), "s"),
            measure("bare window: spawn to shown, median", median(seen[BARE[0]]), "s"),
            measure("bare window: as reported by itself, median", median(told[BARE[0]]), "s"),
            measure("ratio ocdesk / bare, median of rounds", median(ratios), ""),
        ],
        f"{rounds} rounds, each starting both programs as subprocesses (`python -m ...`) "
        "with QT_QPA_PLATFORM=offscreen and an empty OCDESK_HOME, after one untimed start of each. "
        "ocdesk's time includes starting the embedded sandbox, logging in to it through the real "
        "OAuth path and showing the first rows; the bare window's ends after show() and one "
        "event-loop turn. 'Spawn to' times are measured by the parent, the same way for both, and "
        "give the ratio; the self-reported times come from each program's own clock (both count "
        "from the process start time in /proc, to 10 ms).",
    )


if __name__ == "__main__":
    show(run())
