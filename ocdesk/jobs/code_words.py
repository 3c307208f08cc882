"""OC's codes for how goods travel and what a VAS order asks for, in the words a desk uses.

Plain Python, so the lookup card's facts (`record_fields`) and the desk pages (`gui/pages/kit/
words`, which translates them) name a code the same way. A code OC adds later is shown as sent
(rule C6).
"""

from __future__ import annotations

# §5.1 `shippingMethod`
SHIPPING_METHODS = {"TK": "Truck", "EX": "Express (courier)"}
# §5.1 `transportMethod`
TRANSPORT_METHODS = {"OF": "Ocean freight", "AF": "Air freight", "RF": "Rail", "TK": "Truck"}
# §9 `vasType`
VAS_TYPES = {
    "RELABEL": "Relabel",
    "REPACK": "Repack",
    "KITTING": "Kitting",
    "INSPECTION": "Inspection",
    "PHOTO": "Photos",
}


def code_word(words: dict[str, str], code: object) -> str:
    """The words for `code` (any case); a code not in `words` as sent."""
    text = "" if code is None else str(code).strip()
    return next((w for c, w in words.items() if c.lower() == text.lower()), text)
