"""OC's codes for how goods travel, what a VAS order asks for and which service ships an order, in
the words a desk uses.

Plain Python, so the lookup card's facts (`record_fields`) and the desk pages (`gui/pages/kit/
words`, which translates them) name a code the same way. A code OC adds later is shown as sent
(rule C6).
"""

from __future__ import annotations

import re

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


# Shortenings inside OC's shipping service codes ("GBDomStd_RMOnly").
_SERVICE_SHORT = {"Dom": "Domestic", "Std": "Standard", "Exp": "Express", "Int": "International"}
# An acronym run ("GB", "UPS"), a capitalised word, or digits.
_SERVICE_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|\d+")


def service_words(code: object) -> str:
    """An outbound's shipping service code in words: "GBDomStd_RMOnly" -> "GB Domestic Standard,
    RM only", "USDomesticExpress" -> "US Domestic Express".

    OC names its services only in its service list; the code spells the same words run together.
    """
    text = "" if code is None else str(code).strip()
    parts: list[str] = []
    for part in filter(None, text.split("_")):
        words = [_SERVICE_SHORT.get(w, w) for w in _SERVICE_WORD.findall(part)]
        if len(words) > 1 and words[-1] == "Only":
            parts.append(", " + " ".join([*words[:-1], "only"]))
        elif words:
            parts.append(" " + " ".join(words))
    return "".join(parts).lstrip(", ") or text
