"""Connection profiles and non-secret preferences, kept in one atomically written settings.json."""

from __future__ import annotations

import builtins
import json
import logging
import os
import tempfile
import threading
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from ocdesk.api.text import translate
from ocdesk.store.damaged import copy_aside, set_aside

log = logging.getLogger(__name__)

Environment = Literal["sandbox", "production"]
SignatureMode = Literal["path", "body"]
ENVIRONMENTS: tuple[str, ...] = ("sandbox", "production")
SIGNATURE_MODES: tuple[str, ...] = ("path", "body")
CUSTOM_REGION = "custom"
DEFAULT_REDIRECT_URI = "https://www.google.com"

# OC-API.md: one host per environment and region, for OAuth and business calls alike.
HOSTS: dict[tuple[str, str], str] = {
    ("sandbox", "hk"): "https://openapi-stage-hk.orangeconnex.com",
    ("sandbox", "uk"): "https://openapi-stage-uk.orangeconnex.com",
    ("sandbox", "cn"): "https://openapi-stage-cn.orangeconnex.com",
    ("sandbox", "au"): "https://openapi-stage-au.orangeconnex.com",
    ("production", "hk"): "https://openapi-hk.orangeconnex.com",
    ("production", "au"): "https://openapi-au.orangeconnex.com",
    ("production", "de"): "https://openapi-de.orangeconnex.com",
}

# Settings are readable by anyone who gets the file; a key with these words in it would invite
# someone to put a secret there, so such keys are refused outright.
_SECRET_WORDS = ("secret", "token", "password")


def regions(environment: str) -> list[str]:
    """The named regions OC serves in `environment` (plus "custom" for any other host)."""
    return [region for env, region in HOSTS if env == environment]


