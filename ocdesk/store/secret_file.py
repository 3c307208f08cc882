"""The opt-in plain-text secrets file, for stations with no system keyring (`--insecure-storage`).

Only profiles the user explicitly moved here are in it. The file is 0600 and written atomically;
anyone who can read the user's files (or their backups) can still use what is in it, which is
why every use of it is announced.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from ocdesk.store.paths import make_private_dir, make_private_file
from ocdesk.store.profiles import atomic_write_text

log = logging.getLogger(__name__)

_VERSION = 1


class SecretFile:
    """`{"version": 1, "profiles": {name: {kind: value}}}` in one file; thread-safe.

    Every read goes to the disk, so a login made by another ocdesk process is seen at once.
    `holds()` answers from the last read instead: the GUI asks it on its own thread.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._profiles: dict[str, dict[str, str]] = {}
        with self._lock:
            self._read()

    def holds(self, profile: str) -> bool:
        """True when `profile` chose this file (as of the last read or write)."""
        with self._lock:
            return profile in self._profiles

    def lookup(self, profile: str) -> dict[str, str] | None:
        """The secrets kept here for `profile`, read from the disk; None when it is not here."""
        with self._lock:
            values = self._read().get(profile)
            return dict(values) if values is not None else None

    def set(self, profile: str, kind: str, value: str) -> None:
        """Keep `value` for a profile, adding the profile to the file if it was not in it."""
        with self._lock:
            profiles = self._read()
            profiles.setdefault(profile, {})[kind] = value
            self._write(profiles)

    def add_profile(self, profile: str, values: dict[str, str]) -> None:
        """Move `profile` into the file, with whatever secrets it has so far."""
        with self._lock:
            profiles = self._read()
            profiles[profile] = {**profiles.get(profile, {}), **values}
            self._write(profiles)

    def delete(self, profile: str, kind: str) -> None:
        """Forget one secret; the profile stays in the file (its next secret goes here too)."""
        with self._lock:
            profiles = self._read()
            if profiles.get(profile, {}).pop(kind, None) is not None:
                self._write(profiles)

    def remove_profile(self, profile: str) -> dict[str, str]:
        """Take `profile` out of the file; returns the secrets it had there."""
        with self._lock:
            profiles = self._read()
            values = profiles.pop(profile, None)
            if values is not None:
                self._write(profiles)
            return values or {}

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            profiles = document["profiles"]
            if not isinstance(profiles, dict) or not all(
                isinstance(v, dict) for v in profiles.values()
            ):
                raise ValueError("'profiles' is not an object of objects")
        except FileNotFoundError:
            profiles = {}
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            # Never the content in the log: it may be half a secret.
            log.warning(
                "%s cannot be read (%s); its secrets are ignored", self.path, type(exc).__name__
            )
            profiles = {}
        self._profiles = profiles
        return profiles

    def _write(self, profiles: dict[str, dict[str, str]]) -> None:
        self._profiles = profiles
        if not profiles:
            self.path.unlink(missing_ok=True)
            return
        document = {"version": _VERSION, "profiles": profiles}
        make_private_dir(self.path.parent)
        # atomic_write_text writes through mkstemp, which creates the file 0600.
        atomic_write_text(self.path, json.dumps(document, indent=2) + "\n")
        make_private_file(self.path)
