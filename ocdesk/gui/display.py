"""Whether there is a display to open the window on, asked before Qt is (Qt aborts instead)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def missing_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str:
    """One line saying why the window cannot open, or "" when it can (or we cannot tell).

    Only X11 and Wayland desktops say where their display is in the environment; Windows and
    macOS always have one.
    """
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return ""
    if any(environ.get(name) for name in DISPLAY_VARIABLES):
        return ""
    return (
        "ocdesk: no display to open its window on (DISPLAY and WAYLAND_DISPLAY are not set). "
        "Start it from a desktop session; the command-line tools (ocdesk call, ocdesk label, "
        "ocdesk --help) work without one."
    )
