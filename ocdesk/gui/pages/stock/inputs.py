"""Inputs the Stock and Finance pages share: warehouse choice, SKU list, a checked date range."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.dates import lookback_limit
from ocdesk.api.errors import ValidationError
from ocdesk.api.identifiers import IdKind, classify
from ocdesk.gui.context import AppContext
from ocdesk.gui.defaults import ALL_REGIONS
from ocdesk.gui.pages.kit.services import service_cache
from ocdesk.gui.widgets.date_picker import date_picker, picked_date
from ocdesk.gui.widgets.form_fields import set_problem_look
from ocdesk.jobs.windows import check_range

ERROR_STYLE = "color: #a50e0e;"
REGION_COLUMNS = 4


def known_regions(context: AppContext) -> list[str]:
    """The warehouses of the cached service list, else the ones OC is known to have."""
    return service_cache(context).regions() or list(ALL_REGIONS)


def error_label(parent: QWidget) -> QLabel:
    """The red line under a field that says what is wrong and what to do."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class RegionChecks(QWidget):
    """A checkbox per warehouse, with All / None; follows the service list when it changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.boxes: dict[str, QCheckBox] = {}
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        all_button = QPushButton(self.tr("All"), self)
        none_button = QPushButton(self.tr("None"), self)
        all_button.clicked.connect(lambda: self.set_checked(list(self.boxes)))
        none_button.clicked.connect(lambda: self.set_checked([]))
        buttons = QHBoxLayout()
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        buttons.addStretch(1)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self._fill(known_regions(context))
        # A method, not a lambda: the connection ends with this widget, so a service list
        # arriving after it was closed touches no deleted checkbox.
        service_cache(context).sig_changed.connect(self._follow_services)

    def _follow_services(self) -> None:
        self._fill(known_regions(self.context))

    def _fill(self, regions: list[str]) -> None:
        """One box per region; boxes already there keep their state, new ones start checked."""
        if regions == list(self.boxes):
            return
        keep = {name: box.isChecked() for name, box in self.boxes.items()}
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for i, region in enumerate(regions):
            box = QCheckBox(region, self)
            box.setChecked(keep.get(region, True))
            self.boxes[region] = box
            self._grid.addWidget(box, i // REGION_COLUMNS, i % REGION_COLUMNS)

    def checked(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, regions: list[str]) -> None:
        for name, box in self.boxes.items():
            box.setChecked(name in regions)

    def validated(self) -> list[str] | None:
        """The chosen regions, or None after saying (here) that one is needed."""
        chosen = self.checked()
        self.error.setVisible(not chosen)
        self.error.setText(self.tr("Tick at least one warehouse."))
        return chosen or None


class SkuList(QWidget):
    """MFSKUIDs, one per line (pasted from a spreadsheet is fine); wrong lines are named."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMaximumHeight(64)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)

    def values(self) -> list[str]:
        """The non-empty lines, trimmed, each once, in the order typed."""
        seen: dict[str, None] = {}
        for line in self.edit.toPlainText().replace(",", "\n").splitlines():
            if line.strip():
                seen.setdefault(line.strip(), None)
        return list(seen)

    def set_values(self, values: list[str]) -> None:
        self.edit.setPlainText("\n".join(values))

    def validated(self) -> list[str] | None:
        """The MFSKUIDs, or None after naming the lines that are not MFSKUIDs."""
        values = self.values()
        wrong = [v for v in values if classify(v) is not IdKind.MFSKUID]
        set_problem_look(self.edit, bool(wrong))
        self.error.setVisible(bool(wrong))
        if wrong:
            self.error.setText(
                self.tr("Not an OC SKU id (MFSKUID, like OC0000255606056): {ids}").format(
                    ids=", ".join(wrong[:5]) + (" ..." if len(wrong) > 5 else "")
                )
            )
            return None
        return list(dict.fromkeys(v.upper() for v in values))


class DateRange(QWidget):
    """From / To dates with OC's limits checked before anything is sent.

    The refusal shows under the field it concerns, in OC's words plus what to do instead.
    """

    sig_changed = Signal()

    def __init__(self, endpoint_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.endpoint_id = endpoint_id
        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        self.start_error = error_label(self)
        self.end_error = error_label(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("From"), self), 0, 0)
        grid.addWidget(self.start_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("To"), self), 0, 2)
        grid.addWidget(self.end_edit, 0, 3)
        grid.setColumnStretch(4, 1)
        grid.addWidget(self.start_error, 1, 0, 1, 5)
        grid.addWidget(self.end_error, 2, 0, 1, 5)
        self.set_last_days(30)

    def _date_edit(self) -> QDateEdit:
        edit = date_picker(parent=self)
        edit.dateChanged.connect(self.sig_changed)
        return edit

    def set_last_days(self, days: int) -> None:
        today = date.today()
        self.set_dates(today - timedelta(days=days), today)

    def set_dates(self, start: date, end: date) -> None:
        self.start_edit.setDate(QDate(start))
        self.end_edit.setDate(QDate(end))

    def span(self, now: datetime | None = None) -> tuple[datetime, datetime]:
        """From the start of the first day to the end of the last (or now, if sooner).

        A start on the very day 12 months back begins at the earliest moment OC accepts.
        """
        now = now or datetime.now().astimezone()
        start = datetime.combine(picked_date(self.start_edit), time()).astimezone()
        end = datetime.combine(picked_date(self.end_edit), time(23, 59, 59)).astimezone()
        earliest = lookback_limit(now) + timedelta(minutes=1)
        if start.date() == earliest.date():
            start = max(start, earliest)
        return start, min(end, now)

    def validated(self, now: datetime | None = None) -> tuple[datetime, datetime] | None:
        """The range, or None after showing OC's refusal next to the field it concerns."""
        self.clear_problems()
        start, end = self.span(now)
        try:
            check_range(self.endpoint_id, start, end, now)
        except ValidationError as exc:
            for problem in exc.problems:
                is_end = problem.path == "endTime"
                label = self.end_error if is_end else self.start_error
                label.setText(
                    problem.message if not is_end else self.tr("The end is before the start.")
                )
                label.show()
                set_problem_look(self.end_edit if is_end else self.start_edit, True)
            return None
        return start, end

    def _refusal(self, is_end: bool, now: datetime | None) -> str:
        """OC's words for a start too old, and the first day that works."""
        if is_end:
            return self.tr("The end is before the start: pick a later end date.")
        first = (lookback_limit(now or datetime.now().astimezone()) + timedelta(days=1)).date()
        return self.tr(
            "Query timeslot is only valid for the last 12 months. "
            "Choose a start on or after {date}."
        ).format(date=first.isoformat())

    def clear_problems(self) -> None:
        for label, edit in ((self.start_error, self.start_edit), (self.end_error, self.end_edit)):
            label.hide()
            set_problem_look(edit, False)
