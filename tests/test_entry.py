"""The `ocdesk` command's entry point: which starts are the console's own, and that every
other one still reaches the full command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ocdesk.cli import build_parser
from ocdesk.entry import CONSOLE_FLAGS, CONSOLE_VALUES, starts_the_console


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--sandbox"],
        ["--sandbox-url", "http://127.0.0.1:8080"],
        ["--sandbox-url=http://127.0.0.1:8080", "--lang", "zh_CN"],
        ["--profile", "Shop", "--operator", "Li Wei", "--workstation=DESK-2"],
    ],
)
def test_the_consoles_own_options_start_the_console(argv: list[str]) -> None:
    assert starts_the_console(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["call", "outbound.query"],
        ["--sandbox-url", "http://127.0.0.1:8080", "find", "OCO2000009385032GB"],
        ["--help"],
        ["-h"],
        ["--sandb"],  # an abbreviation: the full parser decides what it means
        ["--profile"],  # a missing value: the full parser says so
        ["--no-such-option"],
    ],
)
def test_anything_else_goes_to_the_full_command_line(argv: list[str]) -> None:
    assert not starts_the_console(argv)


def test_the_entry_knows_every_option_of_the_consoles_start() -> None:
    """An option added to the console's start but not here would only take the slower path;
    this says so before anyone measures it."""
    parser = build_parser(commands=False)
    options = {o for a in parser._actions for o in a.option_strings if o.startswith("--")}
    takes_value = {o for a in parser._actions if a.nargs != 0 for o in a.option_strings}
    assert options - {"--help"} == CONSOLE_FLAGS | CONSOLE_VALUES
    assert takes_value == CONSOLE_VALUES


def test_help_still_lists_the_commands_and_a_typo_is_still_refused() -> None:
    def ocdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ocdesk", *args], capture_output=True,
                              text=True, timeout=60)  # fmt: skip

    helped = ocdesk("--help")
    assert helped.returncode == 0
    assert "call" in helped.stdout and "sandbox" in helped.stdout
    refused = ocdesk("--sandbox", "--no-such-option")
    assert refused.returncode == 2
    assert "unrecognized arguments: --no-such-option" in refused.stderr
