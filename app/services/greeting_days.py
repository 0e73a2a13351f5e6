"""Holidays worth a greeting to your best customers, per country (dates from the `holidays` package,
which knows the lunar calendar: Spring Festival and Mid-Autumn move every year)."""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# The holidays a salesperson greets customers for, by the `holidays` package's English names.
GREETED = {
    "CN": ("Chinese New Year (Spring Festival)", "Mid-Autumn Festival", "Dragon Boat Festival"),
    "TW": ("Chinese New Year", "Mid-Autumn Festival", "Dragon Boat Festival"),
    "HK": ("The first day of Lunar New Year", "The day following the Chinese Mid-Autumn Festival"),
    "SG": ("Chinese New Year",),
    "ES": ("Epiphany", "Christmas Day"),
    "MX": ("Christmas Day",),
}
DEFAULT = ("Christmas Day", "New Year's Day")
LOCAL_NAMES = {
    "Chinese New Year (Spring Festival)": {"zh_CN": "春节", "es": "Año Nuevo chino"},
    "Chinese New Year": {"zh_CN": "春节", "es": "Año Nuevo chino"},
    "The first day of Lunar New Year": {"zh_CN": "春节", "es": "Año Nuevo chino"},
    "Mid-Autumn Festival": {"zh_CN": "中秋节", "es": "Festival del Medio Otoño"},
    "The day following the Chinese Mid-Autumn Festival": {"zh_CN": "中秋节", "es": "Festival del Medio Otoño"},
    "Dragon Boat Festival": {"zh_CN": "端午节", "es": "Festival del Bote del Dragón"},
    "Epiphany": {"zh_CN": "主显节", "es": "Día de los Reyes", "en": "Epiphany (Día de los Reyes)"},
    "Christmas Day": {"zh_CN": "圣诞节", "es": "Navidad", "en": "Christmas"},
    "New Year's Day": {"zh_CN": "元旦", "es": "Año Nuevo"},
}


@lru_cache(maxsize=64)
def _year(country: str, year: int) -> dict[date, str]:
    import holidays  # a kept library with lunar calendars; imported when first needed

    try:
        found = holidays.country_holidays(country, years=year)
    except NotImplementedError:
        found = holidays.country_holidays("US", years=year)
    wanted = GREETED.get(country, DEFAULT)
    first: dict[str, date] = {}
    for day, name in sorted(found.items()):
        for part in name.split("; "):
            if part in wanted and part not in first:
                first[part] = day  # the first day of a multi-day festival
    return {day: name for name, day in first.items()}


def greeting_days(country: str, start: date, days: int) -> list[tuple[date, str]]:
    """(date, English name) of greeted holidays from `start` to `start + days`."""
    end = start + timedelta(days=days)
    found = {}
    for year in range(start.year, end.year + 1):
        found.update(_year(country.upper(), year))
    return sorted((d, n) for d, n in found.items() if start <= d <= end)


def local_name(name: str, language: str) -> str:
    return LOCAL_NAMES.get(name, {}).get(language, name)
