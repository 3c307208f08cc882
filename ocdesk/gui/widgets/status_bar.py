"""StatusBar: who is connected where, whether OC answers, and how long the login has left."""

from __future__ import annotations

import time
from enum import Enum
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ocdesk.api.result import RawExchange
from ocdesk.gui.context import AppContext
from ocdesk.gui.words import QT_TRANSLATE_NOOP, epoch_date
from ocdesk.store.profiles import CUSTOM_REGION

if TYPE_CHECKING:  # not imported for the window's first paint: it brings `requests`
    from ocdesk.session import Session

REFRESH_WARN_DAYS = 30
AMBER = "background: #ffe08a; color: #5c4400; padding: 0 6px;"
RED = "background: #d93025; color: white; padding: 0 6px;"
PLAIN = "padding: 0 6px;"
SANDBOX_STYLE = "background: #f59e0b; color: black; font-weight: bold; padding: 0 6px;"
PRODUCTION_STYLE = "background: #1e3a8a; color: white; font-weight: bold; padding: 0 6px;"


class Connection(Enum):
    """What the desk user needs to know about the link to OC."""

    CONNECTING = (QT_TRANSLATE_NOOP("StatusBar", "Connecting..."), AMBER)
    CONNECTED = (QT_TRANSLATE_NOOP("StatusBar", "Connected"), "color: #166534; padding: 0 6px;")
    NOT_LOGGED_IN = (QT_TRANSLATE_NOOP("StatusBar", "Not logged in"), AMBER)
    LOGIN_NEEDED = (QT_TRANSLATE_NOOP("StatusBar", "Login needed"), RED)
    OFFLINE = (QT_TRANSLATE_NOOP("StatusBar", "Offline"), RED)

    @property
    def text(self) -> str:
        return QCoreApplication.translate("StatusBar", self.value[0])

    @property
    def style(self) -> str:
        return self.value[1]


def countdown(seconds: float) -> str:
    """mm:ss (hh:mm:ss from an hour up); never negative."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class StatusBar(QStatusBar):
    """Permanent fields: profile, environment and region, connection, token countdowns.

    Ticks once a second from the tokens in memory: never a network call.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile_label = self._field(self.tr("The profile in use"))
        self.environment_label = self._field(self.tr("Environment and OC host"))
        self.connection_label = self._field(self.tr("Connection to OC"))
        self.access_label = self._field(self.tr("Time until the access token is renewed"))
        self.refresh_label = self._field(
            self.tr("The login expires on this day; log in again before it")
        )
        self.state = Connection.CONNECTING
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.update_tokens)
        self._timer.start()
        context.sig_session_changed.connect(self.show_session)
        context.sig_reauth_needed.connect(lambda _: self.set_state(Connection.LOGIN_NEEDED))
        context.sig_exchange.connect(self.note_exchange)
        self.show_session(context.session)
        self.set_state(Connection.CONNECTING)

    def _field(self, tip: str) -> QLabel:
        label = QLabel(self)
        label.setToolTip(tip)
        label.setStyleSheet(PLAIN)
        self.addPermanentWidget(label)
        return label

    # --- state -----------------------------------------------------------------------------

    def set_state(self, state: Connection) -> None:
        self.state = state
        self.connection_label.setText(state.text)
        self.connection_label.setStyleSheet(state.style)

    def show_session(self, session: Session | None) -> None:
        """Name the profile and where it points; a logged-in session counts as connected."""
        if session is None:
            self.profile_label.setText(self.tr("No profile"))
            self.environment_label.clear()
            self.environment_label.setStyleSheet(PLAIN)
            if self.state is not Connection.LOGIN_NEEDED:
                self.set_state(Connection.NOT_LOGGED_IN)
        else:
            profile = session.profile
            host = urlsplit(profile.base_url).netloc or profile.base_url
            sandbox = profile.environment == "sandbox"
            env = self.tr("SANDBOX") if sandbox else self.tr("PRODUCTION")
            self.profile_label.setText(self.tr("Profile: {name}").format(name=profile.name))
            # "custom" is how a profile says "not one of OC's regions": not worth showing.
            where = (
                self.tr("{env} ({host})").format(env=env, host=host)
                if profile.region == CUSTOM_REGION
                else self.tr("{env} · {region} ({host})").format(
                    env=env, region=profile.region, host=host
                )
            )
            self.environment_label.setText(where)
            self.environment_label.setStyleSheet(SANDBOX_STYLE if sandbox else PRODUCTION_STYLE)
            logged_in = session.logged_in
            self.set_state(Connection.CONNECTED if logged_in else Connection.NOT_LOGGED_IN)
        self.update_tokens()

    def note_exchange(self, exchange: RawExchange) -> None:
        """Every answer proves the line works; a request without one means we are offline."""
        if exchange.status is None:
            self.set_state(Connection.OFFLINE)
        elif self.state in (Connection.OFFLINE, Connection.CONNECTING):
            self.set_state(Connection.CONNECTED)

    # --- token clocks ----------------------------------------------------------------------

    def update_tokens(self) -> None:
        session = self.context.session
        tokens = session.tokens.tokens if session is not None else None
        if tokens is None:
            self.access_label.setText(self.tr("Access: -"))
            self.refresh_label.setText(self.tr("Login valid until: -"))
            self.refresh_label.setStyleSheet(PLAIN)
            return
        left = tokens.access_expires_at - time.time()
        self.access_label.setText(
            self.tr("Access: {left}").format(left=countdown(left))
            if left > 0
            else self.tr("Access: renewed at next call")
        )
        self._show_refresh_expiry(tokens.refresh_expires_at)

    def _show_refresh_expiry(self, expires_at: float | None) -> None:
        if expires_at is None:
            self.refresh_label.setText(self.tr("Login valid until: unknown"))
            self.refresh_label.setStyleSheet(PLAIN)
            return
        text = epoch_date(expires_at)
        days_left = (expires_at - time.time()) / 86400
        if days_left <= 0:
            self.refresh_label.setText(self.tr("Login expired on {day}").format(day=text))
            self.refresh_label.setStyleSheet(RED)
        elif days_left <= REFRESH_WARN_DAYS:
            self.refresh_label.setText(
                self.tr("Login expires {day}: log in again soon").format(day=text)
            )
            self.refresh_label.setStyleSheet(AMBER)
        else:
            self.refresh_label.setText(self.tr("Login valid until {day}").format(day=text))
            self.refresh_label.setStyleSheet(PLAIN)
