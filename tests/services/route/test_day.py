"""A day's list in route order: visits by the route, unplaced visits after them, calls last."""
from __future__ import annotations

from dataclasses import dataclass

from app.services.geo import Place
from app.services.route import order_stops


@dataclass
class Entry:
    contact_id: int
    kind: str = "visit"


def _place(lon):
    return Place(40.0, lon, "city", "")


def test_visits_follow_the_route_and_keep_unplaced_ones_and_calls_after():
    entries = [Entry(1), Entry(2, "call"), Entry(3), Entry(4), Entry(5), Entry(6, "call")]
    points = {1: _place(-3.5), 3: _place(-3.1), 5: _place(-3.3)}  # 4 has no place
    ordered = order_stops(entries, points, (40.0, -3.0), is_stop=lambda e: e.kind == "visit")
    assert [e.contact_id for e in ordered] == [3, 5, 1, 4, 2, 6]
