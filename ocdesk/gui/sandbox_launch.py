"""Starting the demo sandbox child of `ocdesk --sandbox`, with no Qt to import first.

`ocdesk --sandbox` starts the child first thing, before Qt and the window are imported, so it
boots while the window is built; `ocdesk.gui.sandbox_process` then watches it from the GUI.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys


def sandbox_command(seed: int = 1) -> list[str]:
    """`ocdesk sandbox` on any free port, ending when its standard input closes."""
    args = ["sandbox", "--port", "0", "--seed", str(seed), "--until-stdin-closes"]
    if getattr(sys, "frozen", False):  # the packaged app: its binary is the `ocdesk` command
        return [sys.executable, *args]
    return [sys.executable, "-m", "ocdesk", *args]


def start_sandbox_child(seed: int = 1) -> subprocess.Popen[bytes]:
    """Start the child without waiting for it; its messages go where ours go.

    Only this process holds its standard input (Python makes its pipes non-inheritable), so
    the child sees it close when the console ends, however it ends. It runs a little below
    our priority: where the cores are busy, the window is drawn first and the demo data
    follows, rather than both coming late.
    """
    child = subprocess.Popen(sandbox_command(seed), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    if hasattr(os, "setpriority"):  # not on Windows
        with contextlib.suppress(OSError):  # it may have ended already
            os.setpriority(os.PRIO_PROCESS, child.pid, os.getpriority(os.PRIO_PROCESS, 0) + 5)
    return child


def base_url_in(first_line: bytes) -> str:
    """The base URL in the child's first line; ValueError if the line holds none."""
    try:  # the line holds the demo account's secret too: it is never shown
        return str(json.loads(first_line)["base_url"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError("the sandbox did not say where it listens") from exc
