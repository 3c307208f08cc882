"""The Profiles page of the Account tab: the list of profiles and the editor beside it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.context import AppContext
from ocdesk.gui.tabs import restore_splitter
from ocdesk.gui.tabs.account.profile_editor import ERROR_STYLE, ProfileEditor
from ocdesk.session import SANDBOX_PROFILE, EphemeralSecrets, Session
from ocdesk.store.profiles import Profile, ProfileError, ProfileStore
from ocdesk.store.secrets import Kept, SecretStore

EMBEDDED = object()  # the list item of the running embedded sandbox (not a stored profile)
_ROLE = Qt.ItemDataRole.UserRole


def is_embedded(session: Session | None) -> bool:
    """True for the in-process sandbox's session: its secrets never touch the keyring."""
    return (
        session is not None
        and session.profile.name == SANDBOX_PROFILE
        and isinstance(session.secrets, EphemeralSecrets)
    )


def _same_connection(a: Profile, b: Profile) -> bool:
    return (a.base_url, a.client_id, a.environment) == (b.base_url, b.client_id, b.environment)


def store_profile(
    profiles: ProfileStore, secrets: SecretStore, old: Profile | None, new: Profile, secret: str
) -> Profile:
    """Save `new` (replacing `old`) with its secret; runs off the GUI thread (disk, keyring).

    Tokens belong to one host and client id: when those change, the old login is dropped.
    A rename carries the secrets and the "current" mark over to the new name.
    """
    same = old is not None and _same_connection(old, new)
    if old is not None and same:
        new = replace(new, refresh_issued_at=old.refresh_issued_at)
    profiles.save(new)
    if old is not None and old.name != new.name:
        if secrets.where(old.name) is Kept.PLAIN_FILE:
            secrets.keep_in_plain_file(new.name)  # the user's --insecure-storage choice stays
        kinds = ("client_secret", "refresh_token") if same else ("client_secret",)
        for kind in kinds:
            value = secrets.get(old.name, kind)
            if value:
                secrets.set(new.name, kind, value)
        was_current = profiles.current is not None and profiles.current.name == old.name
        profiles.remove(old.name)
        secrets.delete_all(old.name)
        if was_current:
            profiles.set_current(new.name)
    if secret:
        secrets.set(new.name, "client_secret", secret)
    if old is not None and not same:
        secrets.delete(new.name, "refresh_token")
    return new


def forget_profile(profiles: ProfileStore, secrets: SecretStore, name: str) -> None:
    """Remove a profile and every secret it had (off the GUI thread)."""
    profiles.remove(name)
    secrets.delete_all(name)


