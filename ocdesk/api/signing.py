"""The `vAuthorization` signature OC checks on every /openapi call (OC-API.md, §10)."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

_PREFIX = "/openapi"


def signed_path(url_or_path: str) -> str:
    """The part of a URL that OC signs: the path from `/openapi` on, without the query.

    A host with its own path prefix (a proxy, `.../openapi`) still signs from `/openapi`, as OC
    sees it. A path outside /openapi (the webhook receiver, §10) is signed whole.
    """
    path = urlsplit(url_or_path).path if "://" in url_or_path else url_or_path
    path = path.split("?", 1)[0].split("#", 1)[0]
    start = path.find(_PREFIX + "/")
    return path[start:] if start >= 0 else path


def sign(path: str, client_key: str, secret_key: str, body: bytes | str = "") -> str:
    """Lower-hex MD5 of `path|body|clientKey|secretKey`.

    `body` is empty in "path" mode; in "body" mode it must be the exact bytes sent, so bytes are
    hashed as they are rather than re-encoded.
    """
    body_bytes = body.encode("utf-8") if isinstance(body, str) else body
    text = b"|".join(
        (
            signed_path(path).encode("utf-8"),
            body_bytes,
            client_key.encode("utf-8"),
            secret_key.encode("utf-8"),
        )
    )
    return hashlib.md5(text).hexdigest()
