"""Dates, numbers and money as the user's locale writes them (the default QLocale, see i18n.py).

Years always have four digits. Where there is no real locale (the C locale of a bare
system or a test run) dates stay ISO, 2026-03-10, as Rapport wrote them before.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Callable, Optional, Union

from PySide6.QtCore import QDate, QLocale, QTime

if TYPE_CHECKING:  # a type only: the window's start need not import decimal
    from decimal import Decimal


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
    return date_formatter()(day)


def date_formatter() -> Callable[[Optional[Union[date, datetime]]], str]:
    """format_date with the locale and its format looked up once: for a table's hundreds of dates."""
    locale = _locale()
    fmt = date_format(locale)

    def formatted(day: Optional[Union[date, datetime]]) -> str:
        if day is None:
            return ""
        return locale.toString(QDate(day.year, day.month, day.day), fmt)  # a datetime's date

    return formatted


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


# ---------------------------------------------------------------- day and month, from the locale's own pattern
# Qt has no "day and month" format, and a fixed pattern such as "dddd d MMM" reads "星期五 4 12月" in
# Chinese. These take the locale's long date format and drop its year (and, for a range, its weekday),
# so each language keeps its own order and words: "Friday, 4 December", "12月4日 星期五",
# "viernes, 4 de diciembre".

_YEAR = re.compile(r"y+\s*年|[\s,]*(?:'[^']*'\s*)?y+|y+[\s,.]*")
_WEEKDAY = re.compile(r"dddd[\s,.]*|[\s,]*dddd")
_TOKEN = re.compile(r"\d+|[^\W\d_]+|\s+|.", re.UNICODE)


def _day_month_pattern(locale: QLocale, weekday: bool, short: bool, short_month: bool = False) -> str:
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = _YEAR.sub("", pattern).strip(" ,")
    if not weekday:
        pattern = _WEEKDAY.sub("", pattern).strip(" ,")
    elif re.search(r"[^\s,]dddd", pattern):
        pattern = pattern.replace("dddd", " dddd")  # 12月7日星期一 → 12月7日 星期一: the weekday as its own word
    if short:
        pattern = pattern.replace("dddd", "ddd")
    if short or short_month:
        pattern = pattern.replace("MMMM", "MMM")
    return pattern


def day_heading(day: date, *, short_month: bool = False) -> str:
    """A day's heading without its year: "Monday, 7 December", "12月7日 星期一", "lunes, 7 de diciembre";
    `short_month` for a column's head: "Monday, 7 Dec", "lunes, 7 de dic"."""
    locale = _locale()
    if _is_c(locale):
        return f"{day:%A} {day.day} {day:%b}" if short_month else f"{day:%A} {day.day} {day:%B}"
    return locale.toString(QDate(day.year, day.month, day.day), _day_month_pattern(locale, True, False, short_month))


def short_day(day: date) -> str:
    """A day in a narrow place: "Fri, 4 Dec", "12月4日 周五", "vie, 4 de dic"."""
    locale = _locale()
    if _is_c(locale):
        return f"{day:%a} {day.day} {day:%b}"
    return locale.toString(QDate(day.year, day.month, day.day), _day_month_pattern(locale, True, True))


def week_dates(first: date, last: date, *, short: bool = False) -> str:
    """A range of days as the locale writes its dates, what both ends share said once:
    "7–13 December 2026", "December 7–13, 2026", "2026年12月7–13日", "7–13 de diciembre de 2026",
    "30 November – 6 December 2026"."""
    locale = _locale()
    if _is_c(locale):
        pattern = "d MMM yyyy" if short else "d MMMM yyyy"
    else:
        pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
        if short:
            pattern = pattern.replace("MMMM", "MMM")
    a = _TOKEN.findall(locale.toString(QDate(first.year, first.month, first.day), pattern))
    b = _TOKEN.findall(locale.toString(QDate(last.year, last.month, last.day), pattern))
    head = 0
    while head < min(len(a), len(b)) - 1 and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head - 1 and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    start, end = "".join(a[head:len(a) - tail]), "".join(b[head:len(b) - tail])
    dash = " – " if " " in start.strip() or " " in end.strip() else "–"
    return "".join(a[:head]) + start.strip() + dash + end.strip() + "".join(a[len(a) - tail:])
