"""`ocdesk serve`: the webhook receiver without a window, for one machine of the warehouse.

Callbacks go into the store's inbox (which every desk reads), `GET /healthz` says whether the
store answers, and SIGTERM or SIGINT stop it cleanly: no new connections, the callbacks in flight
finished and answered, the store closed.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from types import FrameType
from typing import Any

from ocdesk.store.logs import redact
from ocdesk.store.sql import Store
from ocdesk.webhook.inbox import WebhookInbox
from ocdesk.webhook.receiver import ReceiverSettings, WebhookReceiver

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class WebhookService:
    """The receiver writing into `db`'s inbox, with a health page beside the callback path.

    The log and the health page name the database by `db.location` (a path or an address,
    never a password).
    """

    def __init__(self, settings: ReceiverSettings, db: Store) -> None:
        self.db = db
        self.store_name = db.location
        self.inbox = WebhookInbox(db)
        self.receiver = WebhookReceiver(settings, self.inbox, pages={HEALTH_PATH: self.health})
        self._started_at = time.monotonic()
        self._store_answers = True

    @property
    def health_url(self) -> str:
        return self.receiver.url.removesuffix(self.receiver.settings.path) + HEALTH_PATH

    def start(self) -> WebhookService:
        """Listen; ReceiverError (in words) when the address cannot be used."""
        self.receiver.start()
        self._started_at = time.monotonic()
        checked = "signature checked" if self.receiver.settings.checks_signature else "UNSIGNED"
        log.info("accepting OC's callbacks at %s (%s) into the inbox of %s; health at %s",
                 self.receiver.url, checked, self.store_name, self.health_url)  # fmt: skip
        return self

    def stop(self, why: str) -> None:
        """Stop listening, finish the callbacks in flight, then close the store."""
        log.info("stopping (%s): no new callbacks accepted, those in flight are finished", why)
        self.receiver.stop()
        self.db.close()
        log.info("the store is closed; ocdesk serve has ended")

    def health(self) -> tuple[int, dict[str, Any]]:
        """200 with the inbox's counts while the store answers; 503 saying why when it does not."""
        uptime = round(time.monotonic() - self._started_at, 1)
        store: dict[str, Any] = {"database": self.store_name}
        try:
            count, unhandled = self.inbox.count(), self.inbox.unhandled_count()
        except Exception as exc:  # whatever the backend raises, the store could not be read
            problem = " ".join(redact(str(exc)).split()) or type(exc).__name__
            self._store_answered(False, problem)
            store |= {"reachable": False, "problem": problem}
            return 503, {"status": "unavailable", "store": store, "uptime_s": uptime}
        self._store_answered(True)
        return 200, {
            "status": "ok",
            "store": store | {"reachable": True},
            "inbox": {"count": count, "unhandled": unhandled},
            "uptime_s": uptime,
        }

    def _store_answered(self, answers: bool, problem: str = "") -> None:
        """Log when the store stops or starts answering again, not at every health check."""
        if answers == self._store_answers:
            return
        self._store_answers = answers
        if answers:
            log.info("the store %s answers again", self.store_name)
        else:
            log.error("the store %s cannot be read: %s", self.store_name, problem)


def serve_until_stopped(service: WebhookService) -> None:
    """Run `service` until SIGTERM or SIGINT (systemd's stop, Ctrl+C), then stop it cleanly.

    Call from the main thread: only it may set signal handlers. The previous handlers come back
    before this returns.
    """
    stopped = threading.Event()
    caught: list[str] = []

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        caught.append(signal.Signals(signum).name)
        stopped.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in STOP_SIGNALS}
    try:
        service.start()
        while not stopped.wait(0.5):
            pass
        service.stop(caught[0])
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
