"""Who works at the desk: the preference, else the environment, else the OS login."""

from __future__ import annotations

import pytest

from ocdesk.store import operator
from ocdesk.store.profiles import ProfileStore


@pytest.fixture
def prefs(tmp_path) -> ProfileStore:
    return ProfileStore(tmp_path / "settings.json")


def test_nothing_set_falls_back_to_the_os_login_and_host_and_says_so(
    prefs: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(operator.getpass, "getuser", lambda: "root")
    monkeypatch.setattr(operator.socket, "gethostname", lambda: "desk-pc.example.lan")
    who = operator.resolve(prefs, environ={})
    assert who == operator.Operator("root", "desk-pc", named=False)


def test_the_environment_names_the_cli_operator_and_workstation(prefs: ProfileStore) -> None:
    environ = {operator.OPERATOR_ENV: "  Li   Wei ", operator.WORKSTATION_ENV: "desk-3"}
    assert operator.resolve(None, environ) == operator.Operator("Li Wei", "desk-3", named=True)


def test_the_desks_preference_wins_and_survives_a_restart(
    prefs: ProfileStore, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(operator.socket, "gethostname", lambda: "desk-pc")
    operator.save(prefs, "Li Wei", "")
    again = ProfileStore(tmp_path / "settings.json")
    who = operator.resolve(again, environ={operator.OPERATOR_ENV: "script"})
    assert who == operator.Operator("Li Wei", "desk-pc", named=True)
    operator.save(again, "Ana Silva", "Returns desk 2")
    assert operator.resolve(again, environ={}).workstation == "Returns desk 2"


@pytest.mark.parametrize("name", ["", "   ", "x" * (operator.MAX_LENGTH + 1)])
def test_a_name_that_cannot_be_recorded_is_refused_in_words(prefs: ProfileStore, name: str) -> None:
    with pytest.raises(ValueError, match="name|characters"):
        operator.save(prefs, name, "")
    assert prefs.get_pref(operator.NAME_PREF) is None
