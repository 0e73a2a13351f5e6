"""Money and time windows shared by the value reports.

Amounts are summed in SQL as whole cents (prices are stored as REAL by SQLite),
so totals are exact and equal totals compare equal. Purchases without a price
count as purchases but add nothing; a purchase without a currency is taken to
be in the main currency (the user did not bother to type it).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Optional

from sqlalchemy import BigInteger, and_, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from app.models import STATUS_ACTIVE, Contact, Purchase
from app.models import portable

from ..errors import QT_TRANSLATE_NOOP, InvalidValue

# BigInteger: PostgreSQL's INTEGER is 32 bits (SQLite's are all 64), and a year of sales in cents passes 2^31.
CENTS = cast(func.round(Purchase.quantity * Purchase.unit_price * 100), BigInteger)


def sum_cents(cents):
    """A sum of whole cents, an int in Python on both databases (PostgreSQL sums bigints as numeric)."""
    return cast(func.sum(cents), BigInteger)


def money(cents: Optional[int]) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)


def months_before(session: Session, day: date, months: int) -> date:
    """`day` minus whole months, as SQLite counts them (the same rule the SQL reports use)."""
    if not 1 <= months <= 1200:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "months: {months} is not a number of months between 1 and "
                                                         "1200"), months=months)
    return session.scalar(select(portable.months_before(literal(day), int(months))))


def main_currency(session: Session, setting: Optional[str]) -> Optional[str]:
    """The setting, else the currency most purchases are in (ties: alphabetical); None when no purchase has one."""
    if setting:
        return setting
    return session.scalar(
        select(Purchase.currency).where(Purchase.currency.is_not(None)).group_by(Purchase.currency)
        .order_by(func.count().desc(), Purchase.currency).limit(1)
    )


def in_main_currency(main: Optional[str]):
    return or_(Purchase.currency.is_(None), Purchase.currency == main)


def customer():
    """Contacts the value reports rank: not in the trash and not lost (lost ones have their own report)."""
    return and_(Contact.deleted_at.is_(None), Contact.status == STATUS_ACTIVE)


def format_money(amount: Decimal, currency: Optional[str]) -> str:
    return f"{currency} {amount:,.2f}" if currency else f"{amount:,.2f}"
