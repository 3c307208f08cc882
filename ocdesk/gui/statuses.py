"""A record's status in desk words and as its badge colour, the same on every page and card.

Kept apart from the lookup's words: every results table colours its status column with these,
and the first page shown must not wait for the lookup's search modules to load.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QLocale

_CTX = "Status"

STATUS_COLOURS = {
    "green": ("shipped", "completed", "received", "approved", "passed", "delivered"),
    "blue": ("created", "label_issued", "draft", "pending_review", "arrived"),
    "amber": ("processing", "picked", "packed", "in_transit", "receiving", "inspected", "pending"),
    "red": ("exception", "rejected", "failed"),
}
_KNOWN_STATUSES = tuple(s for statuses in STATUS_COLOURS.values() for s in statuses)
COLOUR_HEX = {
    "green": "#2e7d32",
    "blue": "#1565c0",
    "amber": "#b35c00",
    "red": "#c62828",
    "grey": "#616161",
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_text(status: str) -> str:
    """A status in words; one OC added later is shown as sent (rule C6)."""
    words = _status_words(QLocale().name())
    return words.get(status.lower(), status) if status else _t("No status")


@functools.cache
def _status_words(_language: str) -> dict[str, str]:
    """The known statuses in the words of `_language` (the one installed when asked), each
    translated once: a table of 100,000 orders words a status per row."""
    return {
        "created": _t("Created"),
        "processing": _t("Processing"),
        "picked": _t("Picked"),
        "packed": _t("Packed"),
        "shipped": _t("Shipped"),
        "cancelled": _t("Cancelled"),
        "exception": _t("Exception"),
        "label_issued": _t("Label issued"),
        "in_transit": _t("In transit"),
        "received": _t("Received"),
        "inspected": _t("Inspected"),
        "completed": _t("Completed"),
        "arrived": _t("Arrived"),
        "receiving": _t("Receiving"),
        "draft": _t("Draft"),
        "pending_review": _t("Pending review"),
        "approved": _t("Approved"),
        "rejected": _t("Rejected"),
    }


@functools.lru_cache(maxsize=1024)
def status_colour(status: str) -> str:
    """The badge colour (hex) for `status`, as OC sends it or as `status_text` words it:
    green done, blue new, amber moving, red trouble.

    Cached: a table repaint asks it for every visible row, and the words it compares with are
    translated once per run (the language is chosen at start)."""
    key = status.lower()
    key = {status_text(k).lower(): k for k in _KNOWN_STATUSES}.get(key, key)
    for colour, statuses in STATUS_COLOURS.items():
        if key in statuses:
            return COLOUR_HEX[colour]
    return COLOUR_HEX["grey"]
