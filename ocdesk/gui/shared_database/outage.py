"""While the shared database is away: printing asks first, batches wait, in the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ocdesk.gui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharedDatabaseOutage", text)


def print_anyway_question() -> str:
    return _tr(
        "The shared database cannot be reached, so ocdesk cannot check whether this label was "
        "already printed at another desk. Print anyway?"
    )


def not_printed_reason() -> str:
    """Why a label was held back when the user chose not to print without the check."""
    return _tr(
        "the shared database cannot be reached, so whether this label was already printed at "
        "another desk could not be checked. Print it again once the status bar says the shared "
        "database is connected."
    )


def kept_on_this_desk() -> str:
    """Said after a print recorded in this desk's own file (the shared database was away)."""
    return _tr("Recorded on this desk; will be shared when the database is back.")


def batch_waits() -> str:
    return _tr(
        "The batch was not started: the shared database cannot be reached, so the desks could "
        "not share it and labels could print twice. Start it again once the status bar says "
        "the shared database is connected."
    )


def database_away(context: AppContext) -> bool:
    """The shared database is known to be away (or to refuse this ocdesk) right now."""
    shared = context.shared_database
    return shared is not None and shared.down


def batch_blocked(context: AppContext) -> str | None:
    """Why a batch must not start now (the shared database is known to be away), or None."""
    return batch_waits() if database_away(context) else None


def print_state_unknown() -> str:
    """A card's print state while the history cannot be read."""
    return _tr("Print state unknown: the shared database cannot be reached")


class PrintAnywayQuestion(QMessageBox):
    """The question before printing without the reprint check; "Don't print" is the default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(_tr("Shared database cannot be reached"))
        self.setText(print_anyway_question())
        self.setInformativeText(_tr(
            "If you print, the print is recorded on this desk and shared when the database is "
            "back."))  # fmt: skip
        self.print_button = self.addButton(_tr("Print anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.skip_button = self.addButton(_tr("Don't print"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.skip_button)
        self.setEscapeButton(self.skip_button)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """True when the user chose to print anyway."""
        question = cls(parent)
        question.exec()
        return question.clickedButton() is question.print_button
