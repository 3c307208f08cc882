"""F2 at the station: where each label type prints, a way to change it, and a test page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.controller import PrintController, PrinterChoice
from ocdesk.gui.labels.print_settings import PrintSettingsDialog, type_title
from ocdesk.gui.labels.starting import StartingPrinters, capital, look_up, printer_words
from ocdesk.gui.station.printers import no_printer_words
from ocdesk.gui.station.sample import page_mm, print_test_page
from ocdesk.gui.words import short_time
from ocdesk.jobs.requests import label_types
from ocdesk.jobs.station_plan import PrinterSource
from ocdesk.labels.printing import PrintOutcome


class StationPrintersDialog(QDialog):
    """Per label type: its printer and why, Change… (the print settings) and a test page.

    `sig_test_printed(label_type, PrintOutcome)` fires when a test page's outcome is shown.
    """

    sig_test_printed = Signal(str, object)

    def __init__(
        self,
        context: AppContext,
        controller: PrintController,
        printers: StartingPrinters,
        first: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._controller = controller
        self.printers = printers
        self.setWindowTitle(self.tr("Station printers: where each kind of label prints"))
        self.setMinimumWidth(620)
        self.where: dict[str, QLabel] = {}
        self.change_buttons: dict[str, QPushButton] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for row, label_type in enumerate(label_types()):
            self._add_row(grid, row, label_type)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show()
        self.test_buttons.get(first, self.test_buttons[label_types()[0]]).setFocus()

    def _add_row(self, grid: QGridLayout, row: int, label_type: str) -> None:
        title = QLabel(f"<b>{capital(type_title(label_type))}</b>", self)
        self.where[label_type] = QLabel(self)
        self.where[label_type].setWordWrap(True)
        change = QPushButton(self.tr("Change…"), self)
        change.clicked.connect(lambda: self.change(label_type))
        width, height = page_mm(label_type)
        test = QPushButton(self.tr("Print a test page ({w:g} x {h:g} mm)").format(
            w=width, h=height), self)  # fmt: skip
        test.clicked.connect(lambda: self.print_test(label_type))
        self.change_buttons[label_type], self.test_buttons[label_type] = change, test
        grid.addWidget(title, row, 0)
        grid.addWidget(self.where[label_type], row, 1)
        grid.addWidget(change, row, 2)
        grid.addWidget(test, row, 3)
        grid.setColumnStretch(1, 1)

    def _show(self) -> None:
        for label_type, label in self.where.items():
            start = self.printers.starts[label_type]
            if start.source is PrinterSource.NONE:
                label.setText(no_printer_words(start))
            else:
                label.setText(printer_words(start))
            self.test_buttons[label_type].setEnabled(self._choice(label_type) is not None)

    def _choice(self, label_type: str) -> PrinterChoice | None:
        """A saved choice wins; else where the station starts."""
        return self._controller.choice_for(label_type) or self.printers.choice(label_type)

    # --- actions -------------------------------------------------------------------------------
    def change(self, label_type: str) -> None:
        """The print settings of one label type; what is saved there is shown here again."""
        if PrintSettingsDialog(self._context, label_type, self).exec():
            op = self._context.api.run(lambda: look_up(self._controller), owner=self)
            op.on_done(self._looked_up).start()

    def _looked_up(self, printers: StartingPrinters) -> None:
        self.printers = printers
        self._show()

    def print_test(self, label_type: str) -> None:
        """A sample label of the type's size on its printer; the outcome is said below."""
        choice = self._choice(label_type)
        if choice is None:
            return
        what = type_title(label_type, plural=False)
        self.status.setText(self.tr("Printing a test {what} on {printer}…").format(
            what=what, printer=choice.printer))  # fmt: skip
        op = self._context.api.run(
            lambda: print_test_page(self._controller, label_type, choice), owner=self
        )
        op.on_done(lambda sent: self._tested(label_type, choice.printer, sent.outcome))
        op.on_error(lambda exc: self._tested(label_type, choice.printer,
                                             PrintOutcome(False, None, str(exc))))  # fmt: skip
        op.start()

    def _tested(self, label_type: str, printer: str, outcome: PrintOutcome) -> None:
        width, height = page_mm(label_type)
        what = type_title(label_type, plural=False)
        if outcome.ok:
            text = self.tr("Test {what}: Printed on {printer} at {time}. It should measure "
                           "{w:g} x {h:g} mm with its frame whole.")  # fmt: skip
        else:
            text = self.tr("Test {what} did not print on {printer}: {reason}. Check that the "
                           "printer is on and has labels, or choose another with Change….")  # fmt: skip
        self.status.setText(text.format(what=what, printer=printer, reason=outcome.message,
                                        time=short_time(QTime.currentTime()), w=width,
                                        h=height))  # fmt: skip
        self.sig_test_printed.emit(label_type, outcome)
