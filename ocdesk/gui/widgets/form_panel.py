"""A panel of field editors for a tuple of catalog fields; objects nest as group boxes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ocdesk.api.catalog import Field
from ocdesk.gui.field_paths import Path
from ocdesk.gui.widgets.form_fields import (
    BoolEditor,
    DateEditor,
    EnumEditor,
    FieldEditor,
    NumberEditor,
    Problem,
    ScalarListEditor,
    TextEditor,
    field_caption,
)
from ocdesk.gui.widgets.form_table import ArrayTable
from ocdesk.gui.words import field_tip


def make_editor(field: Field, parent: QWidget | None = None) -> FieldEditor:
    """The editor for a field's kind; only the kind decides, never the endpoint."""
    if field.kind == "object":
        return GroupEditor(field, parent)
    if field.kind == "array":
        return ArrayTable(field, parent) if field.fields else ScalarListEditor(field, parent)
    if field.enum:
        return EnumEditor(field, parent)
    if field.kind in ("int", "number"):
        return NumberEditor(field, parent)
    if field.kind == "boolean":
        return BoolEditor(field, parent)
    if field.kind in ("date", "datetime"):
        return DateEditor(field, parent)
    return TextEditor(field, parent)


def field_label(field: Field) -> QLabel:
    """The field's title (OC's key in the tooltip); required ones are bold with a "*"."""
    label = QLabel(field_caption(field))
    if field.required:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    label.setToolTip(field_tip(field.name, field.shown_help))
    return label


class FieldsPanel(QWidget):
    """Editors for `fields`; keys it has no field for are kept and sent back unchanged."""

    def __init__(self, fields: tuple[Field, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, FieldEditor] = {}
        self._extras: dict[str, Any] = {}
        self._extras_label = QLabel(self)
        self._extras_label.setWordWrap(True)
        self._extras_label.hide()
        layout = QFormLayout(self)
        for field in fields:
            editor = make_editor(field, self)
            self.editors[field.name] = editor
            if isinstance(editor, GroupEditor):
                layout.addRow(editor.widget)
            else:
                layout.addRow(field_label(field), editor.widget)
        layout.addRow(self._extras_label)

    def value(self) -> dict[str, Any]:
        data = dict(self._extras)
        for name, editor in self.editors.items():
            value = editor.value()
            if value is not None:
                data[name] = value
        return data

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        for name, editor in self.editors.items():
            editor.set_value(data.get(name))
        self._extras = {k: v for k, v in data.items() if k not in self.editors}
        self._extras_label.setText(
            self.tr("Also sent as given: {keys}").format(keys=", ".join(self._extras))
        )
        self._extras_label.setVisible(bool(self._extras))

    def problems(self) -> list[Problem]:
        found = []
        for name, editor in self.editors.items():
            found += [([name, *path], text) for path, text in editor.problems()]
        return found

    def show_problem(self, path: Path, message: str) -> bool:
        editor = self.editors.get(path[0]) if path and isinstance(path[0], str) else None
        return editor.show_problem(path[1:], message) if editor is not None else False

    def clear_problems(self) -> None:
        for editor in self.editors.values():
            editor.clear_problems()

    def line_edits(self) -> list[QLineEdit]:
        return [e for editor in self.editors.values() for e in editor.line_edits()]


class GroupEditor(FieldEditor):
    """An object field: its sub-fields in a titled box."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        box = QGroupBox(field_caption(field))
        if field.required:
            # A style sheet, not setFont: a font set on the box would turn every child bold.
            box.setObjectName("requiredGroup")
            box.setStyleSheet("QGroupBox#requiredGroup { font-weight: bold; }")
        self.panel = FieldsPanel(field.fields)
        QVBoxLayout(box).addWidget(self.panel)
        self._set_input(box)
        box.setToolTip(field_tip(field.name, field.shown_help))

    def value(self) -> Any:
        return self.panel.value() or None

    def set_value(self, value: Any) -> None:
        self.panel.set_value(value)

    def problems(self) -> list[Problem]:
        return self.panel.problems()

    def show_problem(self, rest: Path, message: str) -> bool:
        return self.panel.show_problem(rest, message) or super().show_problem(rest, message)

    def clear_problems(self) -> None:
        super().clear_problems()
        self.panel.clear_problems()

    def line_edits(self) -> list[QLineEdit]:
        return self.panel.line_edits()
