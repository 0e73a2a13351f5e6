""""Open route in maps": a directions link with the day's stops, built here and never fetched.

Google Maps URLs (the documented, key-free `maps/dir/?api=1` form) take the stops as addresses,
which Google places to the door (our places are only districts), and open the app on a phone;
they allow up to 9 waypoints, so a longer day becomes several links, each starting where the
last ended. Google Maps does not open in mainland China: Chinese users get Baidu Maps' web URI
(`api.map.baidu.com/direction`, also key-free and by address), which takes one origin and one
destination, so each leg of the day is a link of its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence
from urllib.parse import urlencode

GOOGLE, BAIDU = "google", "baidu"
GOOGLE_WAYPOINTS = 9
START = 0  # the number of the start in a link's span: stops are numbered from 1, as in the plan


@dataclass(frozen=True)
class Stop:
    number: int  # its position in the day, as the plan shows it
    address: str
    city: Optional[str] = None


@dataclass(frozen=True)
class RouteLink:
    url: str
    first: int  # the stop it starts from (START for the start address)
    last: int  # the stop it ends at (START when it comes back to the start)


def provider_for(language: str) -> str:
    return BAIDU if language.startswith("zh") else GOOGLE


def route_links(stops: Sequence[Stop], start: Optional[str], provider: str = GOOGLE) -> list[RouteLink]:
    """Links covering the day from `start` (if set) through `stops` and back; [] with no stop to go to."""
    stops = [s for s in stops if s.address.strip()]
    # Customers at one address (a market, an office block) are one stop for the maps app.
    stops = [s for n, s in enumerate(stops) if n == 0 or s.address != stops[n - 1].address]
    if not stops:
        return []
    points = list(stops)
    if start:
        home = Stop(START, start)
        points = [home, *stops, home]
    if len(points) == 1:
        points = points * 2  # one customer and no start: directions to them from wherever one is
    span = 2 if provider == BAIDU else GOOGLE_WAYPOINTS + 2
    links = []
    for begin in range(0, len(points) - 1, span - 1):
        part = points[begin : begin + span]
        url = _baidu(part) if provider == BAIDU else _google(part, origin=begin > 0 or bool(start) or len(stops) > 1)
        links.append(RouteLink(url, part[0].number, part[-1].number))
    return links


def _google(part: list[Stop], origin: bool) -> str:
    query = {"api": "1"}
    if origin:
        query["origin"] = part[0].address
    query["destination"] = part[-1].address
    if len(part) > 2:
        query["waypoints"] = "|".join(s.address for s in part[1:-1])
    query["travelmode"] = "driving"
    return "https://www.google.com/maps/dir/?" + urlencode(query)


def _baidu(part: list[Stop]) -> str:
    origin, destination = part[0], part[-1]
    if origin is destination:  # one customer and no start: the web URI needs an origin, so show the place
        query = {"address": destination.address, "output": "html", "src": "webapp.rapport.rapport"}
        return "https://api.map.baidu.com/geocoder?" + urlencode(query)
    query = {"origin": origin.address, "destination": destination.address, "mode": "driving"}
    if origin.city:
        query["origin_region"] = origin.city
    if destination.city:
        query["destination_region"] = destination.city
    query.update({"output": "html", "src": "webapp.rapport.rapport"})
    return "https://api.map.baidu.com/direction?" + urlencode(query)
