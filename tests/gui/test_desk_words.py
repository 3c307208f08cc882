"""Every desk tab and page on the sandbox speaks desk words: no API names, ids or raw timestamps.

The walk opens each tab and each desk page (the raw "All API calls" panels are left out: API
words are their point), selects the first row of every results table so its card shows too,
and reads what a desk worker sees: labels, buttons, group titles, list items, table headers and
cells. Each banned pattern says why it is banned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QWidget,
)

from ocdesk.api import catalog
from ocdesk.gui.app import open_stores
from ocdesk.gui.context import AppContext
from ocdesk.gui.main_window import MainWindow
from ocdesk.gui.tabs.endpoint_panel import EndpointPanel
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import sandbox_session
from ocdesk.store.paths import app_paths

_ENDPOINT_IDS = "|".join(re.escape(e) for e in sorted(catalog.ENDPOINTS, key=len, reverse=True))
# OC's statuses as its API spells them; on screen they read capitalised, one way everywhere.
_API_STATUSES = (
    "created|processing|picked|packed|shipped|cancelled|exception|label_issued|in_transit"
    "|received|inspected|completed|arrived|receiving|draft|pending_review|pending|approved"
    "|rejected|passed|failed|sellable|unsellable"
)
# OC's codes for a VAS order's type and how goods travel: each has desk words.
_API_CODES = "KITTING|RELABEL|REPACK|INSPECTION|PHOTO|TK|EX|OF|AF|RF"

BANNED: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"MFSKUID"), "OC's API name for its SKU number: desk screens say \"OC SKU ID\" "
                             "and keep MFSKUID in a tooltip"),
    (re.compile(rf"(?<![\w.])({_ENDPOINT_IDS})(?![\w.])"),
     "an endpoint id (\"returns.label\"): the API's name for a call, not a desk word"),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d|T\d\d:\d\d:\d\d[+-]\d{2}:?\d{2}"),
     "a raw ISO timestamp: times show in the one local format of gui/words.py"),
    (re.compile(r"\(writes\)"), "the raw API list's marker: desk pages name what they do"),
    (re.compile(rf"^({_API_STATUSES})$"),
     "a status as the API spells it: statuses are capitalised one way everywhere"),
    (re.compile(rf"^({_API_CODES})$"), "an OC code where desk words exist"),
    (re.compile(r"HTTPConnectionPool|\[Errno \d+\]|Traceback|NewConnectionError"),
     "Python's exception words: failures are told in words, details behind a click"),
    (re.compile(r"nginx|reverse proxy|127\.0\.0\.1:PORT"),
     "set-up details for IT: behind the Webhook page's \"Advanced set-up\""),
]

ROWS_READ = 50


@pytest.fixture
def context(qapp: Any, shared_sandbox: Sandbox) -> Iterator[AppContext]:
    ctx = AppContext(open_stores(app_paths()))
    yield ctx
    ctx.api.shutdown(20_000)
    ctx.stores.db.close()


@pytest.fixture
def window(qtbot: Any, context: AppContext, shared_sandbox: Sandbox) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    shown: set[str] = set()
    for group, tab in win.domain_tabs.items():
        tab.sig_rows_shown.connect(lambda _n, g=group: shown.add(g))  # its first answer, rows or none
    context.set_session(
        sandbox_session(shared_sandbox.base_url, on_exchange=context.sig_exchange.emit)
    )
    # Pricing asks OC nothing until the user does (its estimate is a write).
    qtbot.waitUntil(lambda: set(win.domain_tabs) - {"Pricing"} <= shown, timeout=90_000)
    settle(qtbot, context)
    return win


def settle(qtbot: Any, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.api.busy_count == 0, timeout=30_000)
    qtbot.wait(100)


def model_texts(model: QAbstractItemModel) -> list[str]:
    """Header titles and the first rows' cells, as displayed."""
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps its column count private
        columns = 1
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
        texts += [str(model.index(row, c).data() or "") for c in range(columns)]
    return texts


def visible_texts(screen: QWidget) -> list[str]:
    """What a desk worker reads on `screen`, raw API panels left out."""

    def shown(widget: QWidget) -> bool:
        if not widget.isVisibleTo(screen):
            return False
        parent: QWidget | None = widget
        while parent is not None and parent is not screen:
            if isinstance(parent, EndpointPanel):
                return False
            parent = parent.parentWidget()
        return True

    texts = [w.text() for w in screen.findChildren(QLabel) if shown(w)]
    texts += [w.text() for w in screen.findChildren(QAbstractButton) if shown(w)]
    texts += [w.title() for w in screen.findChildren(QGroupBox) if shown(w)]
    for view in screen.findChildren(QAbstractItemView):
        if shown(view) and not isinstance(view, QHeaderView) and view.model() is not None:
            texts += model_texts(view.model())
    return [t.strip() for t in texts if t and t.strip()]


def desk_list_items(tab: Any) -> list[str]:
    """The tab's left list down to its raw API calls (the endpoints are Advanced (API))."""
    items = []
    for row in range(tab.list.count()):
        item = tab.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in catalog.ENDPOINTS:
            continue
        items.append(item.text())
    return items


def open_first_rows(qtbot: Any, context: AppContext, screen: QWidget) -> None:
    """Select the first row of each results table, so its card or details show."""
    for view in screen.findChildren(ResultsView):
        if view.isVisibleTo(screen) and view.proxy.rowCount():
            view.table.selectRow(0)
            settle(qtbot, context)


def problems_in(where: str, texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        for pattern, why in BANNED:
            hit = pattern.search(text)
            if hit:
                found.append(f"{where}: {hit.group(0)!r} in {text[:80]!r}: {why}")
    return found


def test_every_desk_tab_and_page_speaks_desk_words(
    qtbot: Any, window: MainWindow, context: AppContext
) -> None:
    problems: list[str] = []
    walked = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        title = window.tabs.tabText(index)
        tab = window.domain_tabs.get(title)
        if tab is None:  # Account, Webhook
            settle(qtbot, context)
            problems += problems_in(title, visible_texts(window.tabs.widget(index)))
            walked += 1
            continue
        problems += problems_in(f"{title} list", desk_list_items(tab))
        for page in tab.pages:
            screen = tab.select(page.key)
            settle(qtbot, context)
            open_first_rows(qtbot, context, screen)
            problems += problems_in(page.key, visible_texts(screen))
            walked += 1
    assert walked >= 20, walked  # the walk reached the pages, not just the tabs
    assert not problems, "\n".join(dict.fromkeys(problems))
