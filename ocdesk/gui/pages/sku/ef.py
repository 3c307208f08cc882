"""SKU tab, "EF services": see which eBay Fulfilment services SKUs have, and set them up."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog, lenient
from ocdesk.api.validation import problems_for
from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import BusyBar
from ocdesk.gui.pages.kit.services import RegionCombo, ServiceCache, ServiceCombo, service_cache
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.writes import WriteSender

SETUP = "sku.setup_ef_service"
QUERY = "sku.query_ef_service"


def numbers_in(text: str) -> list[str]:
    return list(dict.fromkeys(n.upper() for n in re.split(r"[\s,;]+", text) if n))


def ef_rows(rows: list[dict[str, Any]], cache: ServiceCache) -> list[dict[str, Any]]:
    """One table row per SKU and fulfilment centre, services named in the user's language."""
    table = []
    for row in rows:
        centres = lenient.get(row, "fulfillmentCenterList") or [{}]
        for centre in centres:
            domestic = lenient.get(centre, "domesticServiceList") or []
            abroad = lenient.get(centre, "internationalServiceList") or []
            table.append({
                "MFSKUID": lenient.get(row, "MFSKUID") or "",
                "EF status": lenient.get(row, "efStatus") or "",
                "Warehouse": lenient.get(centre, "serviceRegion") or "",
                "Domestic": ", ".join(_service(s, cache) for s in domestic),
                "International": "; ".join(_abroad(s, cache) for s in abroad),
            })  # fmt: skip
    return table


def _service(entry: Any, cache: ServiceCache) -> str:
    return cache.name_of(str(lenient.get(entry, "shippingServiceCode") or ""))


def _abroad(entry: Any, cache: ServiceCache) -> str:
    countries = [
        str(lenient.get(c, "countryCode") or "") for c in lenient.get(entry, "countryList") or []
    ]
    return f"{_service(entry, cache)} → {', '.join(countries)}"


def ef_summary(rows: list[dict[str, Any]], cache: ServiceCache) -> str:
    """Rich text for a card: EF status, then each warehouse's services."""
    if not rows:
        return html.escape("No EF services are set up for this SKU.")
    lines = [
        f"<b>EF {html.escape(str(r['EF status']) or '–')}</b> {html.escape(r['Warehouse'])}: "
        f"{html.escape(r['Domestic'] or '–')}; {html.escape(r['International'] or '–')}"
        for r in ef_rows(rows, cache)
    ]
    return "<br>".join(lines)


