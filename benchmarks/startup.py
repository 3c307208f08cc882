"""Start-up of ocdesk against a bare QMainWindow: window on screen, and first data shown.

Three starts are compared with the bare window: `ocdesk --sandbox` until its window is on
screen, `ocdesk --sandbox-url` on a sandbox started beforehand (OC already up) until its first
data, and `ocdesk --sandbox` (which starts its own sandbox child) until its first data.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from typing import Any

from benchmarks.measures import measure, median, result, show
from benchmarks.sandbox_child import sandbox_child

# A bare window's start moves by up to half from one start to the next on a busy machine: 15
# rounds keep the median ratio within a few per cent from run to run (7 rounds: within 25%).
ROUNDS = 15
TIMEOUT_S = 120
OCDESK = [sys.executable, "-m", "ocdesk", "--exit-when-ready"]
BARE = [sys.executable, "-m", "benchmarks.bare_window"]
SHOWN, READY, BARE_READY = "ocdesk-shown", "ocdesk-ready", "bare-ready"
TARGETS = {"window": 1.5, "data, OC up": 3.0, "data, --sandbox": 5.0}  # times the bare window


class StartFailed(RuntimeError):
    """A program did not report that it was ready."""


def _environment(home: str) -> dict[str, str]:
    """Offscreen, a throwaway home (the user's settings are neither read nor changed) and
    compiled modules kept, in the home, as an installed ocdesk keeps them: without them
    (PYTHONDONTWRITEBYTECODE) every start would compile every module again and measure that.

    The desk's operator is named (as the environment may name it), so each start is the
    everyday one: a desk whose operator nobody named yet is asked once, on its first start."""
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "OCDESK_HOME": home,
        "OCDESK_OPERATOR": "Benchmark",
        "PYTHONPYCACHEPREFIX": os.path.join(home, "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def start_once(last: str, command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawn to each `marker <seconds>` line as the parent saw it, until `last`."""
    seen: dict[str, float] = {}
    # stderr goes to a file: a chatty child must never block on a full pipe nobody reads.
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, env=env
        ) as child:
            for line in child.stdout or ():
                marker = line.split()[0] if line.strip() else ""
                seen[marker] = time.perf_counter() - started
                if marker == last:
                    child.wait(TIMEOUT_S)
                    return seen
            child.wait(TIMEOUT_S)
        errors.seek(0)
        tail = errors.read().strip().splitlines()[-1:]
        raise StartFailed(f"{' '.join(command)} exited {child.returncode}: {tail}")


def run(rounds: int = ROUNDS) -> dict[str, Any]:
    """Alternate the programs `rounds` times so they all meet the same caches and load."""
    times: dict[str, list[float]] = {name: [] for name in (*TARGETS, "bare")}
    ratios: dict[str, list[float]] = {name: [] for name in TARGETS}
    with tempfile.TemporaryDirectory(prefix="ocdesk-bench-") as home, sandbox_child() as url:
        env = _environment(home)
        up = [*OCDESK, "--sandbox-url", url]
        own = [*OCDESK, "--sandbox"]
        for command, last in ((BARE, BARE_READY), (up, READY), (own, READY)):
            start_once(last, command, env)  # one untimed start each: it pays for cold caches
        for _ in range(rounds):
            bare = start_once(BARE_READY, BARE, env)[BARE_READY]
            with_oc_up = start_once(READY, up, env)
            own_sandbox = start_once(READY, own, env)
            round_times = {
                "window": own_sandbox[SHOWN],
                "data, OC up": with_oc_up[READY],
                "data, --sandbox": own_sandbox[READY],
                "bare": bare,
            }
            for name, seconds in round_times.items():
                times[name].append(seconds)
            for name in TARGETS:
                ratios[name].append(round_times[name] / bare)
    titles = {
        "window": "ocdesk --sandbox: window on screen",
        "data, OC up": "ocdesk on a running sandbox: first data",
        "data, --sandbox": "ocdesk --sandbox: first data",
    }
    measures = [measure("bare window: on screen, median", median(times["bare"]), "s")]
    for name, title in titles.items():
        measures.append(measure(f"{title}, median", median(times[name]), "s"))
        measures.append(
            measure(f"{title} / bare, median of rounds", median(ratios[name]), "", TARGETS[name])
        )
    return result(
        "Start-up vs a bare QMainWindow",
        measures,
        f"{rounds} rounds, each starting the bare window, ocdesk on a sandbox already running "
        "(`--sandbox-url`) and `ocdesk --sandbox` as subprocesses (`python -m ...`) with "
        "QT_QPA_PLATFORM=offscreen, an empty OCDESK_HOME and the operator named in the "
        "environment (the everyday start: the one-time question who works here is left out), "
        "after one untimed start of each "
        "(it also writes the compiled modules every later start reads, as an installed ocdesk "
        "has them); "
        "every ratio divides by the bare window of the same round. The window counts as on "
        "screen after show() and one event-loop turn, for ocdesk as for the bare window. "
        "First data includes the sandbox child's start (for --sandbox), logging in to it "
        "through the real OAuth path and showing the first rows. Times are measured by the "
        "parent, from spawn until the program's line is read.",
    )


if __name__ == "__main__":
    show(run())
