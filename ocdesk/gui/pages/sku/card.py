"""An SKU's card and the window it opens in: every field OC keeps for one SKU, its stock per
warehouse, labels and EF services.

`SkuCard` is a record card like the others (gui/lookup/card.py's `Card`): it shows, and its
buttons only report; `SkuWindow` does the work they ask for.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import lenient
from ocdesk.api.identifiers import IdKind
from ocdesk.gui.context import AppContext
from ocdesk.gui.lookup.card import Card
from ocdesk.gui.ops import BusyBar
from ocdesk.gui.pages.kit.services import service_cache
from ocdesk.gui.pages.sku.ef import EfSetupDialog, ef_summary
from ocdesk.gui.pages.sku.text import (
    battery_forms,
    battery_types,
    explain,
    measure,
    sku_name,
    weight,
)
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.words import oc_moment_text
from ocdesk.jobs.paging import all_pages
from ocdesk.jobs.requests import LabelRequest, label_request, most_sku_labels


def _links(urls: list[tuple[str, str]]) -> str:
    """Rich text of clickable links, one per line: (caption, url)."""
    return "<br>".join(
        f'<a href="{html.escape(url)}">{html.escape(caption or url)}</a>' for caption, url in urls
    )


class SkuCard(Card):
    """One SKU: number and status, its name and fields, the stock per warehouse below, and the
    label and EF buttons at the foot (their `clicked` is what the window acts on)."""

    def __init__(self, sku: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__("skuCard", parent)
        self.sku = sku
        self.mfskuid = str(lenient.get(sku, "MFSKUID") or "")
        self.set_header(self.tr("SKU"), self.mfskuid, str(lenient.get(sku, "status") or ""))
        self.name = QLabel(html.escape(sku_name(sku)), self)
        self.name.setWordWrap(True)
        self.set_fields(self._fields(), rich=True)
        self.ef_text = QLabel(self)
        self.ef_text.setWordWrap(True)
        self.stock = ResultsView(self)
        self.content.addWidget(self.name)
        self.content.addLayout(self.fields)
        self.content.addWidget(self.ef_text)
        self.content.addWidget(QLabel(self.tr("<b>Stock per warehouse</b>"), self))
        self.content.addWidget(self.stock, 1)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, most_sku_labels())
        self.quantity.setPrefix(self.tr("Labels: "))
        self.action_row.insertWidget(0, self.quantity)
        self.print_button = self.add_action(self.tr("Print SKU labels"))
        self.view_button = self.add_action(self.tr("View labels"))
        self.ef_button = self.add_action(self.tr("EF services"))
        self.ef_setup_button = self.add_action(self.tr("Set up EF..."))

    def show_stock(self, rows: list[dict[str, Any]]) -> None:
        self.stock.set_rows(rows)
        if not rows:
            self.stock.count_label.setText(self.tr("No stock at any warehouse"))

    def _fields(self) -> list[tuple[str, str]]:
        sku = self.sku

        def text(*names: str) -> str:
            value = lenient.get(sku, *names)
            return html.escape(str(value)) if value not in (None, "") else ""

        return [
            (self.tr("Reference SKU"), text("referenceSKUID")),
            (self.tr("Seller SKU"), text("sellerSKUID")),
            (self.tr("Names"), self._names()),
            (self.tr("Description"), text("SKUDescription", "SKUdescription")),
            (self.tr("Size (L × W × H)"), html.escape(measure(sku))),
            (self.tr("Weight"), html.escape(weight(sku))),
            (self.tr("Ships in own box"), self._yes_no(lenient.get(sku, "SIOC"))),
            (self.tr("Battery"), self._battery()),
            (self.tr("Country of origin"), text("countryOfOrigin")),
            (self.tr("Service regions"), self._regions()),
            (self.tr("Pictures"), self._pictures()),
            (self.tr("Files"), self._files()),
            (self.tr("Updated"), html.escape(oc_moment_text(lenient.get(sku, "updateTime")))),
        ]

    def _yes_no(self, value: Any) -> str:
        if value is None:
            return ""
        return self.tr("Yes") if value in (True, "true", "1", 1) else self.tr("No")

    def _names(self) -> str:
        lines = []
        for entry in lenient.get(self.sku, "SKUNameList") or []:
            language = lenient.get(entry, "languageCode") or "?"
            name = lenient.get(entry, "SKUName") or ""
            extra = lenient.get(entry, "attributeDescription")
            lines.append(f"{language}: {name}" + (f" ({extra})" if extra else ""))
        return "<br>".join(html.escape(line) for line in lines)

    def _battery(self) -> str:
        form = lenient.get(self.sku, "batteryForm")
        if not form and not lenient.get(self.sku, "withBattery"):
            return self.tr("No battery")
        parts = [
            explain(battery_forms(), form),
            explain(battery_types(), lenient.get(self.sku, "batteryType")),
        ]
        new_type = lenient.get(self.sku, "batteryTypeNew")
        if new_type:
            parts.append(self.tr("new type {code}").format(code=new_type))
        count = lenient.get(self.sku, "batteryNumber")
        if count not in (None, ""):
            parts.append(self.tr("{n} per SKU").format(n=count))
        return html.escape(", ".join(parts))

    def _regions(self) -> str:
        regions = lenient.get(self.sku, "serviceRegionList") or []
        texts = [
            f"{lenient.get(r, 'serviceRegion')} ({lenient.get(r, 'withBrand') or '?'})"
            for r in regions
        ]
        single = lenient.get(self.sku, "serviceRegion")
        return html.escape(", ".join(texts) or (single or ""))

    def _pictures(self) -> str:
        urls = [
            str(lenient.get(p, "SKUPictureURL") or "")
            for p in lenient.get(self.sku, "SKUPictureURLList") or []
        ]
        return _links([("", u) for u in urls if u])

    def _files(self) -> str:
        files = []
        for entry in lenient.get(self.sku, "fileList") or []:
            kind = lenient.get(entry, "fileType") or ""
            region = lenient.get(entry, "fileRegion")
            caption = f"{kind} ({region})" if region else str(kind)
            files.append((caption, str(lenient.get(entry, "fileUrl") or "")))
        return _links(files)


class SkuWindow(QDialog):
    """The window an SKU's card opens in: it fetches the stock, prints or shows the labels and
    asks for the EF services when the card's buttons say so."""

    def __init__(self, context: AppContext, sku: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.card = SkuCard(sku, self)
        self.mfskuid = self.card.mfskuid
        self.setWindowTitle(self.tr("SKU {number}").format(number=self.mfskuid))
        self.resize(760, 720)
        self.note = QLabel(self)
        self.busy = BusyBar(self)
        self.errors = ErrorPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.errors)
        layout.addWidget(self.note)
        self.card.print_button.clicked.connect(self.print_labels)
        self.card.view_button.clicked.connect(self.view_labels)
        self.card.ef_button.clicked.connect(self.query_ef)
        self.card.ef_setup_button.clicked.connect(self.set_up_ef)
        self.load_stock()

    # --- stock -------------------------------------------------------------------------------

    def load_stock(self) -> None:
        call, sku = self.context.bound_caller(), self.mfskuid
        data = {"skuList": [{"mfSkuId": sku}]}
        op = self.context.api.run(lambda: all_pages(call, "stock.snapshot", data), owner=self)
        op.on_done(self.card.show_stock).on_error(self._failed)
        self.busy.track(op, self.tr("Fetching stock..."))
        op.start()

    # --- labels ------------------------------------------------------------------------------

    def print_labels(self) -> None:
        """Print through the label printer (guarded against reprints), else show them."""
        if self.context.printer is None:
            self.view_labels()
            return
        labels = self._labels()
        self.note.setText(self.tr("Printing {n} labels...").format(n=self.card.quantity.value()))
        self.context.printer.fetch_and_print(labels.endpoint_id, labels.data, parent=self,
                                             on_done=self._printed)  # fmt: skip

    def _labels(self) -> LabelRequest:
        return label_request(IdKind.MFSKUID, self.mfskuid, self.card.quantity.value())

    def _printed(self, ok: bool, message: str) -> None:
        self.note.setText(message or (self.tr("Printed.") if ok else self.tr("Not printed.")))

    def view_labels(self) -> None:
        labels = self._labels()
        op = self.context.api.request(labels.endpoint_id, labels.data, owner=self)
        op.on_done(lambda result: self.context.show_labels(labels.endpoint_id, result))
        op.on_error(self._failed)
        self.busy.track(op, self.tr("Fetching SKU labels..."))
        op.start()

    # --- EF services -------------------------------------------------------------------------

    def query_ef(self) -> None:
        data = {"mfSkuList": [{"mfSkuId": self.mfskuid}]}
        op = self.context.api.request("sku.query_ef_service", data, owner=self)
        op.on_done(
            lambda result: self.card.ef_text.setText(
                ef_summary(result.rows(), service_cache(self.context))
            )
        )
        op.on_error(self._failed)
        self.busy.track(op, self.tr("Asking OC for the EF services..."))
        op.start()

    def set_up_ef(self) -> None:
        dialog = EfSetupDialog(self.context, self.mfskuid, self)
        dialog.sig_done.connect(self.query_ef)
        dialog.show()

    def _failed(self, error: Exception) -> None:
        self.errors.show_error(error)
