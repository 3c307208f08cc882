"""While the shared database is away the Outbound page still finds orders at OC; only the view
that needs the print history says it is not known now."""

from __future__ import annotations

from typing import Any

from pg_server import PgServer

from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.outbound.find import FindOrdersPage
from ocdesk.jobs.order_views import ALL, LABEL_NOT_PRINTED


def test_orders_are_found_and_the_not_printed_view_waits_for_the_database(
    qtbot: Any, context: AppContext, pg_server: PgServer
) -> None:
    page = FindOrdersPage(context)
    qtbot.addWidget(page)
    pg_server.stop()
    try:
        with qtbot.waitSignal(page.sig_rows_shown, timeout=30_000) as shown:
            page.load_defaults()
    finally:
        pg_server.start()

    assert shown.args[0] > 0 and page.table.visible_rows()
    button = page.views.buttons[LABEL_NOT_PRINTED]
    assert not button.isEnabled() and button.text() == "Label not printed (?)"
    assert page.views.current() == ALL
    assert page.error_panel.isHidden()
