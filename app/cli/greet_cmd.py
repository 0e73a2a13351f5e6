"""`rapport greet OCCASION`: a greeting for each chosen customer, in their language, to copy, export or log."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

# Written out here, not imported: building the parser (completion, --help) loads no service or model
# (app/services/desk/greet.py OCCASIONS checks them).
OCCASIONS = "birthday, spring_festival, mid_autumn, dragon_boat, christmas, new_year"


def register(commands) -> None:
    p = commands.add_parser(
        "greet", help="greetings for an occasion, each in the customer's language",
        description="Write a greeting for an occasion to each chosen customer, in the customer's language and "
                    "addressed as is customary in it (张总, Estimado Sr. García, the first name), from the "
                    "occasion's template (edited in the window's greetings desk). 'birthday' greets those whose "
                    "birthday, lunar ones included, falls in the seven days from --date.")
    p.add_argument("occasion", help=OCCASIONS + ", or the name of an occasion you added")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the occasion (default today)")
    p.add_argument("--tier", help="only this tier (A, B, C, D or none)")
    p.add_argument("--group", help="only this group")
    p.add_argument("--city", help="only customers with an address in this city")
    p.add_argument("--stage", help="only customers at this sales stage")
    p.add_argument("--json", action="store_true", help="contact_id, display_name, language, channel, text")
    p.add_argument("--csv", metavar="FILE", help="write them to a CSV for a bulk-SMS service")
    p.add_argument("--log", action="store_true", help="log each as a message sent (counts as contact)")
    p.set_defaults(handler=cmd_greet)


def cmd_greet(db, args) -> int:
    from app.services.dates import parse_day
    from app.services.desk import greet

    on = parse_day(args.date, field="date") if args.date else date.today()
    found = greet.greetings(db, args.occasion, on, tier=args.tier, group=args.group, city=args.city,
                            stage=args.stage)
    if args.csv:
        greet.export_csv(found, Path(args.csv))
    if args.json:
        print(json.dumps([greet.as_json(g) for g in found], ensure_ascii=False, indent=2))
    else:
        for g in found:
            print("\t".join([str(g.contact_id), g.display_name, *_day(g), g.language, g.channel, g.text]))
        if not found:  # nothing printed at all read as a command that did not run
            print(f"nobody has a birthday in the {greet.BIRTHDAY_WEEK} days from {on}" if _birthday(db, args.occasion)
                  else "nobody to greet: no customer matches", file=sys.stderr)
    if args.log:
        logged = greet.log_sent(db, found, on)
        if not args.json:  # the JSON stays one document
            print(f"logged {logged} greeting as a message" if logged == 1
                  else f"logged {logged} greetings as messages")
    return 0


def _birthday(db, occasion: str) -> bool:
    from app.services.desk import occasions

    return occasions.find(db, occasion).key == "birthday"


def _day(g) -> list[str]:
    """A birthday's day: "25 Sep", a lunar one "农历八月十五 · 25 Sep"."""
    if g.birthday is None:
        return []
    day = f"{g.birthday.day.day} {g.birthday.day:%b}"
    return [f"{g.birthday.lunar} · {day}" if g.birthday.lunar else day]
