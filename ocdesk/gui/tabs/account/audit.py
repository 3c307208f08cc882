"""The audit log page: who called which OC endpoint when, filtered and exported to CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog
from ocdesk.gui.context import AppContext
from ocdesk.gui.shared_database.live import LiveRefresh
from ocdesk.gui.tabs.account.profile_editor import ERROR_STYLE
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.words import QT_TRANSLATE_NOOP, epoch_datetime
from ocdesk.store.audit import AuditEntry, AuditLog

LIMIT = 5000  # newest entries shown; older ones are still in the database and its exports
_ENTRY = "_entry"
# What the audit log stores as plain words: the actions the screens and the command line record
# under, and the outcomes kept without their words (a label print's; any before this ocdesk
# kept them). Shown translated; anything else is shown as it was written.
STORED_WORDS = (
    QT_TRANSLATE_NOOP("AuditPanel", "command line"),
    QT_TRANSLATE_NOOP("AuditPanel", "import from file"),
    QT_TRANSLATE_NOOP("AuditPanel", "create from CSV"),
    QT_TRANSLATE_NOOP("AuditPanel", "create SKUs from CSV"),
    QT_TRANSLATE_NOOP("AuditPanel", "create SKU"),
    QT_TRANSLATE_NOOP("AuditPanel", "check at OC"),
    QT_TRANSLATE_NOOP("AuditPanel", "create"),
    QT_TRANSLATE_NOOP("AuditPanel", "change"),
    QT_TRANSLATE_NOOP("AuditPanel", "cancel"),
    QT_TRANSLATE_NOOP("AuditPanel", "upload"),
    QT_TRANSLATE_NOOP("AuditPanel", "estimate"),
    QT_TRANSLATE_NOOP("AuditPanel", "link"),
    QT_TRANSLATE_NOOP("AuditPanel", "set up EF services"),
    QT_TRANSLATE_NOOP("AuditPanel", "print"),
    QT_TRANSLATE_NOOP("AuditPanel", "reprint"),
    QT_TRANSLATE_NOOP("AuditPanel", "sending"),
    QT_TRANSLATE_NOOP("AuditPanel", "ok"),
    QT_TRANSLATE_NOOP("AuditPanel", "printed"),
    QT_TRANSLATE_NOOP("AuditPanel", "failed"),
)


def endpoint_prefixes() -> list[str]:
    """The endpoint families ("outbound", "sku", ...) in catalog order."""
    prefixes: list[str] = []
    for endpoint in catalog.ENDPOINTS.values():
        prefix = endpoint.id.split(".", 1)[0]
        if prefix not in prefixes:
            prefixes.append(prefix)
    return prefixes


class AuditPanel(QWidget):
    """The audit entries, newest first, loaded in the background.

    Profile and endpoint family narrow the database query; the text box filters what is shown.
    Export writes the rows shown through AuditLog.export_csv (formula-safe, UTF-8 with BOM).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile_box = QComboBox(self)
        self.endpoint_box = QComboBox(self)
        self.endpoint_box.addItem(self.tr("All endpoints"), "")
        for prefix in endpoint_prefixes():
            self.endpoint_box.addItem(prefix, prefix)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.export_button = QPushButton(self.tr("Export CSV\u2026"), self)
        self.status = QLabel(self)
        self.results = ResultsView(self)
        self.results.export_button.hide()  # ours writes through AuditLog.export_csv instead
        self.results.filter_edit.setPlaceholderText(
            self.tr("Filter by any text (number, outcome, user, workstation)\u2026")
        )
        self._loaded = False
        self._lay_out()
        self.profile_box.activated.connect(lambda _i: self.reload())
        self.endpoint_box.activated.connect(lambda _i: self.reload())
        self.reload_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self._ask_export)
        self.fill_profiles()
        self.live = LiveRefresh(context, ("audit_log",), self._changed_elsewhere, self)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Profile"), self))
        bar.addWidget(self.profile_box)
        bar.addWidget(QLabel(self.tr("Endpoint"), self))
        bar.addWidget(self.endpoint_box)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

    def fill_profiles(self, names: list[str] | None = None) -> None:
        """Offer these profile names (default: the stored ones), keeping the choice made."""
        chosen = self.profile_box.currentData()
        if names is None:
            names = [p.name for p in self.context.stores.profiles.list()]
        if chosen is not None:
            names = [*names, chosen]
        self.profile_box.clear()
        self.profile_box.addItem(self.tr("All profiles"), None)
        for name in sorted(set(names), key=str.lower):
            self.profile_box.addItem(name, name)
        self.profile_box.setCurrentIndex(max(0, self.profile_box.findData(chosen)))

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the entries again with the chosen filters (off the GUI thread)."""
        audit = self.context.stores.audit
        profile = self.profile_box.currentData()
        prefix = self.endpoint_box.currentData() or None
        self._loaded = True
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Loading\u2026"))
        op = self.context.api.run(
            lambda: audit.entries(LIMIT, profile=profile, endpoint_prefix=prefix), owner=self
        )
        op.on_done(self._show).on_error(self._failed).start()

    def _changed_elsewhere(self) -> None:
        """Another desk wrote to the audit log: read again, once it was read at all."""
        if self._loaded:
            self.reload()

    def _show(self, entries: list[AuditEntry]) -> None:
        if self.profile_box.currentData() is None:
            # Offer the profiles seen in the log too: it outlives deleted profiles.
            known = [p.name for p in self.context.stores.profiles.list()]
            self.fill_profiles(known + [e.profile for e in entries if e.profile])
        self.results.set_rows([self._row(e) for e in entries], self._columns())
        more = self.tr(" (the newest {0})").format(LIMIT) if len(entries) >= LIMIT else ""
        self.status.setText(self.tr("{0} entries{1}").format(len(entries), more))

    def _failed(self, error: Exception) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr("Could not read the audit log: {0}").format(error))

    def _columns(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("User"),
            self.tr("Workstation"),
            self.tr("Profile"),
            self.tr("Endpoint"),
            self.tr("Action"),
            self.tr("Numbers"),
            self.tr("Outcome"),
            self.tr("Detail"),
        ]

    def _row(self, entry: AuditEntry) -> dict[str, Any]:
        values = (
            epoch_datetime(entry.at),
            entry.user,
            entry.workstation,
            entry.profile,
            entry.endpoint_id,
            self.tr(entry.action),
            " ".join(entry.key_numbers),
            entry.shown_outcome if entry.outcome_words else self.tr(entry.outcome),
            entry.shown_detail,
        )
        return {**dict(zip(self._columns(), values, strict=True)), _ENTRY: entry}

    # --- export ------------------------------------------------------------------------------

    def shown_entries(self) -> list[AuditEntry]:
        """The entries as shown: filtered and in the table's order."""
        return [row[_ENTRY] for row in self.results.visible_rows()]

    def export(self, path: str | Path) -> None:
        """Write the shown entries to `path` as CSV, in the background."""
        entries = self.shown_entries()
        op = self.context.api.run(lambda: AuditLog.export_csv(Path(path), entries), owner=self)
        op.on_done(lambda count: self._exported(count, path)).on_error(self._failed).start()

    def _exported(self, count: int, path: str | Path) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exported {0} entries to {1}").format(count, path))

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "ocdesk-audit.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export(path)
