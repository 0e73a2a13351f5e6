"""Where each day's route begins and ends: an address set in Settings, placed when it is saved."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sqlalchemy.orm import Session, sessionmaker

from .. import settings
from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from ..geo import CITY, DISTRICT, geocode

KEY = "route_start"


@dataclass(frozen=True)
class Start:
    address: str  # as the user wrote it: what a maps link asks for
    lat: float
    lon: float
    place: str  # where Rapport placed it: "上海市 徐汇区", "Madrid, ES"

    @property
    def point(self) -> tuple[float, float]:
        return (self.lat, self.lon)


def get_start(db: sessionmaker[Session]) -> Optional[Start]:
    value = settings.get(db, KEY)
    if not isinstance(value, dict):
        return None
    try:
        return Start(str(value["address"]), float(value["lat"]), float(value["lon"]), str(value.get("place", "")))
    except (KeyError, TypeError, ValueError):
        return None  # a setting written by hand that makes no sense: as if none were set


def set_start(db: sessionmaker[Session], address: Optional[str]) -> Optional[Start]:
    """Place `address` and keep it as the start; empty clears it (routes then start at the first visit)."""
    address = " ".join((address or "").split())
    if not address:
        settings.put(db, KEY, None)
        return None
    place = geocode(street=address, default_country=settings.phone_region(db))
    if place is None or place.level not in (CITY, DISTRICT):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "start address: '{address}' names no city or district "
                                                         "Rapport knows; add the city, as in 'Calle Mayor 5, Madrid' "
                                                         "or '上海市徐汇区'"), address=address)
    start = Start(address, place.lat, place.lon, place.name)
    settings.put(db, KEY, {"address": start.address, "lat": start.lat, "lon": start.lon, "place": start.place})
    return start
