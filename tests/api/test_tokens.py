"""Token lifetimes and the single-flight refresh that keeps concurrent calls to one refresh."""

from __future__ import annotations

import secrets
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from ocdesk.api.errors import OAuthError, ReauthRequired
from ocdesk.api.tokens import REFRESH_LIFETIME, TokenManager, TokenSet

NOW = 1_750_000_000.0


def _token() -> str:
    return secrets.token_urlsafe(24)


class Clock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Refresher:
    """Stands in for OAuth.refresh: counts calls, answers without a refresh token as OC does."""

    def __init__(self, clock: Clock, *, error: Exception | None = None) -> None:
        self.clock = clock
        self.error = error
        self.calls: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, refresh_token: str) -> TokenSet:
        with self.lock:
            self.calls.append(refresh_token)
        if self.error:
            raise self.error
        body = {"access_token": _token(), "token_type": "bearer", "expires_in": 3600}
        return TokenSet.from_oauth_response(body, self.clock())


def _login(now: float = NOW, expires_in: float = 3600) -> TokenSet:
    body = {"access_token": _token(), "refresh_token": _token(), "expires_in": expires_in}
    return TokenSet.from_oauth_response(body, now)


def test_login_answer_starts_both_clocks() -> None:
    tokens = _login()
    assert tokens.access_expires_at == NOW + 3600
    assert tokens.refresh_issued_at == NOW
    assert tokens.refresh_expires_at == NOW + REFRESH_LIFETIME


def test_refresh_answer_without_refresh_token_keeps_the_old_one() -> None:
    first = _login()
    later = NOW + 5000
    body = {"access_token": _token(), "expires_in": "3600"}
    renewed = TokenSet.from_oauth_response(body, later, previous=first)
    assert renewed.access_token != first.access_token
    assert renewed.access_expires_at == later + 3600
    assert renewed.refresh_token == first.refresh_token
    assert renewed.refresh_issued_at == NOW


def test_refresh_answer_with_a_new_refresh_token_restarts_its_year() -> None:
    first = _login()
    later = NOW + 5000
    new_refresh = _token()
    body = {"access_token": _token(), "refresh_token": new_refresh, "expires_in": 3600}
    renewed = TokenSet.from_oauth_response(body, later, previous=first)
    assert renewed.refresh_token == new_refresh
    assert renewed.refresh_issued_at == later


def test_repr_never_shows_tokens() -> None:
    tokens = _login()
    assert tokens.access_token not in repr(tokens)
    assert tokens.refresh_token is not None and tokens.refresh_token not in repr(tokens)


def test_fresh_token_is_used_as_is() -> None:
    clock = Clock()
    refresher = Refresher(clock)
    tokens = _login()
    manager = TokenManager(refresher, tokens, clock=clock)
    clock.now += 3000
    assert manager.access_token() == tokens.access_token
    assert refresher.calls == []


def test_token_near_expiry_is_refreshed_and_reported() -> None:
    clock = Clock()
    refresher = Refresher(clock)
    tokens = _login()
    changes: list[TokenSet] = []
    manager = TokenManager(refresher, tokens, clock=clock, on_change=changes.append)
    clock.now += 3600 - 60  # inside the 90 s margin
    new = manager.access_token()
    assert new != tokens.access_token
    assert refresher.calls == [tokens.refresh_token]
    assert changes == [manager.tokens]
    assert manager.tokens is not None and manager.tokens.refresh_token == tokens.refresh_token


def test_rejected_token_is_refreshed_once_then_reused() -> None:
    clock = Clock()
    refresher = Refresher(clock)
    tokens = _login()
    manager = TokenManager(refresher, tokens, clock=clock)
    first = manager.refresh_after_rejection(tokens.access_token)
    again = manager.refresh_after_rejection(tokens.access_token)
    assert first == again != tokens.access_token
    assert len(refresher.calls) == 1


def test_ten_concurrent_rejections_cause_one_refresh() -> None:
    clock = Clock()
    refresher = Refresher(clock)
    tokens = _login()
    manager = TokenManager(refresher, tokens, clock=clock)
    barrier = threading.Barrier(10)

    def rejected() -> str:
        barrier.wait()
        return manager.refresh_after_rejection(tokens.access_token)

    with ThreadPoolExecutor(10) as pool:
        results = list(pool.map(lambda _: rejected(), range(10)))
    assert len(refresher.calls) == 1
    assert set(results) == {manager.access_token()}


def test_refused_refresh_asks_for_a_new_login() -> None:
    clock = Clock()
    error = OAuthError("Invalid refresh token", code="invalid_grant", http_status=400)
    manager = TokenManager(Refresher(clock, error=error), _login(), clock=clock)
    clock.now += 4000
    with pytest.raises(ReauthRequired) as caught:
        manager.access_token()
    assert caught.value.code == "invalid_grant"
    assert "Invalid refresh token" in str(caught.value)


def test_refresh_token_older_than_a_year_is_not_sent() -> None:
    clock = Clock()
    refresher = Refresher(clock)
    manager = TokenManager(refresher, _login(), clock=clock)
    clock.now += REFRESH_LIFETIME + 1
    with pytest.raises(ReauthRequired):
        manager.access_token()
    assert refresher.calls == []


def test_no_login_means_reauth() -> None:
    manager = TokenManager(Refresher(Clock()))
    with pytest.raises(ReauthRequired):
        manager.access_token()


def test_days_until_refresh_expiry_counts_down() -> None:
    clock = Clock()
    manager = TokenManager(Refresher(clock), _login(), clock=clock)
    assert manager.days_until_refresh_expiry() == pytest.approx(365)
    clock.now += 335 * 86400
    assert manager.days_until_refresh_expiry() == pytest.approx(30)


def test_set_and_clear() -> None:
    changes: list[TokenSet] = []
    clock = Clock()
    manager = TokenManager(Refresher(clock), clock=clock, on_change=changes.append)
    tokens = _login()
    manager.set(tokens)
    assert manager.access_token() == tokens.access_token
    assert changes == [tokens]
    manager.clear()
    assert manager.tokens is None and manager.refresh_expires_at is None
