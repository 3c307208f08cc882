"""Retry policy: backoff shape, Retry-After, and that only reads are resent after transient
failures."""

from __future__ import annotations

import pytest

from ocdesk.api import catalog
from ocdesk.api.errors import (
    BusinessError,
    OcBusy,
    OcError,
    OcTimeout,
    ServerError,
    TransportError,
    UnreadableAnswer,
)
from ocdesk.api.retry import RetryPolicy

READ = catalog.get("outbound.query")
CREATE = catalog.get("outbound.create")
CHANGE = catalog.get("outbound.cancel")


def test_delays_double_and_are_capped() -> None:
    policy = RetryPolicy(max_tries=5, base_delay=2, max_delay=8, jitter=0)
    assert policy.delays() == [2, 4, 8, 8]


def test_default_policy_tries_three_times() -> None:
    assert len(RetryPolicy().delays()) == 2


def test_jitter_stays_within_its_share() -> None:
    policy = RetryPolicy(max_tries=4, base_delay=2, max_delay=100, jitter=0.25)
    for _ in range(50):
        first, second, third = policy.delays()
        assert 1.5 <= first <= 2.5 and 3 <= second <= 5 and 6 <= third <= 10


@pytest.mark.parametrize(
    "error",
    [
        TransportError("reset", outcome_unknown=True),
        OcTimeout("slow", outcome_unknown=True),
        ServerError("bad gateway", http_status=502),
        ServerError("busy", http_status=429),
        UnreadableAnswer("cut short", http_status=200),
        OcBusy("System busy, please try again later", code=3, http_status=200),
    ],
)
def test_transient_errors_retry_reads_only(error: OcError) -> None:
    policy = RetryPolicy()
    assert policy.should_retry(READ, error)
    assert not policy.should_retry(CREATE, error)
    assert not policy.should_retry(CHANGE, error)


@pytest.mark.parametrize(
    "error",
    [
        BusinessError("no", code=3),
        ServerError("Spring body at 200", http_status=200),
        ServerError("Spring 405", http_status=405),
        UnreadableAnswer("gateway 404 page", http_status=404),
    ],
)
def test_answers_that_would_not_change_are_not_retried(error: OcError) -> None:
    assert not RetryPolicy().should_retry(READ, error)


@pytest.mark.parametrize(
    ("status", "asked", "wait"),
    [
        (503, 5.0, 5.0),  # longer than the backoff: OC's wish
        (429, 1.0, 2.0),  # shorter than the backoff: the backoff
        (429, 3600.0, 60.0),  # capped
        (502, 30.0, 2.0),  # Retry-After counts on 429 and 503 only
        (503, None, 2.0),
    ],
)
def test_retry_after_lengthens_the_wait_within_a_cap(
    status: int, asked: float | None, wait: float
) -> None:
    error = ServerError("x", http_status=status, retry_after=asked)
    assert RetryPolicy(max_retry_after=60).wait_before_retry(error, 2.0) == wait


def _flaky(failures: list[OcError], calls: list[int]):
    def attempt() -> str:
        calls.append(1)
        if failures:
            raise failures.pop(0)
        return "done"

    return attempt


def test_run_retries_a_read_until_success_sleeping_between_tries() -> None:
    slept: list[float] = []
    calls: list[int] = []
    policy = RetryPolicy(jitter=0, sleep=slept.append)
    failures: list[OcError] = [ServerError("x", http_status=502), TransportError("y")]
    assert policy.run(READ, _flaky(failures, calls)) == "done"
    assert len(calls) == 3
    assert slept == [2.0, 4.0]


def test_run_gives_up_after_max_tries() -> None:
    calls: list[int] = []
    policy = RetryPolicy(sleep=lambda _: None)
    failures: list[OcError] = [ServerError("x", http_status=503) for _ in range(5)]
    with pytest.raises(ServerError):
        policy.run(READ, _flaky(failures, calls))
    assert len(calls) == 3


def test_run_never_resends_a_create() -> None:
    calls: list[int] = []
    policy = RetryPolicy(sleep=lambda _: None)
    with pytest.raises(TransportError):
        policy.run(CREATE, _flaky([TransportError("reset", outcome_unknown=True)], calls))
    assert len(calls) == 1
