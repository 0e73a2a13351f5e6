"""Route order on generated coordinates: never longer than the order given, the optimum up to 8 stops."""
from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings, strategies as st

from app.services.route.tsp import EXACT_UP_TO, route_km, shortest_order

# Around a city: half a degree either way, as a salesperson's area is.
point = st.tuples(st.floats(39.5, 40.5), st.floats(-4.2, -3.2))
start = st.one_of(st.none(), point)


def _km(points, order, start):
    return route_km([points[i] for i in order], start)


@settings(max_examples=25, deadline=None)
@given(st.lists(point, min_size=0, max_size=EXACT_UP_TO), start)
def test_up_to_eight_stops_the_order_is_the_optimum(points, start):
    order = shortest_order(points, start)
    assert sorted(order) == list(range(len(points)))
    best = min(_km(points, p, start) for p in permutations(range(len(points))))
    assert _km(points, order, start) <= best + 1e-6


@settings(max_examples=40, deadline=None)
@given(st.lists(point, min_size=EXACT_UP_TO + 1, max_size=25), start)
def test_more_stops_are_never_ordered_longer_than_given(points, start):
    order = shortest_order(points, start)
    assert sorted(order) == list(range(len(points)))
    assert _km(points, order, start) <= _km(points, range(len(points)), start) + 1e-6


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from([(40.0, -3.7), (40.3, -3.9), (39.8, -3.5)]), min_size=2, max_size=14), start)
def test_customers_at_one_place_are_visited_one_after_another(points, start):
    order = shortest_order(points, start)
    places = [points[i] for i in order]
    runs = [p for n, p in enumerate(places) if n == 0 or places[n - 1] != p]
    assert len(runs) == len(set(places))


def test_a_line_of_stops_is_driven_along_from_the_nearer_end():
    line = [(40.0, -3.0 - 0.1 * k) for k in (3, 0, 5, 1, 4, 2)]
    assert shortest_order(line, start=(40.0, -2.9)) == [1, 3, 5, 0, 4, 2]  # out along the line, back at once


def test_stops_without_a_place_keep_their_order_at_the_end():
    points = [None, (40.0, -3.5), None, (40.0, -3.1), (40.0, -3.3)]
    assert shortest_order(points, start=(40.0, -3.0)) == [3, 4, 1, 0, 2]
    assert shortest_order([None, None]) == [0, 1]