class CentreRow:
    """One fulfilment centre: warehouse, domestic and international service, target countries."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        self.region = RegionCombo(context, parent)
        self.domestic = ServiceCombo(context, self.region, parent)
        self.international = ServiceCombo(context, self.region, parent)
        self.countries = QLineEdit(parent)
        self.countries.setPlaceholderText(QCoreApplication.translate("EfSetupForm", "e.g. IE, FR"))

    def widgets(self) -> list[QWidget]:
        return [self.region, self.domestic, self.international, self.countries]

    def data(self) -> dict[str, Any] | None:
        """The centre as OC wants it; None when no warehouse is chosen (the row is left blank)."""
        region = self.region.region()
        if not region:
            return None
        centre: dict[str, Any] = {"serviceRegion": region}
        if self.domestic.code():
            centre["domesticServiceList"] = [{"shippingServiceCode": self.domestic.code()}]
        if self.international.code():
            codes = numbers_in(self.countries.text())
            centre["internationalServiceList"] = [{
                "shippingServiceCode": self.international.code(),
                "countryList": [{"countryCode": c} for c in codes],
            }]  # fmt: skip
        return centre


class EfSetupForm(QWidget):
    """The SKUs to enrol and their fulfilment centres; Send sets them up at OC.

    `sig_done(rows)` gives OC's per-SKU answer after a send.
    """

    sig_done = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.skus = QLineEdit(self)
        self.skus.setPlaceholderText(self.tr("OC SKU IDs, separated by spaces or commas"))
        self.grid = QGridLayout()
        for col, caption in enumerate(
            [self.tr("Warehouse"), self.tr("Domestic service"), self.tr("International service"),
             self.tr("Countries (international)")]
        ):  # fmt: skip
            self.grid.addWidget(QLabel(f"<b>{caption}</b>", self), 0, col)
        self.centres: list[CentreRow] = []
        self.add_button = QPushButton(self.tr("Add a warehouse"), self)
        self.send_button = QPushButton(self.tr("Set up EF services"), self)
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setWordWrap(True)
        self.busy = BusyBar(self)
        self.errors = ErrorPanel(self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.writer = WriteSender(context, self, self.errors, self.busy, self.outcome.setText,
                                  [self.send_button])  # fmt: skip
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("SKUs"), self))
        row.addWidget(self.skus, 1)
        layout.addLayout(row)
        layout.addLayout(self.grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        for widget in (self.problems, self.busy, self.errors, self.outcome):
            layout.addWidget(widget)
        self.add_button.clicked.connect(self.add_centre)
        self.send_button.clicked.connect(self.send)
        self.skus.returnPressed.connect(self.send)
        self.add_centre()

    def add_centre(self) -> CentreRow:
        centre = CentreRow(self.context, self)
        line = len(self.centres) + 1
        for col, widget in enumerate(centre.widgets()):
            self.grid.addWidget(widget, line, col)
        self.centres.append(centre)
        return centre

    def data(self) -> list[dict[str, Any]]:
        centres = [c for c in (row.data() for row in self.centres) if c is not None]
        return [
            {"mfSkuId": sku, "fulfillmentCenterList": centres}
            for sku in numbers_in(self.skus.text())
        ]

    def send(self) -> None:
        """Check locally, then send; problems are shown and nothing is sent while any remain."""
        if self.writer.busy:
            return
        self.errors.clear()
        self.outcome.clear()
        data = self.data()
        problems = [
            f"{p.path.removeprefix('data')}: {p.message}"
            for p in problems_for(catalog.get(SETUP), data)
        ]
        if not data:
            problems = [self.tr("Type at least one OC SKU ID.")]
        elif not data[0]["fulfillmentCenterList"]:
            problems = [self.tr("Choose at least one warehouse.")]
        self.problems.setText("\n".join(problems))
        if problems:
            return
        self.writer.send(
            SETUP, data, action="set up EF services",
            message=self.tr("Setting up EF services..."),
            on_done=lambda result: self._done(result.rows()), on_error=self._failed,
        )  # fmt: skip

    def _done(self, rows: list[dict[str, Any]]) -> None:
        refused = [r for r in rows if lenient.get(r, "success") is False]
        lines = [
            f"{lenient.get(r, 'MFSKUID')}: {lenient.get(r, 'message') or self.tr('refused')}"
            for r in refused
        ]
        done = len(rows) - len(refused)
        self.outcome.setText("\n".join([self.tr("{n} SKUs set up.").format(n=done), *lines]))
        self.sig_done.emit(rows)

    def _failed(self, error: Exception) -> None:
        self.errors.show_error(error)


class EfSetupDialog(QDialog):
    """The setup form for one SKU, opened from its card."""

    sig_done = Signal()

    def __init__(self, context: AppContext, mfskuid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("EF services for {sku}").format(sku=mfskuid))
        self.form = EfSetupForm(context, self)
        self.form.skus.setText(mfskuid)
        QVBoxLayout(self).addWidget(self.form)
        self.form.sig_done.connect(lambda _: self.sig_done.emit())
        self.resize(820, 260)


class EfServicesPage(QWidget):
    """Query EF services for SKUs (top) and set them up (below)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cache = service_cache(context)
        self.query_skus = QLineEdit(self)
        self.query_skus.setPlaceholderText(
            self.tr("OC SKU IDs to look up, separated by spaces or commas")
        )
        self.query_button = QPushButton(self.tr("Show EF services"), self)
        self.busy = BusyBar(self)
        self.errors = ErrorPanel(self)
        self.results = ResultsView(self)
        self.setup = EfSetupForm(context, self)
        top = QHBoxLayout()
        top.addWidget(self.query_skus, 1)
        top.addWidget(self.query_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Which EF services do these SKUs have?</b>"), self))
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.errors)
        layout.addWidget(self.results, 1)
        layout.addWidget(QLabel(self.tr("<b>Set up EF services</b>"), self))
        layout.addWidget(self.setup)
        self.query_button.clicked.connect(self.query)
        self.query_skus.returnPressed.connect(self.query)
        self.setup.sig_done.connect(self._after_setup)

    def query(self) -> None:
        self.errors.clear()
        skus = numbers_in(self.query_skus.text())
        if not skus:
            self.errors.show_error(ValueError(self.tr("Type at least one OC SKU ID.")))
            return
        op = self.context.api.request(QUERY, {"mfSkuList": [{"mfSkuId": s} for s in skus]}, owner=self)
        op.on_done(lambda result: self.results.set_rows(ef_rows(result.rows(), self.cache)))
        op.on_error(self._failed)
        self.busy.track(op, self.tr("Asking OC for the EF services..."))
        op.start()

    def _after_setup(self, rows: list[dict[str, Any]]) -> None:
        """Show what OC now holds for the SKUs just set up."""
        self.query_skus.setText(" ".join(str(lenient.get(r, "MFSKUID") or "") for r in rows))
        self.query()

    def _failed(self, error: Exception) -> None:
        self.errors.show_error(error)
