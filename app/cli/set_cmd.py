"""`rapport set`: change any field of the customer file, for one contact or several at once.

The options become one ContactChanges (app/services/contact_changes.py), saved all together or,
when one value is refused, not at all. Several contacts (`set A B C --tier A`, `--search Q`)
get the same change, as the window's bulk actions give them.
"""
from __future__ import annotations

import argparse

from app.services import contacts, directory, settings
from app.services.contact_changes import ContactChanges, apply_changes
from app.services.dates import parse_day
from app.services.errors import InvalidValue
from app.services.reach import AddressData

# option -> field of the customer file; "" clears a text field, "" or "none" a date.
TEXT_OPTIONS = {
    "display_name": "display-name", "given_name": "given", "family_name": "family", "middle_name": "middle",
    "prefix": "prefix", "suffix": "suffix", "nickname": "nickname", "phonetic_given_name": "phonetic-given",
    "phonetic_family_name": "phonetic-family", "organization": "org", "department": "department",
    "title": "title", "gender": "gender", "source_channel": "source", "needs": "needs",
    "pain_points": "pain-points", "family": "family-details", "hobbies": "hobbies",
    "personality": "personality", "preferences": "preferences", "birthday": "birthday",
    "anniversary": "anniversary", "language": "language",
}
ONE_PERSON = ("display_name", "given_name", "family_name", "middle_name", "phonetic_given_name",
              "phonetic_family_name", "nickname")  # the same name on several contacts is a mistake
ADDRESS_KEYS = {"street": "street", "city": "city", "region": "region", "postal_code": "postal_code",
                "postcode": "postal_code", "country": "country", "label": "label"}
_NONE = ("none", "-")


def register(commands) -> None:
    p = commands.add_parser(
        "set", help="change any field of one or several contacts",
        description="Change contacts: every field of the customer file. Several contacts (ids or names, or "
                    "--search) get the same change. Everything is saved together, or nothing when a value is "
                    "refused. An empty value ('') clears a text field.",
        epilog="Examples: rapport set 12 --nickname Lina --phone '138 1234 5678' mobile --custom 'Car=Tesla'; "
               "rapport set 3 7 9 --tier A --group VIP; rapport set --search 华通 --source 'trade fair'")
    p.add_argument("contacts", nargs="*", metavar="CONTACT", help="ids or exact display names")
    p.add_argument("--search", metavar="Q", help="every contact this search finds (as 'rapport list --search')")
    text = p.add_argument_group("fields (an empty value clears)")
    for field, option in TEXT_OPTIONS.items():
        text.add_argument(f"--{option}", dest=field, metavar="DATE" if field in ("birthday", "anniversary")
                          else "TEXT", help=_field_help(field))
    text.add_argument("--lunar-birthday", metavar="MM-DD", help="a birthday kept in the lunar calendar (农历), "
                      "e.g. 08-15; none clears")
    text.add_argument("--leap", action="store_true", help="with --lunar-birthday: the month is a leap month (闰月)")
    follow = p.add_argument_group("follow-up")
    follow.add_argument("--tier", help="A, B, C, D, or none")
    follow.add_argument("--cadence", help="personal contact cadence in days, or none to use the tier's")
    follow.add_argument("--stage", help="sales stage: prospect, first contact, needs identified, negotiating, "
                                        "customer, after-sale")
    follow.add_argument("--referred-by", metavar="CONTACT", help="who referred them (id or exact name), or none")
    follow.add_argument("--owner", metavar="NAME", help="whose customer this is (a person's name), or none")
    follow.add_argument("--group", action="append", default=[], help="add to this group (repeatable; made if new)")
    follow.add_argument("--remove-group", action="append", default=[], metavar="GROUP",
                        help="take out of this group (repeatable)")
    follow.add_argument("--status", choices=("active", "lost"))
    follow.add_argument("--reason", help="why the customer was lost (with --status lost)")
    follow.add_argument("--lost-on", metavar="DATE", help="when the customer was lost (default today)")
    reach = p.add_argument_group("ways to reach (repeatable)")
    for kind, what in (("phone", "NUMBER"), ("email", "ADDRESS"), ("website", "URL")):
        reach.add_argument(f"--{kind}", action="append", default=[], nargs="+", metavar=(what, "LABEL"),
                           help=f"add a {kind}, with an optional label (mobile, work…)")
        reach.add_argument(f"--remove-{kind}", action="append", default=[], metavar=what,
                           help=f"remove this {kind}")
    reach.add_argument("--address", action="append", default=[], nargs="+", metavar="KEY=VALUE",
                       help="add an address: street=… city=… region=… postal_code=… country=… label=…")
    reach.add_argument("--remove-address", action="append", default=[], metavar="TEXT",
                       help="remove the address written so (as 'rapport show' prints it), or with this street "
                            "or label")
    reach.add_argument("--region", help="country for phone numbers without a country code, e.g. CN, ES, US")
    p.add_argument("--custom", action="append", default=[], metavar="NAME=VALUE",
                   help="set a custom field (repeatable); NAME= removes it")
    p.set_defaults(handler=cmd_set)


def _field_help(field: str) -> str:
    if field in ("birthday", "anniversary"):
        return f"{field}: YYYY-MM-DD, or --{field}=--MM-DD without the year, or none"
    if field == "language":
        return "the language greetings are written in: zh, es or en ('' to guess from the name again)"
    return field.replace("_", " ")


