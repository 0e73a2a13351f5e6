"""The settings this package reads, with the defaults a fresh store starts with.

Kept here rather than in app.services.settings.DEFAULTS so the value package is
self-contained; `get` falls back to these when the store has no row.
"""
from __future__ import annotations

from typing import Any, Optional

from sqlalchemy.orm import Session, sessionmaker

from .. import settings
from ..errors import QT_TRANSLATE_NOOP, InvalidValue

PARETO_SHARES = "pareto_shares"  # [A, B]: A makes the first 80% of revenue, B the next 15%
MAIN_CURRENCY = "main_currency"  # None: the most common currency among purchases
DORMANT_DAYS = "dormant_days"  # in settings.DEFAULTS

DEFAULTS: dict[str, Any] = {PARETO_SHARES: [80, 15], MAIN_CURRENCY: None, DORMANT_DAYS: 180}


def get(db: sessionmaker[Session], key: str) -> Any:
    value = settings.get(db, key)
    return DEFAULTS.get(key) if value is None else value


def pareto_shares(db: sessionmaker[Session]) -> tuple[int, int]:
    a, b = get(db, PARETO_SHARES)
    return int(a), int(b)


def set_pareto_shares(db: sessionmaker[Session], a_share: int, b_share: int) -> None:
    """A: the customers making the first `a_share`% of revenue; B: the next `b_share`%."""
    if not 0 <= a_share <= 100:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "A share: {share} is not a percentage between 0 and 100"),
                           share=a_share)
    if not 0 <= b_share <= 100:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "B share: {share} is not a percentage between 0 and 100"),
                           share=b_share)
    if a_share + b_share > 100:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "shares: A {a}% and B {b}% add up to more than 100%"),
                           a=a_share, b=b_share)
    settings.put(db, PARETO_SHARES, [a_share, b_share])


def main_currency_setting(db: sessionmaker[Session]) -> Optional[str]:
    return get(db, MAIN_CURRENCY)


def set_main_currency(db: sessionmaker[Session], code: Optional[str]) -> None:
    """A three-letter code, or None to use the most common currency among purchases."""
    cleaned = (code or "").strip().upper() or None
    if cleaned is not None and (len(cleaned) != 3 or not cleaned.isalpha()):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "main currency: '{code}' is not a three-letter code such "
                                                         "as CNY, EUR or USD"), code=code)
    settings.put(db, MAIN_CURRENCY, cleaned)


def dormant_days(db: sessionmaker[Session]) -> int:
    return int(get(db, DORMANT_DAYS))
