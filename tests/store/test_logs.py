"""Secrets never reach a log: the filter on every handler, and a log file only its owner reads.

The rule itself (`redact()`) lives in api and is tested in tests/api/test_redact.py.
"""

from __future__ import annotations

import logging
import secrets
from logging.handlers import RotatingFileHandler
from pathlib import Path

from ocdesk.api.redact import MASK
from ocdesk.store.logs import RedactingFilter, register_secret, setup_logging


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
    assert f"calling with {MASK} and Bearer {MASK}" in text
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

