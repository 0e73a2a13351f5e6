"""The day's route: visits in the order that shortens travel from the start address, their places
for the map, and a directions link for a maps app.

The plan orders each day with `order_stops` (plan._order_day); what the window draws and links
to comes from `day_routes`, read from the plan as built, so the map and the list always agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Optional, Sequence

from sqlalchemy.orm import Session, sessionmaker

from .. import settings
from ..geo import Place
from ..geo.stored import points_of
from ..greetings import language_from_locale
from .day import order_stops, stops_km
from .maps_link import RouteLink, Stop, provider_for, route_links
from .start import Start, get_start, set_start

__all__ = ["DayRoute", "RouteStop", "Start", "day_routes", "get_start", "order_stops", "points_of", "set_start"]


@dataclass(frozen=True)
class RouteStop:
    number: int  # position in the day's list, as the window and the paper show it
    contact_id: int
    name: str
    place: Optional[Place]  # None: no address, or one no table knows; not on the map


@dataclass
class DayRoute:
    day: date
    stops: list[RouteStop]
    links: list[RouteLink] = field(default_factory=list)
    km: float = 0.0  # straight-line length of the route drawn, start and return included

    @property
    def unplaced(self) -> int:
        return sum(1 for s in self.stops if s.place is None)


def day_routes(db: sessionmaker[Session], days: Sequence[tuple[date, Sequence]], language: Optional[str] = None, *,
               is_stop: Callable[[object], bool] = lambda e: True) -> tuple[Optional[Start], list[DayRoute]]:
    """The start and each day's stops with their places, km and links, for entries already in route order.

    `days` holds (day, entries) with CallEntry-like entries (contact_id, display_name, address, city);
    a stop's number is its position among the day's stops, as the plan numbers its visits.
    `language` picks the maps provider (default: the user's).
    """
    language = language or settings.get(db, "language") or language_from_locale()
    start = get_start(db)
    ids = [e.contact_id for _, entries in days for e in entries if e.contact_id is not None and is_stop(e)]
    with db() as session:
        points = points_of(session, ids)
    provider = provider_for(language)
    routes = []
    for day, entries in days:
        numbered = [(n, e) for n, e in enumerate((e for e in entries if is_stop(e)), 1) if e.contact_id is not None]
        stops = [RouteStop(n, e.contact_id, e.display_name, points.get(e.contact_id)) for n, e in numbered]
        links = route_links([Stop(n, e.address or "", e.city) for n, e in numbered],
                            start.address if start else None, provider)
        km = stops_km([e for _, e in numbered], points, start.point if start else None)
        routes.append(DayRoute(day, stops, links, km))
    return start, routes
