"""Commands for the daily routine: today, plan, followup, snooze."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from app.services.dates import parse_day
from app.services.errors import InvalidValue

from .output import dump_json
from .today_quick import print_table, quick_today


def register(commands) -> None:
    p = commands.add_parser("today", help="who to call today, and why",
                            description="The call list: who is due by cadence, birthdays, follow-ups, "
                                        "warranties ending and referrers to thank.")
    p.add_argument("--date", help="the day to list for, YYYY-MM-DD (default today)")
    p.add_argument("--json", action="store_true", help="print JSON")
    # A current list kept in the store is printed without opening it (today_quick.py).
    p.set_defaults(handler=cmd_today, writes=False, quick=quick_today)

    p = commands.add_parser("plan", help="the weekly visit plan", description="Plan a week's calls and visits.")
    p.add_argument("--week", help="ISO week such as 2026-W48 (default this week; the next once this week's "
                                  "working days are over)")
    p.add_argument("--date", help="today, YYYY-MM-DD (default today): days before it are not planned")
    p.add_argument("--pdf", metavar="FILE", help="save the plan as an A4 PDF")
    p.add_argument("--layout", choices=("compact", "daily"), default="compact",
                   help="the PDF's layout: compact (a table a day, the week on two pages; default) or daily "
                        "(a page a day, room to write)")
    p.add_argument("--ics", metavar="FILE", help="save the plan (and the follow-ups of the weeks ahead) as an "
                                                  "iCalendar file; importing it again updates the events")
    p.add_argument("--tz", metavar="ZONE", help="the time zone of the calendar's times, such as Asia/Shanghai "
                                                "(default: this computer's)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_plan, writes=False)

    p = commands.add_parser("followup", help="schedule a follow-up call", description="Schedule a follow-up.")
    p.add_argument("contact", help="id or exact display name")
    p.add_argument("--on", required=True, help="the date, YYYY-MM-DD")
    p.add_argument("--summary", help="what to follow up on")
    p.set_defaults(handler=cmd_followup)

    p = commands.add_parser("snooze", help="keep a contact off the call list until a date",
                            description="Snooze a contact's call-list entries without logging anything.")
    p.add_argument("contact", help="id or exact display name")
    p.add_argument("--until", required=True, help="the date, YYYY-MM-DD")
    p.set_defaults(handler=cmd_snooze)


def cmd_today(db, args) -> int:
    from app.services import calllist

    today = parse_day(args.date) if args.date else date.today()
    entries = calllist.today_list(db, today)
    if args.json:
        dump_json([e.as_json() for e in entries])
    else:
        print_table(today, [(e.contact_id, e.display_name, e.tier, e.reason, e.detail, e.due_date, e.days_overdue,
                             e.phone_display, e.last_contact) for e in entries])
    return 0


def cmd_plan(db, args) -> int:
    from app.services import calllist, settings
    from app.services.plan import build_plan

    today = parse_day(args.date) if args.date else date.today()
    plan = build_plan(db, args.week, today=today)
    if (args.pdf or args.ics) and plan.is_over:
        raise InvalidValue(f"{plan.week} is over: its working days are before {today.isoformat()}; nothing to print")
    if args.ics:
        from app.printing.plan_strings import plan_tr, use_language
        from app.services.plan_ics import export_calendar

        path = Path(args.ics)
        if path.is_dir():
            raise InvalidValue(f"{path}: is a folder; give a file name")
        use_language(settings.get(db, "language"))
        events = export_calendar(db, plan, path, zone_name=args.tz or settings.get(db, "time_zone"), tr=plan_tr)
        print(f"saved {events} events of {plan.week} to {path}", file=sys.stderr)
        if not args.pdf:
            return 0
    if args.pdf:
        from app.printing.plan_strings import save_plan_pdf, use_language

        path = Path(args.pdf)
        if path.is_dir():
            raise InvalidValue(f"{path}: is a folder; give a file name")
        use_language(settings.get(db, "language"))  # the paper speaks the user's language, as the window does
        try:
            pages = save_plan_pdf(plan, path, args.layout)
        except OSError as exc:
            raise InvalidValue(f"{path}: cannot write the PDF ({exc.strerror or exc})") from None
        print(f"saved the plan for {plan.week} to {path}", file=sys.stderr)
        return 0
    calllist.fill_details(db, plan.unplanned)  # the plan reads the details of what it plans only
    if args.json:
        dump_json({"week": plan.week, "capacity": plan.capacity,
                   "days": [{"date": d.day.isoformat(), "entries": [e.as_json() for e in d.entries]} for d in plan.days],
                   "unplanned": [e.as_json() for e in plan.unplanned]})
        return 0
    if plan.is_over:
        print(f"{plan.week} is over: its working days are before {today.isoformat()}")
        return 0
    print(f"plan for {plan.week}: {plan.planned} planned, up to {plan.capacity} a day"
          + (f", from {plan.days[0].day.strftime('%A')} (the days before are over)" if plan.past_days else ""))
    for day in plan.days:
        print(f"\n{day.day.strftime('%A %Y-%m-%d')} ({len(day.entries)})")
        for e in day.entries:
            print(f"  {e.display_name} [{e.tier or '-'}] {e.reason.replace('_', ' ')}"
                  + (f" · {e.city}" if e.city else "") + (f" · {e.phone_display}" if e.phone_display else ""))
    if plan.unplanned:
        print(f"\ncarried over ({len(plan.unplanned)}): " + ", ".join(e.display_name for e in plan.unplanned))
    return 0


def cmd_followup(db, args) -> int:
    from app.services import calllist, contacts

    contact_id = contacts.resolve(db, args.contact)
    on = parse_day(args.on, field="on")
    calllist.schedule_follow_up(db, contact_id, on, args.summary)
    print(f"{contact_id}: follow-up on {on.isoformat()}")
    return 0


def cmd_snooze(db, args) -> int:
    from app.services import calllist, contacts

    contact_id = contacts.resolve(db, args.contact)
    until = parse_day(args.until, field="until")
    calllist.snooze(db, contact_id, until)
    if until < date.today():  # a mistyped year reads as done: say the contact stays on the list
        print(f"{contact_id}: {until.isoformat()} has passed, so not snoozed: listed when due, as before")
    else:
        print(f"{contact_id}: snoozed until {until.isoformat()}")
    return 0
