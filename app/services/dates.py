"""Dates as salespeople write them, and "partial" dates whose year may be unknown.

A partial date is stored as "YYYY-MM-DD" or "--MM-DD" (the vCard 4.0 form for
a birthday without a year), so its last five characters are always "MM-DD".
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Optional

from .errors import QT_TRANSLATE_NOOP, InvalidValue, Term

_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_LEAP_YEAR = 2000  # to validate Feb 29 when the year is unknown
# Dates a person can mean. Python's date ends at 9999-12-31, and the call list and the plan count days
# and weeks past the date they are given; the bounds keep that arithmetic far from the edge.
FIRST_YEAR, LAST_YEAR = 1800, 2999
# The names `field` takes in the window, for the translators (the command line passes its option names).
FIELD_NAMES = (QT_TRANSLATE_NOOP("services", "date"), QT_TRANSLATE_NOOP("services", "birthday"),
               QT_TRANSLATE_NOOP("services", "anniversary"), QT_TRANSLATE_NOOP("services", "purchase date"),
               QT_TRANSLATE_NOOP("services", "lost on"))


def parse_partial_date(text: str, *, field: str = "date") -> str:
    """Return "YYYY-MM-DD" or "--MM-DD"; raise InvalidValue naming `field` otherwise."""
    value = text.strip()
    m = _NO_YEAR.match(value)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        _check(_LEAP_YEAR, month, day, field, text)
        return f"--{month:02d}-{day:02d}"
    m = _ISO.match(value)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        _check(year, month, day, field, text)
        return f"{year:04d}-{month:02d}-{day:02d}"
    raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: '{text}' is not a date (use YYYY-MM-DD, or --MM-DD "
                                                     "when the year is unknown)"), field=Term(field), text=text)


def _check(year: int, month: int, day: int, field: str, text: str) -> None:
    try:
        date(year, month, day)
    except ValueError:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: '{text}' is not a real date"),
                           field=Term(field), text=text) from None
    _in_range(year, field, text)


def _in_range(year: int, field: str, text: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: '{text}' is out of range (use a year from {first} "
                                                         "to {last})"), field=Term(field), text=text,
                           first=FIRST_YEAR, last=LAST_YEAR)


def parse_day(text: str, *, field: str = "date") -> date:
    """A full date, "YYYY-MM-DD"."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: '{text}' is not a date (use YYYY-MM-DD)"),
                           field=Term(field), text=text) from None
    _in_range(day.year, field, text)
    return day


def parse_moment(text: str, *, field: str = "date") -> datetime:
    """"YYYY-MM-DD" (taken as the start of that day) or "YYYY-MM-DDTHH:MM"."""
    value = text.strip()
    try:
        if len(value) == 10:
            moment = datetime.combine(date.fromisoformat(value), datetime.min.time())
        else:
            moment = datetime.fromisoformat(value).replace(tzinfo=None, microsecond=0)
    except ValueError:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: '{text}' is not a date (use YYYY-MM-DD or "
                                                         "YYYY-MM-DDTHH:MM)"), field=Term(field), text=text) from None
    _in_range(moment.year, field, text)
    return moment


def refuse_after_today(day: date, *, field: str, today: Optional[date] = None) -> None:
    """What happened cannot be dated after today: a purchase, a stage entered, a customer lost, a birth.
    One typed a year ahead would skew every report until that day came."""
    if day > (today or local_now().date()):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: {day} is after today; record it once it has "
                                                         "happened"), field=Term(field), day=day.isoformat())


def local_now() -> datetime:
    """The salesperson's wall clock: interaction times are what the user lived, not UTC."""
    return datetime.now().replace(microsecond=0)


def month_day(column):
    """SQL for a partial date's "MM-DD", written exactly as the expression indexes on birthday and
    anniversary are on either database (app/models/portable.py)."""
    from app.models.portable import month_day as last_five

    return last_five(column)
