"""The `ocdesk` command's entry point: the console's own start skips what only commands need.

A desk opens the console many times a day, and whatever runs before its window is waiting. A
start that names no command, only the console's options, is known from the raw arguments
before anything is imported. Automatic garbage collection is then off from the first import
(the console collects on its GUI thread once the window turns its event loop,
`gui.interpreter`), where otherwise the imports before the window would be interrupted by
full scans of everything imported so far; and the command line builds no parser for its
commands (`cli.main(commands=False)`).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

# The options of the console's own start, and those of them that take a value.
CONSOLE_FLAGS = frozenset({"--sandbox", "--exit-when-ready"})
CONSOLE_VALUES = frozenset({"--profile", "--sandbox-url", "--operator", "--workstation", "--lang"})


def starts_the_console(argv: Sequence[str]) -> bool:
    """True when `argv` holds the console's own options and nothing else (no command, no
    --help, no abbreviation): anything else is the full command line's to parse or refuse."""
    tokens = iter(argv)
    for token in tokens:
        if token in CONSOLE_FLAGS or token.split("=", 1)[0] in CONSOLE_VALUES and "=" in token:
            continue
        if token not in CONSOLE_VALUES or next(tokens, None) is None:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run `ocdesk` with `argv` (the process's arguments by default); the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    console = starts_the_console(args)
    collecting = gc.isenabled()
    if console:
        gc.disable()
    try:
        from ocdesk.cli import main as command_line

        return command_line(args, commands=not console)
    finally:
        if console and collecting:
            gc.enable()
