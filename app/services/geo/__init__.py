"""Offline geocoding to a district or city: where an address is, near enough to order a day's visits.

No network at run time. Chinese addresses (any with Han characters, unless another country is
named) are matched against China's divisions with their coordinates (china.py); everything else
against a table of the world's places of 5,000 people or more (world.py). Both tables are in
resources/geo/, made by tools/build_geo_tables.py; their licences are in resources/geo/LICENCE.md.

The result is kept on the address (stored.py), so a plan never geocodes.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from . import china, world
from .names import has_han

DISTRICT, CITY, REGION = "district", "city", "region"
_CHINESE_COUNTRIES = (None, "CN", "HK", "MO", "TW")


@dataclass(frozen=True, slots=True)
class Place:
    lat: float
    lon: float
    level: str  # DISTRICT, CITY or REGION (a province: too coarse to route by)
    name: str  # as people say it: "上海市 徐汇区", "Madrid, ES"


def geocode(street: Optional[str] = None, city: Optional[str] = None, region: Optional[str] = None,
            postal_code: Optional[str] = None, country: Optional[str] = None, *,
            default_country: Optional[str] = None) -> Optional[Place]:
    """Where the address is, or None when none of its parts names a place the tables know.

    `default_country` (ISO code, the user's region) settles a name several countries share.
    The postal code is not used: no open table of postal codes covers China and Spain alike.
    """
    parts = [p.strip() for p in (country, region, city, street) if p and p.strip()]
    if not parts:
        return None
    explicit = world.country_code(country)
    text = "".join(parts)
    if has_han(text) and explicit in _CHINESE_COUNTRIES:
        division = china.locate(text)
        if division is not None:
            names = [*china.parents(division), division][-2:]  # "上海市 徐汇区", "深圳市 南山区", "广东省 深圳市"
            return Place(division.lat, division.lon, division.level, " ".join(d.name for d in names))
    place = world.locate(city, [street, region], country, default_country)
    if place is None:
        return None
    return Place(place.lat, place.lon, CITY, f"{place.name}, {place.country}")


def warm_up() -> None:
    """Load both tables (half a second), so that the first address saved is placed at once."""
    china.locate("")
    world.country_code("ES")
