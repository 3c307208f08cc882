"""The form for one connection profile: host, client id, secret, redirect URI, signature mode."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ocdesk.store.profiles import (
    CUSTOM_REGION,
    DEFAULT_REDIRECT_URI,
    ENVIRONMENTS,
    HOSTS,
    Profile,
    ProfileError,
    regions,
)
from ocdesk.store.secrets import NO_KEYRING_WARNING

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: palette(placeholder-text);"
# Which field a ProfileError problem is about, by the words it starts with (store/profiles.py).
_PROBLEM_FIELDS = (
    ("Profile name", "name"),
    ("A profile named", "name"),
    ("The name", "name"),
    ("Environment", "environment"),
    ("Region", "region"),
    ("OC has no", "region"),
    ("Base URL", "base_url"),
    ("Client id", "client_id"),
    ("Redirect URI", "redirect_uri"),
    ("Signature mode", "signature_mode"),
)


def field_for_problem(problem: str) -> str | None:
    """The editor field a problem text belongs to, or None for a general one."""
    return next((name for prefix, name in _PROBLEM_FIELDS if problem.startswith(prefix)), None)


class _Row(QWidget):
    """An input with an error line under it (hidden until there is an error) and a note."""

    def __init__(self, editor: QWidget, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setVisible(bool(note))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        layout.addWidget(self.note)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class ProfileEditor(QWidget):
    """Edits a Profile; `profile()` builds one or raises ProfileError, shown next to the fields.

    The client secret is typed here but never part of the Profile: the caller stores it in the
    keyring. Leaving it empty on an existing profile keeps the stored one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.environment_box = QComboBox(self)
        for env in ENVIRONMENTS:
            self.environment_box.addItem(self._environment_text(env), env)
        self.region_box = QComboBox(self)
        self.base_url_edit = QLineEdit(self)
        self.base_url_edit.setPlaceholderText("https://openapi.example.com")
        self.client_id_edit = QLineEdit(self)
        self.client_id_edit.setPlaceholderText(self.tr("the ClientKey OC gave you (UUID form)"))
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.redirect_edit = QLineEdit(self)
        self.signature_box = QComboBox(self)
        self.signature_box.addItem(self.tr("Path only (default)"), "path")
        self.signature_box.addItem(self.tr("Path and body"), "body")
        self.rows = self._make_rows()
        self._lay_out()
        self.environment_box.currentIndexChanged.connect(self._fill_regions)
        self.region_box.currentIndexChanged.connect(self._show_base_url)
        self.set_profile(None)

    def _make_rows(self) -> dict[str, _Row]:
        return {
            "name": _Row(self.name_edit),
            "environment": _Row(self.environment_box),
            "region": _Row(self.region_box),
            "base_url": _Row(
                self.base_url_edit, self.tr("Only for a custom host, e.g. a sandbox you run.")
            ),
            "client_id": _Row(self.client_id_edit),
            "secret": _Row(self.secret_edit),
            "redirect_uri": _Row(
                self.redirect_edit,
                self.tr(
                    "OC refuses intranet and IP addresses here, so keep a public page such as "
                    "https://www.google.com and paste the address after logging in. Only if OC "
                    "accepts it for your account, http://127.0.0.1:PORT/ lets ocdesk catch the "
                    "login by itself."
                ),
            ),
            "signature_mode": _Row(
                self.signature_box,
                self.tr(
                    "How each request is signed. Keep \u201cpath only\u201d unless OC answers "
                    "\u201cAuthentication Fail: vAuthorization\u201d; then try the other."
                ),
            ),
        }

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "name": self.tr("Profile name"),
            "environment": self.tr("Environment"),
            "region": self.tr("Region (host)"),
            "base_url": self.tr("Base URL"),
            "client_id": self.tr("Client id"),
            "secret": self.tr("Client secret"),
            "redirect_uri": self.tr("Redirect URI"),
            "signature_mode": self.tr("Signature"),
        }
        for key, row in self.rows.items():
            form.addRow(labels[key], row)
        self._form = form

    def _environment_text(self, env: str) -> str:
        return self.tr("Sandbox (OC test system)") if env == "sandbox" else self.tr("Production")

    # --- filling and reading -----------------------------------------------------------------

    def set_profile(self, profile: Profile | None) -> None:
        """Show `profile`, or a blank new one with OC's defaults."""
        self.clear_problems()
        self.name_edit.setText(profile.name if profile else "")
        env = profile.environment if profile else "sandbox"
        self.environment_box.setCurrentIndex(max(0, self.environment_box.findData(env)))
        self._fill_regions()
        region = profile.region if profile else (regions(env) or [CUSTOM_REGION])[0]
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(region)))
        self.base_url_edit.setText(profile.base_url if profile else "")
        self.client_id_edit.setText(profile.client_id if profile else "")
        self.secret_edit.clear()
        self.redirect_edit.setText(profile.redirect_uri if profile else DEFAULT_REDIRECT_URI)
        mode = profile.signature_mode if profile else "path"
        self.signature_box.setCurrentIndex(max(0, self.signature_box.findData(mode)))
        self._show_base_url()

    def set_secret_status(self, stored: bool, persistent: bool, warning: str | None) -> None:
        """Say where the secret lives; a stored one is kept when the field is left empty."""
        if stored:
            self.secret_edit.setPlaceholderText(self.tr("stored; type a new one to replace it"))
        else:
            self.secret_edit.setPlaceholderText(self.tr("needed to log in"))
        if persistent:
            note = self.tr("Stored in the system keyring, never in the settings file.")
        else:
            # The Account tab says what having no keyring means; a keyring failure is named here.
            note = (
                self.tr("Kept only while ocdesk is open: this computer has no keyring.")
                if warning in (None, NO_KEYRING_WARNING)
                else warning
            )
        row = self.rows["secret"]
        row.note.setText(note)
        row.note.show()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.name_edit, self.base_url_edit, self.client_id_edit, self.redirect_edit):
            widget.setReadOnly(read_only)
        for box in (self.environment_box, self.region_box, self.signature_box):
            box.setEnabled(not read_only)
        self._form.setRowVisible(self.rows["secret"], not read_only)

    def profile(self) -> Profile:
        """The profile as typed; ProfileError (also shown next to the fields) when invalid."""
        self.clear_problems()
        region = self.region_box.currentData() or CUSTOM_REGION
        try:
            return Profile.for_region(
                self.name_edit.text().strip(),
                self.environment_box.currentData(),
                region,
                self.client_id_edit.text().strip(),
                base_url=self.base_url_edit.text().strip(),
                redirect_uri=self.redirect_edit.text().strip(),
                signature_mode=self.signature_box.currentData(),
            )
        except ProfileError as exc:
            self.show_problems(exc.problems)
            raise

    def secret(self) -> str:
        return self.secret_edit.text()

    def show_problems(self, problems: list[str]) -> list[str]:
        """Put each problem next to its field; returns those that belong to no field."""
        by_field: dict[str, list[str]] = {}
        general = []
        for problem in problems:
            name = field_for_problem(problem)
            if name is None:
                general.append(problem)
            else:
                by_field.setdefault(name, []).append(problem)
        for name, row in self.rows.items():
            row.set_error("\n".join(by_field.get(name, [])))
        return general

    def clear_problems(self) -> None:
        for row in self.rows.values():
            row.set_error("")

    def problem_text(self, field: str) -> str:
        """The error shown next to `field` (empty when none)."""
        return self.rows[field].error.text()

    # --- region and host ---------------------------------------------------------------------

    def _fill_regions(self) -> None:
        env = self.environment_box.currentData()
        previous = self.region_box.currentData()
        self.region_box.blockSignals(True)
        self.region_box.clear()
        for region in regions(env):
            self.region_box.addItem(f"{region.upper()}  \u2014  {HOSTS[(env, region)]}", region)
        self.region_box.addItem(self.tr("Custom host\u2026"), CUSTOM_REGION)
        index = self.region_box.findData(previous)
        self.region_box.setCurrentIndex(max(0, index))
        self.region_box.blockSignals(False)
        self._show_base_url()

    def _show_base_url(self) -> None:
        custom = self.region_box.currentData() == CUSTOM_REGION
        self._form.setRowVisible(self.rows["base_url"], custom)
