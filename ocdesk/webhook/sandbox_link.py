"""Point the embedded sandbox's outbound callbacks at this desk's receiver (emulator-only hook)."""

from __future__ import annotations

import json
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from ocdesk.webhook.receiver import is_loopback


def link_sandbox(base_url: str, webhook_url: str | None, *, timeout: float = 5) -> dict[str, Any]:
    """Set the sandbox's callback URL (None stops its callbacks); returns its new config.

    Raises OSError (urllib's errors among them) when the sandbox does not answer.
    """
    url = base_url.rstrip("/") + "/__emu/config"
    body = json.dumps({"webhook_url": webhook_url}).encode("utf-8")
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    # The sandbox is on this computer: a desk's HTTP proxy cannot reach its loopback.
    handlers = (
        [urllib.request.ProxyHandler({})] if is_loopback(urlsplit(url).hostname or "") else []
    )
    with urllib.request.build_opener(*handlers).open(request, timeout=timeout) as response:
        reply = json.loads(response.read().decode("utf-8"))
    return reply if isinstance(reply, dict) else {}
