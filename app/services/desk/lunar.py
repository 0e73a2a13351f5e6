"""Birthdays kept in the Chinese lunar calendar (农历生日): this year's Gregorian day, and how it is written.

The conversion is lunardate's (PyPI; its table covers 1900-2099). A lunar 30th in a year whose
month has 29 days is kept on the 29th (the month's last day), as families do; a birthday in a leap
month (闰月) falls in the ordinary month of that number in the years without that leap month.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ..errors import QT_TRANSLATE_NOOP, InvalidValue

_DIGITS = "〇一二三四五六七八九十"
_MONTHS = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
# Apple Contacts' form (CNVCardDateComponentsFormatter): era, year in the 60-year cycle, month,
# "L" for a leap month, day; a component it does not know is written "-".
_APPLE = re.compile(r"^(\d{1,4}|-)(\d{1,4}|-)(\d{2})(L?)(\d{2})$", re.IGNORECASE)


def parse_month_day(text: str) -> str:
    """'MM-DD' (or 'M-D') of a lunar date, checked: months 1-12, days 1-30."""
    match = re.fullmatch(r"\s*(\d{1,2})-(\d{1,2})\s*", text or "")
    if not match or not (1 <= int(match[1]) <= 12 and 1 <= int(match[2]) <= 30):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "lunar birthday: '{text}' is not a lunar month and day "
                                                         "(MM-DD, months 1-12, days 1-30)"), text=text)
    return f"{int(match[1]):02d}-{int(match[2]):02d}"


def in_lunar_year(lunar_year: int, month: int, day: int, leap: bool) -> Optional[date]:
    """The Gregorian day of lunar `month`-`day` in `lunar_year`; None outside lunardate's years."""
    from lunardate import LunarDate  # when a date is asked for: reading a card's lunar birthday needs none

    leap = leap and LunarDate.leap_month_for_year(lunar_year) == month
    for last in (day, 29) if day == 30 else (day,):
        try:
            return LunarDate(lunar_year, month, last, leap).to_solar_date()
        except ValueError:
            continue  # a 29-day month has no 30th
        except IndexError:
            return None
    return None


def occurrences(month_day: str, leap: bool, start: date, end: date) -> list[date]:
    """Each day from `start` to `end` (inclusive) on which this lunar birthday falls."""
    month, day = int(month_day[:2]), int(month_day[3:])
    found = []
    for lunar_year in range(start.year - 1, end.year + 1):  # lunar 12th month falls in the next January
        when = in_lunar_year(lunar_year, month, day, leap)
        if when is not None and start <= when <= end:
            found.append(when)
    return found


def lunar_label(month_day: str, leap: bool) -> str:
    """农历八月十五, 农历闰四月初八: as a Chinese calendar writes it."""
    month, day = int(month_day[:2]), int(month_day[3:])
    if day <= 10:
        day_text = "初" + _DIGITS[day]
    elif day < 20:
        day_text = "十" + _DIGITS[day - 10]
    elif day == 20:
        day_text = "二十"
    elif day < 30:
        day_text = "廿" + _DIGITS[day - 20]
    else:
        day_text = "三十"
    return f"农历{'闰' if leap else ''}{_MONTHS[month - 1]}月{day_text}"


def from_apple(value: str) -> Optional[tuple[str, bool]]:
    """X-ALTBDAY;CALSCALE=chinese:007800310318 → ("03-18", False); None when it is not that form."""
    match = _APPLE.match(value.strip())
    if not match or not (1 <= int(match[3]) <= 12 and 1 <= int(match[5]) <= 30):
        return None
    return f"{match[3]}-{match[5]}", bool(match[4])


def to_apple(month_day: str, leap: bool) -> str:
    """The value Apple writes without a year: era and year unknown ("-"), month, L, day."""
    return f"--{month_day[:2]}{'L' if leap else ''}{month_day[3:]}"


def next_birthday(month_day: str, leap: bool, today: date) -> Optional[date]:
    days = occurrences(month_day, leap, today, today + timedelta(days=400))
    return days[0] if days else None
