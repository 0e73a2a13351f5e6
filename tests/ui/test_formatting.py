"""Dates, numbers and money in the locale's own form."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from app.ui.formatting import format_date, format_datetime, format_long_date, format_money, format_number


@pytest.fixture
def locale():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale.c() if name == "C" else QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize("name, day, moment, long_day, number", [
    ("zh_CN", "2026/3/10", "2026/3/10 15:30", "2026年3月10日星期二", "12,345"),
    ("es_ES", "10/3/2026", "10/3/2026 15:30", "martes, 10 de marzo de 2026", "12.345"),
    ("en_GB", "10/03/2026", "10/03/2026 15:30", "Tuesday, 10 March 2026", "12,345"),
    ("C", "2026-03-10", "2026-03-10 15:30", "Tuesday 10 March 2026", "12,345"),  # no locale: ISO, as before
])
def test_dates_and_numbers(locale, name, day, moment, long_day, number):
    locale(name)
    assert format_date(date(2026, 3, 10)) == day
    assert format_date(datetime(2026, 3, 10, 23, 59)) == day
    assert format_datetime(datetime(2026, 3, 10, 15, 30)) == moment
    assert format_long_date(date(2026, 3, 10)) == long_day
    assert format_number(12345) == number
    assert format_date(None) == format_datetime(None) == ""


def test_years_have_four_digits_where_the_locale_writes_two(locale):
    locale("en_US")
    assert format_date(date(2026, 3, 10)) == "3/10/2026"


def test_money_in_one_form_whatever_the_currency(locale):
    """Issue 16: Spanish amounts mixed "197.709,00 €" and "181.723,00 GBP"."""
    locale("zh_CN")
    assert format_money(Decimal("1999.00"), "CNY") == "¥1,999.00"
    assert format_money(Decimal("1999.5"), "EUR") == "€1,999.50"
    assert format_money(Decimal("10"), "CHF") == "CHF10.00"
    locale("es_ES")
    assert format_money(Decimal("197709"), "eur") == "197.709,00\u00a0€"
    assert format_money(Decimal("181723"), "GBP") == "181.723,00\u00a0£"
    assert format_money(Decimal("12345.5"), "CNY") == "12.345,50\u00a0CN¥"
    assert format_money(Decimal("7"), None) == "7,00"
    assert format_money(None, "EUR") == ""
    locale("en_US")
    assert (format_money(Decimal("5"), "USD"), format_money(Decimal("5"), "CNY")) == ("$5.00", "CN¥5.00")
