"""A day's visits in route order: the list order is the route, so position numbers are visiting order."""
from __future__ import annotations

from typing import Callable, Optional, Sequence, TypeVar

from ..geo import Place
from .tsp import route_km, shortest_order

T = TypeVar("T")


def order_stops(entries: Sequence[T], points: dict[int, Place], start: Optional[tuple[float, float]], *,
                contact_id: Callable[[T], Optional[int]] = lambda e: e.contact_id,  # type: ignore[attr-defined]
                is_stop: Callable[[T], bool] = lambda e: True) -> list[T]:
    """`entries` with the stops (those `is_stop` says are visits) in the shortest order from `start`.

    Stops with no place (no address, or one no table knows) keep their order after the placed
    ones: nothing tells where they belong, and the salesperson sees them last. Entries that are
    no stop (calls) keep their order after the stops.
    """
    stops = [e for e in entries if is_stop(e)]
    others = [e for e in entries if not is_stop(e)]
    located = [_point(points.get(contact_id(e))) for e in stops]
    order = shortest_order(located, start)
    return [stops[i] for i in order] + others


def stops_km(entries: Sequence[T], points: dict[int, Place], start: Optional[tuple[float, float]], *,
             contact_id: Callable[[T], Optional[int]] = lambda e: e.contact_id) -> float:  # type: ignore[attr-defined]
    """Straight-line length of visiting the placed entries in the order given (for the map's caption)."""
    located = [p for p in (_point(points.get(contact_id(e))) for e in entries) if p is not None]
    return route_km(located, start)


def _point(place: Optional[Place]) -> Optional[tuple[float, float]]:
    return (place.lat, place.lon) if place is not None else None
