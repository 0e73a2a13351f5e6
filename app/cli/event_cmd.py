"""`rapport event add|list|invite|status|attend|report|labels`: events, their guests and invitations.
A thin shell over app.services.events."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from .output import dump_json, table

# Written out here, not imported: building the parser (completion, --help) loads no service or model;
# the services check them (app/models/events.py).
KINDS = "lecture, member_day, launch, dinner, other"
STATUSES = ("invited", "accepted", "declined", "attended", "no_show")


def register(commands) -> None:
    event = commands.add_parser(
        "event", help="events (lectures, member days, launches, dinners), their guests and invitations",
        description="Events and invitations: who is invited, what each answered, invitations in each guest's "
                    "language, attendance logged as a meeting, and whether the event paid.")
    sub = event.add_subparsers(dest="event_command", metavar="WHAT", required=True, parser_class=type(event))

    p = sub.add_parser("add", help="add an event")
    p.add_argument("name")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD[THH:MM]", help="when it starts")
    p.add_argument("--kind", default="other", help=KINDS)
    p.add_argument("--place", help="where")
    p.add_argument("--capacity", type=int, metavar="N", help="how many places")
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("list", help="events, newest first, with their guests by status")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list, writes=False)

    p = sub.add_parser("invite", help="invite customers (by name or id, or with the desk's filters) and write "
                                      "each an invitation in their language",
                       description="Adds the customers given, or those the filters choose, to the guest list. "
                                   "--show, --json or --csv write the invitations (to those just invited, or to "
                                   "every guest when nobody new is given); --log records them as sent.")
    p.add_argument("event", help="id or name")
    p.add_argument("contacts", nargs="*", metavar="CONTACT")
    p.add_argument("--tier")
    p.add_argument("--group")
    p.add_argument("--city")
    p.add_argument("--stage")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the invitation (default today)")
    p.add_argument("--show", action="store_true", help="print each invitation")
    p.add_argument("--json", action="store_true", help="the invitations as JSON")
    p.add_argument("--csv", metavar="FILE", help="the invitations as a CSV for a bulk-SMS service")
    p.add_argument("--log", action="store_true", help="log each invitation as a message sent (counts as contact)")
    p.set_defaults(handler=cmd_invite)

    p = sub.add_parser("status", help="the guest list, or set guests' status",
                       description="Without CONTACTs: the guest list. With them: --to sets their status "
                                   f"({', '.join(STATUSES)}).")
    p.add_argument("event", help="id or name")
    p.add_argument("contacts", nargs="*", metavar="CONTACT")
    p.add_argument("--to", choices=STATUSES, help="the new status")
    p.add_argument("--only", choices=STATUSES, help="list only guests with this status")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day it changed (default today)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("attend", help="mark guests as attended (logs a meeting, which counts as contact)")
    p.add_argument("event", help="id or name")
    p.add_argument("contacts", nargs="+", metavar="CONTACT")
    p.set_defaults(handler=cmd_attend)

    p = sub.add_parser("report", help="guests by tier and status; what attendees bought in the 30 days after")
    p.add_argument("event", help="id or name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_report, writes=False)

    p = sub.add_parser("labels", help="address labels, envelopes or greeting cards for the guests, as a PDF")
    p.add_argument("event", help="id or name")
    p.add_argument("--pdf", required=True, metavar="FILE")
    p.add_argument("--layout", choices=("sheet", "envelope", "card"), default="sheet",
                   help="sheet: A4, 3×8 labels of 70×37 mm; envelope: one C6 envelope a page; card: the invitation "
                        "on an A6 card")
    p.add_argument("--only", choices=STATUSES, help="only guests with this status")
    p.set_defaults(handler=cmd_labels, writes=False)


def _today(args) -> date:
    from app.services.dates import local_now, parse_day

    return parse_day(args.date, field="date") if getattr(args, "date", None) else local_now().date()


def cmd_add(db, args) -> int:
    from app.services.dates import parse_moment
    from app.services.events import calendar
    from app.services.events.calendar import EventData

    event_id = calendar.add_event(db, EventData(args.name, parse_moment(args.date, field="date"), kind=args.kind,
                                                place=args.place, capacity=args.capacity))
    print(f"added event {event_id}: {args.name}")
    return 0


def cmd_list(db, args) -> int:
    from app.services.events import calendar

    found = calendar.list_events(db)
    if args.json:
        dump_json([e.as_json() for e in found])
        return 0
    table(["ID", "WHEN", "NAME", "KIND", "PLACE", "PLACES", *(s.upper() for s in STATUSES)],
          [[e.id, f"{e.starts_at:%Y-%m-%d %H:%M}", e.name, e.kind, e.place or "", e.capacity or "",
            *(e.counts.get(s, 0) for s in STATUSES)] for e in found])
    return 0


def cmd_invite(db, args) -> int:
    from app.services import contacts
    from app.services.desk import greet
    from app.services.desk.greet import Choice
    from app.services.events import calendar, guests, invitations

    event_id = calendar.resolve_event(db, args.event)
    today = _today(args)
    ids = [contacts.resolve(db, ref) for ref in args.contacts]
    if args.tier or args.group or args.city or args.stage:
        ids += guests.chosen(db, Choice(tier=args.tier, group=args.group, city=args.city, stage=args.stage), today)
    talk = not args.json
    if ids:
        result = guests.invite(db, event_id, ids, today)
        if talk:
            print(f"invited {result.added}" + (f" ({result.already} already on the list)" if result.already else ""))
        if result.over_capacity:
            print(f"rapport: warning: {result.expected} guests for {result.capacity} places "
                  f"({result.over_capacity} more than there are places)", file=sys.stderr)
    if not (args.show or args.json or args.csv or args.log):
        return 0
    written = invitations.invitations(db, event_id, ids or None)
    if args.csv:
        greet.export_csv(written, Path(args.csv))
    if args.json:
        dump_json([greet.as_json(g) for g in written])
    elif args.show:
        for g in written:
            print(f"{g.contact_id}\t{g.display_name}\t{g.language}\t{g.channel}\t{g.text}")
    if args.log:
        logged = invitations.log_sent(db, written)
        if talk:
            print(f"logged {logged} invitations as messages")
    return 0


def cmd_status(db, args) -> int:
    from app.services import contacts
    from app.services.events import calendar, guests

    event_id = calendar.resolve_event(db, args.event)
    if args.contacts:
        if not args.to:
            from app.services.errors import QT_TRANSLATE_NOOP, InvalidValue

            raise InvalidValue(QT_TRANSLATE_NOOP("services", "status: give the new status with --to ({choices})"),
                               choices=", ".join(STATUSES))
        ids = [contacts.resolve(db, ref) for ref in args.contacts]
        changed = guests.set_status(db, event_id, ids, args.to, _today(args))
        print(f"{changed} guests: {args.to}")
        return 0
    found = guests.guest_list(db, event_id, args.only)
    if args.json:
        dump_json([g.as_json() for g in found])
        return 0
    table(["ID", "NAME", "TIER", "STATUS", "SINCE", "INVITED"],
          [[g.contact_id, g.display_name, g.tier or "", g.status, g.status_on.isoformat(), g.invited_on.isoformat()]
           for g in found])
    return 0


def cmd_attend(db, args) -> int:
    from app.services import contacts
    from app.services.dates import local_now
    from app.services.events import calendar, guests

    event_id = calendar.resolve_event(db, args.event)
    ids = [contacts.resolve(db, ref) for ref in args.contacts]
    changed = guests.set_status(db, event_id, ids, "attended", local_now().date())
    print(f"{changed} guests attended (logged as meetings)")
    return 0


def cmd_report(db, args) -> int:
    from app.services.events import calendar, report

    found = report.event_report(db, calendar.resolve_event(db, args.event))
    if args.json:
        dump_json(found.as_json())
    else:
        print(report.report_text(found), end="")
    return 0



def cmd_labels(db, args) -> int:
    from app.services.events import calendar, guests, invitations

    from .labels_cmd import write_paper, write_cards

    event_id = calendar.resolve_event(db, args.event)
    ids = [g.contact_id for g in guests.guest_list(db, event_id, args.only)]
    if args.layout == "card":  # the invitation itself, in each guest's language
        return write_cards(invitations.invitations(db, event_id, ids), args.pdf)
    return write_paper(db, ids, args.pdf, args.layout)