def cmd_set(db, args) -> int:
    ids = _targets(db, args)
    changes, said = changes_from(db, args)
    if len(ids) > 1:
        for field in ONE_PERSON:
            if field in changes.fields:
                raise InvalidValue(f"{TEXT_OPTIONS[field]}: one person's name, but {len(ids)} contacts are chosen; "
                                   "give one contact")
    if changes.is_empty():
        print("nothing to change (see 'rapport set --help')")
        return 0
    apply_changes(db, ids, changes, region=settings.phone_region(db, args.region))
    who = str(ids[0]) if len(ids) == 1 else f"{len(ids)} contacts ({', '.join(map(str, ids[:10]))}" + (
        ", …)" if len(ids) > 10 else ")")
    print(f"{who}: " + ", ".join(said))
    return 0


def _targets(db, args) -> list[int]:
    ids = [contacts.resolve(db, ref) for ref in args.contacts]
    if args.search is not None:
        found = directory.list_contacts(db, directory.ContactFilter(search=args.search))
        if not found:
            raise InvalidValue(f"search: no contact matches '{args.search}'; nothing changed")
        ids += [row.id for row in found]
    if not ids:
        raise InvalidValue("set: name the contacts (ids or names) or give --search")
    return list(dict.fromkeys(ids))


def changes_from(db, args: argparse.Namespace) -> tuple[ContactChanges, list[str]]:
    """The options as changes, and how to say each one."""
    c, said = ContactChanges(), []
    for field in TEXT_OPTIONS:
        value = getattr(args, field)
        if value is not None:
            if field in ("birthday", "anniversary") and value.strip().lower() in _NONE:
                value = ""
            c.fields[field] = value
            said.append(f"{field.replace('_', ' ')} {value!r}" if value.strip() else f"{field.replace('_', ' ')} "
                                                                                       "cleared")
    if args.lunar_birthday is not None:
        lunar = "" if args.lunar_birthday.strip().lower() in _NONE else args.lunar_birthday
        c.fields.update(lunar_birthday=lunar, lunar_leap=bool(lunar) and args.leap)
        said.append(f"lunar birthday {'leap ' if args.leap else ''}{lunar}" if lunar else "lunar birthday cleared")
    elif args.leap:
        raise InvalidValue("leap: --leap goes with --lunar-birthday MM-DD")
    if args.tier is not None:
        c.tier = None if args.tier.strip().lower() in _NONE + ("",) else args.tier
        said.append(f"tier {c.tier.upper() if c.tier else 'none'}")
    if args.cadence is not None:
        c.cadence_days = _cadence(args.cadence)
        said.append(f"cadence {c.cadence_days or 'from tier'}")
    if args.stage is not None:
        c.stage = args.stage
        said.append(f"stage {args.stage}")
    if args.owner is not None:
        c.fields["owner"] = "" if args.owner.strip().lower() in _NONE else args.owner
        said.append(f"owner {args.owner.strip()}" if c.fields["owner"].strip() else "no owner")
    if args.referred_by is not None:
        c.referrer_id = None if args.referred_by.strip().lower() in _NONE else contacts.resolve(db, args.referred_by)
        said.append(f"referred by {c.referrer_id or 'nobody'}")
    c.add_groups, c.remove_groups = args.group, args.remove_group
    said += [f"group {g}" for g in args.group] + [f"out of group {g}" for g in args.remove_group]
    for kind in ("phone", "email", "website"):
        added = [_with_label(kind, values) for values in getattr(args, kind)]
        removed = getattr(args, f"remove_{kind}")
        setattr(c, f"add_{kind}s", added)
        setattr(c, f"remove_{kind}s", removed)
        said += [f"{kind} {value} added" for value, _label in added] + [f"{kind} {value} removed" for value in removed]
    c.add_addresses = [_address(parts) for parts in args.address]
    c.remove_addresses = args.remove_address
    said += ["address added"] * len(args.address) + [f"address {a} removed" for a in args.remove_address]
    for item in args.custom:
        name, eq, value = item.partition("=")
        if not eq or not name.strip():
            raise InvalidValue(f"custom: '{item}' should be NAME=VALUE (NAME= removes the field)")
        c.custom[name.strip()] = value or None
        said.append(f"{name.strip()} {value!r}" if value else f"{name.strip()} removed")
    _status(args, c, said)
    return c, said


def _status(args, c: ContactChanges, said: list[str]) -> None:
    if args.reason and args.status != "lost":
        raise InvalidValue("reason: --reason goes with --status lost")
    if args.status == "lost":
        if not args.reason:
            raise InvalidValue("reason: --status lost needs --reason (price, service, moved, competitor, no need, "
                               "other)")
        c.lost_reason, c.lost_on = args.reason, parse_day(args.lost_on, field="lost on") if args.lost_on else None
        said.append("lost")
    elif args.status == "active":
        c.reactivate = True
        said.append("active")


def _cadence(text: str):
    if text.strip().lower() in _NONE:
        return None
    if not text.strip().isdigit():
        raise InvalidValue(f"cadence: '{text}' is not a number of days")
    return int(text)


def _with_label(kind: str, values: list[str]) -> tuple[str, str | None]:
    if len(values) > 2:
        raise InvalidValue(f"{kind}: give the {kind} and at most one label; quote a value with spaces "
                           f"(--{kind} '{' '.join(values)}')")
    return values[0], values[1] if len(values) == 2 else None


def _address(parts: list[str]) -> AddressData:
    values: dict[str, str] = {}
    for part in parts:
        key, eq, value = part.partition("=")
        field = ADDRESS_KEYS.get(key.strip().lower())
        if not eq or field is None:
            raise InvalidValue(f"address: '{part}' should be KEY=VALUE with KEY one of street, city, region, "
                               "postal_code, country, label")
        values[field] = value
    return AddressData(**values)
