"""Readable titles for OC's keys, and dates a desk user can read under any locale."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from ocdesk.gui.words import (
    field_tip,
    field_title,
    is_c_locale,
    long_date,
    short_date,
    short_datetime,
    short_time,
)


@pytest.mark.parametrize(
    ("key", "title"),
    [
        ("orderNumberList", "Order numbers"),
        ("referenceNumberList", "Reference numbers"),
        ("orderNumber", "Order number"),
        ("serviceRegion", "Service region"),
        ("MFSKUID", "OC SKU ID"),
        ("mfSkuId", "OC SKU ID"),
        ("mfskulist", "OC SKUs"),
        ("SKUList", "SKUs"),
        ("skuId", "SKU ID"),
        ("sellerSKUIDList", "Seller SKU IDs"),
        ("SKUdescription", "SKU description"),
        ("SKUPictureURLList", "SKU picture URLs"),
        ("ebayOrderIdList", "eBay order IDs"),
        ("eBayItemId", "eBay item ID"),
        ("vat", "VAT"),
        ("eta", "ETA"),
        ("LMCarrierCode", "Last-mile carrier code"),
        ("countryList", "Countries"),
        ("consigneeAddress1", "Consignee address 1"),
        ("client_id", "Client ID"),
        ("hscodeList", "HS codes"),
        ("SN", "Serial numbers"),
        ("trackingList", "Tracking list"),
    ],
)
def test_keys_read_as_words(key: str, title: str) -> None:
    assert field_title(key) == title


@pytest.mark.parametrize(
    "text", ["Order number", "SKU (MFSKUID)", "仓库", "DE", "US-West", "__raw"]
)
def test_titles_and_codes_are_left_as_they_are(text: str) -> None:
    # Workflow tables already key their rows by translated titles; regions are codes.
    assert field_title(text) == text


def test_the_tooltip_keeps_ocs_key_and_the_help() -> None:
    assert field_tip("orderNumberList", "OCO numbers") == "OCO numbers\nOC field: orderNumberList"
    assert field_tip("status") == "OC field: status"  # "Status" differs from the key
    assert field_tip("SIOC", "help") == "help"  # nothing to explain
    # Desk words on screen; OC's own term, which staff meet on OC's screens, in the tooltip.
    assert field_tip("MFSKUID", "help") == "help\nOC field: MFSKUID"


C = QLocale.c()
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def test_the_c_locale_writes_iso_dates_not_day_month_year_with_spaces() -> None:
    assert is_c_locale(C) and not is_c_locale(GERMAN)
    assert short_date(date(2027, 11, 27), C) == "2027-11-27"
    assert long_date(QDate(2027, 11, 27), C) == "2027-11-27"
    assert short_time(QTime(14, 5, 9), C) == "14:05"
    assert short_datetime(QDateTime(QDate(2027, 11, 27), QTime(14, 5)), C) == "2027-11-27 14:05"


def test_other_locales_keep_their_own_short_formats() -> None:
    day = date(2027, 11, 27)
    assert short_date(day, GERMAN) == GERMAN.toString(QDate(day), QLocale.FormatType.ShortFormat)
    assert short_date(day, US) == "11/27/27"
    assert "November" in long_date(day, US)


def test_aware_datetimes_are_shown_in_local_time() -> None:
    moment = datetime(2027, 11, 27, 6, 0, tzinfo=timezone(timedelta(hours=8)))
    local = moment.astimezone()
    assert short_datetime(moment, C) == local.strftime("%Y-%m-%d %H:%M")
