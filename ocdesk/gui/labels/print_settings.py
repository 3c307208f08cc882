"""Choose the printer, label stock and print path for one label type, saved in the settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.choice import (
    AUTO_DPI,
    VIA_CUPS,
    VIA_QT,
    PrinterChoice,
    known_addresses,
    load_choice,
    remember_address,
    save_choice,
)
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.labels.presets import PRESETS
from ocdesk.labels.printing import available_printers, cups_available, default_printer
from ocdesk.labels.raw.address import AddressError, is_address, parse_address

_TYPE_NAMES = {
    "return": (QT_TRANSLATE_NOOP("Labels", "return label"),
               QT_TRANSLATE_NOOP("Labels", "return labels")),
    "carton": (QT_TRANSLATE_NOOP("Labels", "inbound carton label"),
               QT_TRANSLATE_NOOP("Labels", "inbound carton labels")),
    "sku": (QT_TRANSLATE_NOOP("Labels", "SKU label"), QT_TRANSLATE_NOOP("Labels", "SKU labels")),
    "file": (QT_TRANSLATE_NOOP("Labels", "PDF file"), QT_TRANSLATE_NOOP("Labels", "PDF files")),
}  # fmt: skip


def type_title(label_type: str, *, plural: bool = True) -> str:
    """How a label type is named to the user ("SKU labels", or "SKU label")."""
    names = _TYPE_NAMES.get(label_type)
    if names is None:
        text = (QT_TRANSLATE_NOOP("Labels", "{type} labels") if plural
                else QT_TRANSLATE_NOOP("Labels", "{type} label"))  # fmt: skip
        return QCoreApplication.translate("Labels", text).format(type=label_type)
    return QCoreApplication.translate("Labels", names[plural])


@dataclass(frozen=True)
class _System:
    """What the system offers, looked up off the GUI thread (CUPS may take a while)."""

    printers: list[str]
    default: str | None
    cups: bool


# The printer list's last item: a label printer typed in by its address.
_BY_ADDRESS = "\x00by-address"


def _look_up_system() -> _System:
    return _System(available_printers(), default_printer(), cups_available())


class PrintSettingsDialog(QDialog):
    """Where labels of one type print: printer, stock (or Auto), and how: drawn for any printer
    (through Qt) or the label file as it is (the PDF straight to a CUPS queue)."""

    def __init__(self, context: AppContext, label_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.label_type = label_type
        self._current = load_choice(context.stores.profiles, label_type)
        self._cups = False  # until the system was asked
        self.setWindowTitle(self.tr("Print settings: {what}").format(what=type_title(label_type)))
        self.setMinimumWidth(460)
        self.printer_box = QComboBox(self)
        self.printer_box.currentIndexChanged.connect(self._printer_changed)
        self.address_edit = QLineEdit(self)
        self.address_edit.setPlaceholderText(self.tr("e.g. zpl://192.168.1.50 or tspl://192.168.1.51"))
        self.address_edit.setToolTip(self.tr(
            "A label printer on the network or on this computer, printed to directly in its own "
            "language, no driver needed: zpl:// for Zebra printers, tspl:// for TSC, Xprinter "
            "and similar ones. Add :9100 for another port, ?dpi=300 for a 300 dpi printer; "
            "zpl:///dev/usb/lp0 for one on a USB port."))  # fmt: skip
        self.address_hint = QLabel(self.tr(
            "zpl:// for Zebra printers, tspl:// for TSC, Xprinter and similar ones; add "
            "?dpi=300 for a 300 dpi printer. The label goes to the printer as its own dots: no "
            "driver, nothing to set up on this computer."), self)  # fmt: skip
        self.address_hint.setWordWrap(True)
        self.address_hint.setStyleSheet("color: palette(placeholder-text);")
        self.address_error = QLabel(self)
        self.address_edit.textEdited.connect(lambda _text: self.address_error.hide())
        self.address_error.setWordWrap(True)
        self.address_error.setStyleSheet("color: #b00020;")
        self.address_error.hide()
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.preset_box = QComboBox(self)
        self.preset_box.addItem(
            self.tr("Auto: the label's own size ({dpi} dpi thermal)").format(dpi=AUTO_DPI), None
        )
        for preset in PRESETS:
            self.preset_box.addItem(preset.title, preset.key)
        self.via_qt = QRadioButton(self.tr("Standard: prepared for any printer"), self)
        self.via_qt.setToolTip(self.tr("The label is drawn for the printer by its own driver."))
        self.via_cups = QRadioButton(
            self.tr("Direct: the label file as it is, straight to the printer's queue"), self
        )
        self.via_cups.setToolTip(
            self.tr("The label's PDF goes unchanged to the system's print service (CUPS); "
                    "for printers set up to take PDF labels.")
        )  # fmt: skip
        self.via_cups.setEnabled(False)
        group = QButtonGroup(self)
        group.addButton(self.via_qt)
        group.addButton(self.via_cups)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._show_current()
        self._printer_changed()
        self.refresh()

    def _layout(self) -> None:
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.printer_box, 1)
        printer_row.addWidget(self.refresh_button)
        form = QFormLayout()
        form.addRow(self.tr("Printer:"), printer_row)
        form.addRow("", self.status)
        address_column = QVBoxLayout()
        address_column.setSpacing(2)
        for widget in (self.address_edit, self.address_error, self.address_hint):
            address_column.addWidget(widget)
        form.addRow(self.tr("Address:"), address_column)
        self._address_rows, self._address_row = form, form.rowCount() - 1
        form.addRow(self.tr("Label stock:"), self.preset_box)
        form.addRow(self.tr("How to print:"), self.via_qt)
        form.addRow("", self.via_cups)
        note = QLabel(
            self.tr(
                "Labels always print at their true size, never fitted to the paper. Auto "
                "picks the stock from the label's own page size."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        # The dialog follows its rows (the address and its error come and go); wrapped words
        # keep their height at the dialog's width.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _show_current(self) -> None:
        current = self._current
        self.via_qt.setChecked(current is None or current.via == VIA_QT)
        self.via_cups.setChecked(current is not None and current.via == VIA_CUPS)
        index = self.preset_box.findData(current.preset_key if current else None)
        self.preset_box.setCurrentIndex(max(index, 0))

    # --- the system's printers ---------------------------------------------------------------
    def refresh(self) -> None:
        """Ask the system for its printers again (after adding one in the OS settings)."""
        self.refresh_button.setEnabled(False)
        self._save_button().setEnabled(False)
        self.status.setText(self.tr("Looking for printers…"))
        op = self._context.api.run(_look_up_system, owner=self)
        op.on_done(self._show_system).on_error(self._system_failed).start()

    def _show_system(self, system: _System) -> None:
        self.refresh_button.setEnabled(True)
        self._cups = system.cups
        wanted = self._current.printer if self._current else system.default
        addresses = known_addresses(self._context.stores.profiles)
        if wanted and is_address(wanted) and wanted not in addresses:
            addresses.insert(0, wanted)
        self.printer_box.blockSignals(True)
        self.printer_box.clear()
        self.printer_box.addItems(system.printers)
        self.printer_box.addItems(addresses)
        if wanted and wanted not in system.printers + addresses:
            # Keep a saved printer that is offline now, marked, so the setting is not lost.
            self.printer_box.addItem(self.tr("{name} (not available)").format(name=wanted), wanted)
        self.printer_box.addItem(self.tr("Label printer by address (no driver)…"),
                                 _BY_ADDRESS)  # fmt: skip
        for index in range(self.printer_box.count()):
            if self._printer_at(index) == wanted:
                self.printer_box.setCurrentIndex(index)
        self.printer_box.blockSignals(False)
        self._printer_changed()
        self._save_button().setEnabled(True)
        self.status.setText(self._status_text(system))
        self.status.setVisible(bool(self.status.text()))

    def _status_text(self, system: _System) -> str:
        if not system.printers:
            return self.tr(
                "No printers found. Add the label printer in the system's printer settings "
                "(on Linux and macOS: CUPS, http://localhost:631), then press Refresh; or "
                "choose a label printer by its address."
            )
        if not system.cups:
            return self.tr(
                "The system's print service is not running here, so labels print the "
                "standard way."
            )
        return ""

    def _system_failed(self, exc: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("Could not list the printers: {error}").format(error=exc))

    def _printer_at(self, index: int) -> str:
        return self.printer_box.itemData(index) or self.printer_box.itemText(index)

    def _by_address(self) -> bool:
        """True when the printer is to be typed in as an address."""
        return self._printer_at(self.printer_box.currentIndex()) == _BY_ADDRESS

    def _printer_changed(self) -> None:
        """A label printer by address shows the address field; it prints the one direct way."""
        by_address = self._by_address()
        self._address_rows.setRowVisible(self._address_row, by_address)
        self.address_error.hide()
        if by_address:
            self.address_edit.setFocus()
        direct = by_address or is_address(self.printer_box.currentText())
        self.via_qt.setEnabled(not direct)
        self.via_cups.setEnabled(not direct and self._cups)
        if not self._cups and self.via_cups.isChecked():
            self.via_qt.setChecked(True)

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # --- the answer --------------------------------------------------------------------------
    def choice(self) -> PrinterChoice:
        """What the dialog shows now."""
        via = VIA_CUPS if self.via_cups.isChecked() else VIA_QT
        printer = self._printer_at(self.printer_box.currentIndex())
        if self._by_address():
            printer = self.address_edit.text().strip()
        try:
            address = parse_address(printer)
        except AddressError:
            address = None  # accept() says what is wrong with it
        return PrinterChoice(str(address or printer), self.preset_box.currentData(), via)

    def accept(self) -> None:
        """Saves the choice; an address that cannot be used is said under its field instead."""
        choice = self.choice()
        if is_address(choice.printer) or self._by_address():
            address = self._checked_address(choice.printer)
            if address is None:
                return
            choice = PrinterChoice(address, choice.preset_key, choice.via)
            remember_address(self._context.stores.profiles, address)
        if choice.printer:
            save_choice(self._context.stores.profiles, self.label_type, choice)
        super().accept()

    def _checked_address(self, typed: str) -> str | None:
        """The address as it is kept, or None with the reason shown next to the field."""
        try:
            address = parse_address(typed)
        except AddressError as exc:
            wrong = str(exc)
        else:
            if address is not None:
                return str(address)
            wrong = self.tr(
                "Type the printer's address, starting with zpl:// (Zebra) or tspl:// (TSC, "
                "Xprinter and similar), e.g. zpl://192.168.1.50.")  # fmt: skip
        self.address_error.setText(wrong)
        self.address_error.show()
        self.address_edit.setFocus()
        return None
