"""The one date picker of the console: a calendar pop-up, dates shown as 2026-11-27 everywhere."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

# ISO dates read the same to every desk, whatever the computer's locale says (under the C
# locale Qt would show "27 11 2026").
DATE_FORMAT = "yyyy-MM-dd"
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


def date_picker(day: QDate | None = None, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(day or QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def date_time_picker(
    moment: QDateTime | None = None, parent: QWidget | None = None, *, seconds: bool = False
) -> QDateTimeEdit:
    edit = QDateTimeEdit(moment or QDateTime.currentDateTime(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_TIME_FORMAT + (":ss" if seconds else ""))
    return edit


# PySide6's stubs type `toPython()` as object; for QDate and QDateTime it is date and datetime.
def picked_date(edit: QDateTimeEdit) -> date:
    """The day the edit shows."""
    return cast(date, edit.date().toPython())


def picked_datetime(edit: QDateTimeEdit) -> datetime:
    """The (naive, local) moment the edit shows."""
    return cast(datetime, edit.dateTime().toPython())
