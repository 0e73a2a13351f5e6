"""Greetings for an occasion to the chosen customers, each in the customer's language: the tool
prepares, the person sends (WeChat mass sending is limited and confirmed by hand), and a sent one
is logged as a message with its text, which counts as contact."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Optional, Sequence
from urllib.parse import quote

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import STATUS_LOST, Address, Contact

from .. import directory, interactions
from ..dates import month_day
from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from ..importing.csv_formula import guard
from ..private_files import open_private
from ..value.stages import parse_stage
from . import occasions
from .compose import Greeting, compose
from .lunar import lunar_label, occurrences

BIRTHDAY_WEEK = 7  # "birthdays this week": the seven days from the date, today included
OCCASIONS = tuple(k for k in occasions.BUILT_IN if k != "invitation")  # what `rapport greet` offers built in
JSON_KEYS = ("contact_id", "display_name", "language", "channel", "text")


@dataclass(frozen=True)
class Choice:
    """Whom to greet: every filter given must hold (none: every active customer)."""
    tier: Optional[str] = None  # a tier code, or "none"
    group: Optional[str] = None
    city: Optional[str] = None  # any of the customer's addresses, case aside
    stage: Optional[str] = None
    birthdays_week: bool = False  # only those whose birthday (lunar ones on this year's day) is in the week


@dataclass(frozen=True)
class Birthday:
    day: date  # the Gregorian day it falls on
    lunar: Optional[str] = None  # "农历八月十五" for a lunar birthday


def choose(db: sessionmaker[Session], choice: Choice, on: date) -> list[tuple[int, Optional[Birthday]]]:
    """The chosen contacts, by name, or by birthday when only birthdays of the week are wanted."""
    ids = directory.contact_ids(db, directory.ContactFilter(group=choice.group, tier=choice.tier, lost=False))
    with db() as session:
        ids = _narrowed(session, ids, choice)
        if not choice.birthdays_week:
            return [(i, None) for i in ids]
        days = _birthdays(session, set(ids), on)
    return sorted(((i, days[i]) for i in ids if i in days), key=lambda pair: pair[1].day)


def _narrowed(session: Session, ids: list[int], choice: Choice) -> list[int]:
    keep = None
    if choice.city and choice.city.strip():
        keep = set(session.scalars(select(Address.contact_id).where(
            func.lower(Address.city) == choice.city.strip().lower())))
    if choice.stage and choice.stage.strip():
        staged = set(session.scalars(select(Contact.id).where(Contact.sales_stage == parse_stage(choice.stage))))
        keep = staged if keep is None else keep & staged
    return ids if keep is None else [i for i in ids if i in keep]


def _birthdays(session: Session, wanted: set[int], on: date) -> dict[int, Birthday]:
    last = on + timedelta(days=BIRTHDAY_WEEK - 1)
    found: dict[int, Birthday] = {}
    keys = directory.birthday_keys(on, BIRTHDAY_WEEK)
    for cid, birthday in session.execute(select(Contact.id, Contact.birthday).where(  # the month-day index
            month_day(Contact.birthday).in_(keys), Contact.deleted_at.is_(None), Contact.status != STATUS_LOST)):
        if cid in wanted:
            found[cid] = Birthday(_day_of(birthday[-5:], on, last))
    for cid, lunar, leap in session.execute(select(Contact.id, Contact.lunar_birthday, Contact.lunar_leap).where(
            Contact.deleted_at.is_(None), Contact.lunar_birthday.is_not(None))):  # the few that have one: indexed
        days = occurrences(lunar, leap, on, last) if cid in wanted else []
        if days:
            found[cid] = Birthday(days[0], lunar_label(lunar, leap))
    return found


def _day_of(month_day: str, first: date, last: date) -> date:
    for n in range((last - first).days + 1):
        day = first + timedelta(days=n)
        following = day + timedelta(days=1)
        if day.strftime("%m-%d") == month_day or (month_day == "02-29" and day.strftime("%m-%d") == "02-28"
                                                  and following.month == 3):
            return day
    return first


def greetings(db: sessionmaker[Session], occasion: str, on: date, choice: Choice = Choice(),
              **filters) -> list[Greeting]:
    """The occasion's greeting to each chosen customer. For a birthday only those whose birthday is in
    the week from `on` are chosen, and each greeting carries its day."""
    found = occasions.find(db, occasion)
    if filters:
        choice = replace(choice, **filters)
    if found.key == "birthday":
        choice = replace(choice, birthdays_week=True)
    chosen = choose(db, choice, on)
    days = dict(chosen)
    return [replace(g, birthday=days[g.contact_id]) for g in compose(db, found, [i for i, _ in chosen])]


def as_json(g: Greeting) -> dict:
    return {key: getattr(g, key) for key in JSON_KEYS}


def write_csv(found: Sequence[Greeting], out: IO[str]) -> None:
    """For a bulk-SMS service: one row per customer, with the number and the text. A cell a spreadsheet
    would run as a formula is guarded as the other CSV exports guard it."""
    writer = csv.writer(out)
    writer.writerow(["contact_id", "display_name", "language", "channel", "phone", "email", "text"])
    for g in found:
        writer.writerow([g.contact_id, guard(g.display_name), g.language, g.channel, _number(g.phone),
                         guard(g.email or ""), guard(g.text)])


def _number(phone: Optional[str]) -> str:
    # "+8613812345678" is a number to Excel, not a formula, and an SMS service wants it bare.
    return phone if phone and re.fullmatch(r"\+?\d+", phone) else guard(phone or "")


def export_csv(found: Sequence[Greeting], path: Path) -> int:
    """The CSV in `path`, the owner's only (0600), all or nothing; with a BOM, so Excel reads it as UTF-8."""
    path = Path(path)
    if path.is_dir():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: is a folder; give a file name"), path=path)
    tmp = path.with_name(path.name + ".part")
    try:
        with open_private(tmp, "w", encoding="utf-8-sig", newline="") as out:
            write_csv(found, out)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: cannot write ({reason})"),
                           path=path, reason=exc.strerror) from None
    return len(found)


def log_sent(db: sessionmaker[Session], found: Sequence[Greeting], on: date, now: Optional[datetime] = None) -> int:
    """Each greeting logged as a message with its text: contact made, so the next due date moves. Sent
    today it is logged now; for another day (the command line's --date) at 9:00 that day, never later
    than now."""
    now = now or datetime.now()
    when = now if on == now.date() else min(datetime.combine(on, time(9, 0)), now)
    for g in found:
        interactions.log_interaction(db, g.contact_id, "message", when=when, summary=g.text, now=now)
    return len(found)


def sms_link(g: Greeting) -> Optional[str]:
    """sms:NUMBER?body=TEXT, which the phone app (or a desktop's messaging app) opens ready to send."""
    return f"sms:{quote(g.phone, safe='+')}?body={quote(g.text, safe='')}" if g.phone else None


def mailto_link(g: Greeting, subject: str) -> Optional[str]:
    return (f"mailto:{quote(g.email, safe='@')}?subject={quote(subject, safe='')}&body={quote(g.text, safe='')}"
            if g.email else None)


def cities(db: sessionmaker[Session]) -> list[str]:
    """The cities of the customers' addresses, to choose recipients by (each once, case aside)."""
    with db() as session:
        found = session.scalars(select(Address.city).join(Contact, Contact.id == Address.contact_id).where(
            Contact.deleted_at.is_(None), Address.city.is_not(None)).distinct())
        by_key = {}
        for city in found:
            if city.strip():
                by_key.setdefault(city.strip().lower(), city.strip())
    return sorted(by_key.values(), key=str.lower)
