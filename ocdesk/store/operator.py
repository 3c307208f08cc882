"""Who works at this desk: the operator's name and the workstation, recorded with every print and write.

The console keeps them as preferences (asked once, changeable); the command line takes them from
OCDESK_OPERATOR / OCDESK_WORKSTATION. Only where nothing is set does the OS login stand in.
"""

from __future__ import annotations

import getpass
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

NAME_PREF = "operator.name"
WORKSTATION_PREF = "operator.workstation"
OPERATOR_ENV = "OCDESK_OPERATOR"
WORKSTATION_ENV = "OCDESK_WORKSTATION"
MAX_LENGTH = 60


class Prefs(Protocol):
    """Where the console keeps preferences (ProfileStore)."""

    def get_pref(self, key: str, default: Any = None) -> Any: ...

    def set_pref(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True)
class Operator:
    """The person and the computer a print or write is recorded under.

    `named` is False while nobody said who works here and `name` is only the OS login.
    """

    name: str
    workstation: str
    named: bool


def os_user() -> str:
    """The OS login name; getpass raises when neither the environment nor the OS knows it."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def host_name() -> str:
    """The computer's network name, the workstation's name until someone gives another."""
    return socket.gethostname().split(".")[0] or "unknown"


def resolve(prefs: Prefs | None = None, environ: Mapping[str, str] | None = None) -> Operator:
    """The desk's preference first, then the environment, then the OS login and host name.

    The command line passes no `prefs`: a script says who runs it through the environment.
    """
    environ = os.environ if environ is None else environ
    name = _pref(prefs, NAME_PREF) or _clean(environ.get(OPERATOR_ENV, ""))
    workstation = _pref(prefs, WORKSTATION_PREF) or _clean(environ.get(WORKSTATION_ENV, ""))
    return _named(name, workstation)


def for_command(
    prefs: Prefs | None, name: str | None = None, workstation: str | None = None
) -> Operator:
    """Who a command-line command runs as: what it was given (--operator, --workstation), else
    the environment, else the desk's own choice in the settings, else the OS login and host."""
    chosen_name = _clean(name or "") or _clean(os.environ.get(OPERATOR_ENV, ""))
    chosen_station = _clean(workstation or "") or _clean(os.environ.get(WORKSTATION_ENV, ""))
    return _named(chosen_name or _pref(prefs, NAME_PREF),
                  chosen_station or _pref(prefs, WORKSTATION_PREF))  # fmt: skip


def _named(name: str, workstation: str) -> Operator:
    """The operator recorded: the OS login and the host name stand in for what nobody said."""
    return Operator(name or os_user(), workstation or host_name(), bool(name))


def check_name(text: str) -> str:
    """The name as it will be recorded; ValueError in words for one that cannot be."""
    name = _clean(text)
    if not name:
        raise ValueError("Type a name.")
    if len(name) > MAX_LENGTH:
        raise ValueError(f"Use at most {MAX_LENGTH} characters.")
    return name


def save(prefs: Prefs, name: str, workstation: str) -> Operator:
    """Keep who works here (checked by `check_name`); an empty workstation means the host name."""
    name = check_name(name)
    workstation = check_name(workstation) if workstation.strip() else ""
    prefs.set_pref(NAME_PREF, name)
    prefs.set_pref(WORKSTATION_PREF, workstation)
    return Operator(name, workstation or host_name(), True)


def _pref(prefs: Prefs | None, key: str) -> str:
    value = prefs.get_pref(key, "") if prefs is not None else ""
    return _clean(value)


def _clean(text: str) -> str:
    """One line, single spaces: what a log and a table column can show."""
    return " ".join(str(text).split())
