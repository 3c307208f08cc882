"""Secrets in the keyring, one entry each; in memory only (with a warning) when there is none;
in a private plain file only for the profiles the user explicitly put there."""

from __future__ import annotations

import json
import logging
import os
import secrets
import stat
from pathlib import Path

import pytest

from ocdesk.store.db import Database
from ocdesk.store.logs import redact, setup_logging
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import Profile, ProfileStore
from ocdesk.store.secrets import NO_KEYRING_WARNING, Kept, SecretStore

NO_KEYRING_TEXT = (
    "No system keyring found: secrets are kept for this session only and will be asked for "
    "again next time."
)


def test_each_secret_is_its_own_keyring_entry(memory_keyring) -> None:
    store = SecretStore()
    store.set("hk", "client_secret", "cs-1234")
    store.set("hk", "refresh_token", "rt-5678")

    assert memory_keyring.entries == {
        ("ocdesk", "hk:client_secret"): "cs-1234",
        ("ocdesk", "hk:refresh_token"): "rt-5678",
    }
    assert store.persistent and store.warning is None


def test_secrets_persist_across_stores(memory_keyring, profile_name: str) -> None:
    SecretStore().set(profile_name, "refresh_token", "rt-abcdef")

    assert SecretStore().get(profile_name, "refresh_token") == "rt-abcdef"
    assert SecretStore().get(profile_name, "client_secret") is None


def test_delete_and_delete_all(memory_keyring) -> None:
    store = SecretStore()
    store.set("a", "client_secret", "cs-aaaa")
    store.set("a", "refresh_token", "rt-aaaa")
    store.set("b", "client_secret", "cs-bbbb")

    store.delete("a", "refresh_token")
    store.delete("a", "refresh_token")  # forgetting twice is fine
    assert store.get("a", "refresh_token") is None
    store.delete_all("a")

    assert list(memory_keyring.entries) == [("ocdesk", "b:client_secret")]


def test_unknown_kind_and_empty_value_are_refused(memory_keyring) -> None:
    store = SecretStore()

    with pytest.raises(ValueError, match="unknown secret kind 'access_token'"):
        store.set("p", "access_token", "x")
    with pytest.raises(ValueError, match="empty"):
        store.set("p", "client_secret", "")


def test_stored_secrets_are_masked_in_logs(memory_keyring, profile_name: str) -> None:
    value = secrets.token_urlsafe(20)
    SecretStore().set(profile_name, "client_secret", value)

    assert value not in redact(f"signing with {value} now")


@pytest.mark.parametrize("backend", ["no_keyring", "empty_chainer"])
def test_without_keyring_secrets_live_for_the_session(
    request: pytest.FixtureRequest, profile_name: str, backend: str
) -> None:
    request.getfixturevalue(backend)
    store = SecretStore()
    store.set(profile_name, "client_secret", "cs-session")

    assert store.persistent is False
    assert store.warning == NO_KEYRING_TEXT == NO_KEYRING_WARNING
    assert store.get(profile_name, "client_secret") == "cs-session"
    # Another part of the app asking in the same session finds it too.
    assert SecretStore().get(profile_name, "client_secret") == "cs-session"
    store.delete_all(profile_name)
    assert SecretStore().get(profile_name, "client_secret") is None


def test_no_keyring_writes_no_secret_anywhere(
    no_keyring, profile_name: str, ocdesk_home: Path, root_logging: logging.Logger
) -> None:
    client_secret, refresh_token = secrets.token_urlsafe(24), secrets.token_urlsafe(40)
    paths = app_paths().ensure()
    setup_logging(paths.log_dir)
    profiles = ProfileStore(paths.settings_file)
    profiles.save(Profile.for_region(profile_name, "sandbox", "uk", "cid"))
    vault = SecretStore()
    vault.set(profile_name, "client_secret", client_secret)
    vault.set(profile_name, "refresh_token", refresh_token)
    logging.getLogger("ocdesk.test").warning("refresh with %s / %s", refresh_token, client_secret)
    Database(paths.database_file).close()
    for handler in root_logging.handlers:
        handler.flush()

    files = [p for p in ocdesk_home.rglob("*") if p.is_file()]
    assert {"settings.json", "ocdesk.log", "ocdesk.sqlite3"} <= {p.name for p in files}
    for path in files:
        data = path.read_bytes()
        assert client_secret.encode() not in data, path
        assert refresh_token.encode() not in data, path


