"""Greetings for an occasion, one per customer, each in the customer's language: the tool prepares,
the person sends (WeChat mass sending is limited and confirmed by hand), and a sent one is logged."""
from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from typing import IO, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Email, Phone

from .. import directory, interactions
from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from .personal import PERSON_COLUMNS, personal_greeting

OCCASIONS = ("birthday", "spring_festival", "mid_autumn", "dragon_boat", "christmas", "new_year")
BIRTHDAY_WEEK = 6  # "birthday" greets everyone whose birthday falls in the seven days from the date


@dataclass(frozen=True)
class Greeting:
    contact_id: int
    display_name: str
    language: str
    channel: str  # wechat, sms, email or paper: how it is likely to go out
    text: str
    phone: Optional[str] = None
    email: Optional[str] = None


def greetings(db: sessionmaker[Session], occasion: str, on: date, *, tier: Optional[str] = None,
              group: Optional[str] = None) -> list[Greeting]:
    if occasion not in OCCASIONS:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "occasion: '{text}' is not one of {choices}"),
                           text=occasion, choices=", ".join(OCCASIONS))
    birthdays = occasion == "birthday"
    ids = directory.contact_ids(db, directory.ContactFilter(
        group=group, tier=tier, lost=False, birthdays_from=on if birthdays else None, birthday_days=BIRTHDAY_WEEK))
    out = []
    with db() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            phones = _first(session, select(Phone.contact_id, Phone.e164, Phone.raw).where(Phone.contact_id.in_(chunk)))
            emails = _first(session, select(Email.contact_id, Email.address, Email.address)
                            .where(Email.contact_id.in_(chunk)))
            for cid, name, *person in session.execute(
                    select(Contact.id, Contact.display_name, *PERSON_COLUMNS).where(Contact.id.in_(chunk))):
                language, text = personal_greeting(occasion, name, *person)
                phone, email = phones.get(cid), emails.get(cid)
                channel = ("wechat" if language == "zh" else "sms") if phone else "email" if email else "paper"
                out.append(Greeting(cid, name, language, channel, text, phone, email))
    order = {cid: n for n, cid in enumerate(ids)}
    return sorted(out, key=lambda g: order[g.contact_id])


def _first(session: Session, statement) -> dict[int, str]:
    found: dict[int, str] = {}
    for cid, best, written in session.execute(statement):
        found.setdefault(cid, best or written)
    return found


def as_json(g: Greeting) -> dict:
    return {key: value for key, value in asdict(g).items()}


def write_csv(found: list[Greeting], out: IO[str]) -> None:
    """For a bulk-SMS service: one row per customer, with the number and the text."""
    writer = csv.writer(out)
    writer.writerow(["contact_id", "display_name", "language", "channel", "phone", "email", "text"])
    for g in found:
        writer.writerow([g.contact_id, g.display_name, g.language, g.channel, g.phone or "", g.email or "", g.text])


def log_sent(db: sessionmaker[Session], found: list[Greeting], on: date, now: Optional[datetime] = None) -> int:
    """Each greeting logged as a message with its text: contact made, so the next due date moves."""
    when = datetime.combine(on, time(9, 0))
    now = now or datetime.now()
    for g in found:
        interactions.log_interaction(db, g.contact_id, "message", when=min(when, now), summary=g.text, now=now)
    return len(found)
