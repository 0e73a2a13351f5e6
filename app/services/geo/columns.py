"""The geo_* columns of an address from its own values: no database, so an import computes them
without SQLAlchemy (importing/prepared.py, in workers and in the sqlite3 import path)."""
from __future__ import annotations

from typing import Optional

from . import geocode

NOWHERE = "none"  # geo_level of an address that was looked at and names no known place


def columns_for(street: Optional[str], city: Optional[str], region: Optional[str], postal_code: Optional[str],
                country: Optional[str], default_country: Optional[str]) -> dict:
    """The geo_* column values for an address, to set on a row or add to an insert's dict."""
    place = geocode(street, city, region, postal_code, country, default_country=default_country)
    if place is None:
        return {"geo_level": NOWHERE, "geo_lat": None, "geo_lon": None, "geo_place": None}
    return {"geo_level": place.level, "geo_lat": place.lat, "geo_lon": place.lon, "geo_place": place.name}
