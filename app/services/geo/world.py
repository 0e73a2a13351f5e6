"""Addresses anywhere to a city, from resources/geo/world_cities.tsv (GeoNames, places of 5,000 or more).

A name several places share (Valencia in Spain and Venezuela, Córdoba in Spain and Argentina)
goes to the one in the address's country, else in the user's country, else the most populous.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterable, Optional

from .names import fold

GEO = Path(__file__).resolve().parents[3] / "resources" / "geo"
# How people write their own country in the three languages Rapport speaks, beside the
# English names, ISO codes the table has.
_COUNTRY_WORDS = {"espana": "ES", "中国": "CN", "中华人民共和国": "CN", "西班牙": "ES", "estados unidos": "US",
                  "美国": "US", "reino unido": "GB", "英国": "GB", "francia": "FR", "法国": "FR", "alemania": "DE",
                  "德国": "DE", "mexico": "MX", "墨西哥": "MX", "日本": "JP", "usa": "US", "uk": "GB"}
_POSTCODE = re.compile(r"\b[0-9][0-9 -]{2,8}[0-9]\b|\b[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}\b")


@dataclass(frozen=True, slots=True)
class City:
    country: str
    name: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class _Index:
    by_name: dict[str, tuple[City, ...]]  # folded name or other name -> places, most populous first
    countries: dict[str, str]  # folded name, ISO2 or ISO3 -> ISO2


@cache
def _index() -> _Index:
    by_name: dict[str, list[City]] = {}
    for line in (GEO / "world_cities.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        country, name, lat, lon, population, keys = line.split("\t")
        city = City(country, name, float(lat), float(lon), int(population))
        folded, *others = keys.split("|")  # folded by the tool; empty when the lower case is
        for key in (folded or name.casefold(), *others):
            by_name.setdefault(key, []).append(city)
    countries = dict(_COUNTRY_WORDS)
    for line in (GEO / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#") and line:
            iso, iso3, name = line.split("\t")
            countries.update({fold(iso): iso, fold(iso3): iso, fold(name): iso})
    return _Index({k: tuple(sorted(v, key=lambda c: -c.population)) for k, v in by_name.items()}, countries)


def country_code(text: Optional[str]) -> Optional[str]:
    """'España', 'Spain', 'ES', 'ESP', '西班牙' -> 'ES'; None when it is no country the table knows."""
    return _index().countries.get(fold(text)) if text else None


def _names_in(field: str) -> Iterable[str]:
    """The parts of an address line that may be a city: "Calle Mayor 5, 28013 Madrid" -> "madrid", …"""
    for part in reversed(re.split(r"[,\n;]", field)):  # the city comes late in a written address
        part = fold(_POSTCODE.sub(" ", part)).strip(" .")
        if part:
            yield part


def locate(city: Optional[str], lines: Iterable[Optional[str]], country: Optional[str],
           default_country: Optional[str]) -> Optional[City]:
    """The city named in the address's city field, else in its other lines (last part first).

    Whole parts first ("28013 Madrid"), then a part's last words ("Calle Mayor 5 Madrid"), which
    may be a street named after a city, so only when no field names a city outright.
    """
    index = _index()
    # The city field alone first: when it names a city (most addresses), the street is never folded.
    places = next((index.by_name[name] for name in _names_in(city) if name in index.by_name), None) if city else None
    parts = None if places is not None else [name for field in (city, *lines) if field for name in _names_in(field)]
    if places is None:
        places = next((index.by_name[name] for name in parts if name in index.by_name), None)
    if places is None:
        tails = (" ".join(words[i:]) for words in (p.split() for p in parts) for i in range(1, min(len(words), 4)))
        places = next((index.by_name[name] for name in tails if name in index.by_name), None)
    if places is None:
        return None
    explicit = country_code(country)
    return (next((p for p in places if p.country == explicit), None)
            or next((p for p in places if p.country == default_country), places[0]))
