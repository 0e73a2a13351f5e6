"""`rapport route`: each day's visits in route order, with the start address and maps links."""
from __future__ import annotations

import sys
from datetime import date

from app.services import settings
from app.services.dates import parse_day
from app.services.geo import stored
from app.services.greetings import language_from_locale
from app.services.plan import build_plan
from app.services.route import day_routes, set_start

from .output import dump_json


def register(commands) -> None:
    p = commands.add_parser("route", help="each day's visits in route order, with a maps link",
                            description="The week plan's route: each day's visits in the order that shortens "
                                        "travel from the start address, where each customer was placed "
                                        "(district or city, offline) and a directions link for a maps app. "
                                        "Addresses not placed yet are placed first.")
    p.add_argument("--start", metavar="ADDRESS", help="set where each day starts and ends (\"\" clears it)")
    p.add_argument("--week", help="ISO week such as 2026-W48 (default this week)")
    p.add_argument("--date", help="today, YYYY-MM-DD (default today)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_route)


def cmd_route(db, args) -> int:
    if args.start is not None:
        start = set_start(db, args.start)
        print(f"start: {start.address} ({start.place})" if start else "start: none", file=sys.stderr)
    if stored.unplaced_count(db):
        placed = stored.place_unplaced(db, settings.phone_region(db))
        print(f"placed {placed} addresses", file=sys.stderr)
    today = parse_day(args.date) if args.date else date.today()
    plan = build_plan(db, args.week, today=today)
    language = settings.get(db, "language") or language_from_locale()
    start, routes = day_routes(db, [(d.day, d.entries) for d in plan.days], language,
                               is_stop=lambda e: getattr(e, "kind", "visit") == "visit")
    if args.json:
        dump_json({"week": plan.week, "start": start and {"address": start.address, "place": start.place},
                   "days": [{"date": r.day.isoformat(), "km": round(r.km, 1), "links": [l.url for l in r.links],
                             "stops": [{"number": s.number, "contact_id": s.contact_id, "name": s.name,
                                        "place": s.place.name if s.place else None} for s in r.stops]}
                            for r in routes]})
        return 0
    print(f"route for {plan.week}, from {start.address} ({start.place})" if start
          else f"route for {plan.week} (no start address: set one with --start)")
    for route in routes:
        print(f"\n{route.day.strftime('%A %Y-%m-%d')}: {len(route.stops)} visits, "
              f"{route.km:.0f} km in a straight line")
        for s in route.stops:
            print(f"  {s.number:>2}. {s.name}" + (f" · {s.place.name}" if s.place else " · (not placed)"))
        for link in route.links:
            print(f"  {link.url}")
    return 0
