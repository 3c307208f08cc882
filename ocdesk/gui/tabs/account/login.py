"""The login box of the Account tab: browser login with a pasted address or a loopback capture."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.errors import OAuthError, OcError, TransportError
from ocdesk.api.loopback import (
    LoopbackCatcher,
    LoopbackClosed,
    LoopbackError,
    LoopbackTimeout,
    PortInUse,
    is_loopback_uri,
)
from ocdesk.api.oauth import CodeNotFound, StateMismatch
from ocdesk.api.redact import redact
from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import BusyBar
from ocdesk.gui.tabs.account.profile_editor import ERROR_STYLE
from ocdesk.gui.tabs.account.profiles import is_embedded
from ocdesk.session import Session

LOOPBACK_WAIT_S = 600.0  # long enough to type a password and solve a captcha on OC's page
OK_STYLE = "color: #1b5e20;"
STEPS_STYLE = "QFrame#loginSteps { border: 1px solid palette(mid); border-radius: 6px; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoginPanel", text)


def login_error_text(error: Exception) -> str:
    """What went wrong with a login, in words a desk user can act on."""
    again = _tr("click \u201cLog in to OC\u201d again")
    if isinstance(error, StateMismatch):
        return _tr("This address belongs to an older login attempt; {0}.").format(again)
    if isinstance(error, CodeNotFound):
        return _tr(
            "No login code found in what you pasted. After logging in on OC's page, copy the "
            "whole address from the browser's address bar and paste it here."
        )
    if isinstance(error, OAuthError):
        why = ""
        if str(error.code) == "invalid_grant":
            why = _tr(" The code has expired or was already used.")
        return _tr("OC refused the login: {0}: {1}.{2} Then {3}.").format(
            error.code or "error", error.message, why, again
        )
    if isinstance(error, PortInUse):
        return _tr(
            "ocdesk cannot catch the login itself: port {0} is used by another program. "
            "Paste the address from the browser instead."
        ).format(error.port)
    if isinstance(error, LoopbackTimeout):
        return _tr("The browser did not come back to ocdesk in time; {0}.").format(again)
    if isinstance(error, TransportError):
        return _tr("Could not reach OC: {0}. {1}").format(error.message, error.hint)
    if isinstance(error, OcError):
        return f"{error} {error.hint}".strip()
    return redact(str(error))  # not ocdesk's own text: it may quote anything


class LoginPanel(QWidget):
    """Log in to the current profile, or out of it.

    The flow (docs/OC-API.md): open OC's authorize page in the browser, then take the redirected
    address pasted by the user, or caught on a loopback redirect URI. `sig_login_requested` asks
    the tab for a session first (it may have to ask for the client secret, via `ask_secret`).
    """

    sig_login_requested = Signal()
    sig_secret_entered = Signal(str)
    sig_logged_in = Signal(object)  # Session

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: Session | None = None
        self._catcher: LoopbackCatcher | None = None
        self._authorize_url = ""
        self.profile_label = QLabel(self)
        self.state_label = QLabel(self)
        self.login_button = QPushButton(self.tr("Log in to OC\u2026"), self)
        self.logout_button = QPushButton(self.tr("Log out\u2026"), self)
        font = self.login_button.font()
        font.setBold(True)
        self.login_button.setFont(font)
        self.login_button.setMinimumHeight(32)
        self.secret_frame, self.secret_edit = self._make_secret_frame()
        self.steps = self._make_steps()
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.busy = BusyBar(self)
        self._lay_out()
        self.login_button.clicked.connect(self.sig_login_requested)
        self.logout_button.clicked.connect(self.logout)
        self.show_session(None)

    def _make_secret_frame(self) -> tuple[QFrame, QLineEdit]:
        frame = QFrame(self)
        frame.setObjectName("loginSteps")  # the same box as the steps: it is one of them
        frame.setStyleSheet(STEPS_STYLE)
        edit = QLineEdit(frame)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        button = QPushButton(self.tr("Save secret and log in"), frame)
        self.secret_prompt = QLabel(frame)
        self.secret_prompt.setWordWrap(True)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.secret_prompt)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        layout.addLayout(row)
        button.clicked.connect(self._secret_entered)
        edit.returnPressed.connect(self._secret_entered)
        frame.hide()
        return frame, edit

    def _make_steps(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("loginSteps")
        frame.setStyleSheet(STEPS_STYLE)
        self.reopen_button = QPushButton(self.tr("Open it again"), frame)
        self.copy_button = QPushButton(self.tr("Copy its address"), frame)
        self.paste_edit = QLineEdit(frame)
        self.paste_edit.setPlaceholderText(
            self.tr("https://www.google.com/?act=getAuthorizationCode&code=\u2026")
        )
        self.paste_edit.setClearButtonEnabled(True)
        self.complete_button = QPushButton(self.tr("Complete login"), frame)
        self.complete_button.setDefault(True)
        self.loopback_label = QLabel(frame)
        self.loopback_label.setWordWrap(True)
        grid = QGridLayout(frame)
        texts = (
            self.tr(
                "Log in with your OC seller account on OC's page, which just opened in your "
                "browser."
            ),
            self.tr(
                "OC then sends the browser to another page (it may fail to load: that is fine). "
                "Copy the <b>whole address</b> from the browser's address bar."
            ),
            self.tr("Paste it here (just the code works too) and click Complete login:"),
        )
        browser = QHBoxLayout()
        browser.addWidget(self.reopen_button)
        browser.addWidget(self.copy_button)
        browser.addStretch(1)
        paste = QHBoxLayout()
        paste.addWidget(self.paste_edit, 1)
        paste.addWidget(self.complete_button)
        # Each step's text, with what to act on right under it.
        for step, (text, actions) in enumerate(zip(texts, (browser, None, paste), strict=True)):
            row = grid.rowCount()
            label = QLabel(text, frame)
            label.setWordWrap(True)
            grid.addWidget(QLabel(f"<b>{step + 1}</b>", frame), row, 0)
            grid.addWidget(label, row, 1)
            if actions is not None:
                grid.addLayout(actions, row + 1, 1)
        grid.addWidget(self.loopback_label, grid.rowCount(), 1)
        grid.setColumnStretch(1, 1)
        self.reopen_button.clicked.connect(self._open_browser)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self._authorize_url)
        )
        self.complete_button.clicked.connect(self.complete_from_paste)
        self.paste_edit.returnPressed.connect(self.complete_from_paste)
        frame.hide()
        return frame

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.profile_label, 1)
        head.addWidget(self.state_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.secret_frame)
        layout.addWidget(self.steps)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)

    # --- state -------------------------------------------------------------------------------

    @property
    def in_progress(self) -> bool:
        """A login was started and is waiting for the user (or for OC)."""
        return self.steps.isVisible() or self.busy.isVisible() or self.secret_frame.isVisible()

    def show_session(self, session: Session | None) -> None:
        """Describe the profile in use and whether it is logged in."""
        self.session = session
        if session is None:
            self.profile_label.setText(
                self.tr("No profile in use: choose one on the Profiles page.")
            )
        else:
            p = session.profile
            self.profile_label.setText(
                self.tr("<b>{0}</b> \u00b7 {1} \u00b7 {2}").format(
                    p.name, p.environment, p.base_url
                )
            )
        logged_in = session is not None and session.logged_in
        self.state_label.setText(self.tr("Logged in") if logged_in else self.tr("Not logged in"))
        self.state_label.setStyleSheet(
            OK_STYLE if logged_in else "color: palette(placeholder-text);"
        )
        self.logout_button.setEnabled(logged_in)

    def show_error(self, text: str) -> None:
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _show_success(self, text: str) -> None:
        self.error_label.setStyleSheet(OK_STYLE)
        self.error_label.setText(text)
        self.error_label.show()

    # --- asking for the client secret ----------------------------------------------------------

    def ask_secret(self, profile_name: str) -> None:
        """Ask inline (no modal dialog) for a profile's missing client secret."""
        self.secret_prompt.setText(
            self.tr(
                "No client secret is stored for \u201c{0}\u201d. Enter the SecretKey OC issued "
                "with its client id to log in:"
            ).format(profile_name)
        )
        self.secret_frame.show()
        self.secret_edit.setFocus()

    def _secret_entered(self) -> None:
        secret = self.secret_edit.text()
        if not secret:
            return
        self.secret_edit.clear()
        self.secret_frame.hide()
        self.sig_secret_entered.emit(secret)

    # --- the flow ----------------------------------------------------------------------------

    def begin(self, session: Session) -> None:
        """Start a login for `session`: at once for the embedded sandbox, else in the browser."""
        self.show_session(session)
        self.show_error("")
        self._close_catcher()
        if is_embedded(session):
            self._run_login(
                session, session.login_without_browser, self.tr("Logging in to the sandbox\u2026")
            )
            return
        self._authorize_url = session.begin_login()
        self.paste_edit.clear()
        self.steps.show()
        self._open_browser()
        self.paste_edit.setFocus()
        self._start_catcher(session)

    def complete_from_paste(self) -> None:
        text = self.paste_edit.text().strip()
        # The address holds the authorization code: it leaves the screen as soon as it is used.
        self.paste_edit.clear()
        if self.session is None:
            self.show_error(self.tr("Choose a profile and click \u201cLog in to OC\u201d first."))
        elif not text:
            self.show_error(self.tr("Paste the address from the browser first."))
        else:
            self.complete(self.session, text)

    def complete(self, session: Session, pasted: str) -> None:
        """Exchange the pasted (or caught) address for tokens, in the background."""
        self._run_login(
            session, lambda: session.complete_login(pasted), self.tr("Logging in\u2026")
        )

    def _run_login(self, session: Session, login: Callable[[], object], message: str) -> None:
        self.show_error("")
        self.complete_button.setEnabled(False)
        op = self.context.api.run(login, owner=self)
        op.on_done(lambda _tokens: self._logged_in(session))
        op.on_error(lambda error: self.show_error(login_error_text(error)))
        op.on_finally(lambda: self.complete_button.setEnabled(True))
        self.busy.track(op.start(), message)

    def _logged_in(self, session: Session) -> None:
        self._close_catcher()
        self.steps.hide()
        self.paste_edit.clear()
        self._show_success(
            self.tr("Logged in to OC as profile \u201c{0}\u201d.").format(session.profile.name)
        )
        self.context.set_session(session)
        self.sig_logged_in.emit(session)

    def _open_browser(self) -> None:
        url = QUrl.fromEncoded(self._authorize_url.encode("ascii"))
        if self._authorize_url and not QDesktopServices.openUrl(url):
            self.show_error(
                self.tr(
                    "ocdesk could not open a browser: click \u201cCopy its address\u201d and "
                    "paste it into your browser's address bar."
                )
            )

    # --- loopback capture ----------------------------------------------------------------------

    def _start_catcher(self, session: Session) -> None:
        redirect, state = session.profile.redirect_uri, session.pending_state
        if state is None or not is_loopback_uri(redirect):
            self.loopback_label.hide()
            return
        catcher = LoopbackCatcher(redirect, state)
        try:
            catcher.start()
        except LoopbackError as exc:
            self.loopback_label.hide()
            self.show_error(login_error_text(exc))
            return
        self._catcher = catcher
        # A waiting catcher holds a pool thread: free it when the panel or the app goes away.
        self.destroyed.connect(catcher.close)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(catcher.close)
        self.loopback_label.setText(
            self.tr(
                "Waiting for the browser to come back to ocdesk at {0}\u2026 (pasting works too)"
            ).format(redirect)
        )
        self.loopback_label.show()
        op = self.context.api.run(lambda: catcher.wait(LOOPBACK_WAIT_S), owner=self)
        op.on_done(lambda url: self._caught(catcher, session, url))
        op.on_error(lambda error: self._catch_failed(catcher, error)).start()

    def _caught(self, catcher: LoopbackCatcher, session: Session, url: str) -> None:
        if catcher is self._catcher:
            self.loopback_label.setText(self.tr("The browser came back; finishing the login\u2026"))
            self.complete(session, url)

    def _catch_failed(self, catcher: LoopbackCatcher, error: Exception) -> None:
        if catcher is self._catcher and not isinstance(error, LoopbackClosed):
            self._close_catcher()
            self.loopback_label.hide()
            self.show_error(login_error_text(error))

    def _close_catcher(self) -> None:
        catcher, self._catcher = self._catcher, None
        if catcher is not None:
            catcher.close()

    # --- log out -----------------------------------------------------------------------------

    def logout(self) -> None:
        session = self.session
        if session is None or not session.logged_in:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Log out"),
            self.tr(
                "Log out of \u201c{0}\u201d? The login is removed from this computer; you will "
                "have to log in on OC's page again."
            ).format(session.profile.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        op = self.context.api.run(session.logout, owner=self)
        op.on_done(lambda _none: self._logged_out(session))
        op.on_error(lambda error: self.show_error(str(error))).start()

    def _logged_out(self, session: Session) -> None:
        self.context.set_session(session)
        self._show_success(self.tr("Logged out; the login was removed from the keyring."))
