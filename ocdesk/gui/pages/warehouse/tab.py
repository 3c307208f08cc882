"""Warehouse tab workflows: OC's regions and their shipping services, named in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import BusyBar
from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.kit.services import LANGUAGES, ServiceCache, service_cache
from ocdesk.gui.widgets.error_panel import ErrorPanel

AGE_TICK_MS = 30_000  # how often "fetched 3 min ago" is brought up to date
LANGUAGE_NAMES = {
    "en-US": "English (en-US)",
    "de-DE": "Deutsch (de-DE)",
    "zh-CN": "中文 (zh-CN)",
    "it-IT": "Italiano (it-IT)",
}


def age_text(seconds: float | None) -> str:
    """How old the list is, as a desk user says it ("fetched 3 min ago")."""
    translate = QCoreApplication.translate
    if seconds is None:
        return translate("ServicesPage", "not fetched from OC yet")
    minutes = int(seconds // 60)
    if minutes < 1:
        return translate("ServicesPage", "fetched just now")
    if minutes < 60:
        return translate("ServicesPage", "fetched {n} min ago").format(n=minutes)
    hours = minutes // 60
    if hours < 48:
        return translate("ServicesPage", "fetched {n} h ago").format(n=hours)
    return translate("ServicesPage", "fetched {n} days ago").format(n=hours // 24)


class ServicesPage(QWidget):
    """Every region with its services; the language box switches the names shown."""

    sig_rows_shown = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cache: ServiceCache = service_cache(context)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        own = self.language.findData(self.cache.language)
        self.language.setCurrentIndex(max(own, 0))
        self.refresh_button = QPushButton(self.tr("Refresh from OC"), self)
        self.age_label = QLabel(self)
        self.busy = BusyBar(self)
        self.errors = ErrorPanel(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [self.tr("Region / service code"), self.tr("Service name"), self.tr("Platforms")]
        )
        self.tree.headerItem().setToolTip(
            2, self.tr("OC's applyPlatform value, as OC sends it (its meaning is not documented)")
        )
        self.tree.setAlternatingRowColors(True)
        self._lay_out()
        self.language.currentIndexChanged.connect(self.show_services)
        self.refresh_button.clicked.connect(self.refresh)
        self.cache.sig_changed.connect(self.show_services)
        self.cache.sig_failed.connect(self.errors.show_error)
        self._tick = QTimer(self)
        self._tick.setInterval(AGE_TICK_MS)
        self._tick.timeout.connect(self._show_age)
        self._tick.start()
        self.show_services()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Names in:"), self))
        bar.addWidget(self.language)
        bar.addStretch(1)
        bar.addWidget(self.age_label)
        bar.addWidget(self.refresh_button)
        intro = QLabel(
            self.tr(
                "The warehouses (regions) OC runs for you and the shipping services each offers. "
                "Other tabs use this list for their Region and Service drop-downs."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.busy)
        layout.addWidget(self.errors)
        layout.addWidget(self.tree, 1)

    def selected_language(self) -> str:
        return str(self.language.currentData())

    def load_defaults(self) -> None:
        """Open with data: the cached list at once, OC's when there is none yet."""
        if self.cache.regions():
            self.show_services()
        else:
            self.refresh()

    def refresh(self) -> None:
        self.errors.clear()
        op = self.cache.refresh()
        self.busy.track(op, self.tr("Fetching the service list from OC..."))

    def show_services(self) -> None:
        """Fill the tree from the cache in the chosen language; regions stay open as they were."""
        regions = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        closed = {
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in regions
            if item is not None and not item.isExpanded()
        }
        self.tree.clear()
        language = self.selected_language()
        count = 0
        for region in self.cache.regions():
            services = self.cache.entries(region)
            top = QTreeWidgetItem([region, self.tr("{n} services").format(n=len(services)), ""])
            top.setData(0, Qt.ItemDataRole.UserRole, region)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for service in services:
                top.addChild(
                    QTreeWidgetItem([service.code, service.name(language), service.platforms])
                )
            self.tree.addTopLevelItem(top)
            top.setExpanded(region not in closed)
            count += len(services)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._show_age()
        if count:
            self.sig_rows_shown.emit(count)

    def _show_age(self) -> None:
        self.age_label.setText(age_text(self.cache.age_s()))


def pages() -> list[WorkflowPage]:
    translate = QCoreApplication.translate
    return [
        WorkflowPage(
            "warehouse.services_page",
            translate("WarehousePages", "Services"),
            ServicesPage,
            default=True,
            tooltip=translate(
                "WarehousePages", "Regions and their shipping services, in your language"
            ),
        )
    ]
