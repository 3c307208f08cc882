"""The client secret and refresh token of each profile, in the system keyring and nowhere on disk."""

from __future__ import annotations

import logging
import threading

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from ocdesk.api.redact import redact, register_secret

log = logging.getLogger(__name__)

SERVICE = "ocdesk"
KINDS = frozenset({"client_secret", "refresh_token"})
_SESSION_ONLY = "secrets are kept for this session only and will be asked for again next time."
NO_KEYRING_WARNING = f"No system keyring found: {_SESSION_ONLY}"

# Secrets held for this process when the keyring cannot be used. Shared by every SecretStore
# of the service, so a second store in the same session still finds what the user typed.
_session: dict[tuple[str, str, str], str] = {}
_session_lock = threading.Lock()


def _has_no_backend(backend: KeyringBackend) -> bool:
    """True for the stand-ins keyring picks when the system offers nowhere to keep secrets."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    return isinstance(backend, chainer.ChainerBackend) and not backend.backends


class SecretStore:
    """Each secret is its own keyring entry: service "ocdesk", username "<profile>:<kind>".

    Short separate entries, because Windows Credential Manager refuses values over 2560 bytes.
    Without a usable keyring the secrets live in memory for the session (`persistent` is False
    and `warning` says so); there is deliberately no plaintext fallback.
    """

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self.persistent = True
        self.warning: str | None = None
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
        if value is None and self._readable:
            try:
                value = keyring.get_password(self.service, _username(profile, kind))
            except KeyringError as exc:
                self._keyring_failed(exc)
        if value is not None:
            register_secret(value)
        return value

    def set(self, profile: str, kind: str, value: str) -> None:
        """Keep `value`; in the keyring when possible, else in memory with a warning."""
        key = self._key(profile, kind)
        if not value:
            raise ValueError(f"an empty {kind} cannot be stored; use delete() to remove one")
        register_secret(value)
        if self.persistent:
            try:
                keyring.set_password(self.service, _username(profile, kind), value)
                return
            except KeyringError as exc:
                self._keyring_failed(exc)
        with _session_lock:
            _session[key] = value

    def delete(self, profile: str, kind: str) -> None:
        """Forget one secret; forgetting one that is not there is not an error."""
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

    def delete_all(self, profile: str) -> None:
        """Forget every secret of `profile` (when the profile itself is removed)."""
        for kind in sorted(KINDS):
            self.delete(profile, kind)

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
        self._fall_back(f"The system keyring could not be used ({detail}): {_SESSION_ONLY}")

    def _no_keyring(self) -> None:
        self._readable = False
        self._fall_back(NO_KEYRING_WARNING)

    def _fall_back(self, warning: str) -> None:
        self.persistent = False
        if warning != self.warning:
            self.warning = warning
            log.warning(warning)


def _username(profile: str, kind: str) -> str:
    return f"{profile}:{kind}"
