"""MainWindow: the sandbox banner, the lookup bar, one tab per domain, labels and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from ocdesk.api.groups import GROUPS
from ocdesk.gui.context import AppContext
from ocdesk.gui.placement import place_window, save_placement
from ocdesk.gui.tabs import save_splitters
from ocdesk.gui.tabs.lazy import LazyTabs, TabsByKey
from ocdesk.gui.widgets.status_bar import StatusBar
from ocdesk.gui.words import QT_TRANSLATE_NOOP

# The tabs, the lookup bar and the label hub are imported when they are built, after the
# window's first paint (`MainWindow.complete`): most of the console's start is importing them.
# So is Qt's namespace of enums (`Qt`): PySide builds all of its ~100 Python enums on first use,
# some 20 ms, so the shell sets the two it needs by name (`setProperty`).
if TYPE_CHECKING:
    from ocdesk.api.errors import ReauthRequired
    from ocdesk.gui.labels.hub import LabelsHub
    from ocdesk.gui.lookup.bar import LookupBar
    from ocdesk.gui.tabs.account.tab import AccountTab
    from ocdesk.gui.tabs.domain import DomainTab
    from ocdesk.gui.tabs.webhook import WebhookTab
    from ocdesk.session import Session

LAST_TAB_PREF = "window.last_tab"
BANNER_STYLE = (
    "background: #f59e0b; color: #1f1300; font-weight: bold; font-size: 12pt;"
    " padding: 6px; border-bottom: 2px solid #b45309;"
)
TABS_MINIMUM_LINES = 14
REST_OF_TABS_AFTER_MS = 3000  # the tabs nobody opened are built then, or at the first data
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
    """The console. `sig_rows_shown(n)` fires whenever any tab shows an answer from OC.

    Built in two steps so the window is on screen early: the shell (banner, tab bar, status
    bar) here, the current tab, lookup bar and label hub in `complete()`, which the
    constructor runs too unless given `complete=False` (the start-up calls it after the first
    paint). The other tabs are built when first shown, read (`domain_tabs[...]`, `account`,
    `webhook`), or in idle turns.
    """

    sig_rows_shown = Signal(int)

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, complete: bool = True
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.banner = QLabel(
            self.tr("SANDBOX - demo data, nothing here reaches OrangeConnex"), self
        )
        self.banner.setProperty("alignment", "AlignCenter")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setProperty("elideMode", "ElideNone")  # "Retur..." reads as nothing
        self.tabs.setUsesScrollButtons(True)
        # The pages scroll when they need more: the tallest must not make the window taller
        # than a 1280x720 screen once the lookup card is open.
        self.tabs.setMinimumHeight(TABS_MINIMUM_LINES * self.fontMetrics().height())
        self._defaults_loaded_for: str | None = None
        self._build_tabs()
        self.status = StatusBar(context, self)
        self.setStatusBar(self.status)
        central = QWidget(self)
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.banner)
        self._layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._restore_window()
        context.sig_session_changed.connect(self._on_session_changed)
        context.sig_reauth_needed.connect(self._on_reauth_needed)
        self._on_session_changed(context.session)
        if complete:
            self.complete()

    def complete(self) -> None:
        """The rest of the window: the current tab first, then the lookup bar, labels and the
        menus."""
        self.lazy_tabs.start()
        from ocdesk.gui.earlier_writes import EarlierWrites
        from ocdesk.gui.help.menu import add_help_menu
        from ocdesk.gui.labels.hub import LabelsHub
        from ocdesk.gui.language import LanguageMenu
        from ocdesk.gui.lookup.bar import LookupBar
        from ocdesk.gui.lookup.index_refresh import IndexRefresher
        from ocdesk.gui.station.window import open_station
        from ocdesk.gui.tabs.advanced import AdvancedView

        self.lookup: LookupBar = LookupBar(self.context, self)
        self._layout.insertWidget(1, self.lookup)
        self.lookup.show()  # at once, not a turn later as a layout would
        self.index_refresh = IndexRefresher(self.context, self)  # what the lookup finds parcels in
        self.earlier_writes = EarlierWrites(self.context, self.status)
        self.status.register_named_desk()
        self.labels: LabelsHub = LabelsHub(self.context, self, open_station)
        self.advanced_view = AdvancedView(self.context, self)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.advanced_view.action)
        view_menu.addMenu(LanguageMenu(self.context.stores.profiles, self))
        view_menu.addAction(self.tr("Shared database…"), self.open_shared_database)
        self.advanced_view.sig_changed.connect(self._show_advanced)
        self.help_menu = add_help_menu(self, self.context.stores.paths)
        self.lookup.sig_print_requested.connect(self.labels.print_request)
        self.labels.follow_card(self.lookup.card)
        self.context.sig_lookup_requested.connect(self.look_up)
        self._add_shortcuts()
        from PySide6.QtCore import Qt  # after the first paint (see the imports)

        self.sig_rows_shown.connect(
            self._build_rest_of_tabs, Qt.ConnectionType.SingleShotConnection
        )
        QTimer.singleShot(REST_OF_TABS_AFTER_MS, self, self._build_rest_of_tabs)

    def open_shared_database(self) -> None:
        """The preference for where this desk keeps its records (its file, or the warehouse's)."""
        from PySide6.QtCore import Qt

        from ocdesk.gui.shared_database.dialog import SharedDatabaseDialog

        dialog = SharedDatabaseDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _build_tabs(self) -> None:
        builders = {group: self._tab_builder(group) for group in GROUPS}
        titles = [self.tr(TAB_TITLES.get(group, group)) for group in GROUPS]
        self.lazy_tabs = LazyTabs(self.tabs, builders, titles)
        self.lazy_tabs.sig_built.connect(self._on_tab_built)
        others = [group for group in GROUPS if group not in ("Account", "Webhook")]
        self.domain_tabs: TabsByKey[DomainTab] = TabsByKey(self.lazy_tabs, others)
        for index, title in enumerate(titles):
            keys = QKeySequence(tab_shortcut(index)).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self.tabs.setTabToolTip(index, self.tr("{tab} ({keys})").format(tab=title, keys=keys))

    def _tab_builder(self, group: str) -> Callable[[], QWidget]:
        def build() -> QWidget:
            if group == "Account":
                from ocdesk.gui.tabs.account.tab import AccountTab

                return AccountTab(self.context, self)
            if group == "Webhook":
                from ocdesk.gui.tabs.webhook import WebhookTab

                return WebhookTab(self.context, self)
            from ocdesk.gui.tabs.domain import DomainTab

            tab = DomainTab(self.context, group, self)
            tab.sig_rows_shown.connect(self.sig_rows_shown)
            return tab

        return build

    @property
    def account(self) -> AccountTab:
        return cast("AccountTab", self.lazy_tabs.widget("Account"))

    @property
    def webhook(self) -> WebhookTab:
        return cast("WebhookTab", self.lazy_tabs.widget("Webhook"))

    def _build_rest_of_tabs(self) -> None:
        """Once the first data is on screen (or a while after the start), not before: until
        then the GUI thread has better things to do."""
        self.lazy_tabs.build_rest_in_idle_turns()

    def _on_tab_built(self, group: str, _tab: QWidget) -> None:
        """A tab built after the login fetches its first data, as it would have at the login."""
        session = self.context.session
        if self._defaults_loaded_for is not None and session is not None and session.logged_in:
            self._load_defaults_of(group)

    def _load_defaults_of(self, group: str) -> None:
        if group == "Webhook":
            self.webhook.refresh()
        elif group != "Account":
            self.domain_tabs[group].load_defaults()

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
        """Tabs not built yet read the preference when they are."""
        for tab in self.domain_tabs.built():
            tab.set_advanced(on)

    def load_defaults(self) -> None:
        """Every tab fetches what it shows first (domain queries, the webhook inbox); a tab
        not built yet does when it is."""
        for group in GROUPS:
            if self.lazy_tabs.is_built(group):
                self._load_defaults_of(group)

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
        self._opens_maximized = place_window(self, profiles)
        last = profiles.get_pref(LAST_TAB_PREF)
        self.show_group(last if last in GROUPS else "Outbound")

    def show_as_placed(self) -> None:
        """Show the window where `place_window` put it: maximized on a first start or when it
        was left maximized."""
        if self._opens_maximized:
            self.showMaximized()
        else:
            self.show()

    def save_window(self) -> None:
        """Keep the size, the tab and the splitter positions for the next start."""
        profiles = self.context.stores.profiles
        save_placement(self, profiles)
        profiles.set_pref(LAST_TAB_PREF, self.current_group())
        save_splitters(profiles, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window()
        super().closeEvent(event)
