"""Fixtures for the store tests: an isolated OCDESK_HOME and explicitly chosen keyring backends."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked, NoKeyringError
from memory_keyring import MemoryKeyring


class LockedKeyring(MemoryKeyring):
    """A keyring that holds entries but refuses to hand them out or take new ones."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the login keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the login keyring is locked")


class VanishingKeyring(MemoryKeyring):
    """A backend that looked usable but has nothing behind it when used."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")


class EmptyChainer(ChainerBackend):
    """What keyring picks when it finds no backend to chain."""

    backends = []  # type: ignore[assignment]


@pytest.fixture
def use_keyring() -> Iterator[Callable[[KeyringBackend], KeyringBackend]]:
    """Call with a backend to make it the active keyring; the previous one returns afterwards."""
    previous = keyring.get_keyring()

    def select(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield select
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(use_keyring) -> MemoryKeyring:
    return use_keyring(MemoryKeyring())


@pytest.fixture
def no_keyring(use_keyring) -> KeyringBackend:
    return use_keyring(fail.Keyring())


@pytest.fixture
def empty_chainer(use_keyring) -> KeyringBackend:
    return use_keyring(EmptyChainer())


@pytest.fixture
def locked_keyring(use_keyring) -> KeyringBackend:
    return use_keyring(LockedKeyring())


@pytest.fixture
def vanishing_keyring(use_keyring) -> KeyringBackend:
    return use_keyring(VanishingKeyring())


@pytest.fixture
def profile_name() -> str:
    """A fresh profile name: session-only secrets outlive a test, so names must not repeat."""
    return f"desk-{uuid.uuid4().hex[:8]}"
