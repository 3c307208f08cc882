"""What counts as a secret in text ocdesk makes, and `redact()`, the one rule that masks it.

Exception messages, the recorded raw exchange and every log line pass through this module, so a
token, authorization code, client secret or signature never reaches a screen, a file or stderr.
"""

from __future__ import annotations

import re
import threading
from urllib.parse import quote, unquote

MASK = "****"
# Shorter values are not secrets worth the name, and masking them would shred every text.
_MIN_REGISTERED_LENGTH = 4

# Names whose values are secret wherever they appear (JSON, dict reprs, query strings, headers).
_KEYS = (
    r"secret_?key|client_?secret|access_?token|refresh_?token|password|"
    r"vauthorization|access-token|authorization"
)
# `code` is OC's status field in every answer; only in a URL query is it the OAuth code.
_URL_ONLY_KEYS = frozenset({"code"})
_NAME = re.compile(_KEYS, re.IGNORECASE)
_QUOTED_VALUE = re.compile(
    rf"""(?P<q>["'])(?P<key>{_KEYS})(?P=q)(?P<sep>\s*:\s*)(?P<vq>["'])(?:\\.|(?!(?P=vq)).)*(?P=vq)""",
    re.IGNORECASE,
)
_QUERY_VALUE = re.compile(rf"\b(?P<key>{_KEYS})=[^&\s\"',;]+", re.IGNORECASE)
_QUERY_CODE = re.compile(r"(?<=[?&])(?P<key>code)=[^&#\s\"',;)]+")
_HEADER_VALUE = re.compile(
    rf"\b(?P<key>{_KEYS})(?P<sep>[ \t]*:[ \t]*)(?![\"'])(?:bearer\s+)?[^\s,;}}]+", re.IGNORECASE
)
_BEARER = re.compile(r"\b(?P<key>bearer)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")

_registered: set[str] = set()
_registered_lock = threading.Lock()


def is_secret_name(name: str, *, in_url: bool = False) -> bool:
    """True when a header, JSON key or (with `in_url`) query parameter called `name` is secret."""
    name = name.strip()
    return bool(_NAME.fullmatch(name)) or (in_url and name.lower() in _URL_ONLY_KEYS)


def register_secret(value: str) -> None:
    """Mask this exact value from now on, also in its percent-encoded and decoded forms.

    An authorization code travels in three spellings (as issued, as in the address bar, and
    encoded once more on the way to /oauth/token); each of them is the same secret.
    """
    if not value or len(value) < _MIN_REGISTERED_LENGTH:
        return
    forms = {value, quote(value, safe=""), unquote(value)}
    forms.add(quote(quote(value, safe=""), safe=""))
    with _registered_lock:
        _registered.update(form for form in forms if len(form) >= _MIN_REGISTERED_LENGTH)


def redact(text: str) -> str:
    """`text` with tokens, codes, signatures, secret keys and every registered secret masked."""
    with _registered_lock:
        # Longest first, so a secret that contains another is masked whole.
        known = sorted(_registered, key=len, reverse=True)
    for value in known:
        text = text.replace(value, MASK)
    text = _QUOTED_VALUE.sub(rf"\g<q>\g<key>\g<q>\g<sep>\g<vq>{MASK}\g<vq>", text)
    text = _QUERY_VALUE.sub(rf"\g<key>={MASK}", text)
    text = _QUERY_CODE.sub(rf"\g<key>={MASK}", text)
    text = _HEADER_VALUE.sub(rf"\g<key>\g<sep>{MASK}", text)
    text = _BEARER.sub(rf"\g<key> {MASK}", text)
    return _JWT.sub(MASK, text)
