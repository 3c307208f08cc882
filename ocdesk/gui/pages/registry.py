"""Every domain tab's desk pages, named once: a reader (and grep) finds a tab's pages here.

A tab's modules are imported when its pages are first asked for, so the tab the console opens
on does not wait for the other eight to be imported.
"""

from __future__ import annotations

from ocdesk.gui.pages import WorkflowPage


def pages_for(group: str) -> list[WorkflowPage]:
    """The desk pages of `group`'s tab, in the order the tab shows them; none for Account."""
    match group:
        case "Finance":
            from ocdesk.gui.pages.finance import tab as finance

            return finance.pages()
        case "Inbound":
            from ocdesk.gui.pages.inbound import tab as inbound

            return inbound.pages()
        case "Outbound":
            from ocdesk.gui.pages.outbound import tab as outbound

            return outbound.pages()
        case "Pricing":
            from ocdesk.gui.pages.pricing import tab as pricing

            return pricing.pages()
        case "Returns":
            from ocdesk.gui.pages.returns import tab as returns

            return returns.pages()
        case "SKU":
            from ocdesk.gui.pages.sku import tab as sku

            return sku.pages()
        case "Stock":
            from ocdesk.gui.pages.stock import tab as stock

            return stock.pages()
        case "VAS":
            from ocdesk.gui.pages.vas import tab as vas

            return vas.pages()
        case "Warehouse":
            from ocdesk.gui.pages.warehouse import tab as warehouse

            return warehouse.pages()
    return []
