"""A response as a JSON tree (key, value, type), with a Raw pane showing the whole exchange (C1)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ocdesk.gui.words import QT_TRANSLATE_NOOP

COLUMNS = (QT_TRANSLATE_NOOP("JsonView", "Key"), QT_TRANSLATE_NOOP("JsonView", "Value"),
           QT_TRANSLATE_NOOP("JsonView", "Type"))  # fmt: skip
EXPAND_ALL_LIMIT = 500  # nodes; bigger documents open collapsed to stay quick
VALUE_PREVIEW = 200

# Credentials never shown in full, wherever they appear (headers, query strings, JSON bodies).
SECRET_NAMES = frozenset(
    {"access-token", "vauthorization", "authorization", "access_token", "refresh_token",
     "client_secret"}
)  # fmt: skip
# In a URL `code` is the one-time OAuth authorization code; in a body it is OC's result code.
URL_SECRET_NAMES = SECRET_NAMES | {"code"}

Index = QModelIndex | QPersistentModelIndex


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "string"


def value_text(value: Any) -> str:
    """The text copied for a value: strings bare, containers as indented JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=2)


def _preview(value: Any) -> str:
    if isinstance(value, dict):
        return f"{{{len(value)} key{'' if len(value) == 1 else 's'}}}"
    if isinstance(value, list):
        return f"[{len(value)} item{'' if len(value) == 1 else 's'}]"
    text = value if isinstance(value, str) else json.dumps(value)
    return text if len(text) <= VALUE_PREVIEW else text[: VALUE_PREVIEW - 1] + "…"


class _Node:
    """One JSON value in the tree; children are built the first time they are asked for."""

    __slots__ = ("key", "value", "parent", "row", "_children")

    def __init__(self, key: str, value: Any, parent: _Node | None, row: int) -> None:
        self.key = key
        self.value = value
        self.parent = parent
        self.row = row
        self._children: list[_Node] | None = None

    @property
    def children(self) -> list[_Node]:
        if self._children is None:
            if isinstance(self.value, dict):
                items: Iterable[tuple[str, Any]] = ((str(k), v) for k, v in self.value.items())
            elif isinstance(self.value, list):
                items = ((f"[{i}]", v) for i, v in enumerate(self.value))
            else:
                items = ()
            self._children = [_Node(k, v, self, i) for i, (k, v) in enumerate(items)]
        return self._children


def count_nodes(value: Any, limit: int) -> int:
    """Number of values in `value`, counting no further than `limit`."""
    count, stack = 0, [value]
    while stack and count < limit:
        item = stack.pop()
        count += 1
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return count


class JsonTreeModel(QAbstractItemModel):
    """Parsed JSON as a read-only tree of Key / Value / Type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._root = _Node("", None, None, 0)

    def set_document(self, value: Any) -> None:
        self.beginResetModel()
        if value is None:
            value = {}  # nothing to show (no body, or JSON null)
        elif not isinstance(value, dict | list):
            value = {"(value)": value}
        self._root = _Node("", value, None, 0)
        self.endResetModel()

    def node_value(self, index: Index) -> Any:
        return self._node(index).value

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._node(parent).children
        if not 0 <= row < len(children) or not 0 <= column < len(COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        value = self._node(parent).value
        return isinstance(value, dict | list) and bool(value) and parent.column() <= 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("JsonView", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return (node.key, _preview(node.value), json_type(node.value))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return value_text(node.value)[:4000]
        return None


def mask_secret(value: str) -> str:
    """Enough of a credential to tell two apart, never enough to use it."""
    scheme, _, token = value.rpartition(" ")
    shown = f"…{token[-4:]}" if len(token) > 16 else "…"
    return f"{scheme} {shown}" if scheme else shown


def _is_secret(name: str, names: frozenset[str] = SECRET_NAMES) -> bool:
    return name.strip().lower() in names


def mask_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]] | None) -> list[str]:
    pairs = headers.items() if isinstance(headers, Mapping) else (headers or [])
    return [f"{k}: {mask_secret(str(v)) if _is_secret(k) else v}" for k, v in pairs]


def mask_url(url: str) -> str:
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [
        (k, mask_secret(v) if _is_secret(k, URL_SECRET_NAMES) else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query, safe="…")))


def mask_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: mask_secret(str(v)) if _is_secret(str(k)) and v else mask_json(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [mask_json(v) for v in value]
    return value


def body_text(body: Any) -> str:
    """A request or response body for reading: JSON pretty-printed (secrets masked), else as-is."""
    if body is None or body == "" or body == b"":
        return "(empty)"
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError:
            return body
    return json.dumps(mask_json(body), ensure_ascii=False, indent=2)


def format_exchange(exchange: Any) -> str:
    """The whole HTTP exchange as text, the way a support ticket needs it."""
    lines = [f"{exchange.method} {mask_url(exchange.url)}"]
    lines += mask_headers(exchange.request_headers)
    lines += ["", body_text(exchange.request_body), "", f"HTTP {exchange.status}"]
    lines += mask_headers(exchange.response_headers)
    lines += ["", body_text(exchange.response_text)]
    return "\n".join(lines)


class JsonView(QWidget):
    """A response viewer: the parsed tree, or (Raw) the exchange as sent and received."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = JsonTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.raw_edit = QPlainTextEdit(self)
        self.raw_edit.setReadOnly(True)
        self.raw_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw_edit.setPlaceholderText(self.tr("No exchange yet."))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.raw_edit)
        self.expand_button = QPushButton(self.tr("Expand all"), self)
        self.collapse_button = QPushButton(self.tr("Collapse"), self)
        self.copy_button = QPushButton(self.tr("Copy value"), self)
        self.raw_button = QPushButton(self.tr("Raw"), self)
        self.raw_button.setToolTip(self.tr("The whole exchange with OC, as sent and received"))
        self.raw_button.setCheckable(True)
        self._lay_out()
        self.expand_button.clicked.connect(self.tree.expandAll)
        self.collapse_button.clicked.connect(self.tree.collapseAll)
        self.copy_button.clicked.connect(self.copy_value)
        self.raw_button.toggled.connect(self.show_raw)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for button in (self.expand_button, self.collapse_button, self.copy_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.raw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def set_document(self, value: Any) -> None:
        """Show parsed JSON; small documents open fully expanded."""
        self.model.set_document(value)
        if count_nodes(value, EXPAND_ALL_LIMIT + 1) <= EXPAND_ALL_LIMIT:
            self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def set_exchange(self, exchange: Any | None) -> None:
        """Fill the Raw pane from an exchange (method, url, headers, bodies, status)."""
        self.raw_edit.setPlainText(format_exchange(exchange) if exchange is not None else "")

    def set_result(self, result: Any) -> None:
        """Show a client result (or an error carrying one): its parsed body and its exchange."""
        self.set_document(getattr(result, "body", None))
        self.set_exchange(getattr(result, "exchange", None))

    def show_raw(self, raw: bool) -> None:
        if self.raw_button.isChecked() != raw:
            self.raw_button.setChecked(raw)  # toggled() calls back here with the same value
            return
        self.stack.setCurrentWidget(self.raw_edit if raw else self.tree)
        for button in (self.expand_button, self.collapse_button, self.copy_button):
            button.setEnabled(not raw)

    def selected_value(self) -> Any:
        index = self.tree.currentIndex()
        return self.model.node_value(index) if index.isValid() else None

    def copy_value(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            QGuiApplication.clipboard().setText(value_text(self.model.node_value(index)))
