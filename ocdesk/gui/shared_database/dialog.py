"""The "Shared database…" preference: where this desk keeps its records from its next start.

The address goes to the preference `store.database_url`, the password to the system keyring
(never to settings.json). A desk set up through OCDESK_DATABASE_URL shows that address and
that the environment decides; nothing can be changed here then.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import LatestOnly
from ocdesk.store.location import (
    DATABASE_URL_ENV,
    DATABASE_URL_PREF,
    PASSWORD_KIND,
    check_url,
)
from ocdesk.store.sql import DatabaseError

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #166534;"


class SharedDatabaseDialog(QDialog):
    """Address, password, Test connection, Save, and the way back to this desk's own file."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shared-database-dialog")
        self.setWindowTitle(self.tr("Shared database"))
        self._context = context
        self._testing = LatestOnly()
        profiles = context.stores.profiles
        self.from_environment = os.environ.get(DATABASE_URL_ENV, "").strip()
        saved = str(profiles.get_pref(DATABASE_URL_PREF, "") or "")
        intro = QLabel(self.tr(
            "Several desks can share one print history, print queue, audit log and callback "
            "inbox in a PostgreSQL database, so a label printed at one desk is not printed "
            "again at another. Ask whoever looks after the warehouse's server for its address."
        ), self)  # fmt: skip
        intro.setWordWrap(True)
        self.address = QLineEdit(self.from_environment or saved, self)
        self.address.setPlaceholderText("postgresql://desk@db-server/warehouse")
        self.address_problem = QLabel(self)
        self.address_problem.setStyleSheet(ERROR_STYLE)
        self.address_problem.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("Kept in the system keyring; leave empty to keep the saved one")
        )
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.own_button = QPushButton(self.tr("Use this desk's own records"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self._lay_out(intro)
        self.address.textChanged.connect(self._address_changed)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        self.own_button.clicked.connect(self.use_own_records)
        self.close_button.clicked.connect(self.reject)
        self._address_changed()
        self._say_what_is_used()

    def _lay_out(self, intro: QLabel) -> None:
        form = QFormLayout()
        address = QVBoxLayout()
        address.addWidget(self.address)
        address.addWidget(self.address_problem)
        form.addRow(self.tr("Address"), address)
        form.addRow(self.tr("Password"), self.password)
        test = QHBoxLayout()
        test.addWidget(self.test_button)
        test.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.own_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addLayout(test)
        layout.addWidget(self.answer)  # below, full width: a refusal can take several lines
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(640, 360)

    def _say_what_is_used(self) -> None:
        """What this desk uses now, and whether the environment decides."""
        db = self._context.stores.db
        if self.from_environment:
            words = self.tr(
                "This PC's environment decides ({env} is set): this desk uses the address below. "
                "Change it where {env} is set, then start ocdesk again."
            ).format(env=DATABASE_URL_ENV)
            for widget in (self.address, self.password, self.save_button, self.own_button):
                widget.setEnabled(False)
        elif db.kind == "postgresql":
            words = self.tr("This desk uses the shared database {address}.").format(
                address=db.location)
        else:
            words = self.tr("This desk keeps its records in its own file on this PC.")
        self.state.setText(words)

    # --- the address -------------------------------------------------------------------------

    def _url(self) -> str:
        return self.address.text().strip()

    def _address_changed(self) -> None:
        """Said next to the field as it is typed; an empty field is no mistake yet."""
        url = self._url()
        problem = check_url(url) if url else None
        self.address_problem.setText(problem or "")
        self.address_problem.setVisible(bool(problem))
        self.answer.clear()
        ready = bool(url) and problem is None
        self.test_button.setEnabled(ready)
        self.save_button.setEnabled(ready and not self.from_environment)

    def _saved_password(self, url: str) -> str | None:
        """Worker thread: the keyring's password for this address, if one was saved."""
        from ocdesk.store.postgres import shown_location

        return self._context.stores.secrets.get(shown_location(url), PASSWORD_KIND)

    # --- test, save ------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Connect once on a worker, writing nothing, and say how it went."""
        url = self._url()
        if check_url(url) is not None:
            return
        typed = self.password.text() or None

        def attempt() -> str:
            from ocdesk.store.postgres import shown_location, try_connection

            try_connection(url, typed or self._saved_password(url))
            return shown_location(url)

        self.answer.setStyleSheet("")
        self.answer.setText(self.tr("Connecting…"))
        op = self._context.api.run(attempt, owner=self)
        self._testing.start(op.on_done(self._connected).on_error(self._not_connected))

    def _connected(self, where: str) -> None:
        self._said(self.tr("Connected to {address}.").format(address=where), OK_STYLE)

    def _not_connected(self, error: Exception) -> None:
        words = str(error) if isinstance(error, DatabaseError) else self.tr(
            "Could not connect: {error}").format(error=error)  # fmt: skip
        self._said(words, ERROR_STYLE)

    def save(self) -> None:
        """The address as the preference, a typed password in the keyring; used from the next
        start (the open records stay where they are until then)."""
        url = self._url()
        problem = check_url(url)
        if problem is not None or self.from_environment:
            return
        from ocdesk.store.postgres import shown_location

        stores, password, where = self._context.stores, self.password.text(), shown_location(url)
        self.password.clear()

        def keep() -> None:
            """Worker thread: the password to the keyring first, then the address."""
            if password:
                stores.secrets.set(where, PASSWORD_KIND, password)
            stores.profiles.set_pref(DATABASE_URL_PREF, url)

        saved = self.tr("Saved. This desk uses the shared database {address} from its next "
                        "start: close ocdesk and open it again.").format(address=where)  # fmt: skip
        op = self._context.api.run(keep, owner=self)
        op.on_done(lambda _: self._said(saved, OK_STYLE)).on_error(self._not_saved).start()

    def use_own_records(self) -> None:
        """Back to the SQLite file on this PC, from the next start."""
        self._context.stores.profiles.set_pref(DATABASE_URL_PREF, "")
        self.address.clear()
        self._said(self.tr("Saved. This desk keeps its records in its own file again from its "
                           "next start: close ocdesk and open it again."), OK_STYLE)  # fmt: skip

    def _not_saved(self, error: Exception) -> None:
        self._said(self.tr("Not saved: {error}").format(error=error), ERROR_STYLE)

    def _said(self, words: str, style: str) -> None:
        self.answer.setStyleSheet(style)
        self.answer.setText(words)
