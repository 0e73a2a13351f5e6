"""`rapport return-visits show|set`: when a sale brings the customer back on today's list.
A thin shell over app.services.return_visits."""
from __future__ import annotations

from .output import dump_json, table


def register(commands) -> None:
    visits = commands.add_parser(
        "return-visits", help="the follow-ups a purchase schedules (3 days: is it working? …)",
        description="Recording a purchase schedules return visits: days after the sale, each with its reason, and "
                    "one before the warranty ends. A product category may have its own.")
    sub = visits.add_subparsers(dest="visits_command", metavar="WHAT", required=True, parser_class=type(visits))
    p = sub.add_parser("show", help="the global schedule and each category's")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_show, writes=False)
    p = sub.add_parser("set", help="change the global schedule or a category's",
                       description="Set the visits (replacing the ones there were) for purchases recorded from now on.")
    p.add_argument("--category", help="this product category's own schedule (default: the global one)")
    p.add_argument("--visit", action="append", default=[], metavar="DAYS[:REASON]",
                   help="a visit DAYS after the sale, e.g. '3:is it working?' (repeat for several)")
    p.add_argument("--warranty-days", metavar="DAYS|none", help="a visit this many days before the warranty ends")
    p.add_argument("--reset", action="store_true",
                   help="the category back to the global schedule; the global one back to the defaults")
    p.set_defaults(handler=cmd_set)


def cmd_show(db, args) -> int:
    from app.services import return_visits  # not when the parser is built (completion, --help)

    found = return_visits.all_schedules(db)
    if args.json:
        dump_json([s.as_json() for s in found])
        return 0
    table(["category", "visits", "before warranty ends"],
          [[s.category or "(all others)", "; ".join(f"{v.days} d: {v.reason}" for v in s.visits) or "-",
            "-" if s.warranty_days is None else f"{s.warranty_days} d"] for s in found])
    return 0


def cmd_set(db, args) -> int:
    from app.services import return_visits
    from app.services.return_visits import Schedule

    if args.reset:
        return_visits.set_schedule(db, None, category=args.category)
        print(f"{args.category or 'global'}: back to {'the global schedule' if args.category else 'the defaults'}")
        return 0
    schedules = return_visits.all_schedules(db)
    current = next((s for s in schedules if args.category and s.category
                    and s.category.casefold() == args.category.strip().casefold()), schedules[0])
    visits = tuple(return_visits.parse_visit(text) for text in args.visit) if args.visit else current.visits
    warranty = current.warranty_days
    if args.warranty_days is not None:
        warranty = return_visits.schedule.parse_warranty_days(args.warranty_days)
    return_visits.set_schedule(db, Schedule(visits, warranty), category=args.category)
    print(f"{args.category or 'global'}: " + ("; ".join(f"{v.days} d: {v.reason}" for v in visits) or "no visits")
          + ("" if warranty is None else f"; {warranty} d before the warranty ends"))
    return 0

