"""`rapport greet OCCASION`: a greeting for each chosen customer, in their language, to copy, export or log."""
from __future__ import annotations

import json
from datetime import date

from app.services.dates import parse_day
from app.services.desk import greet


def register(commands) -> None:
    p = commands.add_parser(
        "greet", help="greetings for an occasion, each in the customer's language",
        description="Write a greeting for an occasion to each chosen customer, in the customer's language and "
                    "addressed as is customary in it (张总, Estimado Sr. García, the first name). 'birthday' "
                    "greets those whose birthday falls in the seven days from --date.")
    p.add_argument("occasion", choices=greet.OCCASIONS)
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the occasion (default today)")
    p.add_argument("--tier", help="only this tier (A, B, C, D or none)")
    p.add_argument("--group", help="only this group")
    p.add_argument("--json", action="store_true", help="contact_id, display_name, language, channel, text")
    p.add_argument("--csv", metavar="FILE", help="write them to a CSV for a bulk-SMS service")
    p.add_argument("--log", action="store_true", help="log each as a message sent (counts as contact)")
    p.set_defaults(handler=cmd_greet)


def cmd_greet(db, args) -> int:
    on = parse_day(args.date, field="date") if args.date else date.today()
    found = greet.greetings(db, args.occasion, on, tier=args.tier, group=args.group)
    if args.csv:
        with open(args.csv, "w", encoding="utf-8-sig", newline="") as out:  # Excel reads the BOM as UTF-8
            greet.write_csv(found, out)
    if args.json:
        print(json.dumps([{k: v for k, v in greet.as_json(g).items() if k not in ("phone", "email")} for g in found],
                         ensure_ascii=False, indent=2))
    else:
        for g in found:
            print(f"{g.contact_id}\t{g.display_name}\t{g.language}\t{g.channel}\t{g.text}")
    if args.log:
        logged = greet.log_sent(db, found, on)
        if not args.json:  # the JSON stays one document
            print(f"logged {logged} greetings as messages")
    return 0
