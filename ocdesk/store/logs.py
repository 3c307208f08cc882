"""Log files that never hold a secret: `redact()` and a filter on every logging handler."""

from __future__ import annotations

import logging
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

# The one rule lives in api, beside the exception texts and raw exchanges it also masks; it is
# re-exported here for the store and the webhook inbox, which mask what they keep.
from ocdesk.api.redact import redact, register_secret
from ocdesk.store.paths import make_private_dir, make_private_file

__all__ = ["LOG_FILE_NAME", "RedactingFilter", "redact", "register_secret", "setup_logging"]

LOG_FILE_NAME = "ocdesk.log"


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


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are readable by their owner only (0600), rotated ones too."""

    def _open(self) -> TextIOWrapper:
        make_private_file(Path(self.baseFilename), create=True)
        return super()._open()


def setup_logging(log_dir: Path, level: int | str = logging.INFO) -> Path:
    """Log to a rotating file under `log_dir`, with secrets masked on every root handler.

    Safe to call again (say, with another level): the file handler is added once. Handlers
    added to the root logger later must add a `RedactingFilter` themselves. The folder is made
    0700 and every log file in it 0600, also those an older ocdesk left readable by others.
    Returns the log file's path.
    """
    make_private_dir(log_dir)
    log_file = log_dir / LOG_FILE_NAME
    for existing in log_dir.glob(LOG_FILE_NAME + "*"):
        make_private_file(existing)
    root = logging.getLogger()
    root.setLevel(level)
    if not any(_is_file_handler_for(h, log_file) for h in root.handlers):
        file_handler = PrivateRotatingFileHandler(
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