class ProfileError(ValueError):
    """A profile that cannot be saved; `problems` lists every reason, in words for the user."""

    def __init__(self, problems: builtins.list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class Profile:
    """One OC account on one host. Secrets live in the keyring (secrets.py), never here."""

    name: str
    environment: Environment
    region: str
    base_url: str
    client_id: str
    redirect_uri: str = DEFAULT_REDIRECT_URI
    signature_mode: SignatureMode = "path"
    refresh_issued_at: float | None = None

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise ProfileError(problems)

    @classmethod
    def for_region(
        cls,
        name: str,
        environment: Environment,
        region: str,
        client_id: str,
        *,
        base_url: str | None = None,
        **options: Any,
    ) -> Profile:
        """A profile on OC's host for (environment, region); "custom" needs `base_url`."""
        if region != CUSTOM_REGION:
            host = HOSTS.get((environment, region))
            if host is None:
                known = ", ".join(regions(environment)) or "none"
                raise ProfileError(
                    [f"OC has no {environment} host in region {region!r} (known: {known})"]
                )
            base_url = host
        return cls(name, environment, region, base_url or "", client_id, **options)

    def problems(self) -> builtins.list[str]:
        """Every reason this profile is unusable, worded for the person filling in the form."""
        text_fields = ("name", "environment", "region", "base_url", "client_id", "redirect_uri")
        wrong_type = [f for f in text_fields if not isinstance(getattr(self, f), str)]
        if wrong_type:
            text = translate("profiles", "{field} must be text.")
            return [text.format(field=field) for field in wrong_type]
        problems = []
        if not self.name.strip():
            problems.append(translate("profiles", "Profile name must not be empty."))
        if self.environment not in ENVIRONMENTS:
            environment = translate(
                "profiles", "Environment must be sandbox or production, not {value}."
            )
            problems.append(environment.format(value=repr(self.environment)))
        if not self.region.strip():
            problems.append(translate(
                "profiles", "Region must not be empty (use 'custom' for your own host)."
            ))  # fmt: skip
        if not _is_http_url(self.base_url):
            base_url = translate("profiles", "Base URL must be an http(s) address, not {value}.")
            problems.append(base_url.format(value=repr(self.base_url)))
        if not self.client_id.strip():
            problems.append(translate("profiles", "Client id must not be empty."))
        if not _is_http_url(self.redirect_uri):
            redirect = translate(
                "profiles", "Redirect URI must be an http(s) address, not {value}."
            )
            problems.append(redirect.format(value=repr(self.redirect_uri)))
        if self.signature_mode not in SIGNATURE_MODES:
            signature = translate("profiles", "Signature mode must be path or body, not {value}.")
            problems.append(signature.format(value=repr(self.signature_mode)))
        if self.refresh_issued_at is not None and not isinstance(
            self.refresh_issued_at, int | float
        ):
            problems.append("refresh_issued_at must be a time in seconds or empty.")
        return problems

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        """Build from a settings entry, ignoring keys a newer ocdesk may have added."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def _is_http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def check_not_secret(key: str, value: Any) -> None:
    """Raise ValueError when `key`, or any key nested in `value`, names a secret."""
    if any(word in key.lower() for word in _SECRET_WORDS):
        raise ValueError(
            f"Refusing to keep {key!r} in the settings file: secrets belong in the system keyring."
        )
    if isinstance(value, dict):
        for inner_key, inner_value in value.items():
            check_not_secret(str(inner_key), inner_value)
    elif isinstance(value, builtins.list | tuple):
        for item in value:
            check_not_secret("", item)


def atomic_write_text(path: Path, text: str) -> None:
    """Replace `path` with `text` so that a crash leaves either the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as tmp:
            tmp.write(text)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class SettingsCorrupt(ValueError):
    """settings.json exists but cannot be read as ocdesk settings."""


class ProfileStore:
    """The profiles, the current profile and free-form preferences in settings.json.

    Every change is written at once, atomically. A file that cannot be read is moved aside to
    `settings.json.damaged-<time>` (a file with some unusable entries is copied there) and
    named in `warning`, so nothing is lost without a word. Safe to share between threads.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.warning: str | None = None
        self._lock = threading.RLock()
        self._profiles: dict[str, Profile] = {}
        self._current: str | None = None
        self._preferences: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        """(Re)read the file; a missing file means no profiles yet.

        A file that is not ocdesk settings at all is moved aside whole. Single entries that
        cannot be used (a broken profile, preferences that are not an object) are dropped, the
        file as it was is copied aside, and the rest is kept.
        """
        with self._lock:
            self._profiles, self._current, self._preferences = {}, None, {}
            try:
                settings = _parse(self.path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                return
            except (OSError, UnicodeDecodeError, SettingsCorrupt) as exc:
                self._move_aside(_unreadable_reason(exc))
                return
            self._profiles = settings.profiles
            self._current = settings.current
            self._preferences = settings.preferences
            if settings.dropped:
                self._keep_copy_without(settings.dropped)

    def list(self) -> builtins.list[Profile]:
        with self._lock:
            return builtins.list(self._profiles.values())

    def get(self, name: str) -> Profile | None:
        with self._lock:
            return self._profiles.get(name)

    def save(self, profile: Profile) -> None:
        """Add `profile`, or replace the one of the same name; the first one becomes current."""
        with self._lock:
            self._profiles[profile.name] = profile
            if self._current is None:
                self._current = profile.name
            self._write()

    def update(self, name: str, **changes: Any) -> Profile:
        """Save a copy of profile `name` with `changes` (e.g. refresh_issued_at) and return it."""
        with self._lock:
            updated = replace(self._require(name), **changes)
            self.save(updated)
            return updated

    def remove(self, name: str) -> None:
        """Forget profile `name` (its keyring secrets are SecretStore.delete_all's job)."""
        with self._lock:
            self._require(name)
            del self._profiles[name]
            if self._current == name:
                self._current = None
            self._write()

    @property
    def current(self) -> Profile | None:
        with self._lock:
            return self._profiles.get(self._current) if self._current else None

    def set_current(self, name: str | None) -> None:
        with self._lock:
            if name is not None:
                self._require(name)
            self._current = name
            self._write()

    def get_pref(self, key: str, default: Any = None) -> Any:
        """The stored value, or `default` when there is none.

        A stored value of another kind than `default` (text where a mapping belongs, say)
        cannot be used: it is dropped, with a warning, and `default` returned.
        """
        with self._lock:
            value = self._preferences.get(key, default)
            if default is None or isinstance(value, type(default)):
                return value
            del self._preferences[key]
        self._warn(
            f"The setting {key!r} held {_shown(value)}, which ocdesk cannot use; it was reset "
            "to its default."
        )
        return default

    def set_pref(self, key: str, value: Any) -> None:
        """Keep a JSON-serialisable, non-secret `value` under `key`."""
        check_not_secret(key, value)
        with self._lock:
            previous = self._preferences.get(key)
            self._preferences[key] = value
            try:
                self._write()
            except (TypeError, ValueError):
                self._preferences[key] = previous
                raise

    def _require(self, name: str) -> Profile:
        profile = self._profiles.get(name)
        if profile is None:
            raise KeyError(f"no profile named {name!r}")
        return profile

    def _write(self) -> None:
        document = {
            "version": 1,
            "current": self._current,
            "profiles": [p.to_json() for p in self._profiles.values()],
            "preferences": self._preferences,
        }
        # Serialise first: a value json cannot take must fail before the file is touched.
        atomic_write_text(self.path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")

    def _move_aside(self, reason: str) -> None:
        try:
            target = set_aside(self.path)
        except OSError as exc:
            self._warn(
                f"The settings file {self.path} could not be read ({reason}) nor moved aside "
                f"({exc.strerror}). ocdesk started with empty settings; move that file away "
                "so that changes can be saved."
            )
            return
        self._warn(
            f"The settings file could not be read ({reason}). It was moved to {target} and "
            "ocdesk started with empty settings; your profiles can be restored from that file."
        )

    def _keep_copy_without(self, dropped: builtins.list[str]) -> None:
        """Copy the file as it was aside, then write it again without the unusable entries."""
        try:
            target = copy_aside(self.path)
            self._write()
        except OSError as exc:
            kept = f"the file could not be rewritten ({exc.strerror}) and is unchanged"
        else:
            kept = f"the file as it was is kept at {target}"
        self._warn(
            f"Some settings could not be used and were left out: {'; '.join(dropped)}. "
            f"Everything else was kept; {kept}."
        )

    def _warn(self, text: str) -> None:
        """Add to `warning` (shown to the user) and to the log."""
        with self._lock:
            self.warning = f"{self.warning} {text}" if self.warning else text
        log.warning(text)


@dataclass(frozen=True)
class _Settings:
    """What settings.json holds that can be used, and what had to be left out (in words)."""

    profiles: dict[str, Profile]
    current: str | None
    preferences: dict[str, Any]
    dropped: builtins.list[str]


def _unreadable_reason(exc: Exception) -> str:
    """Why the whole file is unusable, in the user's words."""
    if isinstance(exc, IsADirectoryError):
        return "it is a folder, not a file"
    if isinstance(exc, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(exc, OSError):
        return f"it cannot be read: {exc.strerror}"
    return str(exc)


def _shown(value: Any) -> str:
    """A value for a warning: its JSON, cut short."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _parse(text: str) -> _Settings:
    """The usable settings in `text`; SettingsCorrupt when it is not settings at all."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise SettingsCorrupt(f"not valid JSON: {exc}") from None
    except ValueError:  # the only other one: a number longer than Python converts
        raise SettingsCorrupt("it holds a number thousands of digits long") from None
    if not isinstance(document, dict):
        raise SettingsCorrupt("the top level is not an object")
    dropped: builtins.list[str] = []
    entries = document.get("profiles", [])
    if not isinstance(entries, builtins.list):
        dropped.append("'profiles' is not a list")
        entries = []
    preferences = document.get("preferences", {})
    if not isinstance(preferences, dict):
        dropped.append("'preferences' is not an object")
        preferences = {}
    profiles: dict[str, Profile] = {}
    for number, entry in enumerate(entries, 1):
        try:
            if not isinstance(entry, dict):
                raise ProfileError(["it is not an object"])
            profile = Profile.from_json(entry)
        except ProfileError as exc:
            dropped.append(f"profile {_entry_name(entry, number)} ({str(exc).rstrip('.')})")
            continue
        except TypeError:  # a required field is missing
            dropped.append(f"profile {_entry_name(entry, number)} (it lacks required fields)")
            continue
        profiles[profile.name] = profile
    current = document.get("current")
    if not isinstance(current, str) or current not in profiles:
        current = None
    return _Settings(profiles, current, preferences, dropped)


def _entry_name(entry: Any, number: int) -> str:
    name = entry.get("name") if isinstance(entry, dict) else None
    return repr(name) if isinstance(name, str) and name else f"number {number}"
