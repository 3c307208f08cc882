"""OAuth tokens in memory: expiry, proactive and single-flight refresh (docs/OC-API.md)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.errors import OAuthError, ReauthRequired

ACCESS_LIFETIME = 3600.0
REFRESH_LIFETIME = 365 * 86400.0


@dataclass(frozen=True)
class TokenSet:
    """One login's tokens. Their values stay out of `repr` so they never reach a log."""

    access_token: str = field(repr=False)
    access_expires_at: float
    refresh_token: str | None = field(default=None, repr=False)
    refresh_issued_at: float | None = None

    @classmethod
    def from_oauth_response(
        cls, body: Mapping[str, Any], now: float, previous: TokenSet | None = None
    ) -> TokenSet:
        """Tokens from a `/oauth/token` answer.

        A refresh answer may omit `refresh_token`: the previous one is kept with its issue time.
        A new one replaces it and restarts its one-year clock.
        """
        access = lenient.get(body, "access_token")
        if not access:
            raise ValueError("the OAuth answer has no access_token")
        lifetime = lenient.as_number(lenient.get(body, "expires_in")) or ACCESS_LIFETIME
        refresh = lenient.get(body, "refresh_token") or None
        tokens = cls(str(access), now + float(lifetime), refresh, now if refresh else None)
        return tokens.keeping_refresh_of(previous)

    def keeping_refresh_of(self, previous: TokenSet | None) -> TokenSet:
        """These tokens, with `previous`'s refresh token when this set brought none of its own."""
        if previous is None or previous.refresh_token is None:
            return self
        if self.refresh_token is None or (
            self.refresh_token == previous.refresh_token and self.refresh_issued_at is None
        ):
            return TokenSet(
                self.access_token,
                self.access_expires_at,
                previous.refresh_token,
                previous.refresh_issued_at,
            )
        return self

    @property
    def refresh_expires_at(self) -> float | None:
        if self.refresh_token is None or self.refresh_issued_at is None:
            return None
        return self.refresh_issued_at + REFRESH_LIFETIME


class TokenManager:
    """Hands out a valid access token, refreshing it shortly before expiry or after a rejection.

    One lock makes refreshes single-flight: concurrent callers wait for the refresh in progress
    and then use its result instead of starting their own.
    """

    def __init__(
        self,
        refresher: Callable[[str], TokenSet],
        tokens: TokenSet | None = None,
        *,
        clock: Callable[[], float] = time.time,
        margin: float = 90,
        on_change: Callable[[TokenSet], None] | None = None,
    ) -> None:
        self._refresher = refresher
        self._tokens = tokens
        self._clock = clock
        self._margin = margin
        self._on_change = on_change
        # Re-entrant so an on_change callback may read the manager.
        self._lock = threading.RLock()

    @property
    def tokens(self) -> TokenSet | None:
        return self._tokens

    @property
    def refresh_expires_at(self) -> float | None:
        tokens = self._tokens
        return tokens.refresh_expires_at if tokens else None

    def days_until_refresh_expiry(self) -> float | None:
        """Days left before the user must log in again (warn at 30); None when unknown."""
        expires = self.refresh_expires_at
        return None if expires is None else (expires - self._clock()) / 86400

    def set(self, tokens: TokenSet) -> None:
        """Adopt tokens from a fresh login."""
        with self._lock:
            self._tokens = tokens
            self._changed(tokens)

    def clear(self) -> None:
        """Forget the tokens (log out)."""
        with self._lock:
            self._tokens = None

    def access_token(self) -> str:
        """A token with more than `margin` seconds to live, refreshed first if needed."""
        with self._lock:
            tokens = self._require()
            if tokens.access_expires_at - self._clock() < self._margin:
                tokens = self._refresh(tokens)
            return tokens.access_token

    def refresh_after_rejection(self, rejected: str) -> str:
        """A token to retry with after OC refused `rejected`; refreshes only if still current."""
        with self._lock:
            tokens = self._require()
            if tokens.access_token != rejected:
                return tokens.access_token
            return self._refresh(tokens).access_token

    def _require(self) -> TokenSet:
        if self._tokens is None:
            raise ReauthRequired("Not logged in to OC.", code="NO_LOGIN")
        return self._tokens

    def _refresh(self, current: TokenSet) -> TokenSet:
        """Swap in new tokens; caller holds the lock."""
        if current.refresh_token is None:
            raise ReauthRequired("The access token expired and there is no refresh token.")
        expires = current.refresh_expires_at
        if expires is not None and expires <= self._clock():
            raise ReauthRequired("The refresh token is more than a year old.")
        try:
            fresh = self._refresher(current.refresh_token)
        except OAuthError as exc:
            raise ReauthRequired(
                f"OC refused to refresh the login: {exc.message}",
                code=exc.code,
                http_status=exc.http_status,
                raw_body=exc.raw_body,
                endpoint_id=exc.endpoint_id,
            ) from exc
        fresh = fresh.keeping_refresh_of(current)
        self._tokens = fresh
        self._changed(fresh)
        return fresh

    def _changed(self, tokens: TokenSet) -> None:
        if self._on_change is not None:
            self._on_change(tokens)
