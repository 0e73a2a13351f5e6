"""The shortest order to visit a day's stops: a small travelling-salesperson problem.

A day holds a dozen stops or so, placed to a district or city, so many share one point. Points
that coincide are visited together (with straight-line distances that never lengthens a route),
which leaves few distinct places. Up to EXACT_UP_TO of them the order is the optimum, by
Held–Karp dynamic programming (256 × 8 × 8 steps, a few milliseconds; brute force would try
40,320 orders); above, nearest neighbour then 2-opt, started from that and from the order given,
keeping the shorter, so the result is never longer than the order it was given.

With a start, a route is a round trip (start, the stops, back): the day begins and ends at the
office or at home. Without one it is the shortest path through the stops, from any of them.
python-tsp offers the same two algorithms but brings numpy, requests and tsplib95 for them.
"""
from __future__ import annotations

from math import asin, cos, radians, sin, sqrt
from typing import Optional, Sequence

EXACT_UP_TO = 8
LatLon = tuple[float, float]


def distance_km(a: LatLon, b: LatLon) -> float:
    """Great-circle distance (haversine): straight-line travel, all a district-level place allows."""
    lat1, lon1, lat2, lon2 = map(radians, (a[0], a[1], b[0], b[1]))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(min(1.0, sqrt(h)))


def route_km(points: Sequence[LatLon], start: Optional[LatLon]) -> float:
    """Length of visiting `points` in the order given: round trip from `start`, or an open path."""
    legs = [start, *points, start] if start is not None else list(points)
    return sum(distance_km(a, b) for a, b in zip(legs, legs[1:]))


def shortest_order(points: Sequence[Optional[LatLon]], start: Optional[LatLon] = None) -> list[int]:
    """Indexes of `points` in visiting order. Stops without a point keep their order, after the others."""
    placed = [i for i, p in enumerate(points) if p is not None]
    unplaced = [i for i, p in enumerate(points) if p is None]
    groups: dict[LatLon, list[int]] = {}
    for i in placed:
        groups.setdefault(points[i], []).append(i)  # type: ignore[index]
    places = list(groups)  # in the order first given
    # Node 0 is the start; without one it is a stand-in at no distance from anything, which makes
    # the round trip through it the shortest open path.
    size = len(places) + 1
    matrix = [[0.0] * size for _ in range(size)]
    for a in range(1, size):
        for b in range(a + 1, size):
            matrix[a][b] = matrix[b][a] = distance_km(places[a - 1], places[b - 1])
        if start is not None:
            matrix[0][a] = matrix[a][0] = distance_km(start, places[a - 1])
    if size - 1 <= EXACT_UP_TO:
        tour = _held_karp(matrix)
    else:
        tour = min((_two_opt(_nearest_neighbour(matrix), matrix), _two_opt(list(range(size)), matrix)),
                   key=lambda t: _tour_km(t, matrix))
    if start is not None and len(tour) > 2 and matrix[0][tour[-1]] < matrix[0][tour[1]]:
        tour = [0, *reversed(tour[1:])]  # a round trip either way: begin with the nearer end
    return [i for node in tour[1:] for i in groups[places[node - 1]]] + unplaced


def _tour_km(tour: Sequence[int], matrix: list[list[float]]) -> float:
    return sum(matrix[a][b] for a, b in zip(tour, [*tour[1:], tour[0]]))


def _held_karp(matrix: list[list[float]]) -> list[int]:
    """The optimal round trip from node 0 (Held–Karp): cost[set][last] over subsets of the other nodes."""
    n = len(matrix) - 1
    if n <= 1:
        return list(range(n + 1))
    full = (1 << n) - 1
    inf = float("inf")
    cost = [[inf] * n for _ in range(full + 1)]
    came = [[-1] * n for _ in range(full + 1)]
    for j in range(n):
        cost[1 << j][j] = matrix[0][j + 1]
    for subset in range(1, full + 1):
        row = cost[subset]
        for last in range(n):
            here = row[last]
            if here == inf:
                continue
            out = matrix[last + 1]
            for nxt in range(n):
                bit = 1 << nxt
                if subset & bit:
                    continue
                value = here + out[nxt + 1]
                if value < cost[subset | bit][nxt]:
                    cost[subset | bit][nxt] = value
                    came[subset | bit][nxt] = last
    last = min(range(n), key=lambda j: cost[full][j] + matrix[j + 1][0])
    order, subset = [], full
    while last != -1:
        order.append(last + 1)
        subset, last = subset & ~(1 << last), came[subset][last]
    return [0, *reversed(order)]


def _nearest_neighbour(matrix: list[list[float]]) -> list[int]:
    tour, left = [0], set(range(1, len(matrix)))
    while left:
        here = matrix[tour[-1]]
        nearest = min(left, key=lambda j: (here[j], j))
        tour.append(nearest)
        left.remove(nearest)
    return tour


def _two_opt(tour: list[int], matrix: list[list[float]]) -> list[int]:
    """Reverse any stretch of the round trip that makes it shorter, until none does (node 0 stays first)."""
    tour = list(tour)
    n = len(tour)
    improved = True
    while improved:
        improved = False
        for i in range(1, n - 1):
            a, b = tour[i - 1], tour[i]
            for j in range(i + 1, n):
                c, d = tour[j], tour[(j + 1) % n]
                if matrix[a][c] + matrix[b][d] < matrix[a][b] + matrix[c][d] - 1e-9:
                    tour[i : j + 1] = reversed(tour[i : j + 1])
                    b = tour[i]
                    improved = True
    return tour
