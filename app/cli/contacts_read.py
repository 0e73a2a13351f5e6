"""`rapport list` and `rapport show` from the read-only path (app/services/reading): plain sqlite3,
no ORM, phone numbers shown from their stored forms. They print what contacts_cmd's ORM commands
print, byte for byte (tests/services/reading/test_same_output.py); main() falls back to those when
the store cannot be read this way (app/cli/read_path.py)."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Optional

from app.phone_display import shown
from app.services.reading import setting
from app.services.reading.contact_file import contact_file, display_name, resolve
from app.services.reading.contact_list import ListFilter, list_rows

from .contact_output import list_item, print_contact, print_list


def owner_asked(args) -> Optional[str]:
    """--mine (my name) or --owner NAME (spaces tidied), else None."""
    if args.mine:
        from app.services.team.identity import my_name

        return my_name()
    return " ".join(args.owner.split()) if args.owner else None


def read_list(conn: sqlite3.Connection, args) -> int:
    filt = ListFilter(search=args.search, group=args.group, tier=args.tier, trash=args.trash, owner=owner_asked(args))
    rows = list_rows(conn, filt, args.sort)
    region = None if args.json else display_region(conn)
    print_list(((list_item(cid, name, organization, tier, phone, email, city, status,
                           datetime.fromisoformat(last_contact).date().isoformat() if last_contact else None,
                           date.fromisoformat(next_due).isoformat() if next_due else None),
                 lambda phone=phone, forms=forms: phone_text(phone, None, forms, region))
                for cid, name, organization, tier, last_contact, next_due, city, phone, email, status, *forms in rows),
               args.json)
    return 0


def read_show(conn: sqlite3.Connection, args) -> int:
    data, forms = contact_file(conn, resolve(conn, args.contact, include_trash=True))
    if args.json:
        from .output import dump_json

        dump_json(data)
        return 0
    if data["referred_by"]:  # as cmd_show: the referrer's name and id
        data = {**data, "referred_by": f"{display_name(conn, data['referred_by'])} ({data['referred_by']})"}
    region = display_region(conn)
    print_contact(data, lambda i, p: phone_text(p["number"], p["extension"], forms[i], region))
    return 0


def display_region(conn: sqlite3.Connection) -> str:
    """As settings.display_region: the user's setting, else the locale's country, else the default."""
    from app.services.locale_region import DEFAULT_REGION, region_from_locale

    return setting(conn, "phone_region") or region_from_locale() or DEFAULT_REGION


def phone_text(number: Optional[str], extension: Optional[str], forms, region: str) -> str:
    """phones.display(number, region, extension), from the stored forms; formatted here (phonenumbers
    loaded) only for a number stored without them."""
    if not number:
        return ""
    text = shown(tuple(forms), region, extension)
    if text is None:
        from app.services.phones import display

        text = display(number, region, extension)
    return text