class ProfilesPage(QWidget):
    """Create, edit, delete and choose profiles; the embedded sandbox is listed read-only.

    `sig_use(name)` asks to switch to a stored profile (`EMBEDDED` for the sandbox);
    `sig_saved(old_name, profile)` and `sig_deleted(name)` let the tab rebuild or drop a session.
    """

    sig_use = Signal(object)
    sig_saved = Signal(str, object)
    sig_deleted = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.embedded: Session | None = None
        self.list = QListWidget(self)
        self.new_button = QPushButton(self.tr("New profile"), self)
        self.delete_button = QPushButton(self.tr("Delete\u2026"), self)
        self.use_button = QPushButton(self.tr("Use this profile"), self)
        self.editor = ProfileEditor(self)
        self.save_button = QPushButton(self.tr("Save profile"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._editing: Profile | None = None
        self._creating = False  # the editor holds a new, unsaved profile
        self._lay_out()
        self.list.currentItemChanged.connect(self._on_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.use_selected())
        self.new_button.clicked.connect(self.new_profile)
        self.delete_button.clicked.connect(self.delete_selected)
        self.use_button.clicked.connect(self.use_selected)
        self.save_button.clicked.connect(self.save)
        context.sig_session_changed.connect(lambda _session: self.refresh())
        self.refresh()

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Profiles</b>"), left))
        left_layout.addWidget(self.list, 1)
        for button in (self.use_button, self.new_button, self.delete_button):
            left_layout.addWidget(button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 600])
        restore_splitter(self.context.stores.profiles, splitter, "account.profiles")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- the list ----------------------------------------------------------------------------

    def set_embedded(self, session: Session | None) -> None:
        """Show the running embedded sandbox at the top of the list (or stop showing it)."""
        self.embedded = session
        self.refresh()

    def current_name(self) -> str | None:
        """The profile in use: the session's, else the one saved as current."""
        session = self.context.session
        if session is not None:
            return None if is_embedded(session) else session.profile.name
        current = self.context.stores.profiles.current
        return current.name if current else None

    def refresh(self) -> None:
        """Rebuild the list; the selection (and what the editor holds) stays as it was."""
        selected = self.selected_key()
        self.list.blockSignals(True)
        self.list.clear()
        embedded_in_use = is_embedded(self.context.session)
        if self.embedded is not None:
            label = self._in_use(self.tr("Sandbox (embedded)"), embedded_in_use)
            self._add_item(label, EMBEDDED, in_use=embedded_in_use, italic=True)
        in_use = self.current_name()
        for profile in sorted(self.context.stores.profiles.list(), key=lambda p: p.name.lower()):
            used = profile.name == in_use
            label = f"{profile.name}   ({profile.environment}, {profile.region})"
            self._add_item(self._in_use(label, used), profile.name, in_use=used)
        row = self._row_of(selected)
        if row is not None:
            self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        if row is None and not self._creating:
            self.select(EMBEDDED if embedded_in_use else in_use)

    def _in_use(self, label: str, in_use: bool) -> str:
        return self.tr("\u25cf {0}   (in use)").format(label) if in_use else label

    def _add_item(self, text: str, key: object, *, in_use: bool, italic: bool = False) -> None:
        item = QListWidgetItem(text, self.list)
        item.setData(_ROLE, key)
        font = QFont(item.font())
        font.setItalic(italic)
        font.setBold(in_use)
        item.setFont(font)

    def _row_of(self, key: object) -> int | None:
        if key is None:
            return None
        rows = range(self.list.count())
        return next((r for r in rows if self.list.item(r).data(_ROLE) == key), None)

    def select(self, key: object) -> None:
        """Select the item of a profile name (or EMBEDDED); the first one when it is absent."""
        row = self._row_of(key)
        if row is None and self.list.count():
            row = 0
        if row is None:
            self.new_profile()
        elif row == self.list.currentRow():
            self._on_selected(self.list.item(row))
        else:
            self.list.setCurrentRow(row)

    def selected_key(self) -> object | None:
        item = self.list.currentItem()
        return item.data(_ROLE) if item is not None else None

    def _on_selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        key = item.data(_ROLE) if item is not None else None
        self._creating = False
        self.message.clear()
        if key is EMBEDDED and self.embedded is not None:
            self._show(self.embedded.profile, read_only=True)
        elif isinstance(key, str) and (profile := self.context.stores.profiles.get(key)):
            self._show(profile, read_only=False)
        self.delete_button.setEnabled(isinstance(key, str))
        self.use_button.setEnabled(key is not None)

    def _show(self, profile: Profile, *, read_only: bool) -> None:
        self._editing = None if read_only else profile
        self.editor.set_profile(profile)
        self.editor.set_read_only(read_only)
        self.save_button.setEnabled(not read_only)
        if read_only:
            self.message.setText(
                self.tr("The embedded sandbox is set up by ocdesk; nothing to edit.")
            )
            return
        secrets = self.context.stores.secrets
        self.editor.set_secret_status(False, secrets.persistent, secrets.warning)
        self.context.api.run(
            lambda: secrets.get(profile.name, "client_secret") is not None, owner=self
        ).on_done(
            lambda stored: self.editor.set_secret_status(
                stored, secrets.persistent, secrets.warning
            )
        ).start()

    # --- actions -----------------------------------------------------------------------------

    def new_profile(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)  # no profile selected
        self.list.blockSignals(False)
        self._creating = True
        self._editing = None
        self.editor.set_profile(None)
        self.editor.set_read_only(False)
        secrets = self.context.stores.secrets
        self.editor.set_secret_status(False, secrets.persistent, secrets.warning)
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(False)
        self.use_button.setEnabled(False)
        self.message.setText(self.tr("Fill in the new profile and click Save profile."))
        self.editor.name_edit.setFocus()

    def save(self) -> None:
        """Validate, then store in the background; problems appear next to their fields."""
        self.message.setStyleSheet("")
        try:
            profile = self.editor.profile()
        except ProfileError as exc:
            self._say_problems(exc.problems)
            return
        problems = self._name_problems(profile.name)
        if problems:
            self.editor.show_problems(problems)
            self._say_problems(problems)
            return
        old, secret = self._editing, self.editor.secret()
        stores = self.context.stores
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving\u2026"))
        op = self.context.api.run(
            lambda: store_profile(stores.profiles, stores.secrets, old, profile, secret), owner=self
        )
        op.on_done(lambda saved: self._saved(old, saved)).on_error(self._failed)
        op.on_finally(lambda: self.save_button.setEnabled(True)).start()

    def _name_problems(self, name: str) -> list[str]:
        if name == SANDBOX_PROFILE:
            return [self.tr("The name \u201cSandbox\u201d is kept for the embedded sandbox.")]
        clash = self.context.stores.profiles.get(name)
        if clash is not None and (self._editing is None or self._editing.name != name):
            return [self.tr("A profile named \u201c{0}\u201d already exists.").format(name)]
        return []

    def _say_problems(self, problems: list[str]) -> None:
        general = self.editor.show_problems(problems)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(
            "\n".join(general) if general else self.tr("Correct the fields marked in red.")
        )

    def _saved(self, old: Profile | None, profile: Profile) -> None:
        self._editing = profile
        self._creating = False
        self.refresh()
        self.select(profile.name)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.sig_saved.emit(old.name if old else "", profile)

    def _failed(self, error: Exception) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("Could not save: {0}").format(error))

    def delete_selected(self) -> None:
        name = self.selected_key()
        if not isinstance(name, str):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete profile"),
            self.tr(
                "Delete the profile \u201c{0}\u201d? Its client secret and login are removed "
                "from the keyring too."
            ).format(name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        stores = self.context.stores
        op = self.context.api.run(
            lambda: forget_profile(stores.profiles, stores.secrets, name), owner=self
        )
        op.on_done(lambda _none: self._deleted(name)).on_error(self._failed).start()

    def _deleted(self, name: str) -> None:
        self.refresh()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Deleted \u201c{0}\u201d.").format(name))
        self.sig_deleted.emit(name)

    def use_selected(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.sig_use.emit(key)
