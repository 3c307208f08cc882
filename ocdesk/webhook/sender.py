"""A sample outbound callback sent as OC would: the "send a test callback" check of a receiver."""

from __future__ import annotations

import functools
import json
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from ocdesk.api.dates import format_datetime
from ocdesk.api.signing import sign
from ocdesk.webhook.receiver import is_loopback


def sample_event(now: datetime | None = None) -> dict[str, Any]:
    """A callback `data` object as OC sends it on shipment (§10.1), with a fresh eventId."""
    when = format_datetime(now or datetime.now().astimezone())
    order_number = "OCO2000011384024GB"
    return {
        "eventId": str(uuid.uuid4()),
        "status": "shipped",
        "eventTime": when,
        "orderNumber": order_number,
        "referenceNumber": "ocdesk-test-callback",
        "serviceRegion": "UK",
        "autoFulfillmentEF": False,
        "orderCreationTime": when,
        "shippedTime": when,
        "trackingNumberList": [
            {
                "orderNumber": order_number,
                "trackingNumber": "ZDBBXK0357800002",
                "LMCarrierCode": "XDP",
                "LMCarrierName": "XDP",
                "chargeableWeight": "1000.0000",
                "chargeableWeightUnit": "g",
                "feeAmount": 4.2,
                "feeAmountCurrency": "GBP",
                "SKUList": [{"MFSKUID": "OC0000001279158", "SKUQuantity": 1, "SN": ""}],
            }
        ],
    }


def send_test_event(
    url: str,
    *,
    client_key: str | None = None,
    secret_key: str | None = None,
    timeout: float = 5,
) -> tuple[int, dict[str, Any] | str]:
    """POST a sample callback to `url` as OC would, signed when both keys are given.

    Returns the HTTP status and the reply (parsed JSON, or its text when it is not JSON).
    Raises OSError (urllib's URLError among them) when nothing answers.
    """
    now_ms = int(time.time() * 1000)
    envelope = {"messageId": uuid.uuid4().hex, "timestamp": now_ms, "data": sample_event()}
    headers = {"Content-Type": "application/json", "TimeStamp": str(now_ms)}
    if client_key:
        headers["clientKey"] = client_key
    if client_key and secret_key:
        headers["vAuthorization"] = sign(urlsplit(url).path or "/", client_key, secret_key)
    body = json.dumps(envelope, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _opener_for(url).open(request, timeout=timeout) as response:
            return response.status, _reply_of(response.read())
    except urllib.error.HTTPError as exc:
        # a refusal is an answer too: the tab shows its status and message
        with exc:
            return exc.code, _reply_of(exc.read())


def _opener_for(url: str) -> urllib.request.OpenerDirector:
    """No proxy for this computer's own receiver: a desk's HTTP proxy cannot reach its loopback."""
    return _opener(direct=is_loopback(urlsplit(url).hostname or ""))


@functools.cache
def _opener(*, direct: bool) -> urllib.request.OpenerDirector:
    """Built once: an opener loads the system's certificates, a tenth of a second each time."""
    if direct:
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def _reply_of(raw: bytes) -> dict[str, Any] | str:
    text = raw.decode("utf-8", "replace")
    try:
        parsed = json.loads(text)
    except ValueError:
        return text
    return parsed if isinstance(parsed, dict) else text
