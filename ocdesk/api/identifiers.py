"""Guess what kind of number the user typed in a lookup box; hints only, never a block (rule C7)."""

from __future__ import annotations

import re
from enum import StrEnum


class IdKind(StrEnum):
    """The kinds of number a desk user looks up."""

    OUTBOUND = "outbound"  # OCO2000009385032GB
    INBOUND = "inbound"  # OCI4DE06746410
    RETURN = "return"  # OCS1DE000453014
    VAS = "vas"  # OCV4DE00012345
    MFSKUID = "mfskuid"  # OC0000255606056
    EBAY_ORDER = "ebay_order"  # 02-05696-00555
    REFERENCE = "reference"  # anything else: the seller's own number
    EMPTY = "empty"


# Order matters only for readability: the OC patterns cannot match one another.
_OC_PATTERNS: tuple[tuple[IdKind, re.Pattern[str]], ...] = (
    (IdKind.OUTBOUND, re.compile(r"OCO\d{13}[A-Z]{2}")),
    (IdKind.INBOUND, re.compile(r"OCI\d[A-Z]{2}\d{8}")),
    (IdKind.RETURN, re.compile(r"OCS\d[A-Z]{2}\d{9}")),
    (IdKind.VAS, re.compile(r"OCV\d[A-Z]{2}\d{8}")),
    (IdKind.MFSKUID, re.compile(r"OC\d{13}")),
)
_EBAY_ORDER = re.compile(r"\d{2}-\d{5}-\d{5}")


def _oc_kind(text: str) -> IdKind | None:
    upper = text.upper()
    for kind, pattern in _OC_PATTERNS:
        if pattern.fullmatch(upper):
            return kind
    return None


def normalise(text: str) -> str:
    """Trimmed text; OC numbers in upper case, the user's own references left as typed."""
    trimmed = text.strip()
    return trimmed.upper() if _oc_kind(trimmed) else trimmed


def classify(text: str) -> IdKind:
    """The kind of number `text` looks like, tolerant of spaces around it and lower case."""
    trimmed = text.strip()
    if not trimmed:
        return IdKind.EMPTY
    oc_kind = _oc_kind(trimmed)
    if oc_kind is not None:
        return oc_kind
    if _EBAY_ORDER.fullmatch(trimmed):
        return IdKind.EBAY_ORDER
    return IdKind.REFERENCE
