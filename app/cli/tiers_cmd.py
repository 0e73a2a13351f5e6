"""`rapport tiers`: the tiers, how often each is called and visited."""
from __future__ import annotations

from app.services import tiers
from app.services.errors import InvalidValue

from .output import dump_json, table


def register(commands) -> None:
    p = commands.add_parser("tiers", help="list the tiers, or change how often one is called and visited",
                            description="The tiers and their cadences. With a tier code and options, change it.")
    p.add_argument("tier", nargs="?", help="the tier to change: A, B, C or D")
    p.add_argument("--call-every", metavar="DAYS", type=int, help="call this tier every DAYS days")
    p.add_argument("--visit-every", metavar="DAYS|none",
                   help="visit this tier every DAYS days; none: calls only")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_tiers, writes=True)


def _visit_days(text: str) -> int:
    if text.strip().lower() in ("none", "0", "-"):
        return tiers.NO_VISITS
    if not text.strip().isdigit():
        raise InvalidValue(f"--visit-every: '{text}' is not a number of days (or none)")
    return int(text)


def cmd_tiers(db, args) -> int:
    if args.tier is None and (args.call_every is not None or args.visit_every is not None):
        raise InvalidValue("tiers: name the tier to change, as in 'rapport tiers A --visit-every 30'")
    if args.tier is not None:
        if args.call_every is None and args.visit_every is None:
            raise InvalidValue("tiers: say what to change (--call-every DAYS, --visit-every DAYS|none)")
        tiers.update_tier(db, args.tier, cadence_days=args.call_every,
                          visit_cadence_days=None if args.visit_every is None else _visit_days(args.visit_every))
    rows = tiers.list_tiers(db)
    if args.json:
        dump_json([{"code": t.code, "name": t.name, "call_every": t.cadence_days,
                    "visit_every": t.visit_cadence_days} for t in rows])
        return 0
    table(("TIER", "NAME", "CALL EVERY", "VISIT EVERY"),
          ((t.code, t.name, f"{t.cadence_days} d", f"{t.visit_cadence_days} d" if t.visit_cadence_days else "-")
           for t in rows))
    return 0
