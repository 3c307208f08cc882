"""The emulator-only `/__emu/*` test hooks (§12.2) and the request log they show."""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from ocdesk.sandbox.core import Clock, Headers
from ocdesk.sandbox.http.faults import FaultBoard, parse_fault

LOG_LIMIT = 500
BODY_LIMIT = 64 * 1024
# Names whose values the log never shows, wherever they appear: header, query, form or JSON body.
SECRET_NAMES = ("access-token", "access_token", "vauthorization", "authorization",
                "refresh_token", "code", "client_secret")  # fmt: skip
_NAMES = "|".join(re.escape(name) for name in SECRET_NAMES)
_SECRET_IN_FORM = re.compile(rf"(?i)((?:^|(?<=[&?]))(?:{_NAMES})=)[^&]*")
_SECRET_IN_JSON = re.compile(rf'(?i)("(?:{_NAMES})"\s*:\s*)(?:"(?:[^"\\]|\\.)*"?|[^,}}\]\s]+)')
MASK = "***"


class HookError(Exception):
    """A hook request that cannot be served: answered with `status` and `{"error": message}`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class RequestLog:
    """The most recent calls received, newest last, with secrets masked."""

    def __init__(self, clock: Clock, limit: int = LOG_LIMIT) -> None:
        self._clock = clock
        self._entries: deque[dict[str, Any]] = deque(maxlen=limit)
        self._lock = threading.Lock()

    def record(
        self,
        *,
        method: str,
        path: str,
        endpoint_id: str | None,
        query: str,
        headers: Headers,
        body: bytes,
    ) -> dict[str, Any]:
        """Add a call; the caller fills in `status` once it is answered (None: no answer)."""
        entry = {
            "time": self._clock.now().isoformat(),
            "method": method,
            "path": path,
            "endpoint_id": endpoint_id,
            "query": _masked(query),
            "headers": {k: MASK if k.lower() in SECRET_NAMES else v for k, v in headers.items()},
            "body": _masked(body[:BODY_LIMIT].decode("utf-8", "replace")),
            "status": None,
        }
        with self._lock:
            self._entries.append(entry)
        return entry

    def listing(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(e) for e in self._entries]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class Sandbox(Protocol):
    """What the hooks drive: the running emulator (`server.Sandbox`), which serves them."""

    clock: Clock
    faults: FaultBoard
    log: RequestLog

    def info(self) -> dict[str, str]: ...

    def config(self) -> dict[str, Any]: ...

    def configure(self, changes: Mapping[str, Any]) -> dict[str, Any]: ...

    def advance_clock(self, seconds: float) -> None: ...

    def set_outbound_status(self, order_number: str, to: str) -> None: ...

    def approve_sku(self, mfskuid: str) -> None: ...

    def flush_webhooks(self) -> int: ...

    def reset(self) -> None: ...


def _masked(text: str) -> str:
    """`text` with the value of every secret-named form field or JSON key replaced by ***."""
    text = _SECRET_IN_FORM.sub(rf"\1{MASK}", text)
    return _SECRET_IN_JSON.sub(rf'\1"{MASK}"', text)


def _json_body(body: bytes) -> Any:
    try:
        return json.loads(body or b"{}")
    except ValueError as exc:
        raise HookError(400, f"body is not JSON: {exc}") from None


def _number(query: Mapping[str, str], name: str) -> float:
    try:
        return float(query[name])
    except (KeyError, ValueError):
        raise HookError(400, f"query parameter {name} (a number) is required") from None


def _add_faults(sb: Sandbox, _: re.Match[str], __: Mapping[str, str], body: bytes) -> Any:
    """Queue faults: `{"endpoint": <catalog id or path>, "kind": ..., "count": 1, "delay_ms": 0}`
    or a list of them. Each matching call uses up one count. The kinds (`_after`: the request
    is carried out first, only its answer is spoilt; otherwise nothing is processed, except
    that `latency` processes after its wait):

    - `latency`: wait `delay_ms`, then process and answer normally (a client that gave up
      meanwhile still gets the order written).
    - `latency_after`: process at once, then hold the answer `delay_ms`: a client whose timeout
      is shorter gives up while OC already has the order.
    - `http_500`, `http_502`, `http_504`: the gateway's nginx HTML page with that status.
      `http_500_after`, `http_502_after`, `http_504_after`: the same page after processing.
    - `spring_500`: Spring Boot's JSON error (`{timestamp, status: 500, error: "Internal Server
      Error", path}`, `application/json`). `spring_500_after`: the same after processing.
    - `reset`: the connection is dropped without an answer. `reset_after`: dropped after
      processing.
    - `malformed_json`: processed, then a 200 whose JSON body is cut in the middle.
    - `token_expiry`: the access token counts as expired for this call (vendor `code 1`).
    - `busy`: OC's "System busy, please try again later" at HTTP 200 (vendor `code 2`; the
      returns dialect on its paths) after the login check; nothing processed. Business
      endpoints only.
    """
    raw = _json_body(body)
    try:
        faults = [parse_fault(item) for item in (raw if isinstance(raw, list) else [raw])]
    except ValueError as exc:
        raise HookError(400, str(exc)) from None
    for fault in faults:
        sb.faults.add(fault)
    return sb.faults.listing()


def _clear_faults(sb: Sandbox, *_: Any) -> Any:
    sb.faults.clear()
    return []


def _advance(sb: Sandbox, _: re.Match[str], query: Mapping[str, str], __: bytes) -> Any:
    sb.advance_clock(_number(query, "seconds"))
    return {"now": sb.clock.now().isoformat()}


def _set_status(sb: Sandbox, match: re.Match[str], query: Mapping[str, str], _: bytes) -> Any:
    order, to = match["id"], query.get("to", "")
    try:
        sb.set_outbound_status(order, to)
    except KeyError:
        raise HookError(404, f"unknown outbound order {order}") from None
    except ValueError as exc:
        raise HookError(400, str(exc)) from None
    return {"orderNumber": order, "status": to}


def _approve(sb: Sandbox, match: re.Match[str], *_: Any) -> Any:
    try:
        sb.approve_sku(match["id"])
    except KeyError:
        raise HookError(404, f"unknown SKU {match['id']}") from None
    return {"MFSKUID": match["id"], "status": "approved"}


def _configure(sb: Sandbox, _: re.Match[str], __: Mapping[str, str], body: bytes) -> Any:
    changes = _json_body(body)
    if not isinstance(changes, dict):
        raise HookError(400, "config is a JSON object")
    try:
        return sb.configure(changes)
    except ValueError as exc:
        raise HookError(400, str(exc)) from None


def _reset(sb: Sandbox, *_: Any) -> Any:
    sb.reset()
    return sb.info()


Hook = Callable[[Sandbox, re.Match[str], Mapping[str, str], bytes], Any]
_ID = r"(?P<id>[^/]+)"
HOOKS: list[tuple[str, re.Pattern[str], Hook]] = [
    ("GET", re.compile(r"/__emu/info"), lambda sb, *_: sb.info()),
    ("GET", re.compile(r"/__emu/requests"), lambda sb, *_: sb.log.listing()),
    ("GET", re.compile(r"/__emu/faults"), lambda sb, *_: sb.faults.listing()),
    ("POST", re.compile(r"/__emu/faults"), _add_faults),
    ("DELETE", re.compile(r"/__emu/faults"), _clear_faults),
    ("POST", re.compile(r"/__emu/clock/advance"), _advance),
    ("POST", re.compile(rf"/__emu/outbound/{_ID}/status"), _set_status),
    ("POST", re.compile(rf"/__emu/sku/{_ID}/approve"), _approve),
    (
        "POST",
        re.compile(r"/__emu/webhook/flush"),
        lambda sb, *_: {"delivered": sb.flush_webhooks()},
    ),
    ("GET", re.compile(r"/__emu/config"), lambda sb, *_: sb.config()),
    ("POST", re.compile(r"/__emu/config"), _configure),
    ("POST", re.compile(r"/__emu/reset"), _reset),
]


def handle(
    sb: Sandbox, method: str, path: str, query: Mapping[str, str], body: bytes
) -> tuple[int, Any]:
    """Serve one hook: (HTTP status, JSON-able answer)."""
    known_path = False
    for hook_method, pattern, hook in HOOKS:
        match = pattern.fullmatch(path)
        if match is None:
            continue
        known_path = True
        if hook_method == method:
            try:
                return 200, hook(sb, match, query, body)
            except HookError as exc:
                return exc.status, {"error": str(exc)}
    if known_path:
        return 405, {"error": f"{method} is not served on {path}"}
    return 404, {"error": f"no hook at {path}"}
