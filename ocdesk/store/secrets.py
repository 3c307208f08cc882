"""The client secret and refresh token of each profile: in the system keyring, or in memory.

A profile whose user asked for `--insecure-storage` keeps them in a private plain file instead
(store.secret_file); nothing else ever puts a secret on disk.
"""

from __future__ import annotations

import logging
import threading
from enum import StrEnum
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from ocdesk.api.redact import redact, register_secret
from ocdesk.api.text import translate
from ocdesk.store.paths import app_paths
from ocdesk.store.secret_file import SecretFile

log = logging.getLogger(__name__)

SERVICE = "ocdesk"
# database_password: the shared database's, kept under its shown address (store/location.py).
KINDS = frozenset({"client_secret", "refresh_token", "database_password"})
_SESSION_ONLY = "secrets are kept for this session only and will be asked for again next time."
NO_KEYRING = "No system keyring found"
NO_KEYRING_WARNING = f"{NO_KEYRING}: {_SESSION_ONLY}"

# Secrets held for this process when the keyring cannot be used. Shared by every SecretStore
# of the service, so a second store in the same session still finds what the user typed.
_session: dict[tuple[str, str, str], str] = {}
_session_lock = threading.Lock()


class Kept(StrEnum):
    """Where a profile's secrets are kept."""

    KEYRING = "keyring"
    PLAIN_FILE = "plain file"
    PROCESS = "this process only"


def _has_no_backend(backend: KeyringBackend) -> bool:
    """True for the stand-ins keyring picks when the system offers nowhere to keep secrets."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    return isinstance(backend, chainer.ChainerBackend) and not backend.backends


class SecretStore:
    """Each secret is its own keyring entry: service "ocdesk", username "<profile>:<kind>".

    Short separate entries, because Windows Credential Manager refuses values over 2560 bytes.
    Without a usable keyring the secrets live in memory for the session (`persistent` is False
    and `warning` says so); there is deliberately no automatic plaintext fallback. Only the
    profiles moved there by `keep_in_plain_file` use the plain file.
    """

    def __init__(self, service: str = SERVICE, *, plain_file: Path | None = None) -> None:
        self.service = service
        self.plain_file = SecretFile(plain_file or app_paths().insecure_secrets_file)
        self.persistent = True
        self.warning: str | None = None
        # What is wrong with the keyring, without what follows from it (the command line and
        # the GUI say that in their own words).
        self.keyring_problem: str | None = None
        # Still readable after a failed write (say, a keyring locked mid-session), so secrets
        # stored earlier are not lost; False only when there is no keyring at all.
        self._readable = True
        if _has_no_backend(keyring.get_keyring()):
            self._no_keyring()

    def get(self, profile: str, kind: str) -> str | None:
        """The stored secret, or None when there is none (or the keyring just failed)."""
        key = self._key(profile, kind)
        with _session_lock:
            value = _session.get(key)
        if value is None:
            in_file = self.plain_file.lookup(profile)
            if in_file is not None:
                value = in_file.get(kind)
            elif self._readable:
                try:
                    value = keyring.get_password(self.service, _username(profile, kind))
                except KeyringError as exc:
                    self._keyring_failed(exc)
        if value is not None:
            register_secret(value)
        return value

    def set(self, profile: str, kind: str, value: str) -> Kept:
        """Keep `value`: in the plain file for a profile moved there, else in the keyring when
        possible, else in memory with a warning. Returns where it went."""
        key = self._key(profile, kind)
        if not value:
            raise ValueError(f"an empty {kind} cannot be stored; use delete() to remove one")
        register_secret(value)
        if self.plain_file.lookup(profile) is not None:
            self.plain_file.set(profile, kind, value)
            return Kept.PLAIN_FILE
        if self.persistent:
            try:
                keyring.set_password(self.service, _username(profile, kind), value)
                return Kept.KEYRING
            except KeyringError as exc:
                self._keyring_failed(exc)
        with _session_lock:
            _session[key] = value
        return Kept.PROCESS

    def delete(self, profile: str, kind: str) -> None:
        """Forget one secret; forgetting one that is not there is not an error."""
        self._forget_outside_file(profile, kind)
        self.plain_file.delete(profile, kind)

    def delete_all(self, profile: str) -> None:
        """Forget every secret of `profile` (when the profile itself is removed)."""
        for kind in sorted(KINDS):
            self._forget_outside_file(profile, kind)
        self.plain_file.remove_profile(profile)

    def where(self, profile: str) -> Kept:
        """Where `profile`'s secrets go; answers from memory, so the GUI thread may ask."""
        if self.plain_file.holds(profile):
            return Kept.PLAIN_FILE
        return Kept.KEYRING if self.persistent else Kept.PROCESS

    def keep_in_plain_file(self, profile: str) -> None:
        """The user's explicit choice: `profile`'s secrets, now and later, go to the plain file.

        What the keyring or memory held moves there, so only one copy remains.
        """
        values = {kind: value for kind in sorted(KINDS) if (value := self.get(profile, kind))}
        self.plain_file.add_profile(profile, values)
        for kind in sorted(KINDS):
            self._forget_outside_file(profile, kind)

    def keep_out_of_plain_file(self, profile: str) -> Kept | None:
        """Move `profile`'s secrets from the plain file back to the keyring (or memory).

        Returns where they went, or None when the profile was not in the file.
        """
        if self.plain_file.lookup(profile) is None:
            return None
        values = self.plain_file.remove_profile(profile)
        kept = self.where(profile)
        for kind, value in sorted(values.items()):
            kept = self.set(profile, kind, value)
        return kept

    def plain_file_warning(self, profile: str) -> str | None:
        """What to say each time `profile`'s secrets are used, when they are in the plain file."""
        if not self.plain_file.holds(profile):
            return None
        return translate(
            "secrets",
            "Warning: profile {profile} keeps its client secret and login unencrypted in "
            "{path}. Only your user account can read that file, but anything running as you, "
            "and anyone with your backups, can use them. Prefer a system keyring where there is "
            "one.",
        ).format(profile=repr(profile), path=self.plain_file.path)

    def _forget_outside_file(self, profile: str, kind: str) -> None:
        key = self._key(profile, kind)
        with _session_lock:
            _session.pop(key, None)
        if not self._readable:
            return
        try:
            keyring.delete_password(self.service, _username(profile, kind))
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            self._keyring_failed(exc)

    def _key(self, profile: str, kind: str) -> tuple[str, str, str]:
        if kind not in KINDS:
            raise ValueError(f"unknown secret kind {kind!r}; expected one of {sorted(KINDS)}")
        if not profile:
            raise ValueError("a secret needs a profile name")
        return (self.service, profile, kind)

    def _keyring_failed(self, exc: KeyringError) -> None:
        if isinstance(exc, NoKeyringError):
            self._no_keyring()
            return
        detail = redact(str(exc)) or type(exc).__name__
        self._fall_back(f"The system keyring could not be used ({detail})")

    def _no_keyring(self) -> None:
        self._readable = False
        self._fall_back(NO_KEYRING)

    def _fall_back(self, problem: str) -> None:
        self.persistent = False
        if problem != self.keyring_problem:
            self.keyring_problem = problem
            self.warning = f"{problem}: {_SESSION_ONLY}"
            log.warning(self.warning)


def _username(profile: str, kind: str) -> str:
    return f"{profile}:{kind}"