def test_a_locked_keyring_falls_back_to_memory(locked_keyring, profile_name: str) -> None:
    store = SecretStore()
    assert store.persistent

    store.set(profile_name, "refresh_token", "rt-locked")

    assert store.get(profile_name, "refresh_token") == "rt-locked"
    assert store.persistent is False
    assert "could not be used (the login keyring is locked)" in store.warning
    assert "for this session only" in store.warning


def test_a_read_failure_returns_nothing_without_crashing(locked_keyring, profile_name: str) -> None:
    store = SecretStore()

    assert store.get(profile_name, "client_secret") is None
    assert store.warning is not None and not store.persistent


def test_keyring_vanishing_on_use_says_no_keyring(vanishing_keyring, profile_name: str) -> None:
    store = SecretStore()

    store.set(profile_name, "client_secret", "cs-vanish")

    assert store.warning == NO_KEYRING_TEXT
    assert store.get(profile_name, "client_secret") == "cs-vanish"


# --- the opt-in plain file (--insecure-storage) ------------------------------------------------


def test_moving_a_profile_to_the_plain_file_takes_its_secrets_out_of_the_keyring(
    memory_keyring, profile_name: str
) -> None:
    store = SecretStore()
    store.set(profile_name, "client_secret", "cs-moving")
    store.set("other", "client_secret", "cs-other")

    store.keep_in_plain_file(profile_name)
    kept = store.set(profile_name, "refresh_token", "rt-moving")

    assert kept is Kept.PLAIN_FILE and store.where(profile_name) is Kept.PLAIN_FILE
    assert list(memory_keyring.entries) == [("ocdesk", "other:client_secret")]
    again = SecretStore()  # as the next command would see it
    assert again.get(profile_name, "client_secret") == "cs-moving"
    assert again.get(profile_name, "refresh_token") == "rt-moving"
    assert again.where("other") is Kept.KEYRING and again.plain_file_warning("other") is None
    warning = again.plain_file_warning(profile_name)
    assert warning is not None and str(store.plain_file.path) in warning


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_plain_file_is_private_and_holds_only_the_chosen_profiles(
    no_keyring, profile_name: str, ocdesk_home: Path
) -> None:
    store = SecretStore()
    store.set("memory-only", "client_secret", "cs-never-on-disk")
    store.keep_in_plain_file(profile_name)
    store.set(profile_name, "client_secret", "cs-on-disk")

    path = app_paths().insecure_secrets_file
    assert store.plain_file.path == path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {
        "version": 1,
        "profiles": {profile_name: {"client_secret": "cs-on-disk"}},
    }
    assert store.where("memory-only") is Kept.PROCESS


def test_removing_a_profile_empties_the_plain_file(memory_keyring, profile_name: str) -> None:
    store = SecretStore()
    store.keep_in_plain_file(profile_name)
    store.set(profile_name, "client_secret", "cs-gone-soon")
    store.delete(profile_name, "client_secret")
    assert store.where(profile_name) is Kept.PLAIN_FILE  # logging out keeps the choice

    store.delete_all(profile_name)

    assert not store.plain_file.path.exists()
    assert store.where(profile_name) is Kept.KEYRING


def test_leaving_the_plain_file_puts_the_secrets_back_in_the_keyring(
    memory_keyring, profile_name: str
) -> None:
    store = SecretStore()
    store.keep_in_plain_file(profile_name)
    store.set(profile_name, "refresh_token", "rt-back")

    assert store.keep_out_of_plain_file(profile_name) is Kept.KEYRING
    assert store.keep_out_of_plain_file(profile_name) is None  # nothing left to move

    assert memory_keyring.entries == {("ocdesk", f"{profile_name}:refresh_token"): "rt-back"}
    assert not store.plain_file.path.exists()
