"""A price and its currency as a person types them, checked: shared by purchases and the catalogue."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Optional

from .errors import QT_TRANSLATE_NOOP, InvalidValue


def clean_price(value: Optional[str | Decimal]) -> Optional[Decimal]:
    """A price as typed ("1,299.00"), checked: a finite, non-negative number, or None when empty."""
    if value in (None, ""):
        return None
    try:
        price = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "price: '{price}' is not a number"), price=value) from None
    if not price.is_finite():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "price: '{price}' is not a number"), price=value)
    if price < 0:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "price: '{price}' is negative"), price=value)
    return price


def clean_currency(code: Optional[str]) -> Optional[str]:
    currency = (code or "").strip().upper() or None
    if currency is not None and (len(currency) != 3 or not currency.isalpha()):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "currency: '{code}' is not a three-letter code such "
                                                         "as CNY, EUR or USD"), code=code)
    return currency
