"""When a failed call may be sent again: reads only, after network trouble, 429 or 5xx (rule C12)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ocdesk.api.catalog import Endpoint
from ocdesk.api.errors import OcError, ServerError, TransportError

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, capped; `max_tries` counts the first attempt too."""

    max_tries: int = 3
    base_delay: float = 2.0
    max_delay: float = 8.0
    jitter: float = 0.25
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
        """Network trouble, a timeout, rate limiting or a gateway failure: worth another try."""
        if isinstance(error, TransportError):
            return True
        status = error.http_status
        return (
            isinstance(error, ServerError)
            and status is not None
            and (status == 429 or status >= 500)
        )

    def should_retry(self, endpoint: Endpoint, error: OcError) -> bool:
        """Only reads are resent: a create that timed out may have happened at OC."""
        return endpoint.retry_safe and self.is_transient(error)

    def run(self, endpoint: Endpoint, attempt: Callable[[], T]) -> T:
        """`attempt()` until it succeeds, a non-retryable error occurs, or the tries run out."""
        for delay in self.delays():
            try:
                return attempt()
            except OcError as error:
                if not self.should_retry(endpoint, error):
                    raise
            self.sleep(delay)
        return attempt()
