"""Every domain tab's desk pages, named once: a reader (and grep) finds a tab's pages here."""

from __future__ import annotations

from collections.abc import Callable

from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.finance import tab as finance
from ocdesk.gui.pages.inbound import tab as inbound
from ocdesk.gui.pages.outbound import tab as outbound
from ocdesk.gui.pages.pricing import tab as pricing
from ocdesk.gui.pages.returns import tab as returns
from ocdesk.gui.pages.sku import tab as sku
from ocdesk.gui.pages.stock import tab as stock
from ocdesk.gui.pages.vas import tab as vas
from ocdesk.gui.pages.warehouse import tab as warehouse

PAGE_LISTS: dict[str, Callable[[], list[WorkflowPage]]] = {
    "Finance": finance.pages,
    "Inbound": inbound.pages,
    "Outbound": outbound.pages,
    "Pricing": pricing.pages,
    "Returns": returns.pages,
    "SKU": sku.pages,
    "Stock": stock.pages,
    "VAS": vas.pages,
    "Warehouse": warehouse.pages,
}


def pages_for(group: str) -> list[WorkflowPage]:
    """The desk pages of `group`'s tab, in the order the tab shows them; none for Account."""
    page_list = PAGE_LISTS.get(group)
    return page_list() if page_list is not None else []
