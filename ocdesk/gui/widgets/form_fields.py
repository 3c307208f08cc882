"""Editors for one scalar catalog field each (text, number, enum, boolean, date), and their base.

An editor turns what the user typed into the value OC expects, `None` meaning "leave it out",
and shows problems for its field in red right under the input.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api import dates
from ocdesk.api.catalog import Field
from ocdesk.gui.field_paths import Path, readable_path
from ocdesk.gui.widgets.date_picker import (
    date_picker,
    date_time_picker,
    picked_date,
    picked_datetime,
)
from ocdesk.gui.words import field_title

Problem = tuple[Path, str]

PROBLEM_COLOR = "#c62828"
_INT_TEXT = re.compile(r"-?\d+")
_NUMBER_TEXT = re.compile(r"-?(\d+\.?\d*|\.\d+)")
_TRUE = ("true", "yes", "y", "1")
_FALSE = ("false", "no", "n", "0")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogForm", text)


def field_caption(field: Field) -> str:
    """The field's readable title; a required one ends with " *"."""
    return field_title(field.name) + (" *" if field.required else "")


def scalar_text(value: Any) -> str:
    """How a value is written into a text box or a table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def parse_scalar(kind: str, text: str) -> tuple[Any, str | None]:
    """(value, problem) for typed text; on a problem the text itself is kept as the value."""
    text = text.strip()
    if kind == "int":
        return (
            (int(text), None)
            if _INT_TEXT.fullmatch(text)
            else (text, _tr("must be a whole number"))
        )
    if kind == "number":
        if _INT_TEXT.fullmatch(text):
            return int(text), None
        return (
            (float(text), None) if _NUMBER_TEXT.fullmatch(text) else (text, _tr("must be a number"))
        )
    if kind == "boolean":
        if text.lower() in _TRUE:
            return True, None
        return (False, None) if text.lower() in _FALSE else (text, _tr("must be true or false"))
    return text, None


class FieldEditor:
    """One field's input plus the red problem text under it."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        self.field = field
        self.widget = QWidget(parent)
        self.error_label = QLabel(self.widget)
        self.error_label.setStyleSheet(f"color: {PROBLEM_COLOR};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._layout = QVBoxLayout(self.widget)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.error_label)
        self.input: QWidget = self.widget

    def _set_input(self, widget: QWidget) -> None:
        self.input = widget
        self._layout.insertWidget(0, widget)
        if self.field.help:
            widget.setToolTip(self.field.shown_help)

    def value(self) -> Any:
        """The value to send, or None to leave the field out."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def problems(self) -> list[Problem]:
        """Input that cannot become the value OC expects (checked before sending)."""
        return []

    def line_edits(self) -> list[QLineEdit]:
        """Inputs where Enter should send the form."""
        return [self.input] if isinstance(self.input, QLineEdit) else []

    def show_problem(self, rest: Path, message: str) -> bool:
        """Show `message` for this field (`rest` leads inside it); False when it has no place."""
        text = f"{readable_path(rest)}: {message}" if rest else message
        self._add_error(text)
        return True

    def _add_error(self, text: str) -> None:
        old = self.error_label.text()
        self.error_label.setText(f"{old}\n{text}" if old else text)
        self.error_label.show()
        set_problem_look(self.input, True)

    def clear_problems(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        set_problem_look(self.input, False)


def set_problem_look(widget: QWidget, on: bool) -> None:
    """Red frame through the form's style sheet (`*[problem="true"]`)."""
    if bool(widget.property("problem")) == on:
        return
    widget.setProperty("problem", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QLineEdit()
        if field.max_length:
            self.edit.setMaxLength(field.max_length)
        self.edit.setPlaceholderText(field.shown_help)
        self._set_input(self.edit)

    def value(self) -> Any:
        # Stray spaces around an id make OC answer "not found"; they are never meant.
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(scalar_text(value))


class NumberEditor(TextEditor):
    """A number that can be left empty (a spin box always holds some number)."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        pattern = r"-?\d*" if field.kind == "int" else r"-?\d*\.?\d*"
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self.edit))
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        limits = [f"≥ {field.minimum:g}" if field.minimum is not None else "",
                  f"≤ {field.maximum:g}" if field.maximum is not None else ""]  # fmt: skip
        if any(limits) and not field.help:
            self.edit.setPlaceholderText(" ".join(x for x in limits if x))

    def value(self) -> Any:
        text = self.edit.text().strip()
        return parse_scalar(self.field.kind, text)[0] if text else None

    def problems(self) -> list[Problem]:
        text = self.edit.text().strip()
        problem = parse_scalar(self.field.kind, text)[1] if text else None
        return [([], problem)] if problem else []


class EnumEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox()
        if not field.required:
            self.combo.addItem("")
        self.combo.addItems(list(field.enum))
        self._set_input(self.combo)

    def value(self) -> Any:
        return self.combo.currentText() or None

    def set_value(self, value: Any) -> None:
        text = scalar_text(value)
        if self.combo.findText(text) < 0:
            self.combo.addItem(text)  # C6: a value we do not know is shown, never dropped
        self.combo.setCurrentIndex(self.combo.findText(text))


class BoolEditor(FieldEditor):
    """A check box; an optional one has a third, grey state meaning "not sent"."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.box = QCheckBox()
        if not field.required:
            self.box.setTristate(True)
            self.box.setCheckState(Qt.CheckState.PartiallyChecked)
            self.box.setText(_tr("(not sent)"))
            self.box.stateChanged.connect(self._relabel)
        self._set_input(self.box)

    def _relabel(self) -> None:
        state = self.box.checkState()
        self.box.setText({Qt.CheckState.PartiallyChecked: _tr("(not sent)"),
                          Qt.CheckState.Checked: _tr("yes")}.get(state, _tr("no")))  # fmt: skip

    def value(self) -> Any:
        state = self.box.checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked

    def set_value(self, value: Any) -> None:
        if value is None and self.box.isTristate():
            self.box.setCheckState(Qt.CheckState.PartiallyChecked)
            return
        checked = parse_scalar("boolean", scalar_text(value))[0] is True
        self.box.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class DateEditor(FieldEditor):
    """A date or date-time picker writing OC's formats; an optional one has a "send" box."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.with_time = field.kind == "datetime"
        self.picker = date_time_picker(seconds=True) if self.with_time else date_picker()
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.send_box = QCheckBox(_tr("include"))
        self.send_box.setToolTip(_tr("Send this date; unticked, the field is left out"))
        self.send_box.setVisible(not field.required)
        self.send_box.toggled.connect(self.picker.setEnabled)
        self.picker.setEnabled(field.required)
        layout.addWidget(self.send_box)
        layout.addWidget(self.picker, 1)
        self._set_input(row)

    def value(self) -> Any:
        if not (self.field.required or self.send_box.isChecked()):
            return None
        if self.with_time:
            return dates.format_datetime(picked_datetime(self.picker))
        return dates.format_date(picked_date(self.picker))

    def set_value(self, value: Any) -> None:
        if value in (None, ""):
            self.send_box.setChecked(False)
            return
        try:
            moment = dates.parse_datetime(value)
        except ValueError as exc:
            self._add_error(str(exc))
            return
        self.send_box.setChecked(True)
        if self.with_time:
            local = moment.astimezone().replace(tzinfo=None)
            self.picker.setDateTime(QDateTime(local))
        else:
            self.picker.setDate(QDate(moment.date()))


class ScalarListEditor(FieldEditor):
    """An array of strings or numbers: one item per line (pasting a spreadsheet column works)."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(field.shown_help or _tr("One per line"))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 5 + 12)
        self._set_input(self.edit)

    def _lines(self) -> list[str]:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def _parsed(self) -> list[tuple[Any, str | None]]:
        return [parse_scalar(self.field.item_kind or "string", line) for line in self._lines()]

    def value(self) -> Any:
        return [v for v, _ in self._parsed()] or None

    def set_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else ([] if value is None else [value])
        self.edit.setPlainText("\n".join(scalar_text(v) for v in items))

    def problems(self) -> list[Problem]:
        return [([i], p) for i, (_, p) in enumerate(self._parsed()) if p]

    def show_problem(self, rest: Path, message: str) -> bool:
        if rest and isinstance(rest[0], int):
            line = _tr("line {n}").format(n=rest[0] + 1)
            self._add_error(f"{line}: {message}")
            return True
        return super().show_problem(rest, message)
