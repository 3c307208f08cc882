"""DomainTab: a domain's desk tasks, then (in the Advanced (API) view) each of its endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog
from ocdesk.api.catalog import Effect, Endpoint
from ocdesk.gui.context import AppContext
from ocdesk.gui.defaults import EXTRA_ENDPOINTS
from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.registry import pages_for
from ocdesk.gui.tabs import restore_splitter
from ocdesk.gui.tabs.advanced import advanced_view_on
from ocdesk.gui.widgets.scrolled import scrolled

# The raw API pages (and their forms, JSON view and write checks) are imported when the first
# is opened: the tab the console opens on shows a desk page, and is built before its first data.
if TYPE_CHECKING:
    from ocdesk.gui.tabs.endpoint_panel import EndpointPanel

WRITE_COLOR = QColor("#b45309")  # calls that create or change something at OC stand out


def tab_endpoints(group: str) -> list[Endpoint]:
    """The business endpoints a desk user reaches from `group`'s tab, in catalog order."""
    own = [e for e in catalog.by_group(group) if e.is_business]
    return own + [catalog.get(i) for i in EXTRA_ENDPOINTS.get(group, ())]


class DomainTab(QWidget):
    """Left: the group's workflow pages, then its endpoints; right: the selected page.

    The endpoints (the raw API pages under "All API calls") are listed only in the Advanced
    (API) view (`set_advanced`). Pages and EndpointPanels are built on first selection.
    `sig_rows_shown(n)` relays any of them showing an answer.
    """

    sig_rows_shown = Signal(int)

    def __init__(self, context: AppContext, group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group = group
        self.endpoints = tab_endpoints(group)
        self.pages = pages_for(group)
        self.list = QListWidget(self)
        self.stack = QStackedWidget(self)
        self.panels: dict[str, EndpointPanel] = {}
        self.page_widgets: dict[str, QWidget] = {}
        for page in self.pages:
            self.list.addItem(self._page_item(page))
        self.raw_items: list[QListWidgetItem] = []
        if self.pages:
            self.raw_items.append(self._heading(self.tr("All API calls")))
        self.raw_items += [self._item(endpoint) for endpoint in self.endpoints]
        for item in self.raw_items:
            self.list.addItem(item)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.list)
        self.split.addWidget(scrolled(self.stack))
        self.split.setStretchFactor(1, 1)
        self.list.setMinimumWidth(self._list_width())  # no entry cut ("(writ")
        self.split.setSizes([self.list.minimumWidth(), 900])
        restore_splitter(context.stores.profiles, self.split, "domain.list")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self._keys = [
            self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
        ]
        self.set_advanced(advanced_view_on(context))
        self.select(self._first_key())

    def _first_key(self) -> str:
        default_page = self.default_page
        return default_page.key if default_page is not None else self.endpoints[0].id

    def set_advanced(self, on: bool) -> None:
        """Show or hide the raw API pages; a raw page on screen gives way to the default page."""
        shown = on or not self.pages  # a tab without desk pages has only its calls
        for item in self.raw_items:
            item.setHidden(not shown)
        if not shown and self.current_panel() is not None:
            self.select(self._first_key())

    def _list_width(self) -> int:
        """Wide enough for the longest entry, with room for a scroll bar."""
        scroll_bar = self.list.verticalScrollBar().sizeHint().width()
        return self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + scroll_bar

    @property
    def default_page(self) -> WorkflowPage | None:
        """The page the tab opens on, if its domain has one."""
        return next((p for p in self.pages if p.default), None)

    def _page_item(self, page: WorkflowPage) -> QListWidgetItem:
        item = QListWidgetItem(page.title)
        item.setData(Qt.ItemDataRole.UserRole, page.key)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setToolTip(page.tooltip or page.title)
        return item

    def _heading(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a divider, not something to open
        item.setForeground(QBrush(QColor("#6b7280")))
        return item

    def _item(self, endpoint: Endpoint) -> QListWidgetItem:
        item = QListWidgetItem(endpoint.shown_title)
        item.setData(Qt.ItemDataRole.UserRole, endpoint.id)
        tip = f"{endpoint.method} {endpoint.path}\n{endpoint.id}"
        if endpoint.effect is not Effect.READ:
            item.setText(self.tr("{title}  (writes)").format(title=endpoint.shown_title))
            item.setForeground(QBrush(WRITE_COLOR))
            does = self.tr("Creates") if endpoint.creates else self.tr("Changes")
            tip += "\n" + self.tr("{does} something at OC.").format(does=does)
        item.setToolTip(tip)
        return item

    # --- panels ----------------------------------------------------------------------------

    def panel(self, endpoint_id: str) -> EndpointPanel:
        """The panel for `endpoint_id`, built the first time it is needed."""
        panel = self.panels.get(endpoint_id)
        if panel is None:
            from ocdesk.gui.tabs.endpoint_panel import EndpointPanel

            panel = EndpointPanel(self.context, catalog.get(endpoint_id), self.stack)
            panel.sig_rows_shown.connect(self.sig_rows_shown)
            self.panels[endpoint_id] = panel
            self.stack.addWidget(panel)
        return panel

    def page(self, key: str) -> QWidget:
        """The widget of workflow page `key`, built the first time it is needed."""
        widget = self.page_widgets.get(key)
        if widget is None:
            page = next(p for p in self.pages if p.key == key)
            widget = page.build(self.context)
            rows_shown = getattr(widget, "sig_rows_shown", None)
            if rows_shown is not None:
                rows_shown.connect(self.sig_rows_shown)
            self.page_widgets[key] = widget
            self.stack.addWidget(widget)
        return widget

    def select(self, key: str) -> QWidget:
        """Show the page or endpoint panel under `key` and select it in the list."""
        self.list.setCurrentRow(self._keys.index(key))
        return self._widget(key)

    def _widget(self, key: str) -> QWidget:
        return self.page(key) if self._is_page(key) else self.panel(key)

    def _is_page(self, key: str) -> bool:
        return any(p.key == key for p in self.pages)

    def current_panel(self) -> EndpointPanel | None:
        widget = self.stack.currentWidget()
        return next((panel for panel in self.panels.values() if panel is widget), None)

    def _on_row_changed(self, row: int) -> None:
        key = self._keys[row] if row >= 0 else None
        if key is not None:
            self.stack.setCurrentWidget(self._widget(key))

    # --- default data ----------------------------------------------------------------------

    def load_defaults(self) -> None:
        """Open with data: the default page runs its own first query."""
        default_page = self.default_page
        if default_page is not None:
            loader = getattr(self.select(default_page.key), "load_defaults", None)
            if loader is not None:
                loader()
