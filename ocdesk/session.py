"""A profile's live connection to OC: its secrets, OAuth login, tokens and client in one object."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import Protocol

import requests

from ocdesk.api.client import Connection, ExchangeSink, OcClient
from ocdesk.api.errors import ReauthRequired, TransportError
from ocdesk.api.oauth import OAuth, extract_code, login_without_browser
from ocdesk.api.redact import register_secret
from ocdesk.api.retry import RetryPolicy
from ocdesk.api.text import QT_TRANSLATE_NOOP
from ocdesk.api.tokens import TokenManager, TokenSet
from ocdesk.store.profiles import Profile, ProfileStore

SANDBOX_PROFILE = "Sandbox"
log = logging.getLogger(__name__)


class Secrets(Protocol):
    """Where a session keeps its client secret and refresh token (the keyring, or memory)."""

    def get(self, profile: str, kind: str) -> str | None: ...
    def set(self, profile: str, kind: str, value: str) -> object: ...
    def delete(self, profile: str, kind: str) -> None: ...


class EphemeralSecrets:
    """Secrets for a throwaway sandbox tenant: kept in memory, never in the user's keyring."""

    persistent = False
    warning = None

    def __init__(self) -> None:
        self._values: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get(self, profile: str, kind: str) -> str | None:
        with self._lock:
            return self._values.get((profile, kind))

    def set(self, profile: str, kind: str, value: str) -> None:
        with self._lock:
            self._values[(profile, kind)] = value

    def delete(self, profile: str, kind: str) -> None:
        with self._lock:
            self._values.pop((profile, kind), None)


class MissingSecret(ReauthRequired):
    """The profile has no client secret stored: the user must enter it before logging in."""

    default_hint = QT_TRANSLATE_NOOP(
        "oc_errors",
        "Enter the profile's client secret on the Account tab. On the command line, give it with "
        "OCDESK_CLIENT_SECRET or --secret-stdin, or store it with `ocdesk profiles add`.",
    )


class Session:
    """Everything needed to call OC as one profile.

    The refresh token and the client secret live in `secrets`; the access token only in the
    TokenManager's memory. A refresh that brings a new refresh token stores it at once, with
    its issue time in the (non-secret) profile so the one-year warning survives a restart.
    `client_secret`, when given (a script's environment variable), is used instead of the
    stored one and kept nowhere.
    """

    def __init__(
        self,
        profile: Profile,
        secrets: Secrets,
        *,
        profiles: ProfileStore | None = None,
        on_exchange: ExchangeSink | None = None,
        http: requests.Session | None = None,
        client_secret: str | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.profile = profile
        self.secrets = secrets
        self._profiles = profiles
        secret_key = client_secret or secrets.get(profile.name, "client_secret")
        if not secret_key:
            raise MissingSecret(f"No client secret is stored for profile {profile.name!r}.")
        register_secret(secret_key)
        http = http or requests.Session()
        self.oauth = OAuth(
            profile.base_url,
            profile.client_id,
            profile.redirect_uri,
            session=http,
            on_exchange=on_exchange,
        )
        self.tokens = TokenManager(
            self.oauth.refresh, self._stored_tokens(), on_change=self._keep_tokens
        )
        conn = Connection(profile.base_url, profile.client_id, secret_key, profile.signature_mode)
        self.client = OcClient(
            conn, self.tokens, session=http, on_exchange=on_exchange, retry=retry
        )
        self._pending_state: str | None = None

    # --- login -----------------------------------------------------------------------------
    def begin_login(self) -> str:
        """The authorize URL to open in the browser; remembers its `state` for the answer."""
        url, self._pending_state = self.oauth.authorize_url()
        return url

    @property
    def pending_state(self) -> str | None:
        """The `state` of the login begun last, which its redirect must carry back."""
        return self._pending_state

    def complete_login(self, pasted: str) -> TokenSet:
        """Finish a login from the pasted redirect URL (or bare code), checking its `state`."""
        code = extract_code(pasted, self._pending_state)
        tokens = self.oauth.exchange(code)
        self.tokens.set(tokens)
        self._pending_state = None
        return tokens

    def login_without_browser(self) -> TokenSet:
        """Log in where the authorize page approves at once (the sandbox)."""
        tokens = login_without_browser(self.oauth)
        self.tokens.set(tokens)
        return tokens

    def logout(self) -> None:
        """Forget the tokens here and in the keyring."""
        self.tokens.clear()
        self.secrets.delete(self.profile.name, "refresh_token")

    @property
    def logged_in(self) -> bool:
        return self.tokens.tokens is not None

    # --- token persistence -----------------------------------------------------------------
    def _stored_tokens(self) -> TokenSet | None:
        """A refresh-only TokenSet from the keyring: the first call refreshes the access token."""
        refresh = self.secrets.get(self.profile.name, "refresh_token")
        if not refresh:
            return None
        return TokenSet("", 0.0, refresh, self.profile.refresh_issued_at)

    def _keep_tokens(self, tokens: TokenSet) -> None:
        if not tokens.refresh_token:
            return
        self.secrets.set(self.profile.name, "refresh_token", tokens.refresh_token)
        log.info("Stored the login of profile %s", self.profile.name)
        if tokens.refresh_issued_at != self.profile.refresh_issued_at:
            self.profile = replace(self.profile, refresh_issued_at=tokens.refresh_issued_at)
            if self._profiles is not None and self._profiles.get(self.profile.name):
                self._profiles.update(self.profile.name, refresh_issued_at=tokens.refresh_issued_at)


def sandbox_info(base_url: str, *, timeout: float = 10.0) -> dict[str, str]:
    """The demo tenant of a running sandbox, read from its emulator-only `/__emu/info` hook."""
    url = base_url.rstrip("/") + "/__emu/info"
    try:
        response = requests.get(url, timeout=timeout)
        response.raise_for_status()
        return response.json()
    except (requests.RequestException, ValueError) as exc:
        raise TransportError(
            f"No OC sandbox answers at {base_url}: {exc}",
            hint=QT_TRANSLATE_NOOP(
                "oc_errors", "Start one with `ocdesk sandbox` and pass the base_url it prints."
            ),
        ) from exc


def sandbox_session(
    base_url: str, *, on_exchange: ExchangeSink | None = None, retry: RetryPolicy | None = None
) -> Session:
    """A logged-in session on a sandbox, through the real OAuth code path (no browser).

    `retry` replaces the client's retry policy (a test's may skip the waits between tries).
    """
    info = sandbox_info(base_url)
    profile = Profile(
        name=SANDBOX_PROFILE,
        environment="sandbox",
        region="custom",
        base_url=info["base_url"],
        client_id=info["client_id"],
        redirect_uri=info["redirect_uri"],
    )
    secrets = EphemeralSecrets()
    secrets.set(profile.name, "client_secret", info["client_secret"])
    session = Session(profile, secrets, on_exchange=on_exchange, retry=retry)
    session.login_without_browser()
    return session
