"""StatusBar: who works at the desk, connected where, whether OC answers, whether the login holds."""

from __future__ import annotations

import logging
import time
from enum import Enum
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.words import QT_TRANSLATE_NOOP, epoch_date, epoch_datetime
from ocdesk.store import operator
from ocdesk.store.profiles import CUSTOM_REGION

if TYPE_CHECKING:  # not imported for the window's first paint: the session brings `requests`
    from ocdesk.api.result import RawExchange
    from ocdesk.gui.database_state import DatabaseState
    from ocdesk.session import Session

log = logging.getLogger(__name__)

REFRESH_WARN_DAYS = 30
TICK_MS = 30_000  # the login's words change by the day; no second-by-second countdown
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
    # The first start: nothing is wrong yet, the Account tab's welcome page shows the way in.
    NO_ACCOUNT = (
        QT_TRANSLATE_NOOP("StatusBar", "No OC account yet: start from the Account tab"),
        PLAIN,
    )
    LOGIN_NEEDED = (QT_TRANSLATE_NOOP("StatusBar", "Login needed"), RED)
    OFFLINE = (QT_TRANSLATE_NOOP("StatusBar", "Offline"), RED)

    @property
    def text(self) -> str:
        return QCoreApplication.translate("StatusBar", self.value[0])

    @property
    def style(self) -> str:
        return self.value[1]


