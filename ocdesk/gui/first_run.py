"""The first start without a profile: try the demo sandbox, or add an OC account, in words."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.sandbox_process import SandboxProcess
from ocdesk.session import Session, sandbox_session

TITLE_STYLE = "font-size: 16pt; font-weight: bold;"
FAILED_STYLE = "color: #b3261e;"


class FirstRunPage(QWidget):
    """What a new desk sees instead of an empty profile list and a login error.

    `sig_try_sandbox` and `sig_add_account` say which way the user chose; the Account tab
    does the rest.
    """

    sig_try_sandbox = Signal()
    sig_add_account = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to ocdesk"), self)
        title.setStyleSheet(TITLE_STYLE)
        intro = self._text(self.tr(
            "ocdesk is not connected to OrangeConnex yet. Choose one of these to start."))  # fmt: skip
        self.sandbox_button = QPushButton(self.tr("Try the sandbox (demo data)"), self)
        self.sandbox_button.clicked.connect(self.sig_try_sandbox)
        self.account_button = QPushButton(self.tr("Add your OC account"), self)
        self.account_button.clicked.connect(self.sig_add_account)
        self.status = self._text("")
        sandbox = self._choice(self.tr("Look around first"), self.sandbox_button, self.tr(
            "Opens a demo warehouse on this computer, with orders, returns, stock and labels "
            "to find and print. Nothing you do there reaches OrangeConnex; an orange band at "
            "the top says so all the time."))  # fmt: skip
        account = self._choice(self.tr("Work with your own orders"), self.account_button, self.tr(
            "1. Ask your OrangeConnex contact for the client id and client secret of your "
            "account's API app.<br>"
            "2. Click the button: a form opens. Give the profile a name, choose the region, "
            "paste the client id and the secret, and click Save profile.<br>"
            "3. On the Login page click Log in to OC. Your browser opens OrangeConnex's login; "
            "log in and allow ocdesk.<br>"
            "4. Back here, the tabs fill with your orders."))  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(sandbox)
        layout.addWidget(account)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _text(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _choice(self, title: str, button: QPushButton, text: str) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(self._text(text))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def show_starting(self) -> None:
        self.sandbox_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Starting the sandbox…"))

    def show_failed(self, message: str) -> None:
        self.sandbox_button.setEnabled(True)
        self.status.setStyleSheet(FAILED_STYLE)
        self.status.setText(
            self.tr("The sandbox did not start: {0}. Try again, or start ocdesk --sandbox.")
            .format(message))  # fmt: skip


def start_demo(context: AppContext, page: FirstRunPage) -> None:
    """Start the embedded sandbox as `ocdesk --sandbox` does and put its session in use; it
    stops with the console (`context.sandbox`)."""
    page.show_starting()
    child = SandboxProcess(context)  # started at once; it says when it listens

    def connect(url: str) -> None:
        context.sandbox = child

        def build() -> Session:
            return sandbox_session(url, on_exchange=context.sig_exchange.emit)

        op = context.api.run(build, owner=page)
        op.on_done(context.set_session)
        op.on_error(lambda error: page.show_failed(str(error))).start()

    child.on_ready(connect).on_failed(page.show_failed)
