"""Log files that never hold a secret: `redact()` and a filter on every logging handler."""

from __future__ import annotations

import logging
import re
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from urllib.parse import quote

MASK = "***"
LOG_FILE_NAME = "ocdesk.log"
# Shorter values are not secrets worth the name, and masking them would shred every log line.
_MIN_REGISTERED_LENGTH = 4

# Names whose values are secret wherever they appear (JSON, dict reprs, query strings, headers).
_KEYS = (
    r"secret_?key|client_?secret|access_?token|refresh_?token|password|"
    r"vauthorization|access-token|authorization"
)
_QUOTED_VALUE = re.compile(
    rf"""(?P<q>["'])(?P<key>{_KEYS})(?P=q)(?P<sep>\s*:\s*)(?P<vq>["'])(?:\\.|(?!(?P=vq)).)*(?P=vq)""",
    re.IGNORECASE,
)
_QUERY_VALUE = re.compile(rf"\b(?P<key>{_KEYS})=[^&\s\"',;]+", re.IGNORECASE)
_HEADER_VALUE = re.compile(
    rf"\b(?P<key>{_KEYS})(?P<sep>[ \t]*:[ \t]*)(?![\"'])(?:bearer\s+)?[^\s,;}}]+", re.IGNORECASE
)
_BEARER = re.compile(r"\b(?P<key>bearer)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")

_registered: set[str] = set()
_registered_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Mask this exact value (and its URL-encoded form) in everything `redact()` sees from now on."""
    if not value or len(value) < _MIN_REGISTERED_LENGTH:
        return
    with _registered_lock:
        _registered.update({value, quote(value, safe="")})


def redact(text: str) -> str:
    """`text` with tokens, signatures, secret keys and every registered secret masked."""
    with _registered_lock:
        # Longest first, so a secret that contains another is masked whole.
        known = sorted(_registered, key=len, reverse=True)
    for value in known:
        text = text.replace(value, MASK)
    text = _QUOTED_VALUE.sub(rf"\g<q>\g<key>\g<q>\g<sep>\g<vq>{MASK}\g<vq>", text)
    text = _QUERY_VALUE.sub(rf"\g<key>={MASK}", text)
    text = _HEADER_VALUE.sub(rf"\g<key>\g<sep>{MASK}", text)
    text = _BEARER.sub(rf"\g<key> {MASK}", text)
    return _JWT.sub(MASK, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record with its secrets masked before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            # Formatter reuses exc_text, so the traceback is masked too.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def setup_logging(log_dir: Path, level: int | str = logging.INFO) -> Path:
    """Log to a rotating file under `log_dir`, with secrets masked on every root handler.

    Safe to call again (say, with another level): the file handler is added once. Handlers
    added to the root logger later must add a `RedactingFilter` themselves.
    Returns the log file's path.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    root.setLevel(level)
    if not any(_is_file_handler_for(h, log_file) for h in root.handlers):
        file_handler = RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        root.addHandler(file_handler)
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    return log_file


def _is_file_handler_for(handler: logging.Handler, log_file: Path) -> bool:
    return (
        isinstance(handler, RotatingFileHandler)
        and Path(handler.baseFilename) == log_file.absolute()
    )