class StatusBar(QStatusBar):
    """Permanent fields: operator, profile, environment and region, connection, login state.

    The login is said in words from the tokens in memory (never a network call); OC's token
    details are in its tooltip. At the first start nobody has said who works at the desk, so
    the operator is asked once, when the window shows; the operator field changes it later.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operator_button = QPushButton(self)
        self.operator_button.setFlat(True)
        self.operator_button.clicked.connect(self.ask_operator)
        self.addPermanentWidget(self.operator_button)
        self.profile_label = self._field(self.tr("The profile in use"))
        self.environment_label = self._field(self.tr("Environment and OC host"))
        self.connection_label = self._field(self.tr("Connection to OC"))
        self.login_label = self._field("")
        self.database_label = self._field("")
        self.database_label.hide()  # only on a shared database
        self.state = Connection.CONNECTING
        self._asked = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.update_tokens)
        self._timer.start()
        context.sig_session_changed.connect(self.show_session)
        context.sig_reauth_needed.connect(lambda _: self.set_state(self._logged_out_state()))
        context.sig_exchange.connect(self.note_exchange)
        self.show_session(context.session)
        self.set_state(Connection.CONNECTING)
        self.show_operator()
        shared = context.shared_database
        if shared is not None:
            shared.sig_state.connect(self.show_database)
            shared.sig_shared.connect(self._kept_prints_shared)
            self.show_database(shared.state)

    def _field(self, tip: str) -> QLabel:
        label = QLabel(self)
        label.setToolTip(tip)
        label.setStyleSheet(PLAIN)
        self.addPermanentWidget(label)
        return label

    # --- who works here ----------------------------------------------------------------------

    def show_operator(self) -> None:
        """The operator's name (and workstation in the tooltip); a call to set it when unset."""
        who = operator.resolve(self.context.stores.profiles)
        if who.named:
            self.operator_button.setText(self.tr("Operator: {name}").format(name=who.name))
            self.operator_button.setStyleSheet(PLAIN)
        else:
            self.operator_button.setText(self.tr("Who works here? Click to say"))
            self.operator_button.setStyleSheet(AMBER)
        self.operator_button.setToolTip(self.tr(
            "{name} at workstation {workstation}: recorded with every print and every write. "
            "Click to change.").format(name=who.name, workstation=who.workstation))  # fmt: skip

    def ask_operator(self) -> None:
        """The operator dialog (window-modal, so nothing waits on it); the field follows it."""
        self._asked = True
        from PySide6.QtCore import Qt  # not before the window shows (`main_window`'s imports)

        from ocdesk.gui.widgets.operator_dialog import OperatorDialog  # when first asked for

        dialog = OperatorDialog(self.context.stores.profiles, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.show_operator())
        dialog.accepted.connect(self._register_desk)
        from ocdesk.store.desks import DeskRegister  # the store's modules: after the first paint

        stores = self.context.stores
        names = self.context.api.run(lambda: DeskRegister(stores.db).operator_names(),
                                     owner=dialog)  # fmt: skip
        names.on_done(dialog.offer_names).on_error(_not_registered).start()
        dialog.open()

    def _register_desk(self) -> None:
        """The warehouse's list of desks learns who works here (off the GUI thread, where the
        database is opened if nothing opened it yet)."""
        from ocdesk.store.desks import DeskRegister

        who, stores = operator.resolve(self.context.stores.profiles), self.context.stores
        self.context.api.run(lambda: DeskRegister(stores.db).seen(who), owner=self).on_error(
            _not_registered
        ).start()

    def register_named_desk(self) -> None:
        """The desks list hears who works here, when someone is named; the window calls it
        once its first rows are in (opening the database to tell it is not urgent). A desk
        whose operator nobody named yet is registered when the question is answered."""
        if operator.resolve(self.context.stores.profiles).named:
            self._register_desk()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The first start asks who works here, once the window is on screen."""
        super().showEvent(event)
        if self._asked:
            return
        self._asked = True  # asked, or known
        if not operator.resolve(self.context.stores.profiles).named:
            QTimer.singleShot(0, self.ask_operator)

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
            if self._no_account():
                self.set_state(Connection.NO_ACCOUNT)
            elif self.state is not Connection.LOGIN_NEEDED:
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

    def _no_account(self) -> bool:
        """No profile stored and nothing connected: a first start, not a failed login."""
        ctx = self.context
        return ctx.session is None and ctx.sandbox is None and not ctx.stores.profiles.list()

    def _logged_out_state(self) -> Connection:
        return Connection.NO_ACCOUNT if self._no_account() else Connection.LOGIN_NEEDED

    def note_exchange(self, exchange: RawExchange) -> None:
        """Every answer proves the line works; a request without one means we are offline."""
        if exchange.status is None:
            self.set_state(Connection.OFFLINE)
        elif self.state in (Connection.OFFLINE, Connection.CONNECTING):
            self.set_state(Connection.CONNECTED)

    # --- the shared database ------------------------------------------------------------------

    def show_database(self, state: DatabaseState) -> None:
        """The warehouse's shared database in words; its address (and why not) in the tooltip."""
        where = self.tr("Shared database: {address}").format(address=state.location)
        if state.reachable is None:
            words, style = self.tr("Shared database: checking…"), AMBER
        elif not state.usable:
            words, style = self.tr("Shared database refuses this ocdesk: nothing prints"), RED
        elif state.reachable:
            words, style = self.tr("Shared database: connected"), PLAIN
        else:
            words, style = self.tr("Shared database cannot be reached: printing asks first"), RED
        self.database_label.setText(words)
        self.database_label.setStyleSheet(style)
        self.database_label.setToolTip("\n".join(t for t in (where, state.reason) if t))
        self.database_label.show()

    def _kept_prints_shared(self, count: int) -> None:
        self.showMessage(self.tr(
            "{count} print(s) recorded on this desk while the shared database was away are now "
            "shared.").format(count=count))  # fmt: skip

    # --- the login ---------------------------------------------------------------------------

    def update_tokens(self) -> None:
        """The login in words: logged in, ending soon (and what to do), or over."""
        session = self.context.session
        tokens = session.tokens.tokens if session is not None else None
        self.login_label.setVisible(tokens is not None)
        if tokens is None:
            return
        access = (
            self.tr("OC's access token is renewed by itself; the current one ends {at}.").format(
                at=epoch_datetime(tokens.access_expires_at))
            if tokens.access_expires_at > time.time()
            else self.tr("OC's access token is renewed by itself at the next call.")
        )  # fmt: skip
        expires_at = tokens.refresh_expires_at
        if expires_at is None:
            self._show_login(self.tr("Logged in"), PLAIN, access)
            return
        login = self.tr("The login (OC's refresh token) ends {day}.").format(
            day=epoch_date(expires_at)
        )
        days_left = (expires_at - time.time()) / 86400
        if days_left <= 0:
            words, style = self.tr("Login expired: log in again from Account"), RED
        elif days_left < 1:
            words, style = self.tr("Login expires today: log in again from Account"), AMBER
        elif days_left < 2:
            words, style = self.tr("Login expires tomorrow: log in again from Account"), AMBER
        elif days_left <= REFRESH_WARN_DAYS:
            words = self.tr("Login expires in {days} days: log in again from Account").format(
                days=int(days_left)
            )
            style = AMBER
        else:
            words, style = self.tr("Logged in"), PLAIN
        self._show_login(words, style, f"{login}\n{access}")

    def _show_login(self, words: str, style: str, details: str) -> None:
        self.login_label.setText(words)
        self.login_label.setStyleSheet(style)
        self.login_label.setToolTip(details)


def _not_registered(error: Exception) -> None:
    """The desks list is a convenience: a store that cannot be reached is said elsewhere."""
    log.info("The warehouse's list of desks was not read or updated: %s", error)
