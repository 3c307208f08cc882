"""The API's domains, in the order the console shows its tabs.

Apart from the catalog, whose endpoints each belong to one, so that the window's tabs can be
named before anything imports the catalog's 37 entries (the window is on screen first)."""

GROUPS = (
    "Account",
    "SKU",
    "Stock",
    "Inbound",
    "Outbound",
    "Warehouse",
    "Pricing",
    "VAS",
    "Webhook",
    "Returns",
    "Finance",
)
