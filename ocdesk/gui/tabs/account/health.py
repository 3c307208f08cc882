"""Token health: access-token countdown, refresh-token expiry and last login, updated live."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ocdesk.api.errors import OcError
from ocdesk.api.tokens import TokenSet
from ocdesk.gui.tabs.account.profile_editor import ERROR_STYLE
from ocdesk.gui.words import epoch_datetime, long_date, short_time
from ocdesk.session import Session

WARN_DAYS = 30  # OC-API.md: warn 30 days before the refresh token's one-year expiry
WARN_STYLE = "color: #8a5a00; font-weight: bold;"


def countdown(seconds: float) -> str:
    """mm:ss (h:mm:ss beyond an hour) of a positive number of seconds."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def _local_date(epoch: float, *, with_time: bool = False) -> str:
    if with_time:
        return epoch_datetime(epoch)
    return long_date(QDateTime.fromSecsSinceEpoch(int(epoch)).date())


class TokenHealth(QGroupBox):
    """How long the current login lasts. It never calls OC: the client refreshes by itself."""

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Login health"))
        self._clock = clock
        self.session: Session | None = None
        self.access_label = QLabel(self)
        self.refresh_label = QLabel(self)
        self.refresh_label.setWordWrap(True)
        self.login_label = QLabel(self)
        self.failure_label = QLabel(self)
        self.failure_label.setWordWrap(True)
        self.failure_label.setStyleSheet(ERROR_STYLE)
        self.failure_label.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Access token"), self.access_label)
        form.addRow(self.tr("Login valid until"), self.refresh_label)
        form.addRow(self.tr("Last login"), self.login_label)
        form.addRow(self.failure_label)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.update_now)
        self._timer.start()
        self.update_now()

    def show_session(self, session: Session | None) -> None:
        self.session = session
        if session is not None and session.logged_in:
            self.failure_label.hide()
        self.update_now()

    def show_failure(self, error: Exception) -> None:
        """A silent refresh failed (or the login is gone): say so until the next login."""
        message = error.message if isinstance(error, OcError) else str(error)
        at = short_time(QDateTime.currentDateTime().time())
        self.failure_label.setText(
            self.tr("{0}: the login could not be renewed ({1}). Log in again.").format(at, message)
        )
        self.failure_label.show()

    def update_now(self) -> None:
        tokens = self.session.tokens.tokens if self.session is not None else None
        if tokens is None:
            for label in (self.access_label, self.refresh_label, self.login_label):
                label.setText(self.tr("not logged in"))
                label.setStyleSheet("")
            return
        now = self._clock()
        self._show_access(tokens, now)
        self._show_refresh(tokens, now)
        issued = tokens.refresh_issued_at
        self.login_label.setText(
            _local_date(issued, with_time=True) if issued else self.tr("unknown")
        )

    def _show_access(self, tokens: TokenSet, now: float) -> None:
        left = tokens.access_expires_at - now
        if tokens.access_token and left > 0:
            self.access_label.setText(self.tr("expires in {0}").format(countdown(left)))
        elif tokens.refresh_token:
            self.access_label.setText(self.tr("renewed automatically at the next call"))
        else:
            self.access_label.setText(self.tr("expired: log in again"))

    def _show_refresh(self, tokens: TokenSet, now: float) -> None:
        expires = tokens.refresh_expires_at
        label = self.refresh_label
        if expires is None:
            label.setText(
                self.tr("unknown (log in again to know)") if tokens.refresh_token else "\u2014"
            )
            label.setStyleSheet("")
        elif expires <= now:
            label.setText(self.tr("expired: log in again"))
            label.setStyleSheet(ERROR_STYLE)
        else:
            days = int((expires - now) // 86400)
            text = _local_date(expires)
            if days <= WARN_DAYS:
                text = self.tr("{0} \u2014 only {1} days left: log in again to renew it").format(
                    text, days
                )
            label.setText(text)
            label.setStyleSheet(WARN_STYLE if days <= WARN_DAYS else "")
