"""Words a desk user reads: readable titles for OC's keys, and dates in the user's locale.

OC names its fields in camelCase (`orderNumberList`, `MFSKUID`, `ebayOrderId`); forms and
tables show "Order numbers", "OC SKU ID", "eBay order ID" instead and keep the key in a tooltip
(staff meet OC's own terms on OC's screens). Dates, times, counts and amounts follow the window's
locale (the system's, or the language chosen in View > Language, which `gui.language` makes Qt's
default) in the computer's time zone, one format everywhere, except that Qt's C locale writes
"27 11 2027", which nobody reads as a date: there ISO dates (2027-11-27 14:05) are used.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ocdesk.api.dates import parse_datetime

# An OC key: letters, digits and underscores. Anything else (a title with spaces, a translated
# heading) is already meant for people and is shown as it is.
_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# camelCase pieces: "SKUPictureURLList" -> SKUPictureURLL, ist is fixed up by _split_caps.
_PIECE = re.compile(r"[A-Z]+[a-z]*|[a-z]+|\d+")

# Written in capitals (or their own way) wherever they appear.
ACRONYMS = {
    "mfskuid": "OC SKU ID",  # OC's "merchant fulfilment SKU id": its own number for an SKU
    "mfsku": "OC SKU",
    "skuid": "SKU ID",
    "sku": "SKU",
    "mf": "MF",
    "vat": "VAT",
    "eta": "ETA",
    "ebay": "eBay",
    "url": "URL",
    "uri": "URI",
    "id": "ID",
    "ef": "EF",
    "hs": "HS",
    "oc": "OC",
    "pdf": "PDF",
    "rma": "RMA",
    "sioc": "SIOC",
    "siop": "SIOP",
    "weee": "WEEE",
    "erp": "ERP",
    "api": "API",
    "vas": "VAS",
}
# Lower-case words OC glues together, and short forms a desk user would not guess.
GLUED = {
    "mfskulist": ("mfsku", "list"),
    "mfservice": ("mf", "service"),
    "hscode": ("hs", "code"),
    "sellerinbound": ("seller", "inbound"),
    "sn": ("serial", "numbers"),
    "lm": ("last-mile",),
    "no": ("number",),
    "intl": ("international",),
}
# Word pairs that are one acronym when OC spells them in camel case ("mfSkuId", "eBay").
_JOINED = {("mf", "sku", "id"): "mfskuid", ("mf", "sku"): "mfsku", ("e", "bay"): "ebay"}
_NO_PLURAL = ("ing", "data", "info")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; it is translated where it is shown.

    Qt's own function does the same, but PySide6 types its result as object. The name stays
    Qt's so translation tools still find the strings.
    """
    return text


def field_title(key: str) -> str:
    """ "orderNumberList" -> "Order numbers", "MFSKUID" -> "OC SKU ID", "eBayItemId" -> "eBay item ID".

    A trailing "List" becomes a plural. Text that is not an OC key is returned unchanged.
    The English title goes through Qt's translation (context "FieldTitle"), so a translation
    file can name fields in another language.
    """
    if not _KEY.fullmatch(key):
        return key
    if key.isupper() and key.lower() not in GLUED and key.lower() not in ACRONYMS:
        return key  # "SIOC", a region "DE"
    return QCoreApplication.translate("FieldTitle", _english_title(key))


def field_tip(key: str, help_text: str = "") -> str:
    """A tooltip: the field's help, then OC's own name for it (what OC's documents and errors use).

    Only the help when the title is the key itself (nothing to explain).
    """
    lines = [help_text] if help_text else []
    if field_title(key) != key:
        lines.append(QCoreApplication.translate("FieldTitle", "OC field: {key}").format(key=key))
    return "\n".join(lines)


@lru_cache(maxsize=4096)  # table headers ask on every repaint
def _english_title(key: str) -> str:
    words = _join_acronyms(_words_of(key))
    shown = [_shown(w) for w in words]
    plain_start = shown[0] == words[0]  # not an acronym: written in sentence case
    if len(words) > 1 and words[-1] == "list" and not words[-2].endswith(_NO_PLURAL):
        shown = [*shown[:-2], _plural(shown[-2], acronym=words[-2] in ACRONYMS)]
    if plain_start:
        shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def _shown(word: str) -> str:
    """A lower-case word as written: acronyms in capitals, also in the plural ("ids" -> IDs)."""
    if word in ACRONYMS:
        return ACRONYMS[word]
    if word.endswith("s") and word[:-1] in ACRONYMS:
        return ACRONYMS[word[:-1]] + "s"
    return word


def _words_of(key: str) -> list[str]:
    """Lower-case words of a key, glued words split."""
    words: list[str] = []
    for part in key.split("_"):
        for piece in _PIECE.findall(part):
            for word in _split_caps(piece):
                low = word.lower()
                words += GLUED.get(low, (low,))
    return words


