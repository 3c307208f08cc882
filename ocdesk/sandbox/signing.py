"""OC's request signature, as the gateway checks it and as the sandbox's callbacks carry it."""

from __future__ import annotations

import hashlib


def signature(path: str, body: str, client_key: str, secret_key: str) -> str:
    """OC's vAuthorization: lower-hex MD5 of `path|body|clientKey|secretKey` (§0)."""
    text = f"{path}|{body}|{client_key}|{secret_key}"
    return hashlib.md5(text.encode("utf-8")).hexdigest()
