"""What the outbound and pricing pages share: a progress strip for long jobs, audit records, forms."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ocdesk.api.errors import FieldProblem
from ocdesk.gui.context import AppContext
from ocdesk.gui.widgets.form_fields import PROBLEM_COLOR, set_problem_look
from ocdesk.gui.workflows.services import RegionCombo, ServiceCombo
from ocdesk.workflows.jobs import Cancelled, Progress

INFO_STYLE = "QLabel { background: #e8f0fe; border: 1px solid #4a72c4; border-radius: 4px;" \
    " padding: 6px; }"  # fmt: skip
OK_STYLE = "QLabel { background: #e6f4ea; border: 1px solid #2e7d32; border-radius: 4px;" \
    " padding: 6px; }"  # fmt: skip


class JobBar(QWidget):
    """Progress of one long job and its Cancel button.

    `begin()` hands the job its `progress` and `cancelled` functions; progress is emitted from
    the worker thread and shown on the GUI thread (the signal is queued across threads). Cancel
    only asks the job to stop: it returns what it has, so partial results are kept.
    """

    sig_progress = Signal(int, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumHeight(14)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.sig_progress.connect(self._show)
        self.hide()

    def begin(self, text: str) -> tuple[Progress, Cancelled]:
        """Show the strip for a new job; returns (progress, cancelled) for the worker."""
        self._stop = threading.Event()
        stop = self._stop
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        return self.sig_progress.emit, stop.is_set

    def end(self) -> None:
        self.hide()

    def cancel(self) -> None:
        self._stop.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping after the current call…"))

    @property
    def cancelling(self) -> bool:
        return self._stop.is_set()

    @Slot(int, int, str)
    def _show(self, done: int, total: int, text: str) -> None:
        if self._stop.is_set() or not self.isVisible():
            return
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total else 0)
        self.label.setText(text)


# --- audit ------------------------------------------------------------------------------------


def profile_name(context: AppContext) -> str:
    return context.session.profile.name if context.session is not None else ""


def audit_now(
    context: AppContext,
    endpoint_id: str,
    action: str,
    numbers: Sequence[str],
    outcome: str,
    detail: str = "",
) -> None:
    """Record one write call in the audit log, off the GUI thread (the database is on disk)."""
    audit, profile = context.stores.audit, profile_name(context)
    keys = [n for n in numbers if n]
    context.api.run(
        lambda: audit.record(profile, endpoint_id, action, keys, outcome, detail)
    ).start()


def worker_audit(context: AppContext, action: str) -> Callable[[str, list[str], str], None]:
    """An audit function for a job already on a worker thread (bulk_create's `audit`)."""
    audit, profile = context.stores.audit, profile_name(context)

    def record(endpoint_id: str, numbers: list[str], outcome: str) -> None:
        audit.record(profile, endpoint_id, action, numbers, outcome)

    return record


# --- a plain form of labelled inputs ----------------------------------------------------------


def info_label(parent: QWidget, style: str = INFO_STYLE) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class FieldGrid(QWidget):
    """Labelled inputs keyed by the request field they fill, with a problem line under each.

    `sig_submit` fires on Enter in any line edit, so Enter sends the form.
    """

    sig_submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(
        self,
        name: str,
        label: str,
        widget: QWidget | None = None,
        *,
        required: bool = False,
        tip: str = "",
    ) -> QWidget:
        """A row for request field `name`; a QLineEdit unless another input is given."""
        widget = widget or QLineEdit(self)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.sig_submit)
        if tip:
            widget.setToolTip(tip)
        error = QLabel(self)
        error.setStyleSheet(f"color: {PROBLEM_COLOR};")
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        column = QFormLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setVerticalSpacing(1)
        column.addRow(widget)
        column.addRow(error)
        caption = QLabel(f"<b>{label}</b>" if required else label, self)
        self.form.addRow(caption, box)
        self.inputs[name], self.errors[name] = widget, error
        return widget

    def text(self, name: str) -> str:
        return widget_text(self.inputs[name])

    def set_text(self, name: str, value: str) -> None:
        widget = self.inputs[name]
        if isinstance(widget, RegionCombo):
            widget.set_region(value)
        elif isinstance(widget, ServiceCombo):
            widget.set_code(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentText(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)

    def values(self, names: Sequence[str] | None = None) -> dict[str, str]:
        """The non-empty texts, by field name."""
        found = {name: self.text(name) for name in names or self.inputs}
        return {name: text for name, text in found.items() if text}

    def show_problem(self, name: str, message: str) -> bool:
        error = self.errors.get(name)
        if error is None:
            return False
        old = error.text()
        if message in old.split("\n"):
            return True
        error.setText(f"{old}\n{message}" if old else message)
        error.show()
        set_problem_look(self.inputs[name], True)
        return True

    def clear_problems(self) -> None:
        for name, error in self.errors.items():
            error.clear()
            error.hide()
            set_problem_look(self.inputs[name], False)


def widget_text(widget: QWidget) -> str:
    """What an input holds as request text: the code of a service, the region typed or picked."""
    if isinstance(widget, ServiceCombo):
        return widget.code()
    if isinstance(widget, RegionCombo):
        return widget.region()
    if isinstance(widget, QComboBox):
        return widget.currentText().strip()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    return ""


def split_problem(problem: FieldProblem, prefix: str = "data[0].") -> tuple[str, str]:
    """(top field, rest of the path) of a problem: `data[0].productList[1].x` -> productList."""
    path = problem.path.removeprefix(prefix).removeprefix("data.")
    head = path.split(".", 1)[0].split("[", 1)[0]
    return head, path[len(head) :].lstrip(".")


def rest_path(rest: str) -> list[Any]:
    """`[1].skuQuantity` -> [1, "skuQuantity"]: the path an ArrayTable's show_problem takes."""
    parts: list[Any] = []
    for piece in rest.replace("]", "").replace("[", ".").split("."):
        if piece:
            parts.append(int(piece) if piece.isdigit() else piece)
    return parts
