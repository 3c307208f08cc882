"""Secrets never reach a log: `redact()` on each pattern, and the filter on the log file."""

from __future__ import annotations

import logging
import secrets
from logging.handlers import RotatingFileHandler
from pathlib import Path
from urllib.parse import quote

import pytest

from ocdesk.store.logs import RedactingFilter, redact, register_secret, setup_logging

JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE3NDE2fQ.c2lnbmF0dXJl-_x"


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        ("Access-Token: Bearer abc.DEF-123", "abc.DEF-123", "Access-Token: ***"),
        ("sent bearer tok_123/xyz= then", "tok_123/xyz=", "sent bearer *** then"),
        (f"token was {JWT}.", JWT, "token was ***."),
        ("/oauth/token?access_token=a1b2c3&x=1", "a1b2c3", "access_token=***&x=1"),
        ("grant_type=refresh_token&refresh_token=r%2Fzz", "r%2Fzz", "refresh_token=***"),
        ("client_id=abc&client_secret=s3cr3t!", "s3cr3t!", "client_id=abc&client_secret=***"),
        ("vAuthorization: 94c7fb77900c37afa277098441c4ed77", "94c7fb77", "vAuthorization: ***"),
        ('{"secretKey": "sk-\\"quoted\\"", "clientKey": "ck"}', "sk-", '"clientKey": "ck"'),
        ("{'vAuthorization': 'abcd1234', 'TimeStamp': '1'}", "abcd1234", "'TimeStamp': '1'"),
        ('{"access_token": "at-1", "expires_in": 3600}', "at-1", '"expires_in": 3600'),
    ],
)
def test_redact_masks_each_kind_of_secret(text: str, hidden: str, kept: str) -> None:
    masked = redact(text)

    assert hidden not in masked
    assert kept in masked


def test_ordinary_text_is_left_alone() -> None:
    text = "outbound.query OCO2000009385032GB code=0 message=Success tokens left: 3"

    assert redact(text) == text


def test_a_registered_secret_is_masked_plain_and_url_encoded() -> None:
    secret = secrets.token_urlsafe(12) + "/+="
    register_secret(secret)

    masked = redact(f"signed text |cid|{secret} and code={quote(secret, safe='')}")

    assert "/+=" not in masked and secret[:12] not in masked


def test_log_file_holds_no_secret(tmp_path: Path, root_logging: logging.Logger) -> None:
    secret = secrets.token_urlsafe(20)
    register_secret(secret)
    log_file = setup_logging(tmp_path / "logs", logging.DEBUG)
    log = logging.getLogger("ocdesk.test")

    log.info("calling with %s and Bearer %s", secret, "tok.en")
    try:
        raise RuntimeError(f"refresh failed for refresh_token={secret}x")
    except RuntimeError:
        log.exception("refresh failed")
    for handler in root_logging.handlers:
        handler.flush()

    text = log_file.read_text(encoding="utf-8")
    assert log_file.parent == tmp_path / "logs"
    assert "calling with *** and Bearer ***" in text
    assert "RuntimeError" in text
    assert secret not in text and "tok.en" not in text


def test_setup_twice_adds_one_file_handler_and_filters_every_handler(
    tmp_path: Path, root_logging: logging.Logger
) -> None:
    console = logging.StreamHandler()
    root_logging.addHandler(console)

    setup_logging(tmp_path, logging.INFO)
    setup_logging(tmp_path, logging.WARNING)

    added = [h for h in root_logging.handlers if isinstance(h, RotatingFileHandler)]
    assert len(added) == 1
    assert root_logging.level == logging.WARNING
    assert any(isinstance(f, RedactingFilter) for f in console.filters)
