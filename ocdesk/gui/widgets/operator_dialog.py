"""Who works at this desk: the name and workstation every print and write is recorded under."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ocdesk.store import operator
from ocdesk.store.operator import Operator, Prefs

ERROR_STYLE = "color: #b3261e;"


class OperatorDialog(QDialog):
    """Asks the operator's name (and the workstation's, the host name unless changed).

    Saved only when the name can be recorded; a wrong one is said next to the field.
    """

    def __init__(self, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who works at this desk?"))
        self._prefs = prefs
        self.saved: Operator | None = None
        now = operator.resolve(prefs)
        intro = QLabel(self.tr(
            "Your name is recorded with every label you print and everything you send to OC, so "
            "the history shows who did what. When someone else takes over the desk, click the "
            "name in the status bar to change it."), self)  # fmt: skip
        intro.setWordWrap(True)
        self.name = QLineEdit(now.name if now.named else "", self)
        self.name.setPlaceholderText(self.tr("e.g. Li Wei"))
        self.name.setMaxLength(operator.MAX_LENGTH)
        self.workstation = QLineEdit(self._prefs.get_pref(operator.WORKSTATION_PREF, ""), self)
        self.workstation.setPlaceholderText(operator.host_name())
        self.workstation.setMaxLength(operator.MAX_LENGTH)
        self.workstation.setToolTip(self.tr("Empty: this computer's name"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow("", self.problem)
        form.addRow(self.tr("Workstation:"), self.workstation)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def offer_names(self, names: list[str]) -> None:
        """The names used at the warehouse's desks, offered as the name is typed."""
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)

    def save(self) -> None:
        try:
            self.saved = operator.save(self._prefs, self.name.text(), self.workstation.text())
        except ValueError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            self.name.setFocus()
            return
        self.accept()
