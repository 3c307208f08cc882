"""The sandbox's business endpoints: one module per domain, gathered here into one table from
catalog endpoint id to the function that answers it; `common` holds what the modules share."""

from __future__ import annotations

from ocdesk.sandbox.handlers import inbound, misc, outbound, returns, sku, stock, vas
from ocdesk.sandbox.world import WorldHandler

_DOMAINS = (sku, stock, inbound, outbound, returns, vas, misc)

HANDLERS: dict[str, WorldHandler] = {
    endpoint_id: handler for domain in _DOMAINS for endpoint_id, handler in domain.HANDLERS.items()
}
