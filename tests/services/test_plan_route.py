"""The week plan's days in route order: visits from the start address by the shortest way, a visit
with no known place after them, calls last; the order is the visits' numbering."""
from __future__ import annotations

from datetime import date, timedelta
from itertools import permutations

from app.services import reach, settings
from app.services.plan import build_plan
from app.services.reach import AddressData
from app.services.route import get_start, points_of, set_start
from app.services.route.tsp import route_km
from tests.services.test_calllist import person

WEEK = "2026-W48"
MONDAY = date(2026, 11, 23)
TOWNS = ["Alcalá de Henares", "Getafe", "Las Rozas de Madrid", "Alcobendas", "Móstoles", "Torrejón de Ardoz"]


def _one_day_of_visits(db, towns):
    settings.put(db, "working_days", [1])
    settings.put(db, "calls_per_day", 20)
    settings.put(db, "phone_region", "ES")
    for n, town in enumerate(towns):
        cid = person(db, f"Visit {town}", tier="A", last_call=MONDAY - timedelta(days=8 + n))
        reach.add_address(db, cid, AddressData(street=f"Calle Mayor {n + 1}", city=town))
    return {f"Visit {town}" for town in towns}


def _places(db, entries):
    with db() as session:
        points = points_of(session, [e.contact_id for e in entries])
    return {e.display_name: (points[e.contact_id].lat, points[e.contact_id].lon) for e in entries}


def _is_shortest(db, entries, start) -> bool:
    places = _places(db, entries)
    given = route_km([places[e.display_name] for e in entries], start)
    best = min(route_km([places[n] for n in order], start) for order in permutations(places))
    return abs(given - best) < 1e-6


def test_a_days_visits_are_in_the_shortest_order_from_the_start(db):
    visits = _one_day_of_visits(db, TOWNS)
    start = set_start(db, "Paseo del Prado 8, Madrid").point
    day = [e for e in build_plan(db, WEEK).days[0].entries if e.kind == "visit"]
    assert {e.display_name for e in day} == visits
    assert _is_shortest(db, day, start)


def test_a_visit_with_no_known_place_comes_after_the_placed_ones_and_calls_last(db):
    _one_day_of_visits(db, TOWNS[:3])
    set_start(db, "Paseo del Prado 8, Madrid")
    lost = person(db, "Visit nowhere", tier="A", last_call=MONDAY - timedelta(days=30))
    reach.add_address(db, lost, AddressData(street="Calle Inventada 3", city="Villanadadenada"))
    person(db, "Call C", tier="C", last_call=MONDAY - timedelta(days=45))  # C calls, never visits
    entries = build_plan(db, WEEK).days[0].entries
    assert [e.kind for e in entries] == ["visit"] * 4 + ["call"]
    assert entries[3].display_name == "Visit nowhere"  # the most overdue, but nothing says where it is
    assert entries[4].display_name == "Call C"


def test_without_a_start_the_route_is_the_shortest_path_through_the_visits(db):
    _one_day_of_visits(db, TOWNS)
    assert get_start(db) is None
    day = [e for e in build_plan(db, WEEK).days[0].entries if e.kind == "visit"]
    assert len(day) == len(TOWNS) and _is_shortest(db, day, None)