def _split_caps(piece: str) -> list[str]:
    """A run of capitals before a lower-case tail: "SKUName" -> SKU, Name; "URLList" -> URL, List.

    The last capital starts the next word, unless the whole run is a known acronym followed by
    a word OC forgot to capitalise ("SKUdescription" -> SKU, description).
    """
    caps = len(piece) - len(piece.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if caps < 2 or piece[caps:] in ("", "s"):  # "MFSKUID", "SKUs"
        return [piece]
    if piece[:caps].lower() in ACRONYMS:
        return [piece[:caps], piece[caps:]]
    return [piece[: caps - 1], piece[caps - 1 :]]


def _join_acronyms(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        for parts, joined in _JOINED.items():
            if tuple(words[i : i + len(parts)]) == parts:
                out.append(joined)
                i += len(parts)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _plural(word: str, *, acronym: bool) -> str:
    if acronym:
        return word + "s"  # "SKUs", "SKU IDs", "URLs"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


# --- numbers -----------------------------------------------------------------------------------
# Every helper takes the locale to write for; the window's (Qt's default locale) by default.


def count_text(count: int, locale: QLocale | None = None) -> str:
    """A count with the locale's digit grouping: 12,345 (also under the C locale, which has
    none)."""
    locale = locale or QLocale()
    return f"{int(count):,}" if is_c_locale(locale) else locale.toString(int(count))


def money_text(amount: float, currency: str = "", locale: QLocale | None = None) -> str:
    """An amount with two decimals in the locale's way, then OC's currency code: 1,234.50 EUR."""
    return f"{(locale or QLocale()).toString(float(amount), 'f', 2)} {currency}".strip()


# --- dates -------------------------------------------------------------------------------------


def is_c_locale(locale: QLocale | None = None) -> bool:
    """Qt's C locale (LANG=C, a bare server or container): it has no readable date formats."""
    return (locale or QLocale()).language() == QLocale.Language.C


def _as_qdate(day: date | QDate) -> QDate:
    return day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)


def short_date(day: date | QDate, locale: QLocale | None = None) -> str:
    """A day as the locale writes it briefly; ISO (2027-11-27) under the C locale."""
    locale = locale or QLocale()
    value = _as_qdate(day)
    if is_c_locale(locale):
        return value.toString("yyyy-MM-dd")
    return locale.toString(value, QLocale.FormatType.ShortFormat)


def long_date(day: date | QDate, locale: QLocale | None = None) -> str:
    """A day spelled out ("Saturday, 27 November 2027"); ISO under the C locale."""
    locale = locale or QLocale()
    value = _as_qdate(day)
    if is_c_locale(locale):
        return value.toString("yyyy-MM-dd")
    return locale.toString(value, QLocale.FormatType.LongFormat)


def short_time(moment: QTime, locale: QLocale | None = None) -> str:
    """A clock time in hours and minutes; 24-hour HH:mm under the C locale."""
    locale = locale or QLocale()
    if is_c_locale(locale):
        return moment.toString("HH:mm")
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def short_datetime(moment: datetime | QDateTime, locale: QLocale | None = None) -> str:
    """A date and time, in the computer's time zone; "2027-11-27 14:05" under the C locale."""
    locale = locale or QLocale()
    if isinstance(moment, datetime):
        local = moment.astimezone() if moment.tzinfo is not None else moment
        moment = QDateTime(local.replace(tzinfo=None))
    if is_c_locale(locale):
        return moment.toString("yyyy-MM-dd HH:mm")
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def epoch_datetime(seconds: float, locale: QLocale | None = None) -> str:
    """`short_datetime` of a Unix time (how the database keeps its moments)."""
    return short_datetime(QDateTime.fromSecsSinceEpoch(int(seconds)), locale)


def epoch_date(seconds: float, locale: QLocale | None = None) -> str:
    """`short_date` of a Unix time, as a local day."""
    return short_date(QDateTime.fromSecsSinceEpoch(int(seconds)).date(), locale)


def moment_text(moment: datetime, locale: QLocale | None = None) -> str:
    """When something happened: the clock time alone today ("14:02"), else `short_datetime`."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    if local.date() == datetime.now().date():
        return short_time(QTime(local.hour, local.minute), locale)
    return short_datetime(local, locale)


def oc_moment_text(value: object, locale: QLocale | None = None) -> str:
    """A date-time as OC sends it ("2026-09-23T18:31:19+0800", epoch ms) in the user's format
    and time zone; text that is no date-time is shown as sent (rule C6)."""
    if value in (None, ""):
        return ""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        try:
            return short_datetime(parse_datetime(value), locale)
        except ValueError:
            pass
    return str(value)
