"""OC's codes for how goods travel and what a VAS order asks for, in the words a desk uses.

Plain Python, so the lookup card's facts (`record_fields`) and the desk pages (`gui/pages/kit/
words`, which translates them) name a code the same way. A code OC adds later is shown as sent
(rule C6).
"""

from __future__ import annotations

from ocdesk.api.text import QT_TRANSLATE_NOOP, translate

# §5.1 `shippingMethod`
SHIPPING_METHODS = {
    "TK": QT_TRANSLATE_NOOP("code_words", "Truck"),
    "EX": QT_TRANSLATE_NOOP("code_words", "Express (courier)"),
}
# §5.1 `transportMethod`
TRANSPORT_METHODS = {
    "OF": QT_TRANSLATE_NOOP("code_words", "Ocean freight"),
    "AF": QT_TRANSLATE_NOOP("code_words", "Air freight"),
    "RF": QT_TRANSLATE_NOOP("code_words", "Rail"),
    "TK": QT_TRANSLATE_NOOP("code_words", "Truck"),
}
# §9 `vasType`
VAS_TYPES = {
    "RELABEL": QT_TRANSLATE_NOOP("code_words", "Relabel"),
    "REPACK": QT_TRANSLATE_NOOP("code_words", "Repack"),
    "KITTING": QT_TRANSLATE_NOOP("code_words", "Kitting"),
    "INSPECTION": QT_TRANSLATE_NOOP("code_words", "Inspection"),
    "PHOTO": QT_TRANSLATE_NOOP("code_words", "Photos"),
}


def code_word(words: dict[str, str], code: object) -> str:
    """The words for `code` (any case), in the user's language; a code not in `words` as sent."""
    text = "" if code is None else str(code).strip()
    found = next((w for c, w in words.items() if c.lower() == text.lower()), None)
    return text if found is None else translate("code_words", found)
