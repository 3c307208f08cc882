"""The words of the lookup box: kind names, input hints, not-found messages.

Status words and colours are every page's: gui/statuses.py.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QDateTime

from ocdesk.api.identifiers import IdKind
from ocdesk.gui.statuses import status_text
from ocdesk.gui.words import count_text, epoch_datetime, short_time
from ocdesk.jobs.number_search import Outcome
from ocdesk.jobs.record_actions import Match
from ocdesk.jobs.record_fields import card_data
from ocdesk.store.record_index import IndexState

_CTX = "Lookup"
# An OC prefix with the wrong shape after it: searched as a reference anyway (rule C7), but the
# hint says what a complete number looks like, since a mistyped digit is the usual cause.
_PARTIAL = (
    (re.compile(r"OCO", re.I), IdKind.OUTBOUND),
    (re.compile(r"OCI", re.I), IdKind.INBOUND),
    (re.compile(r"OCS", re.I), IdKind.RETURN),
    (re.compile(r"OCV", re.I), IdKind.VAS),
    (re.compile(r"OC\d", re.I), IdKind.MFSKUID),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kind_name(kind: IdKind) -> str:
    """What a record of `kind` is called on the card."""
    names = {
        IdKind.OUTBOUND: _t("Outbound order"),
        IdKind.INBOUND: _t("Inbound order"),
        IdKind.RETURN: _t("Return"),
        IdKind.VAS: _t("VAS order"),
        IdKind.MFSKUID: _t("SKU"),
        IdKind.EBAY_ORDER: _t("eBay order"),
        IdKind.REFERENCE: _t("Reference"),
    }
    return names.get(kind, "")


def kind_noun(kind: IdKind) -> str:
    """`kind_name` as it reads inside a sentence."""
    nouns = {
        IdKind.OUTBOUND: _t("outbound order"),
        IdKind.INBOUND: _t("inbound order"),
        IdKind.RETURN: _t("return"),
        IdKind.VAS: _t("VAS order"),
        IdKind.MFSKUID: _t("SKU"),
        IdKind.EBAY_ORDER: _t("outbound order for eBay order"),
    }
    return nouns.get(kind, "")


def input_hint(kind: IdKind, text: str) -> str:
    """What the box recognised in `text`, shown while the user types."""
    hints = {
        IdKind.EMPTY: _t("Scan or type a number, then press Enter"),
        IdKind.OUTBOUND: _t("Outbound order number"),
        IdKind.INBOUND: _t("Inbound order number"),
        IdKind.RETURN: _t("Return number (RMA)"),
        IdKind.VAS: _t("VAS order number"),
        IdKind.MFSKUID: _t("OC SKU ID"),
        IdKind.EBAY_ORDER: _t("eBay order id"),
    }
    if kind in hints:
        return hints[kind]
    partial = partial_kind(text)
    if partial is not None:
        return _t(
            "Not a complete {kind} number ({shape}); will search it as your own reference"
        ).format(kind=kind_noun(partial), shape=number_shape(partial))
    return _t(
        "Your own reference or a tracking number: searches orders, returns, inbounds and SKUs"
    )


def partial_kind(text: str) -> IdKind | None:
    """The OC kind whose prefix `text` starts with, for a reference that looks mistyped."""
    stripped = text.strip()
    for pattern, kind in _PARTIAL:
        if pattern.match(stripped):
            return kind
    return None


def number_shape(kind: IdKind) -> str:
    shapes = {
        IdKind.OUTBOUND: _t("OCO + 13 digits + country, e.g. OCO2000009385032GB"),
        IdKind.INBOUND: _t("OCI + digit + country + 8 digits, e.g. OCI4DE06746410"),
        IdKind.RETURN: _t("OCS + digit + country + 9 digits, e.g. OCS1DE000453014"),
        IdKind.VAS: _t("OCV + digit + country + 8 digits, e.g. OCV4DE00012345"),
        IdKind.MFSKUID: _t("OC + 13 digits, e.g. OC0000255606056"),
    }
    return shapes.get(kind, "")


def date_role(role: str) -> str:
    roles = {
        "created": _t("Created"),
        "shipped": _t("Shipped"),
        "updated": _t("Updated"),
        "completed": _t("Completed"),
    }
    return roles.get(role, role)


def not_found_text(outcome: Outcome, profile: str) -> str:
    """ "No outbound order OCO... at OC (profile X)", naming everywhere a number was sought."""
    if outcome.kind is IdKind.REFERENCE:
        places = ", ".join(kind_noun(k) for k in outcome.searched)
        return _t(
            "Nothing has the number “{text}”: not {kept}, nor OC's {places} (profile {profile})."
        ).format(text=outcome.text, kept=index_words(outcome.index), places=places, profile=profile)
    return _t("No {noun} {number} at OC (profile {profile}).").format(
        noun=kind_noun(outcome.kind), number=outcome.text, profile=profile
    )


def when_text(seconds: float) -> str:
    """A moment of today as its clock time ("14:02"), another day's with its date."""
    moment = QDateTime.fromSecsSinceEpoch(int(seconds))
    return (
        short_time(moment.time())
        if moment.date() == QDate.currentDate()
        else epoch_datetime(seconds)
    )


def index_words(state: IndexState | None) -> str:
    """The local index of recent orders and returns, named with how much it holds and how fresh."""
    if state is None:
        return _t("the recent orders and returns on this computer (not read from OC yet)")
    return _t(
        "the {count} orders and returns of the last 90 days on this computer (updated {when})"
    ).format(count=count_text(state.count), when=when_text(state.refreshed_at))


def index_note(outcome: Outcome) -> str:
    """Where a match OC could not find by this number came from, and how fresh it is."""
    if not outcome.from_index:
        return ""
    kept = index_words(outcome.index)
    if len(outcome.from_index) < len(outcome.matches):  # OC found the others itself
        numbers = ", ".join(number for _, number in outcome.from_index)
        lines = [_t("{numbers} found in {kept}.").format(numbers=numbers, kept=kept)]
    else:
        lines = [_t("Found in {kept}.").format(kept=kept)]
    seen = [m.seen_at for m in outcome.matches if m.seen_at is not None]
    if seen:
        lines.append(
            _t("OC could not be reached, so it is shown as it was at {when}.").format(
                when=when_text(min(seen))
            )
        )
    return "\n".join(lines)


def choose_text(count: int) -> str:
    return _t("{count} records have this number: pick one with ↑ ↓ or the mouse.").format(
        count=count
    )


def match_line(match: Match) -> str:
    """One match in the list to choose from: kind, number, status, reference, tracking."""
    card = card_data(match)
    parts = [f"{kind_name(match.kind)}  {match.number}", status_text(card.status)]
    if card.reference:
        parts.append(_t("ref. {reference}").format(reference=card.reference))
    tracking = ", ".join(p.tracking_number for p in card.parcels)
    if tracking:
        parts.append(_t("tracking {numbers}").format(numbers=tracking))
    return "  ·  ".join(parts)
