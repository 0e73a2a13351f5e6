"""`rapport route`: the start address, each day's visits in route order with their places, and links."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta

WEEK_MONDAY = date(2026, 12, 7)


def test_route_sets_the_start_and_prints_each_days_places_and_a_maps_link(run, tmp_path):
    assert run("add", "Ana García", "--phone", "612 345 678", "--region", "ES", "--tier", "A")[0] == 0
    assert run("add", "Luis Gil", "--phone", "612 345 679", "--region", "ES", "--tier", "A")[0] == 0
    from app.models.db import open_store
    from app.services import interactions, reach
    from app.services.reach import AddressData

    db = open_store(run.store)  # the store the commands use, on either database
    for cid, street, city in ((1, "Calle Mayor 5", "Getafe"), (2, "Calle Real 1", "Alcalá de Henares")):
        reach.add_address(db, cid, AddressData(street=street, city=city))
        interactions.log_interaction(db, cid, "call", when=datetime.combine(WEEK_MONDAY - timedelta(days=8),
                                                                             datetime.min.time()))
    db.kw["bind"].dispose()
    code, out, err = run("route", "--start", "Paseo del Prado 8, Madrid", "--date", WEEK_MONDAY.isoformat())
    assert code == 0, err
    assert "start: Paseo del Prado 8, Madrid (Madrid, ES)" in err
    assert "Getafe, ES" in out and "Alcalá de Henares, ES" in out
    assert "https://www.google.com/maps/dir/?api=1&origin=Paseo+del+Prado+8%2C+Madrid" in out
    code, out, _ = run("route", "--date", WEEK_MONDAY.isoformat(), "--json")
    data = json.loads(out)
    assert data["start"] == {"address": "Paseo del Prado 8, Madrid", "place": "Madrid, ES"}
    stops = [s for day in data["days"] for s in day["stops"]]
    assert {s["place"] for s in stops} == {"Getafe, ES", "Alcalá de Henares, ES"}


def test_a_start_naming_no_place_is_one_line_and_exit_1(run):
    code, out, err = run("route", "--start", "the office")
    assert code == 1 and "start address: 'the office' names no city or district" in err
    assert len(err.strip().splitlines()) == 1
