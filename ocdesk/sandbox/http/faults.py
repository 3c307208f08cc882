"""Injected failures: what a flaky OC gateway does to the next N calls of an endpoint.

Each kind answers as OC's stack does when something breaks (OC-API.md, rule E15). The
kinds ending `_after` carry the request out first and spoil only the answer, as when OC wrote
the order and then failed to say so; the others process nothing (`latency` only waits first).
`POST /__emu/faults` (`hooks._add_faults`) describes every kind.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ocdesk.api import catalog

# Kinds that spoil the answer; each also comes as `<kind>_after`, processed first.
_SPOILERS = ("latency", "http_500", "http_502", "http_504", "spring_500", "reset")
KINDS = (
    *_SPOILERS,
    *(f"{kind}_after" for kind in _SPOILERS),
    "malformed_json",
    "token_expiry",
    "busy",
)
_GATEWAY_TITLES = {500: "Internal Server Error", 502: "Bad Gateway", 504: "Gateway Time-out"}
# Faults hit what a gateway fronts: the business calls and the token call, not the browser page.
_FAULTABLE = [e for e in catalog.ENDPOINTS.values() if e.is_business or e.path == "/oauth/token"]
FAULTABLE_IDS = frozenset(e.id for e in _FAULTABLE)
FAULTABLE_PATHS = frozenset(e.path for e in _FAULTABLE)
_TOKEN_KEYS = frozenset(e.id for e in _FAULTABLE if e.path == "/oauth/token") | {"/oauth/token"}


@dataclass
class Fault:
    """One injected failure; `endpoint` is a catalog id or a path, `count` calls remain."""

    endpoint: str
    kind: str
    count: int = 1
    delay_ms: int = 0

    @property
    def base(self) -> str:
        """The kind without its `_after`: what happens to the answer."""
        return self.kind.removesuffix("_after")

    @property
    def after_processing(self) -> bool:
        """True when the request is carried out before the answer is spoilt."""
        return self.kind.endswith("_after") or self.kind == "malformed_json"

    @property
    def http_status(self) -> int | None:
        """500/502/504 for the gateway-page kinds, else None."""
        return int(self.base[5:]) if self.base.startswith("http_") else None


def parse_fault(raw: Any) -> Fault:
    """A Fault from its JSON form, or ValueError naming what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("a fault is a JSON object")
    endpoint, kind = raw.get("endpoint"), raw.get("kind")
    if endpoint not in FAULTABLE_IDS and endpoint not in FAULTABLE_PATHS:
        raise ValueError(f"unknown endpoint {endpoint!r}: give a catalog id or a path")
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    if kind == "busy" and endpoint in _TOKEN_KEYS:
        raise ValueError("busy is a business answer: aim it at a business endpoint")
    count, delay_ms = raw.get("count", 1), raw.get("delay_ms", 0)
    if not isinstance(count, int) or count < 1:
        raise ValueError("count must be a positive integer")
    if not isinstance(delay_ms, int) or delay_ms < 0:
        raise ValueError("delay_ms must be a non-negative integer")
    return Fault(endpoint, kind, count, delay_ms)


def load_faults(path: Path) -> list[Fault]:
    """The faults of a `--faults` file: a JSON list of fault objects."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise ValueError(f"{path}: expected a JSON list of faults")
    return [parse_fault(item) for item in raw]


def keys_for(method: str, path: str) -> frozenset[str]:
    """The names a fault may use for a request: its path and every catalog id served there."""
    ids = {e.id for e in catalog.ENDPOINTS.values() if e.path == path and e.method == method}
    return frozenset(ids | {path})


class FaultBoard:
    """The pending faults, oldest first; each matching call uses up one count."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def take(self, keys: frozenset[str]) -> Fault | None:
        """The first fault aimed at any of `keys`, counting this call against it."""
        with self._lock:
            for fault in self._faults:
                if fault.endpoint in keys:
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def listing(self) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(f) for f in self._faults]

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()


def gateway_page(status: int) -> bytes:
    """The HTML nginx answers when the service behind it fails."""
    title = f"{status} {_GATEWAY_TITLES[status]}"
    return (
        f"<html><head><title>{title}</title></head><body><center><h1>{title}</h1></center>"
        "<hr><center>nginx</center></body></html>"
    ).encode("ascii")


def truncated(body: bytes) -> bytes:
    """A JSON body cut off mid-way, as when a connection drops during the answer."""
    return body[: max(1, len(body) // 2)]
