"""ocdesk: a desktop operations console for the OrangeConnex eBay fulfillment Open API."""

__version__ = "0.1.0"
