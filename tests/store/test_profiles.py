"""Profiles and preferences in settings.json: validation, persistence, atomic writes, corruption."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

import pytest

from ocdesk.store import profiles as profiles_module
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import HOSTS, Profile, ProfileError, ProfileStore
from ocdesk.store.secrets import SecretStore


def sandbox_profile(name: str = "hk-test", client_id: str = "client-1") -> Profile:
    return Profile.for_region(name, "sandbox", "hk", client_id)


@pytest.fixture
def store() -> ProfileStore:
    return ProfileStore(app_paths().ensure().settings_file)


def test_for_region_uses_ocs_host() -> None:
    profile = Profile.for_region("de", "production", "de", "cid")

    assert profile.base_url == "https://openapi-de.orangeconnex.com"
    assert profile.redirect_uri == "https://www.google.com"
    assert profile.signature_mode == "path"


def test_hosts_cover_the_documented_regions() -> None:
    assert sorted(r for e, r in HOSTS if e == "sandbox") == ["au", "cn", "hk", "uk"]
    assert sorted(r for e, r in HOSTS if e == "production") == ["au", "de", "hk"]


def test_unknown_region_names_the_known_ones() -> None:
    with pytest.raises(ProfileError, match="no production host in region 'uk'.*hk"):
        Profile.for_region("x", "production", "uk", "cid")


def test_custom_region_takes_its_own_host() -> None:
    profile = Profile.for_region(
        "emu", "sandbox", "custom", "cid", base_url="http://127.0.0.1:8765"
    )

    assert profile.base_url == "http://127.0.0.1:8765"


def test_custom_region_without_host_is_refused() -> None:
    with pytest.raises(ProfileError, match="Base URL"):
        Profile.for_region("emu", "sandbox", "custom", "cid")


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ProfileError) as caught:
        Profile(" ", "sandbox", "hk", "ftp://host", "", redirect_uri="www.google.com")

    text = str(caught.value)
    assert len(caught.value.problems) == 4
    for words in ("name must not be empty", "Base URL", "Client id", "Redirect URI"):
        assert words in text


def test_bad_environment_and_signature_mode_are_refused() -> None:
    with pytest.raises(ProfileError, match="sandbox or production.*path or body"):
        Profile("p", "staging", "hk", "https://h", "cid", signature_mode="header")  # type: ignore[arg-type]


def test_profiles_survive_a_restart(store: ProfileStore) -> None:
    store.save(sandbox_profile("one"))
    store.save(Profile.for_region("two", "production", "au", "c2", signature_mode="body"))

    reopened = ProfileStore(store.path)

    assert [p.name for p in reopened.list()] == ["one", "two"]
    assert reopened.get("two") == store.get("two")
    assert reopened.current is not None and reopened.current.name == "one"


def test_saving_the_same_name_replaces_the_profile(store: ProfileStore) -> None:
    store.save(sandbox_profile("p", client_id="old"))
    store.save(sandbox_profile("p", client_id="new"))

    assert [p.client_id for p in ProfileStore(store.path).list()] == ["new"]


def test_update_changes_one_field(store: ProfileStore) -> None:
    store.save(sandbox_profile("p"))

    store.update("p", refresh_issued_at=1_700_000_000.0)

    assert ProfileStore(store.path).get("p").refresh_issued_at == 1_700_000_000.0


def test_current_profile_follows_choice_and_removal(store: ProfileStore) -> None:
    store.save(sandbox_profile("a"))
    store.save(sandbox_profile("b"))
    store.set_current("b")
    assert ProfileStore(store.path).current.name == "b"

    store.remove("b")

    assert store.current is None
    assert [p.name for p in ProfileStore(store.path).list()] == ["a"]
    with pytest.raises(KeyError, match="no profile named 'b'"):
        store.set_current("b")


def test_get_of_an_unknown_profile_is_none(store: ProfileStore) -> None:
    assert store.get("nobody") is None


def test_preferences_persist(store: ProfileStore) -> None:
    store.set_pref("window.geometry", [10, 20, 800, 600])
    store.set_pref("printer.thermal", {"name": "Zebra", "dpi": 203})

    reopened = ProfileStore(store.path)

    assert reopened.get_pref("printer.thermal") == {"name": "Zebra", "dpi": 203}
    assert reopened.get_pref("window.geometry") == [10, 20, 800, 600]
    assert reopened.get_pref("missing", "fallback") == "fallback"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("client_secret", "x"),
        ("AccessToken", "x"),
        ("smtp.Password", "x"),
        ("printer", {"cloud": {"api_token": "x"}}),
    ],
)
def test_secret_looking_preferences_are_refused(
    store: ProfileStore, key: str, value: object
) -> None:
    with pytest.raises(ValueError, match="keyring"):
        store.set_pref(key, value)

    assert store.get_pref(key) is None
    assert not store.path.exists()


def test_a_value_json_cannot_hold_leaves_the_file_alone(store: ProfileStore) -> None:
    store.set_pref("zoom", 1.5)
    before = store.path.read_bytes()

    with pytest.raises(TypeError):
        store.set_pref("zoom", object())

    assert store.path.read_bytes() == before
    assert store.get_pref("zoom") == 1.5


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_crash_mid_write_keeps_the_old_file(
    store: ProfileStore, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    store.save(sandbox_profile("kept"))
    before = store.path.read_bytes()

    def crash(*args: object) -> None:
        raise OSError("disk went away")

    monkeypatch.setattr(profiles_module.os, failing, crash)
    with pytest.raises(OSError, match="disk went away"):
        store.save(sandbox_profile("lost"))
    monkeypatch.undo()

    assert store.path.read_bytes() == before
    assert [p.name for p in ProfileStore(store.path).list()] == ["kept"]
    assert sorted(os.listdir(store.path.parent)) == ["settings.json"]


def test_a_temp_file_left_by_a_killed_process_is_ignored(store: ProfileStore) -> None:
    store.save(sandbox_profile("kept"))
    (store.path.parent / ".settings.json.abc.tmp").write_text('{"profiles": [', encoding="utf-8")

    assert [p.name for p in ProfileStore(store.path).list()] == ["kept"]


def damaged_copies(store: ProfileStore) -> list[Path]:
    return sorted(store.path.parent.glob("settings.json.damaged-*"))


@pytest.mark.parametrize(
    "content",
    [
        b'{"profiles": [{"name": "half',
        b"\xff\xfe not text",
        b'["a list"]',
        bytes(range(256)),
        b'{"profiles": [], "n": ' + b"9" * 5000 + b"}",
    ],
    ids=["cut-short", "not-utf8", "a-list", "binary", "huge-number"],
)
def test_a_file_that_is_not_settings_is_moved_aside_and_reported(
    store: ProfileStore, content: bytes
) -> None:
    store.path.write_bytes(content)

    reopened = ProfileStore(store.path)

    assert reopened.list() == []
    (moved,) = damaged_copies(store)
    assert moved.read_bytes() == content
    assert not store.path.exists()
    assert reopened.warning is not None and str(moved) in reopened.warning


def test_a_folder_in_place_of_the_settings_file_is_moved_aside(store: ProfileStore) -> None:
    store.path.mkdir(parents=True)

    reopened = ProfileStore(store.path)
    reopened.save(sandbox_profile("fresh"))

    (moved,) = damaged_copies(store)
    assert moved.is_dir()
    assert "it is a folder" in (reopened.warning or "")
    assert [p.name for p in ProfileStore(store.path).list()] == ["fresh"]


def test_two_damaged_files_in_a_row_are_both_kept(store: ProfileStore) -> None:
    for content in (b"{", b"["):
        store.path.write_bytes(content)
        ProfileStore(store.path)

    assert sorted(p.read_bytes() for p in damaged_copies(store)) == [b"[", b"{"]


def test_a_broken_profile_is_left_out_and_the_others_kept(store: ProfileStore) -> None:
    broken = {**sandbox_profile("broken").to_json(), "base_url": "not a url"}
    good = sandbox_profile("good").to_json()
    content = json.dumps(
        {"current": "good", "profiles": [broken, good, "junk"], "preferences": {"zoom": 2}}
    ).encode()
    store.path.write_bytes(content)

    reopened = ProfileStore(store.path)

    assert [p.name for p in reopened.list()] == ["good"]
    assert reopened.current == sandbox_profile("good")
    assert reopened.get_pref("zoom") == 2
    (copy,) = damaged_copies(store)
    assert copy.read_bytes() == content  # the dropped profile can still be recovered
    warning = reopened.warning or ""
    assert "profile 'broken' (Base URL must be an http(s) address" in warning
    assert "profile number 3 (it is not an object)" in warning and str(copy) in warning
    # The file itself no longer holds what could not be used: the next start is quiet.
    again = ProfileStore(store.path)
    assert again.warning is None and [p.name for p in again.list()] == ["good"]


def test_preferences_of_the_wrong_kind_keep_the_profiles(store: ProfileStore) -> None:
    store.path.write_text(
        json.dumps({"profiles": [sandbox_profile("kept").to_json()], "preferences": ["x"]}),
        encoding="utf-8",
    )

    reopened = ProfileStore(store.path)

    assert [p.name for p in reopened.list()] == ["kept"]
    assert "'preferences' is not an object" in (reopened.warning or "")


def test_a_setting_of_the_wrong_kind_falls_back_to_its_default(store: ProfileStore) -> None:
    preferences = {"window.splitters": "oops", "window.last_tab": "Stock"}
    store.path.write_text(json.dumps({"preferences": preferences}), encoding="utf-8")
    reopened = ProfileStore(store.path)
    assert reopened.warning is None  # nothing is known to be wrong until the value is asked for

    assert reopened.get_pref("window.splitters", {}) == {}

    assert reopened.get_pref("window.last_tab", "") == "Stock"
    assert "'window.splitters' held \"oops\"" in (reopened.warning or "")
    assert "reset to its default" in (reopened.warning or "")
    reopened.set_pref("window.splitters", {"panel.form": "AAA"})
    assert ProfileStore(store.path).get_pref("window.splitters", {}) == {"panel.form": "AAA"}


def test_fields_from_a_newer_version_are_ignored(store: ProfileStore) -> None:
    entry = {**sandbox_profile("p").to_json(), "colour": "orange"}
    store.path.write_text(json.dumps({"profiles": [entry], "current": "p"}), encoding="utf-8")

    assert ProfileStore(store.path).current == sandbox_profile("p")


def test_secrets_never_reach_the_settings_file(
    store: ProfileStore, memory_keyring, profile_name: str, ocdesk_home: Path
) -> None:
    client_secret, refresh_token = secrets.token_urlsafe(24), secrets.token_urlsafe(32)
    profile = sandbox_profile(profile_name, client_id="cid-visible")
    store.save(profile)
    vault = SecretStore()
    vault.set(profile.name, "client_secret", client_secret)
    vault.set(profile.name, "refresh_token", refresh_token)
    store.update(profile.name, refresh_issued_at=123.0)

    text = store.path.read_text(encoding="utf-8")

    assert "cid-visible" in text
    assert client_secret not in text and refresh_token not in text
    assert set(memory_keyring.entries.values()) == {client_secret, refresh_token}
