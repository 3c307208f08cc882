"""MainWindow: the sandbox banner, the lookup bar, one tab per domain, labels and the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from ocdesk.api.catalog import GROUPS
from ocdesk.api.errors import ReauthRequired
from ocdesk.gui.context import AppContext
from ocdesk.gui.earlier_writes import EarlierWrites
from ocdesk.gui.help.menu import add_help_menu
from ocdesk.gui.labels.hub import LabelsHub
from ocdesk.gui.lookup.bar import LookupBar
from ocdesk.gui.lookup.index_refresh import IndexRefresher
from ocdesk.gui.placement import place_window, save_placement
from ocdesk.gui.station.window import open_station
from ocdesk.gui.tabs import save_splitters
from ocdesk.gui.tabs.account.tab import AccountTab
from ocdesk.gui.tabs.advanced import AdvancedView
from ocdesk.gui.tabs.domain import DomainTab
from ocdesk.gui.tabs.webhook import WebhookTab
from ocdesk.gui.widgets.status_bar import StatusBar
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.session import Session

LAST_TAB_PREF = "window.last_tab"
BANNER_STYLE = (
    "background: #f59e0b; color: #1f1300; font-weight: bold; font-size: 12pt;"
    " padding: 6px; border-bottom: 2px solid #b45309;"
)
TABS_MINIMUM_LINES = 14
# Spelled out so translators see every tab title.
TAB_TITLES = {
    "Account": QT_TRANSLATE_NOOP("MainWindow", "Account"),
    "SKU": QT_TRANSLATE_NOOP("MainWindow", "SKU"),
    "Stock": QT_TRANSLATE_NOOP("MainWindow", "Stock"),
    "Inbound": QT_TRANSLATE_NOOP("MainWindow", "Inbound"),
    "Outbound": QT_TRANSLATE_NOOP("MainWindow", "Outbound"),
    "Warehouse": QT_TRANSLATE_NOOP("MainWindow", "Warehouse"),
    "Pricing": QT_TRANSLATE_NOOP("MainWindow", "Pricing"),
    "VAS": QT_TRANSLATE_NOOP("MainWindow", "VAS"),
    "Webhook": QT_TRANSLATE_NOOP("MainWindow", "Webhook"),
    "Returns": QT_TRANSLATE_NOOP("MainWindow", "Returns"),
    "Finance": QT_TRANSLATE_NOOP("MainWindow", "Finance"),
}


def tab_shortcut(index: int) -> str:
    """Ctrl+1 ... Ctrl+9, Ctrl+0 for the 10th, then Alt+1, Alt+2 ... (Alt+n = tab 10+n)."""
    if index < 9:
        return f"Ctrl+{index + 1}"
    if index == 9:
        return "Ctrl+0"
    return f"Alt+{index - 9}"


class MainWindow(QMainWindow):
    """The console. `sig_rows_shown(n)` fires whenever any tab shows an answer from OC."""

    sig_rows_shown = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.banner = QLabel(
            self.tr("SANDBOX - demo data, nothing here reaches OrangeConnex"), self
        )
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.lookup = LookupBar(context, self)
        self.index_refresh = IndexRefresher(context, self)  # what the lookup finds parcels in
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)  # "Retur..." reads as nothing
        self.tabs.setUsesScrollButtons(True)
        # The pages scroll when they need more: the tallest must not make the window taller
        # than a 1280x720 screen once the lookup card is open.
        self.tabs.setMinimumHeight(TABS_MINIMUM_LINES * self.fontMetrics().height())
        self.account = AccountTab(context, self)
        self.webhook = WebhookTab(context, self)
        self.domain_tabs: dict[str, DomainTab] = {}
        self._defaults_loaded_for: str | None = None
        self._build_tabs()
        self.status = StatusBar(context, self)
        self.setStatusBar(self.status)
        self.earlier_writes = EarlierWrites(context, self.status)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.lookup)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.labels = LabelsHub(context, self, open_station)
        self.advanced_view = AdvancedView(context, self)
        self.menuBar().addMenu(self.tr("&View")).addAction(self.advanced_view.action)
        self.advanced_view.sig_changed.connect(self._show_advanced)
        self.help_menu = add_help_menu(self, context.stores.paths)
        self.lookup.sig_print_requested.connect(self.labels.print_request)
        self.labels.follow_card(self.lookup.card)
        context.sig_lookup_requested.connect(self.look_up)
        self._add_shortcuts()
        self._restore_window()
        context.sig_session_changed.connect(self._on_session_changed)
        context.sig_reauth_needed.connect(self._on_reauth_needed)
        self._on_session_changed(context.session)

    def _build_tabs(self) -> None:
        for index, group in enumerate(GROUPS):
            if group == "Account":
                widget: QWidget = self.account
            elif group == "Webhook":
                widget = self.webhook
            else:
                tab = DomainTab(self.context, group, self)
                tab.sig_rows_shown.connect(self.sig_rows_shown)
                self.domain_tabs[group] = tab
                widget = tab
            title = self.tr(TAB_TITLES.get(group, group))
            keys = QKeySequence(tab_shortcut(index)).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self.tabs.addTab(widget, title)
            self.tabs.setTabToolTip(index, self.tr("{tab} ({keys})").format(tab=title, keys=keys))

    def _add_shortcuts(self) -> None:
        """The window's keys; each says what it does (Help > Keyboard shortcuts lists them)."""
        for index in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(tab_shortcut(index)), self)
            shortcut.setWhatsThis(
                self.tr("Open the {tab} tab").format(tab=self.tabs.tabText(index))
            )
            shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
        moves = (("Ctrl+PgDown", 1, self.tr("Next tab")),
                 ("Ctrl+PgUp", -1, self.tr("Previous tab")))  # fmt: skip
        for keys, step, does in moves:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setWhatsThis(does)
            shortcut.activated.connect(lambda s=step: self.step_tab(s))
        find = QShortcut(QKeySequence("Ctrl+L"), self)
        find.setWhatsThis(self.tr("Put the cursor in Find, ready for a scan"))
        find.activated.connect(self.lookup.focus_input)

    def look_up(self, number: str) -> None:
        """Open `number` in the lookup card, with the number in the box as if typed there."""
        self.lookup.input.setText(number)
        self.lookup.lookup(number)

    # --- tabs ------------------------------------------------------------------------------

    def show_group(self, group: str) -> None:
        self.tabs.setCurrentIndex(GROUPS.index(group))

    def current_group(self) -> str:
        return GROUPS[self.tabs.currentIndex()]

    def step_tab(self, step: int) -> None:
        """Next (1) or previous (-1) tab, wrapping around."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _show_advanced(self, on: bool) -> None:
        for tab in self.domain_tabs.values():
            tab.set_advanced(on)

    def load_defaults(self) -> None:
        """Every tab fetches what it shows first (domain queries, the webhook inbox)."""
        for tab in self.domain_tabs.values():
            tab.load_defaults()
        self.webhook.refresh()

    # --- session ---------------------------------------------------------------------------

    def _on_session_changed(self, session: Session | None) -> None:
        name = session.profile.name if session is not None else None
        self.setWindowTitle(f"ocdesk - {name}" if name else "ocdesk")
        self.banner.setVisible(self.context.is_sandbox or self.context.sandbox is not None)
        # A new login on the same profile must not reload the tabs: the forms stay as typed
        # and the interrupted calls resume instead.
        if session is not None and session.logged_in and name != self._defaults_loaded_for:
            self._defaults_loaded_for = name
            self.load_defaults()

    def _on_reauth_needed(self, error: ReauthRequired) -> None:
        self.show_group("Account")
        self.account.request_login(error.message)

    # --- window state ----------------------------------------------------------------------

    def _restore_window(self) -> None:
        profiles = self.context.stores.profiles
        place_window(self, profiles)
        last = profiles.get_pref(LAST_TAB_PREF)
        self.show_group(last if last in GROUPS else "Outbound")

    def save_window(self) -> None:
        """Keep the size, the tab and the splitter positions for the next start."""
        profiles = self.context.stores.profiles
        save_placement(self, profiles)
        profiles.set_pref(LAST_TAB_PREF, self.current_group())
        save_splitters(profiles, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window()
        super().closeEvent(event)
