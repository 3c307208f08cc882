"""The question asked before a label that already printed goes to the printer again."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.words import moment_text
from ocdesk.labels.history import PrintRecord


def when_and_where(record: PrintRecord, this_desk: str = "") -> str:
    """ "Printed at 14:02 on Zebra-1 by Li Wei.", with the date when it was not today, in the
    user's locale; "on DESK-A (Zebra-1)" when another desk printed it (a shared database)."""
    clock = moment_text(datetime.fromtimestamp(record.at))
    text = QCoreApplication.translate("Reprint", "Printed at {time}").format(time=clock)
    if record.workstation and record.workstation != this_desk:
        text += QCoreApplication.translate("Reprint", " on {desk} ({printer})").format(
            desk=record.workstation, printer=record.printer or "?"
        )
    elif record.printer:
        text += QCoreApplication.translate("Reprint", " on {printer}").format(
            printer=record.printer
        )
    if record.user:
        text += QCoreApplication.translate("Reprint", " by {user}").format(user=record.user)
    return f"{text}."


class ReprintDialog(QDialog):
    """ "Printed at 14:02 on Zebra-1. Print again?" with a reason that goes into the history.

    "Don't print" is the default button: Enter pressed by habit must not print a duplicate.
    """

    def __init__(
        self, record: PrintRecord, parent: QWidget | None = None, this_desk: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print again?"))
        number = record.number or self.tr("this label")
        question = QLabel(
            self.tr("{number}: {when} Print again?").format(
                number=number, when=when_and_where(record, this_desk)
            ),
            self,
        )
        question.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason, e.g. label damaged or lost"))
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(
            self.tr("Print again"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Don't print"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.skip_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(QLabel(self.tr("Reason for the reprint:"), self))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, record: PrintRecord, parent: QWidget | None = None, this_desk: str = ""
    ) -> str | None:
        """The reason to reprint, or None when the user chose not to."""
        dialog = cls(record, parent, this_desk)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        reason = dialog.reason.text().strip()
        return reason or QCoreApplication.translate("ReprintDialog", "reprint")
