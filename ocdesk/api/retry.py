"""When a failed call may be sent again, and after how long (rule C12).

Only reads are resent: after network trouble, HTTP 429 or 5xx, an unreadable 200 (cut short or
malformed) and OC's "system busy" answer. A 429 or 503 that names a `Retry-After` waits that
long, within `max_retry_after`, and never less than the backoff.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ocdesk.api.catalog import Endpoint
from ocdesk.api.errors import OcBusy, OcError, ServerError, TransportError, UnreadableAnswer

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, capped; `max_tries` counts the first attempt too."""

    max_tries: int = 3
    base_delay: float = 2.0
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = time.sleep

    def delays(self) -> list[float]:
        """The waits before the 2nd, 3rd, ... tries: base, 2x base, 4x base, each +- jitter."""
        waits = []
        for attempt in range(max(self.max_tries - 1, 0)):
            delay = self.base_delay * 2**attempt
            delay *= 1 + random.uniform(-self.jitter, self.jitter)
            waits.append(min(delay, self.max_delay))
        return waits

    @staticmethod
    def is_transient(error: OcError) -> bool:
        """Network trouble, a timeout, rate limiting, a gateway failure, a cut-short 200 or a
        busy OC: the same question may well get an answer next time."""
        if isinstance(error, TransportError | OcBusy):
            return True
        if not isinstance(error, ServerError) or error.http_status is None:
            return False
        status = error.http_status
        unreadable_success = isinstance(error, UnreadableAnswer) and 200 <= status < 300
        return status == 429 or status >= 500 or unreadable_success

    def wait_before_retry(self, error: OcError, backoff: float) -> float:
        """The backoff, or longer when a 429 or 503 asked for it in `Retry-After` (capped)."""
        asked = error.retry_after if isinstance(error, ServerError) else None
        if asked is None or error.http_status not in (429, 503):
            return backoff
        return max(backoff, min(asked, self.max_retry_after))

    def should_retry(self, endpoint: Endpoint, error: OcError) -> bool:
        """Only reads are resent: a create that timed out may have happened at OC."""
        return endpoint.retry_safe and self.is_transient(error)

    def run(self, endpoint: Endpoint, attempt: Callable[[], T]) -> T:
        """`attempt()` until it succeeds, a non-retryable error occurs, or the tries run out."""
        for backoff in self.delays():
            try:
                return attempt()
            except OcError as error:
                if not self.should_retry(endpoint, error):
                    raise
                self.sleep(self.wait_before_retry(error, backoff))
        return attempt()
