"""SKU tab, "Create an SKU": one SKU in a form, checked before sending; the new MFSKUID shown big."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import catalog, lenient
from ocdesk.api.validation import problems_for
from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import BusyBar
from ocdesk.gui.pages.kit.services import RegionCombo
from ocdesk.gui.pages.sku.text import (
    DIMENSION_UNITS,
    NAME_LANGUAGES,
    WEIGHT_UNITS,
    battery_forms,
    battery_types,
    battery_types_new,
    brands,
)
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.writes import WriteSender

ENDPOINT = "sku.create"
FIELD_OF_PATH = re.compile(r"^data\[0\]\.?([A-Za-z]+)")
URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def _combo(parent: QWidget, codes: dict[str, str], blank: str = "") -> QComboBox:
    """A drop-down of OC codes shown in words; the item data is the code to send."""
    combo = QComboBox(parent)
    if blank:
        combo.addItem(blank, "")
    for code, words in codes.items():
        combo.addItem(words, code)
    return combo


def _measure(parent: QWidget, decimals: int = 2) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, 100_000)
    spin.setDecimals(decimals)
    spin.setSpecialValueText(" ")  # 0 shows blank: "not given", nothing is sent
    return spin


class NamesTable(QTableWidget):
    """Names per language: language drop-down, name, attributes (colour, size...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Language"), self.tr("Name"), self.tr("Attributes")]
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(1, 260)
        self.setMaximumHeight(130)
        self.add_name("en-US")

    def add_name(self, language: str = "", name: str = "", attributes: str = "") -> None:
        row = self.rowCount()
        self.insertRow(row)
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.addItems(NAME_LANGUAGES)
        combo.setCurrentText(language or NAME_LANGUAGES[min(row, len(NAME_LANGUAGES) - 1)])
        self.setCellWidget(row, 0, combo)
        for col, text in ((1, name), (2, attributes)):
            self.setItem(row, col, QTableWidgetItem(text))

    def names(self) -> list[dict[str, str]]:
        names = []
        for row in range(self.rowCount()):
            name = self._text(row, 1)
            if not name:
                continue
            entry = {"SKUName": name, "languageCode": self._language(row)}
            if self._text(row, 2):
                entry["attributeDescription"] = self._text(row, 2)
            names.append(entry)
        return names

    def _text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text().strip() if item is not None else ""

    def _language(self, row: int) -> str:
        combo = self.cellWidget(row, 0)
        return combo.currentText().strip() if isinstance(combo, QComboBox) else ""


class CreateSkuPage(QWidget):
    """The whole SKU as a form; problems appear next to their fields and nothing is sent.

    `sig_created(mfskuid)` fires when OC has made the (draft) SKU.
    """

    sig_created = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.problem_labels: dict[str, QLabel] = {}
        self.reference = QLineEdit(self)
        self.names = NamesTable(self)
        self.description = QLineEdit(self)
        # `width` and `height` would hide QWidget.width() and height().
        self.length, self.width_box, self.height_box = (_measure(self) for _ in range(3))
        self.dimension_unit = QComboBox(self)
        self.dimension_unit.addItems(DIMENSION_UNITS)
        self.weight = _measure(self, 3)
        self.weight_unit = QComboBox(self)
        self.weight_unit.addItems(WEIGHT_UNITS)
        self.with_battery = QCheckBox(self.tr("The product contains or comes with a battery"), self)
        self.battery_form = _combo(self, battery_forms())
        self.battery_type = _combo(self, battery_types())
        self.battery_type_new = _combo(self, battery_types_new(), self.tr("(not given)"))
        self.battery_number = QSpinBox(self)
        self.battery_number.setRange(0, 999)
        self.battery_number.setSpecialValueText(" ")
        self.pictures = QPlainTextEdit(self)
        self.pictures.setPlaceholderText(self.tr("One picture URL per line (https://...)"))
        self.pictures.setMaximumHeight(70)
        self.sales_url = QLineEdit(self)
        self.sales_url.setPlaceholderText("https://")
        self.country = QLineEdit(self)
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("e.g. CN"))
        self.region = RegionCombo(context, self)
        self.brand = _combo(self, brands())
        self.regions = QListWidget(self)
        self.regions.setMaximumHeight(70)
        self.send_button = QPushButton(self.tr("Create SKU"), self)
        self.send_button.setDefault(True)
        self.busy = BusyBar(self)
        self.errors = ErrorPanel(self)
        self.created = QLabel(self)
        self.created.setWordWrap(True)
        self.writer = WriteSender(context, self, self.errors, self.busy, self.created.setText,
                                  [self.send_button])  # fmt: skip
        self._lay_out()
        self.with_battery.toggled.connect(self._battery_enabled)
        self._battery_enabled(False)
        self.send_button.clicked.connect(self.send)

    # --- layout ------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        form = QFormLayout()
        add = self._add_row
        add(form, "referenceSKUID", self.tr("Your SKU id"), self.reference)
        add_names = QPushButton(self.tr("Add a language"), self)
        add_names.clicked.connect(lambda: self.names.add_name())
        add(form, "SKUNameList", self.tr("Names"), _column(self.names, _row(add_names)))
        add(form, "SKUdescription", self.tr("Description"), self.description)
        add(form, "length", self.tr("Size (L × W × H)"),
            _row(self.length, self.width_box, self.height_box, self.dimension_unit))  # fmt: skip
        add(form, "weight", self.tr("Weight"), _row(self.weight, self.weight_unit))
        add(form, "withBattery", self.tr("Battery"), self.with_battery)
        add(form, "batteryForm", self.tr("How it is packed"), self.battery_form)
        add(form, "batteryType", self.tr("Battery type"), self.battery_type)
        add(form, "batteryTypeNew", self.tr("Battery type (new codes)"), self.battery_type_new)
        add(form, "batteryNumber", self.tr("Batteries per SKU"), self.battery_number)
        add(form, "SKUPictureURLList", self.tr("Pictures"), self.pictures)
        add(form, "salesURL", self.tr("Product page"), self.sales_url)
        add(form, "countryOfOrigin", self.tr("Country of origin"), self.country)
        add_region = QPushButton(self.tr("Add"), self)
        add_region.clicked.connect(self.add_region)
        remove_region = QPushButton(self.tr("Remove"), self)
        remove_region.clicked.connect(lambda: self.regions.takeItem(self.regions.currentRow()))
        add(form, "serviceRegionList", self.tr("Service regions"),
            _column(_row(self.region, self.brand, add_region, remove_region), self.regions))  # fmt: skip
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.created, 1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)

    def _add_row(self, form: QFormLayout, key: str, caption: str, widget: QWidget) -> None:
        """A field with a red line under it for its problems (hidden while there are none)."""
        problem = QLabel(self)
        problem.setStyleSheet("color: #c62828;")
        problem.setWordWrap(True)
        problem.hide()
        self.problem_labels[key] = problem
        form.addRow(caption, _column(widget, problem))

    def _battery_enabled(self, on: bool) -> None:
        for widget in (self.battery_form, self.battery_type, self.battery_type_new,
                       self.battery_number):  # fmt: skip
            widget.setEnabled(on)

    def add_region(self) -> None:
        region = self.region.region()
        if region:
            self.regions.addItem(f"{region} {self.brand.currentData()}")

    # --- data --------------------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """The SKU as OC wants it; blank fields are left out."""
        data: dict[str, Any] = {"referenceSKUID": self.reference.text().strip()}
        data["SKUNameList"] = self.names.names()
        text = {
            "SKUdescription": self.description.text().strip(),
            "salesURL": self.sales_url.text().strip(),
            "countryOfOrigin": self.country.text().strip().upper(),
        }
        data.update({k: v for k, v in text.items() if v})
        sides = {"length": self.length, "width": self.width_box, "height": self.height_box}
        sides_given = {k: s.value() for k, s in sides.items() if s.value() > 0}
        if sides_given:
            data.update(sides_given, dimensionUnit=self.dimension_unit.currentText())
        if self.weight.value() > 0:
            data.update(weight=self.weight.value(), weightUnit=self.weight_unit.currentText())
        data.update(self._battery())
        pictures = [p.strip() for p in self.pictures.toPlainText().splitlines() if p.strip()]
        if pictures:
            data["SKUPictureURLList"] = [{"SKUPictureURL": url} for url in pictures]
        regions = [self.regions.item(i).text().split() for i in range(self.regions.count())]
        if regions:
            data["serviceRegionList"] = [{"serviceRegion": r, "withBrand": b} for r, b in regions]
        return data

    def _battery(self) -> dict[str, Any]:
        if not self.with_battery.isChecked():
            return {"withBattery": False}
        battery: dict[str, Any] = {
            "withBattery": True,
            "batteryForm": self.battery_form.currentData(),
            "batteryType": self.battery_type.currentData(),
        }
        if self.battery_type_new.currentData():
            battery["batteryTypeNew"] = self.battery_type_new.currentData()
        if self.battery_number.value():
            battery["batteryNumber"] = self.battery_number.value()
        return battery

    def problems(self, data: dict[str, Any]) -> dict[str, list[str]]:
        """field key -> problems: the catalog's checks plus URLs that are not web addresses."""
        found: dict[str, list[str]] = {}
        for problem in problems_for(catalog.get(ENDPOINT), [data]):
            match = FIELD_OF_PATH.match(problem.path)
            key = match.group(1) if match else "referenceSKUID"
            key = "length" if key in ("width", "height", "dimensionUnit") else key
            key = "weight" if key == "weightUnit" else key
            found.setdefault(key if key in self.problem_labels else "referenceSKUID", []).append(
                problem.message
            )
        for key, urls in (
            ("SKUPictureURLList", [p["SKUPictureURL"] for p in data.get("SKUPictureURLList", [])]),
            ("salesURL", [data["salesURL"]] if "salesURL" in data else []),
        ):
            bad = [u for u in urls if not URL.match(u)]
            if bad:
                found.setdefault(key, []).append(
                    self.tr("not a web address: {urls}").format(urls=", ".join(bad))
                )
        return found

    def show_problems(self, problems: dict[str, list[str]]) -> None:
        for key, label in self.problem_labels.items():
            messages = problems.get(key, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))

    # --- sending -----------------------------------------------------------------------------

    def send(self) -> None:
        """Check, then create; with any problem nothing is sent and the form stays as typed."""
        if self.writer.busy:
            return
        self.errors.clear()
        data = self.data()
        problems = self.problems(data)
        self.show_problems(problems)
        if problems:
            self.created.setText(self.tr("Fix the marked fields; nothing was sent."))
            return
        self.created.clear()
        self.writer.send(
            ENDPOINT, [data], action="create SKU", message=self.tr("Creating the SKU at OC..."),
            on_done=lambda result: self._created(self._mfskuid(result.rows())),
            on_error=self._failed, on_found=lambda verdict: self._created(verdict.numbers[0]),
        )  # fmt: skip

    @staticmethod
    def _mfskuid(rows: list[dict[str, Any]]) -> str:
        return str(lenient.get(rows[0], "MFSKUID") or "") if rows else ""

    def _created(self, mfskuid: str) -> None:
        self.created.setText(
            f"<span style='font-size:20pt; font-weight:bold'>{mfskuid}</span><br>"
            + self.tr(
                "Created as a <b>draft</b>: complete it in OC's seller portal; OC reviews it "
                "before inbound and outbound orders can use it."
            )
        )
        self.sig_created.emit(mfskuid)

    def _failed(self, error: Exception) -> None:
        self.errors.show_error(error)


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return box


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return box
