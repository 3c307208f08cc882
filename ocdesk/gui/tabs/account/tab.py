"""The Account tab: profiles, login and logout, login health, the audit log and keyring notices."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.first_run import FirstRunPage, start_demo
from ocdesk.gui.tabs.account.audit import AuditPanel
from ocdesk.gui.tabs.account.health import TokenHealth
from ocdesk.gui.tabs.account.login import LoginPanel
from ocdesk.gui.tabs.account.profiles import EMBEDDED, ProfilesPage, is_embedded
from ocdesk.gui.widgets.scrolled import scrolled
from ocdesk.session import MissingSecret, Session
from ocdesk.store.profiles import Profile
from ocdesk.store.secrets import NO_KEYRING_WARNING, Kept

NOTICE_STYLE = (
    "QLabel { background: #fff4ce; color: #4a3800; border: 1px solid #e0c060;"
    " border-radius: 4px; padding: 8px; }"
)
# How things are (no keyring on this computer): said calmly, nothing for the user to fix now.
INFO_STYLE = (
    "QLabel { background: #eef3f8; color: #1f2d3d; border: 1px solid #c5d3e2;"
    " border-radius: 4px; padding: 8px; }"
)
REAUTH_STYLE = (
    "QLabel { background: #fde7e9; color: #7a0010; border: 1px solid #e08090;"
    " border-radius: 4px; padding: 8px; font-weight: bold; }"
)


class AccountTab(QWidget):
    """The first tab of the console: who ocdesk talks to OC as, and what it has done.

    It builds a Session when the user switches profile or logs in and hands it over with
    `context.set_session`, which also resumes the work other tabs kept while the login was gone.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._secret_for: str | None = None  # the profile whose secret the login box asks for
        self._first_run_done = False  # the user chose a way to start; the welcome page is over
        self.first_run = FirstRunPage(self)
        self.first_run_area = scrolled(self.first_run, self)
        self.keyring_notice = self._notice(NOTICE_STYLE)
        self.reauth_banner = self._notice(REAUTH_STYLE)
        self.drop_waiting_button = QPushButton(
            self.tr("Cancel the login: drop the work waiting for it"), self
        )
        self.drop_waiting_button.hide()
        self.login = LoginPanel(context, self)
        self.health = TokenHealth(self)
        self.profiles = ProfilesPage(context, self)
        self.audit = AuditPanel(context, self)
        self.pages = QTabWidget(self)
        self.login_page = scrolled(self._login_page(), self)
        self.pages.addTab(self.login_page, self.tr("Login"))
        self.pages.addTab(self.profiles, self.tr("Profiles"))
        self.pages.addTab(self.audit, self.tr("Audit log"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.first_run_area, 1)
        layout.addWidget(self.keyring_notice)
        layout.addWidget(self.reauth_banner)
        layout.addWidget(self.drop_waiting_button)
        layout.addWidget(self.pages, 1)
        self._connect()
        self._on_session_changed(context.session)

    def _notice(self, style: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.hide()
        return label

    def _login_page(self) -> QWidget:
        page = QWidget(self)
        box = QGroupBox(self.tr("Connection to OC"), page)
        QVBoxLayout(box).addWidget(self.login)
        layout = QVBoxLayout(page)
        layout.addWidget(box)
        layout.addWidget(self.health)
        layout.addStretch(1)
        return page

    def _connect(self) -> None:
        ctx = self.context
        ctx.sig_session_changed.connect(self._on_session_changed)
        ctx.sig_reauth_needed.connect(self.health.show_failure)
        self.login.sig_login_requested.connect(self.start_login)
        self.drop_waiting_button.clicked.connect(self.cancel_login)
        self.login.sig_secret_entered.connect(self._store_secret)
        self.profiles.sig_use.connect(self.use_profile)
        self.profiles.sig_saved.connect(self._on_saved)
        self.profiles.sig_deleted.connect(self._on_deleted)
        self.first_run.sig_try_sandbox.connect(self.try_sandbox)
        self.first_run.sig_add_account.connect(self.add_account)

    # --- called by the main window -------------------------------------------------------------

    def request_login(self, reason: str) -> None:
        """A call found the login gone: say why, and start the login for the current profile.

        On a first start there is nothing to log in to: the welcome page says how to begin.
        """
        if self.is_first_run():
            self.update_notices()
            return
        self.reauth_banner.setText(
            self.tr(
                "Login needed: {0}\n"
                "Your work on the other tabs is kept and continues after you log in."
            ).format(reason)
        )
        self.reauth_banner.show()
        self.drop_waiting_button.setVisible(self.context.api.waiting_for_login > 0)
        self.pages.setCurrentWidget(self.login_page)
        if not self.login.in_progress:
            self.start_login()

    def cancel_login(self) -> None:
        """The user will not log in now: the work kept for the login is dropped, each screen
        saying it was not sent."""
        self.context.cancel_login()
        self.reauth_banner.hide()
        self.drop_waiting_button.hide()

    # --- first run -----------------------------------------------------------------------------

    def is_first_run(self) -> bool:
        """No profile stored, nothing connected, and the user has not chosen a way to start."""
        ctx = self.context
        return (not self._first_run_done and ctx.session is None and ctx.sandbox is None
                and not ctx.stores.profiles.list())  # fmt: skip

    def try_sandbox(self) -> None:
        """The welcome page's demo: the embedded sandbox, as `ocdesk --sandbox` starts it."""
        start_demo(self.context, self.first_run)

    def add_account(self) -> None:
        """The welcome page's other way: a new profile in the editor."""
        self.end_first_run()
        self.pages.setCurrentWidget(self.profiles)
        self.profiles.new_profile()

    def end_first_run(self) -> None:
        """A way to start was chosen (or a profile put to use): the usual pages from now on."""
        self._first_run_done = True
        self.update_notices()

    # --- sessions ------------------------------------------------------------------------------

    def start_login(self) -> None:
        """Log in to the session in use, opening the current profile's session first if needed."""
        self.pages.setCurrentWidget(self.login_page)
        if self.context.session is not None:
            self.login.begin(self.context.session)
            return
        current = self.context.stores.profiles.current
        if current is None:
            self.login.show_error(
                self.tr("Create a profile (or choose one) on the Profiles page first.")
            )
            self.pages.setCurrentWidget(self.profiles)
            return
        self.use_profile(current.name, then_login=True)

    def use_profile(self, key: object, *, then_login: bool = False) -> None:
        """Switch to a stored profile by name (or to the embedded sandbox with EMBEDDED)."""
        self.end_first_run()
        if key is EMBEDDED:
            self.context.set_session(self.profiles.embedded)
            return
        profile = self.context.stores.profiles.get(str(key))
        if profile is None:
            return
        op = self.context.api.run(lambda: self._open_session(profile), owner=self)
        op.on_done(lambda session: self._adopt(session, then_login))
        op.on_error(lambda error: self._open_failed(profile, error)).start()

    def _open_session(self, profile: Profile) -> Session:
        """Runs off the GUI thread: the keyring and settings file may be slow to answer."""
        stores = self.context.stores
        stores.profiles.set_current(profile.name)
        return Session(
            profile,
            stores.secrets,
            profiles=stores.profiles,
            on_exchange=self.context.sig_exchange.emit,
        )

    def _adopt(self, session: Session, then_login: bool) -> None:
        self.context.set_session(session)
        if then_login:
            self.login.begin(session)
        elif not session.logged_in:
            self.pages.setCurrentWidget(self.login_page)
            self.login.show_error(
                self.tr(
                    "\u201c{0}\u201d is not logged in yet: click \u201cLog in to OC\u201d."
                ).format(session.profile.name)
            )

    def _open_failed(self, profile: Profile, error: Exception) -> None:
        self.pages.setCurrentWidget(self.login_page)
        if isinstance(error, MissingSecret):
            self._secret_for = profile.name
            self.login.ask_secret(profile.name)
        else:
            self.login.show_error(
                self.tr("Could not open profile \u201c{0}\u201d: {1}").format(profile.name, error)
            )

    def _store_secret(self, secret: str) -> None:
        name, secrets = self._secret_for, self.context.stores.secrets
        if name is None:
            return
        op = self.context.api.run(lambda: secrets.set(name, "client_secret", secret), owner=self)
        op.on_done(lambda _none: self.use_profile(name, then_login=True))
        op.on_error(lambda error: self.login.show_error(str(error))).start()

    def _on_session_changed(self, session: Session | None) -> None:
        if is_embedded(session):
            self.profiles.set_embedded(session)
        self.login.show_session(session)
        self.health.show_session(session)
        if session is not None and session.logged_in:
            self.reauth_banner.hide()
            self.drop_waiting_button.hide()
        self.audit.fill_profiles(self._profile_names())
        self.update_notices()

    def _profile_names(self) -> list[str]:
        names = [p.name for p in self.context.stores.profiles.list()]
        if self.profiles.embedded is not None:
            names.append(self.profiles.embedded.profile.name)
        return names

    def _on_saved(self, old_name: str, profile: Profile) -> None:
        """Rebuild the session when its profile changed; a first profile is put to use."""
        session = self.context.session
        if session is not None and not is_embedded(session):
            if session.profile.name in (old_name, profile.name):
                self.use_profile(profile.name)
        else:
            current = self.context.stores.profiles.current
            if session is None and current is not None and current.name == profile.name:
                self.use_profile(profile.name)
        self.audit.fill_profiles(self._profile_names())
        self.update_notices()

    def _on_deleted(self, name: str) -> None:
        session = self.context.session
        if session is not None and not is_embedded(session) and session.profile.name == name:
            self.context.set_session(None)
        self.audit.fill_profiles(self._profile_names())

    # --- notices -------------------------------------------------------------------------------

    def update_notices(self) -> None:
        """The no-keyring and plain-file notices (and a settings file that had to be set aside),
        or on a first start the welcome page alone: no login error, no keyring notice yet (the
        profile editor tells where a secret will be kept)."""
        first_run = self.is_first_run()
        self.first_run_area.setVisible(first_run)
        self.pages.setVisible(not first_run)
        if first_run:
            self.reauth_banner.hide()
            self.drop_waiting_button.hide()
        stores = self.context.stores
        session = self.context.session
        in_use = session.profile.name if session is not None and not is_embedded(session) else None
        in_file = in_use is not None and stores.secrets.where(in_use) is Kept.PLAIN_FILE
        lines = []
        if in_file:
            lines.append(
                self.tr(
                    "Warning: the client secret and login of \u201c{0}\u201d are kept unencrypted "
                    "in {1}, as chosen with --insecure-storage. Only your user account can read "
                    "that file, but anything running as you, and anyone with your backups, can "
                    "use them."
                ).format(in_use, stores.secrets.plain_file.path)
            )
        # The sandbox keeps its demo secrets in memory by design: the notice would only alarm.
        # Nor does it concern a profile kept in the plain file.
        elif not stores.secrets.persistent and not self.context.is_sandbox and not first_run:
            warning = stores.secrets.warning
            if warning is None or warning == NO_KEYRING_WARNING:
                warning = self.tr(
                    "This computer has no keyring (the system's safe place for passwords), so "
                    "ocdesk keeps your OC login only while it is open: you log in again after "
                    "each start."
                )
            lines.append(warning)
        calm = bool(lines) and not in_file and not stores.profiles.warning
        if stores.profiles.warning:
            lines.append(stores.profiles.warning)
        self.keyring_notice.setStyleSheet(INFO_STYLE if calm else NOTICE_STYLE)
        self.keyring_notice.setText("\n".join(lines))
        self.keyring_notice.setVisible(bool(lines))
