"""Route order in a large store: placing the addresses, reading the week's places, ordering the days,
and the week plan with route order included (issue 15: ≤ 150 ms at 100,000 contacts).

Placing is what the app does once, in the background, for a store from before the places were
kept: measured on a copy whose places are cleared. Route order alone is also measured on a worst
case: five days of twelve visits, each at a place of its own, so nothing is visited together.
"""
from __future__ import annotations

import random
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from app.models.db import open_store
from app.services import calllist, plan
from app.services.geo import stored
from app.services.route.tsp import shortest_order

from .generate_store import TODAY
from .timing import Area, Result, median_seconds

_REPEATS = 5
TARGET_SECONDS = 0.150  # issue 15


def _worst_days(rng: random.Random) -> list[list[tuple[float, float]]]:
    return [[(rng.uniform(30.9, 31.5), rng.uniform(121.1, 121.8)) for _ in range(12)] for _ in range(5)]


def run(store: Path, runs: int) -> Area:
    area = Area("route")
    repeats = max(runs, _REPEATS)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / store.name
        shutil.copyfile(store, copy)
        db = open_store(copy)
        try:
            with db.begin() as session:
                session.execute(text("UPDATE addresses SET geo_level = NULL, geo_lat = NULL, geo_lon = NULL, "
                                     "geo_place = NULL"))
            unplaced = stored.unplaced_count(db)
            placing = median_seconds(lambda: stored.place_unplaced(db, "CN"), 1)
            week = plan.week_of(TODAY + timedelta(days=7))  # the week ahead, planned on the Friday before
            built = plan.build_plan(db, week, today=TODAY)
            planned = built.planned
            whole = median_seconds(lambda: plan.build_plan(db, week, today=TODAY), repeats)
            listed = len(calllist.today_list(db, TODAY, days_ahead=7, language="en", details=False))
            today_list = median_seconds(
                lambda: calllist.today_list(db, TODAY, days_ahead=7, language="en", details=False), repeats)
            ids = [e.contact_id for d in built.days for e in d.entries if e.contact_id]

            def points():
                with db() as session:
                    return stored.points_of(session, ids)

            located = median_seconds(points, repeats)
            days = _worst_days(random.Random(5))
            ordering = median_seconds(lambda: [shortest_order(day, (31.23, 121.47)) for day in days], repeats)
        finally:
            db.kw["bind"].dispose()
    baseline = "calllist.today_list (no details)"
    area.results += [
        Result("route", f"place {unplaced:,} addresses (once, in the background, for a store from before)",
               unplaced, "rows", placing),
        Result("route", baseline, listed, "entries", today_list),
        Result("route", "plan.build_plan: the week, levelled, each day in route order", planned, "entries",
               whole, baseline, today_list),
        Result("route", "places of all the week's entries, calls included (one query; the plan asks for visits only)",
               len(ids), "entries", located),
        Result("route", "route order alone, worst case: 5 days × 12 visits at 12 places each", 60, "entries",
               ordering),
    ]
    area.details += [
        f"build_plan: {whole * 1000:.0f} ms for {planned} planned entries; "
        f"{whole / TARGET_SECONDS:.0%} of the {TARGET_SECONDS * 1000:.0f} ms the issue allows. "
        f"Route order's share: the places' query ({located * 1000:.1f} ms) and the ordering "
        f"(worst case {ordering * 1000:.1f} ms for a week where no two visits share a place).", ""]
    return area
