"""CatalogForm: the request form for any endpoint, built from its catalog fields alone.

One generic form serves every endpoint: an object body is a panel of field editors, an array
body (`Body.ARRAY`) is one table with a row per item. A "JSON" toggle edits the same data as
text. Problems (from the client's validation or OC) appear in red under the field they name;
what the user typed is never touched by showing them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.catalog import Body, Endpoint, Field
from ocdesk.api.errors import FieldProblem
from ocdesk.gui.field_paths import join_path, parse_path, readable_path
from ocdesk.gui.widgets.form_fields import PROBLEM_COLOR
from ocdesk.gui.widgets.form_panel import FieldsPanel
from ocdesk.gui.widgets.form_table import ArrayTable
from ocdesk.gui.words import field_title

FORM_STYLE = f'*[problem="true"] {{ border: 1px solid {PROBLEM_COLOR}; }}'
_KEY_WORD = re.compile(r"\b[A-Za-z][A-Za-z0-9_]*\b")


class FormError(ValueError):
    """The form's input cannot become request data yet (bad JSON, a word in a number cell)."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def _problem(path: list[str | int], message: str) -> FieldProblem:
    return FieldProblem(join_path(["data", *path]), message)


class CatalogForm(QWidget):
    """A form for one endpoint's request data. `sig_submit(data)` fires on Send or Enter."""

    sig_submit = Signal(object)

    def __init__(self, endpoint: Endpoint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.endpoint = endpoint
        self._names = set(_field_names(endpoint.fields))
        self.setStyleSheet(FORM_STYLE)
        self.summary_label = _red_label(self)
        self.body = self._make_body()
        self.json_edit = QPlainTextEdit(self)
        self.json_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.json_error_label = _red_label(self)
        self.json_button = QPushButton(self.tr("JSON"), self)
        self.json_button.setCheckable(True)
        self.json_button.setToolTip(self.tr("Edit the request as JSON text"))
        self.json_button.setEnabled(self.body is not None)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setDefault(True)
        self.stack = QStackedWidget(self)
        self._lay_out()
        self.json_button.toggled.connect(self._on_json_toggled)
        self.send_button.clicked.connect(self.submit)
        for edit in self.body.line_edits() if self.body is not None else []:
            edit.returnPressed.connect(self.submit)

    def _make_body(self) -> FieldsPanel | ArrayTable | None:
        if self.endpoint.body is Body.NONE:
            return None
        if self.endpoint.body is Body.ARRAY:
            # The endpoint's fields describe one item of the `data` array.
            return ArrayTable(Field("data", "array", fields=self.endpoint.fields), self)
        return FieldsPanel(self.endpoint.fields, self)

    def _lay_out(self) -> None:
        form_page = QScrollArea(self)
        form_page.setWidgetResizable(True)
        if self.body is None:
            form_page.setWidget(QLabel(self.tr("This call sends no data."), self))
        else:
            form_page.setWidget(self.body if isinstance(self.body, QWidget) else self.body.widget)
        json_page = QWidget(self)
        json_layout = QVBoxLayout(json_page)
        json_layout.setContentsMargins(0, 0, 0, 0)
        json_layout.addWidget(self.json_edit, 1)
        json_layout.addWidget(self.json_error_label)
        self.stack.addWidget(form_page)
        self.stack.addWidget(json_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.json_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    # --- data ------------------------------------------------------------------------------

    @property
    def json_mode(self) -> bool:
        return self.json_button.isChecked()

    def data(self) -> Any:
        """The request data: only filled-in values, numbers as numbers.

        Raises FormError when the input cannot be read (a JSON syntax error, text in a number).
        """
        if self.json_mode:
            return self._json_data()
        if self.body is None:
            return None
        problems = [_problem(path, text) for path, text in self.body.problems()]
        if problems:
            raise FormError(problems)
        return self._form_data()

    def _form_data(self) -> Any:
        """The form's data even where some input is unreadable (kept as typed)."""
        if self.body is None:
            return None
        value = self.body.value()
        if self.endpoint.body is Body.ARRAY:
            return value or []
        return value

    def _json_data(self) -> Any:
        try:
            return json.loads(self.json_edit.toPlainText() or "null")
        except json.JSONDecodeError as exc:
            message = self.tr("Line {line}, column {column}: {reason}").format(
                line=exc.lineno, column=exc.colno, reason=exc.msg
            )
            raise FormError([FieldProblem("JSON", message)]) from None

    def set_data(self, data: Any) -> None:
        """Fill the form (and the JSON text) from request data."""
        if self.body is not None:
            self.body.set_value(data)
        self.json_edit.setPlainText(_dump(data))
        self.json_error_label.hide()

    def submit(self) -> None:
        """Emit `sig_submit(data)`, or show why the input cannot be sent."""
        try:
            data = self.data()
        except FormError as exc:
            self.show_problems(exc.problems)
            return
        self.clear_problems()
        self.sig_submit.emit(data)

    # --- problems --------------------------------------------------------------------------

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Put each problem next to its field; the rest go to the summary at the top."""
        self.clear_problems()
        unplaced = [p for p in problems if not self._place(p)]
        if unplaced:
            self.summary_label.setText("\n".join(self.describe(p) for p in unplaced))
            self.summary_label.show()

    def describe(self, problem: FieldProblem) -> str:
        """A problem in the form's words: "Order numbers: ..." rather than OC's key path."""
        message = self.in_words(problem.message)
        where = readable_path(parse_path(problem.path))
        return f"{where}: {message}" if where else message[:1].upper() + message[1:]

    def in_words(self, message: str) -> str:
        """Field keys of this form named in `message` become their titles.

        "give at least one of: orderNumberList, ..." -> "... Order numbers, ..."; words that
        are not this form's keys (enum values, units) stay as they were written.
        """
        return _KEY_WORD.sub(lambda m: field_title(m[0]) if m[0] in self._names else m[0], message)

    def _place(self, problem: FieldProblem) -> bool:
        if problem.path == "JSON":
            self.json_error_label.setText(problem.message)
            self.json_error_label.show()
            return True
        if self.json_mode or self.body is None:
            return False
        path = parse_path(problem.path)
        message = self.in_words(problem.message)
        if not path:  # the whole `data`: only an item table has a place for that
            return isinstance(self.body, ArrayTable) and self.body.show_problem([], message)
        return self.body.show_problem(path, message)

    def clear_problems(self) -> None:
        self.summary_label.clear()
        self.summary_label.hide()
        self.json_error_label.hide()
        if self.body is not None:
            self.body.clear_problems()

    # --- JSON toggle -----------------------------------------------------------------------

    def _on_json_toggled(self, on: bool) -> None:
        if on:
            self.json_edit.setPlainText(_dump(self._form_data()))
            self.json_error_label.hide()
            self.stack.setCurrentIndex(1)
            return
        try:
            data = self._json_data()
        except FormError as exc:
            self.show_problems(exc.problems)
            self.json_button.blockSignals(True)
            self.json_button.setChecked(True)  # stay in JSON until the text parses
            self.json_button.blockSignals(False)
            return
        if self.body is not None:
            self.body.set_value(data)
        self.clear_problems()
        self.stack.setCurrentIndex(0)


def _field_names(fields: Iterable[Field]) -> Iterable[str]:
    for field in fields:
        yield field.name
        yield from _field_names(field.fields)


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _red_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(f"color: {PROBLEM_COLOR};")
    label.setWordWrap(True)
    label.hide()
    return label
