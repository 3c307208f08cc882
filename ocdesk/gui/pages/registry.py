"""Every domain tab's desk pages, named once: a reader (and grep) finds a tab's pages here.

A tab's modules are imported when its pages are first asked for, so the tab the console opens
on does not wait for the other eight to be imported.
"""

from __future__ import annotations

from collections.abc import Callable

from ocdesk.gui.pages import WorkflowPage


def _finance() -> list[WorkflowPage]:
    from ocdesk.gui.pages.finance import tab

    return tab.pages()


def _inbound() -> list[WorkflowPage]:
    from ocdesk.gui.pages.inbound import tab

    return tab.pages()


def _outbound() -> list[WorkflowPage]:
    from ocdesk.gui.pages.outbound import tab

    return tab.pages()


def _pricing() -> list[WorkflowPage]:
    from ocdesk.gui.pages.pricing import tab

    return tab.pages()


def _returns() -> list[WorkflowPage]:
    from ocdesk.gui.pages.returns import tab

    return tab.pages()


def _sku() -> list[WorkflowPage]:
    from ocdesk.gui.pages.sku import tab

    return tab.pages()


def _stock() -> list[WorkflowPage]:
    from ocdesk.gui.pages.stock import tab

    return tab.pages()


def _vas() -> list[WorkflowPage]:
    from ocdesk.gui.pages.vas import tab

    return tab.pages()


def _warehouse() -> list[WorkflowPage]:
    from ocdesk.gui.pages.warehouse import tab

    return tab.pages()


PAGE_LISTS: dict[str, Callable[[], list[WorkflowPage]]] = {
    "Finance": _finance,
    "Inbound": _inbound,
    "Outbound": _outbound,
    "Pricing": _pricing,
    "Returns": _returns,
    "SKU": _sku,
    "Stock": _stock,
    "VAS": _vas,
    "Warehouse": _warehouse,
}


def pages_for(group: str) -> list[WorkflowPage]:
    """The desk pages of `group`'s tab, in the order the tab shows them; none for Account."""
    page_list = PAGE_LISTS.get(group)
    return page_list() if page_list is not None else []
