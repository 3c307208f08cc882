"""What the sandbox's HTTP side, world and handlers share: requests, replies, errors, clock."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, overload


class Clock:
    """The emulator's clock: real time plus an offset the tests can move forward."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def time(self) -> float:
        """Epoch seconds, emulator time."""
        with self._lock:
            return time.time() + self._offset

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0


class Headers(Protocol):
    """Request headers as the HTTP server hands them over: `get` ignores case, as HTTP does."""

    @overload
    def get(self, name: str, /) -> str | None: ...

    @overload
    def get(self, name: str, default: str, /) -> str: ...

    def items(self) -> Iterable[tuple[str, str]]: ...


@dataclass
class EmuRequest:
    """One business call as a handler sees it, after authentication passed.

    `data` is the envelope's `data` part for POST (dict, list or None) and, for GET, a dict of
    the query parameters (str -> str, already URL-decoded once).
    """

    endpoint_id: str
    data: Any
    message_id: str
    client_id: str
    now: datetime
    raw_body: bytes = b""


@dataclass
class Reply:
    """A handler's answer: `payload` goes in `data` (vendor) or `result` (returns).

    Non-empty `errors` (vendor `{code, id, message}` items) mean a partial failure: the server
    answers `code` 3, `success` false, and still sends `payload`.
    """

    payload: Any = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    message: str | None = None


class EmuError(Exception):
    """A business refusal, rendered in the endpoint's dialect.

    vendor: `{"code": 3, "success": false, "message": message, "errors": errors or
    [{"code": code, "id": item_id, "message": message}], "data": null}`;
    returns: `{"success": false, "hasBusinessException": true, "errorCode": code,
    "errorMsg": message, "result": null}`.
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        item_id: str | None = None,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.item_id = item_id
        self.errors = errors

    def vendor_errors(self) -> list[dict[str, Any]]:
        if self.errors is not None:
            return self.errors
        return [{"code": self.code, "id": self.item_id or "", "message": self.message}]


Handler = Callable[[EmuRequest], Reply]
