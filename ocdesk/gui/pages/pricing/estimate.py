"""The page both price estimates share: the parcel on the left, OC's services compared on the right.

The Outbound tab's instant freight estimate and the Pricing tab's cost estimate differ only in
how OC is asked (`submit`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.defaults import freight_example
from ocdesk.gui.ops import BusyBar
from ocdesk.gui.pages.pricing.compare import ServiceComparison
from ocdesk.gui.pages.pricing.inputs import EstimateInputs
from ocdesk.gui.widgets.error_panel import ErrorPanel


def example_parcel(now: datetime | None = None) -> dict[str, Any]:
    """The tab's example parcel (the same one the Pricing tab opens with)."""
    return freight_example(now or datetime.now().astimezone())


class EstimatePage(QWidget):
    """Inputs on the left, the comparison on the right; subclasses decide how OC is asked."""

    sig_rows_shown = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.inputs = EstimateInputs(context, self)
        self.submit_button = QPushButton(self.submit_label(), self)
        self.submit_button.setDefault(True)
        self.busy = BusyBar(self)
        self.error_panel = ErrorPanel(self)
        self.comparison = ServiceComparison(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.inputs, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        left_layout.addLayout(buttons)
        self.right = QWidget(self)
        self.right_layout = QVBoxLayout(self.right)
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.right_layout.addWidget(self.busy)
        self.right_layout.addWidget(self.error_panel)
        self.right_layout.addWidget(self.comparison, 1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.submit_button.clicked.connect(self.submit)
        self.inputs.sig_submit.connect(self.submit)

    def submit_label(self) -> str:
        return self.tr("Compare prices")

    def load_defaults(self) -> None:
        """Price the example parcel, so the page opens with prices on it."""
        self.inputs.set_data(example_parcel())
        self.submit()

    def submit(self) -> None:
        raise NotImplementedError

    def show_prices(self, rows: list[dict[str, Any]]) -> None:
        self.comparison.set_rows(rows)
        self.sig_rows_shown.emit(len(rows))

    def failed(self, error: Exception) -> None:
        self.error_panel.show_error(error)
