"""Secrets never reach a log: the filter on every handler, and a log file only its owner reads.

The rule itself (`redact()`) lives in api and is tested in tests/api/test_redact.py.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

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


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_log_files_are_private_also_when_they_were_not(
    tmp_path: Path, root_logging: logging.Logger
) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    for name in ("ocdesk.log", "ocdesk.log.1"):
        (folder / name).write_text("older lines\n")
        os.chmod(folder / name, 0o644)

    log_file = setup_logging(folder)
    handler = next(h for h in root_logging.handlers if isinstance(h, RotatingFileHandler))
    logging.getLogger("ocdesk.test").warning("before the rollover")
    handler.doRollover()  # the new file after a rotation is private too
    logging.getLogger("ocdesk.test").warning("after the rollover")
    handler.flush()

    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = sorted(folder.iterdir())
    assert [p.name for p in files] == ["ocdesk.log", "ocdesk.log.1", "ocdesk.log.2"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)
    assert "after the rollover" in log_file.read_text()
