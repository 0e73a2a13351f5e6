"""Commands on contacts: add, list, show, log, note, trash, restore (set: set_cmd.py).

`list` and `show` only read: they are answered from the read-only path first (contacts_read.py,
no ORM), and through the services below when that path cannot serve the store. So this module
imports the services inside each command, not at the top: importing it must not load the ORM.
"""
from __future__ import annotations

import sys

from app.services.contact_refs import SORT_KEYS

from . import contacts_read
from .contact_output import list_item, print_contact, print_list


def register(commands) -> None:
    p = commands.add_parser("add", help="add a contact", description="Add a contact.")
    p.add_argument("name", help="display name, e.g. '张伟' or 'Ana García'")
    p.add_argument("--given", help="given name")
    p.add_argument("--family", help="family name")
    p.add_argument("--org", help="organisation")
    p.add_argument("--title", help="job title")
    p.add_argument("--phone", action="append", default=[], help="a phone number (repeatable)")
    p.add_argument("--email", action="append", default=[], help="an email address (repeatable)")
    p.add_argument("--group", action="append", default=[], help="a group (repeatable; made if new)")
    p.add_argument("--tier", help="A, B, C or D")
    p.add_argument("--birthday", help="YYYY-MM-DD, or --birthday=--MM-DD when the year is unknown")
    p.add_argument("--region", help="default country for phone numbers, e.g. CN, ES, US")
    p.add_argument("--force", action="store_true",
                   help="add even when a contact with this name and number is in the store already")
    p.set_defaults(handler=cmd_add)

    p = commands.add_parser("list", help="list contacts", description="List contacts, filtered.")
    p.add_argument("--group", help="only this group")
    p.add_argument("--tier", help="only this tier (A, B, C, D or none)")
    p.add_argument("--search", help="name, phone, email, organisation or note text")
    p.add_argument("--trash", action="store_true", help="list the trash instead")
    mine = p.add_mutually_exclusive_group()
    mine.add_argument("--mine", action="store_true", help="only my customers (whose owner is my name)")
    mine.add_argument("--owner", metavar="NAME", help="only this person's customers")
    p.add_argument("--sort", choices=SORT_KEYS, default="name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list, reader=contacts_read.read_list, writes=False)

    p = commands.add_parser("show", help="show one contact's file", description="Show a contact's customer file.")
    p.add_argument("contact", help="id or exact display name")
    p.add_argument("--json", action="store_true", help="print JSON (the export's shape)")
    p.set_defaults(handler=cmd_show, reader=contacts_read.read_show, writes=False)

    p = commands.add_parser("log", help="log a call, visit or other interaction",
                            description="Log an interaction; kinds that count as contact reset the cadence.")
    p.add_argument("contact", help="id or exact display name")
    p.add_argument("kind", help="call, visit, message, email, meeting, gift, complaint or other")
    p.add_argument("--date", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM (default now)")
    p.add_argument("--summary", help="what was said")
    p.add_argument("--outcome", help="what came of it")
    p.add_argument("--follow-up", metavar="DATE", help="schedule the next call on this day, YYYY-MM-DD")
    p.set_defaults(handler=cmd_log)

    p = commands.add_parser("note", help="add a note to a contact", description="Add a note to a contact.")
    p.add_argument("contact", help="id or exact display name")
    p.add_argument("text", help="the note")
    p.add_argument("--html", action="store_true", help="the text is HTML (it is sanitised)")
    p.add_argument("--pin", action="store_true", help="pin the note on top")
    p.set_defaults(handler=cmd_note)

    p = commands.add_parser("trash", help="move contacts to the trash", description="Move contacts to the trash.")
    p.add_argument("contacts", nargs="+", help="ids or exact display names")
    p.set_defaults(handler=cmd_trash)

    p = commands.add_parser("restore-contact", help="bring contacts back from the trash",
                            description="Bring contacts back from the trash.")
    p.add_argument("contacts", nargs="+", help="ids or exact display names")
    p.set_defaults(handler=cmd_restore_contact)


def cmd_add(db, args) -> int:
    from app.services import contacts, settings
    from app.services.errors import InvalidValue

    new = contacts.NewContact(
        display_name=args.name,
        fields={k: v for k, v in {"given_name": args.given, "family_name": args.family, "organization": args.org,
                                  "title": args.title, "birthday": args.birthday}.items() if v},
        phones=[(p, None) for p in args.phone], emails=[(e, None) for e in args.email], groups=args.group,
        tier=args.tier,
    )
    region = settings.phone_region(db, args.region)
    same = contacts.same_person(db, args.name, args.phone, region=region)
    if same and not args.force:  # typed twice: say who is there already rather than make a duplicate
        listing = "; ".join(f"{cid} {name}" for cid, name in same)
        raise InvalidValue(f"{args.name}: already in the store with this number: {listing} "
                           "(rapport show ID; --force adds another)")
    contact_id = contacts.create_contact(db, new, region=region)
    print(f"added {contact_id} {args.name}")
    return 0


def cmd_list(db, args) -> int:
    from app.services import directory

    filt = directory.ContactFilter(search=args.search, group=args.group, tier=args.tier, trash=args.trash,
                                   owner=contacts_read.owner_asked(args))
    found = directory.list_contacts(db, filt, sort=args.sort)
    print_list(((list_item(r.id, r.display_name, r.organization, r.tier, r.phone, r.email, r.city, r.status,
                           r.last_contact_at.date().isoformat() if r.last_contact_at else None,
                           r.next_due.isoformat() if r.next_due else None), lambda r=r: r.phone_display)
                for r in found), args.json)
    return 0


def cmd_show(db, args) -> int:
    from app.services import contacts, settings
    from app.services.export_json import contact_to_dict, iter_contacts
    from app.services.phones import display

    from .output import dump_json

    contact_id = contacts.resolve(db, args.contact, include_trash=True)
    data = contact_to_dict(next(iter_contacts(db, contact_ids=[contact_id], include_trash=True)))
    if args.json:
        dump_json(data)
        return 0
    if data["referred_by"]:  # a name says more than an id on the screen; JSON keeps the id
        referrer = contacts.get_contact(db, data["referred_by"])
        data = {**data, "referred_by": f"{referrer.display_name} ({referrer.id})"}
    region = settings.phone_region(db)
    print_contact(data, lambda _i, p: display(p["number"], region, p["extension"]))
    return 0


def cmd_log(db, args) -> int:
    from app.services import contacts, interactions
    from app.services.dates import parse_day, parse_moment

    contact_id = contacts.resolve(db, args.contact)
    when = parse_moment(args.date) if args.date else None
    follow_up = parse_day(args.follow_up, field="follow-up") if args.follow_up else None
    interactions.log_interaction(db, contact_id, args.kind, when=when, summary=args.summary, outcome=args.outcome,
                                 follow_up_on=follow_up)
    print(f"{contact_id}: logged {args.kind.lower()}"
          + (f"; next follow-up on {follow_up.isoformat()}" if follow_up else ""))
    return 0


def cmd_note(db, args) -> int:
    from app.services import contacts, notes

    contact_id = contacts.resolve(db, args.contact)
    saved = notes.add_note(db, contact_id, args.text, html=args.html, pinned=args.pin)
    print(f"{contact_id}: note added")
    if saved.flattened:
        print(f"rapport: warning: {saved.flattened}", file=sys.stderr)
    return 0


def cmd_trash(db, args) -> int:
    from app.services import contacts, lifecycle

    ids = [contacts.resolve(db, ref) for ref in args.contacts]
    print(f"moved {lifecycle.trash(db, ids)} to the trash")
    return 0


def cmd_restore_contact(db, args) -> int:
    from app.services import contacts, lifecycle

    ids = [contacts.resolve(db, ref, include_trash=True) for ref in args.contacts]
    print(f"restored {lifecycle.restore(db, ids)}")
    return 0
