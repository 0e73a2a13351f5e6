"""Dates, numbers and money as the user's locale writes them (the default QLocale, see i18n.py).

Years always have four digits. Where there is no real locale (the C locale of a bare
system or a test run) dates stay ISO, 2026-03-10, as Rapport wrote them before.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Optional, Union

from PySide6.QtCore import QDate, QLocale, QTime


def _locale() -> QLocale:
    return QLocale()


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def date_format(locale: Optional[QLocale] = None) -> str:
    """The locale's short date format with a four-digit year: M/d/yyyy, d/M/yyyy, yyyy/M/d."""
    locale = locale or _locale()
    if _is_c(locale):
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(day: Optional[Union[date, datetime]]) -> str:
    """"3/10/2026", "10/3/2026", "2026/3/10"; "" for no date."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    locale = _locale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def format_datetime(moment: Optional[datetime]) -> str:
    """The date as format_date writes it, and the time in the locale's short form (15:30, 3:30 PM)."""
    if moment is None:
        return ""
    locale = _locale()
    time_format = "HH:mm" if _is_c(locale) else locale.timeFormat(QLocale.FormatType.ShortFormat)
    return f"{format_date(moment)} {locale.toString(QTime(moment.hour, moment.minute), time_format)}"


def format_long_date(day: date) -> str:
    """"Tuesday, March 10, 2026", "2026年3月10日星期二", "martes, 10 de marzo de 2026"."""
    locale = _locale()
    if _is_c(locale):
        return day.strftime("%A %d %B %Y")
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def format_number(value: int) -> str:
    """12,345 / 12.345 / 12,345 with the locale's grouping."""
    locale = _locale()
    return f"{value:,}" if _is_c(locale) else locale.toString(value)


# The symbols CLDR gives currencies outside their own country: unambiguous ("$" and "¥" are not).
# A currency not listed is written with its ISO code, in the same place.
INTERNATIONAL_SYMBOLS = {
    "EUR": "€", "GBP": "£", "USD": "US$", "CNY": "CN¥", "JPY": "JP¥", "HKD": "HK$", "TWD": "NT$", "CAD": "CA$",
    "AUD": "A$", "NZD": "NZ$", "MXN": "MX$", "BRL": "R$", "INR": "₹", "KRW": "₩", "ILS": "₪", "VND": "₫",
}


def format_money(amount: Union[Decimal, float, int, None], currency: Optional[str] = None) -> str:
    """Every amount in the locale's one currency form, whatever its currency: in Spanish "197.709,00 €" and
    "181.723,00 £" (not "181.723,00 GBP" beside "€"), in Chinese "¥1,999.00" and "€1,999.00". The locale's
    own currency takes its own symbol, another its international one (US$, CN¥), else its code."""
    if amount is None:
        return ""
    locale = _locale()
    code = (currency or "").strip().upper()
    value = float(amount)
    if _is_c(locale):
        return f"{value:,.2f} {code}".strip()
    if not code:
        return locale.toString(value, "f", 2)
    if code == locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    else:
        symbol = INTERNATIONAL_SYMBOLS.get(code, code)
    return locale.toCurrencyString(value, symbol, 2)
