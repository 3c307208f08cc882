"""WebhookTab: the local receiver for OC's outbound callbacks, its settings, and the inbox it fills."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import lenient
from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import BusyBar
from ocdesk.gui.shared_database.live import LiveRefresh
from ocdesk.gui.tabs.webhook_inbox import ID, ORDER, InboxFeed, InboxPage, InboxView
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.words import count_text
from ocdesk.webhook import ReceiverSettings, WebhookInbox, WebhookReceiver, send_test_event
from ocdesk.webhook.inbox import InboxEntry
from ocdesk.webhook.receiver import is_loopback
from ocdesk.webhook.sandbox_link import link_sandbox

DEFAULT_PORT = 8787
WARNING_STYLE = "color: #b35c00; font-weight: bold;"
EXPLANATION_STYLE = (
    "QLabel { background: #eef4fb; border: 1px solid #b6cbe3; border-radius: 4px; padding: 8px; }"
)


class _EventRelay(QObject):
    """Carries the receiver's events (its own thread) to the GUI thread, queued by Qt."""

    sig_event = Signal(object)


class WebhookTab(QWidget):
    """Settings, Start/Stop, the inbox (live), test callback, and how to expose the port safely."""

    sig_receiver_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.inbox = WebhookInbox(context.stores.db)
        self.receiver: WebhookReceiver | None = None
        self.feed = InboxFeed(self.inbox, context.api, self)
        self.live = LiveRefresh(context, ("webhook_inbox",), self._changed_elsewhere, self)
        self._relay = _EventRelay(self)
        self._relay.sig_event.connect(self._on_event)
        self._loaded = False
        self._build_settings()
        self._build_advanced()
        self.start_button = QPushButton(self.tr("Start receiver"), self)
        self.status_label = QLabel(self.tr("Receiver stopped."), self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("Send a test callback"), self)
        self.link_button = QPushButton(self.tr("Have the sandbox send callbacks here"), self)
        self.link_button.setVisible(context.sandbox is not None)
        self.busy = BusyBar(self)
        self.error_panel = ErrorPanel(self)
        self.inbox_label = QLabel(self)
        self.table = InboxView(self)
        self.mark_button = QPushButton(self.tr("Mark handled"), self)
        self.open_button = QPushButton(self.tr("Open order"), self)
        self.refresh_button = QPushButton(self.tr("Refresh inbox"), self)
        self._lay_out()
        self._connect()
        self._update_buttons()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_receiver)

    # --- layout ------------------------------------------------------------------------------

    def _build_settings(self) -> None:
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setToolTip(self.tr("0 picks a free port"))
        self.host = QLineEdit("127.0.0.1", self)
        self.allow_remote = QCheckBox(self.tr("Accept connections from other computers"), self)
        self.remote_warning = QLabel(
            self.tr("Other computers on the network can then post to your inbox. Prefer "
                    "127.0.0.1 behind a reverse proxy or tunnel."), self)  # fmt: skip
        self.remote_warning.setStyleSheet(WARNING_STYLE)
        self.remote_warning.setWordWrap(True)
        self.remote_warning.hide()
        self.max_kb = QSpinBox(self)
        self.max_kb.setRange(1, 10 * 1024)
        self.max_kb.setValue(256)
        self.max_kb.setSuffix(" KB")
        self.check_signature = QCheckBox(self.tr("Check OC's signature"), self)
        self.check_signature.setChecked(True)
        self.check_signature.setToolTip(
            self.tr(
                "Callbacks must be signed with this profile's client id and secret, the "
                "keys OC signs with; others are refused."
            )  # fmt: skip
        )

    def _lay_out(self) -> None:
        settings = QGroupBox(self.tr("Receiver"), self)
        column = QVBoxLayout(settings)
        run = QHBoxLayout()
        run.addWidget(self.start_button)
        run.addWidget(self.test_button)
        run.addWidget(self.link_button)
        run.addStretch(1)
        column.addLayout(run)
        column.addWidget(self.status_label)
        column.addWidget(self.advanced_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.advanced)
        column.addStretch(1)
        explanation = QLabel(self._explanation(), self)
        explanation.setWordWrap(True)
        explanation.setStyleSheet(EXPLANATION_STYLE)
        top = QHBoxLayout()
        top.addWidget(settings, 1)
        top.addWidget(explanation, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.inbox_label, 1)
        for button in (self.mark_button, self.open_button, self.refresh_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_panel)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _build_advanced(self) -> None:
        """Ports, addresses and the proxy in front: for whoever sets the receiver up, folded away."""
        self.advanced_button = QToolButton(self)
        self.advanced_button.setText(self.tr("Advanced set-up"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAutoRaise(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced = QWidget(self)
        form = QFormLayout(self.advanced)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Listen on"), self.host)
        form.addRow("", self.allow_remote)
        form.addRow("", self.remote_warning)
        form.addRow(self.tr("Largest callback"), self.max_kb)
        form.addRow("", self.check_signature)
        set_up = QLabel(self._set_up_text(), self.advanced)
        set_up.setWordWrap(True)
        set_up.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(set_up)
        self.advanced.hide()
        self.advanced_button.toggled.connect(self._show_advanced)

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.advanced_button.setArrowType(arrow)

    def _explanation(self) -> str:
        return self.tr(
            "<b>Order status callbacks</b><br>OrangeConnex can tell this computer each time an "
            "outbound order changes status (picked, packed, shipped…), with its tracking "
            "numbers and fees. Each message is checked, kept here, then confirmed to OC."
            "<br><br><b>Nothing is lost without them</b>: ocdesk also asks OC for your orders "
            "(Outbound tab); callbacks only make news arrive sooner. Receiving them from OC "
            "needs a one-time set-up by your IT (Advanced set-up)."
        )

    def _set_up_text(self) -> str:
        return self.tr(
            "To receive callbacks from OC, keep the receiver on 127.0.0.1 with the signature "
            "check on, and put a reverse proxy (such as nginx) or a tunnel in front: it "
            "terminates HTTPS and forwards only the path /oc/webhook/outbound to "
            "127.0.0.1:PORT. Give OC that public HTTPS address."
        )

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.toggle_receiver)
        self.test_button.clicked.connect(self.send_test)
        self.link_button.clicked.connect(self.link_sandbox)
        # `ocdesk --sandbox` starts the sandbox after the window is built: look again then.
        self.context.sig_session_changed.connect(self._show_link_button)
        self.allow_remote.toggled.connect(self.remote_warning.setVisible)
        self.mark_button.clicked.connect(self.mark_handled)
        self.open_button.clicked.connect(self.open_order)
        self.refresh_button.clicked.connect(self.refresh)
        self.feed.sig_page.connect(self._show)
        self.feed.sig_error.connect(self.error_panel.show_error)
        self.table.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.sig_row_activated.connect(lambda _: self.open_order())

    # --- the receiver ------------------------------------------------------------------------

    def settings(self) -> ReceiverSettings | None:
        """The settings as typed; None (with the reason shown) when they may not be used."""
        host = self.host.text().strip() or "127.0.0.1"
        if not is_loopback(host) and not self.allow_remote.isChecked():
            self._status(self.tr("Listening on {host} would let other computers reach the "
                                 "receiver: tick “Accept connections from other computers” "
                                 "first, or keep 127.0.0.1.").format(host=host), error=True)  # fmt: skip
            return None
        client_key = secret_key = None
        session = self.context.session
        if self.check_signature.isChecked():
            if session is None:
                self._status(self.tr("Log in first: the signature check uses the profile's "
                                     "keys."), error=True)  # fmt: skip
                return None
            client_key = session.profile.client_id
            secret_key = session.secrets.get(session.profile.name, "client_secret")
        return ReceiverSettings(
            host=host, port=self.port.value(), max_body_bytes=self.max_kb.value() * 1024,
            allow_remote=self.allow_remote.isChecked(), client_key=client_key,
            secret_key=secret_key,
        )  # fmt: skip

    def toggle_receiver(self) -> None:
        if self.receiver is not None:
            self.stop_receiver()
        else:
            self.start_receiver()

    def start_receiver(self) -> None:
        settings = self.settings()
        if settings is None:
            return
        receiver = WebhookReceiver(settings, self.inbox, self._relay.sig_event.emit)
        op = self.context.api.run(receiver.start, owner=self)
        op.on_done(self._started).on_error(lambda error: self._status(str(error), error=True))
        self.busy.track(op, self.tr("Starting the receiver…"))
        op.start()

    def _started(self, receiver: WebhookReceiver) -> None:
        self.receiver = receiver
        self._status(self.tr("Listening on {url}").format(url=receiver.url))
        self._update_buttons()
        self.sig_receiver_changed.emit(True)

    def stop_receiver(self) -> None:
        receiver, self.receiver = self.receiver, None
        if receiver is None:
            return
        receiver.stop()
        self._status(self.tr("Receiver stopped."))
        self._update_buttons()
        self.sig_receiver_changed.emit(False)

    def send_test(self) -> None:
        """Post a sample callback, signed like OC's, to the running receiver."""
        receiver = self.receiver
        if receiver is None:
            return
        settings = receiver.settings
        op = self.context.api.run(
            lambda: send_test_event(
                receiver.url, client_key=settings.client_key, secret_key=settings.secret_key
            ),
            owner=self,
        )
        op.on_done(self._test_answered).on_error(self.error_panel.show_error)
        self.busy.track(op, self.tr("Sending a test callback…"))
        op.start()

    def _test_answered(self, answer: tuple[int, Any]) -> None:
        status, reply = answer
        message = lenient.get(reply, "message") if isinstance(reply, dict) else reply
        ok = status == 200 and isinstance(reply, dict) and reply.get("code") == 0
        text = self.tr("Test callback accepted: it is in the inbox.") if ok else self.tr(
            "The receiver refused the test callback (HTTP {status}): {message}"
        ).format(status=status, message=message)  # fmt: skip
        listening = (
            self.tr("Listening on {url}").format(url=self.receiver.url) if self.receiver else ""
        )
        self._status(f"{listening}\n{text}".strip(), error=not ok)
        self.refresh()

    def _show_link_button(self) -> None:
        self.link_button.setVisible(self.context.sandbox is not None)

    def link_sandbox(self) -> None:
        """Make the embedded sandbox post its status changes to this receiver."""
        sandbox, receiver = self.context.sandbox, self.receiver
        if sandbox is None or receiver is None:
            self._status(self.tr("Start the receiver first."), error=True)
            return
        base_url, url = sandbox.base_url, receiver.url
        op = self.context.api.run(lambda: link_sandbox(base_url, url), owner=self)
        op.on_done(lambda _: self._status(self.tr(
            "Listening on {url}. The sandbox now sends its outbound status changes here."
        ).format(url=url)))  # fmt: skip
        op.on_error(self.error_panel.show_error)
        self.busy.track(op, self.tr("Linking the sandbox…"))
        op.start()

    def _status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #c62828;" if error else "")

    # --- the inbox ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The inbox is read when the tab is first seen, not while the window is being built."""
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Reload the newest callbacks from the local database (off the GUI thread)."""
        self._loaded = True
        self.feed.reload()

    def _changed_elsewhere(self) -> None:
        """Another desk (or `ocdesk serve`) stored or handled callbacks: the rows shown again."""
        if self._loaded:
            self.feed.reload()

    def _on_event(self, _entry: InboxEntry) -> None:
        """One callback stored: the table takes it with the others of its batch."""
        self.feed.news()

    def _show(self, page: InboxPage) -> None:
        self.table.show_page(page)
        self.inbox_label.setText(self._counts_text(page, self.table.model.rowCount()))
        self._update_buttons()

    def _counts_text(self, page: InboxPage, shown: int) -> str:
        if not page.total:
            return self.tr("<b>Callbacks received</b>: none yet")
        text = self.tr("<b>Callbacks received</b>: {n}, {open} not handled yet").format(
            n=count_text(page.total), open=count_text(page.unhandled)
        )
        if page.total > shown:
            text += " " + self.tr(
                "(the table lists {shown} of them, unhandled first, newest first; the other "
                "{rest} stay in the inbox)"
            ).format(shown=count_text(shown), rest=count_text(page.total - shown))
        return text

    def _update_buttons(self) -> None:
        running = self.receiver is not None
        self.start_button.setText(
            self.tr("Stop receiver") if running else self.tr("Start receiver")
        )
        self.test_button.setEnabled(running)
        self.link_button.setEnabled(running)
        for widget in (self.port, self.host, self.allow_remote, self.max_kb, self.check_signature):
            widget.setEnabled(not running)
        selected = self.table.selected_rows()
        self.mark_button.setEnabled(bool(selected))
        self.open_button.setEnabled(len(selected) == 1)

    def mark_handled(self) -> None:
        ids = [row[ID] for row in self.table.selected_rows()]
        inbox = self.inbox
        op = self.context.api.run(lambda: inbox.mark_handled(ids), owner=self)
        op.on_done(lambda _: self.refresh()).on_error(self.error_panel.show_error).start()

    def open_order(self) -> None:
        """The order of the selected callback, in the window's lookup card."""
        selected = self.table.selected_rows()
        if len(selected) == 1:
            self.context.look_up(selected[0][ORDER])
