"""Greetings written for chosen customers: each in the customer's language, from the occasion's
template in it, with the customer's own fields. This is the desk's one way of writing to a customer
(the events' invitations use it too):

    compose(db, "mid_autumn", [12, 40])                       # the built-in occasion's templates
    compose(db, "invitation", ids, extra={"event": "新品发布会", "event_date": "12月18日", "place": "上海"})
    compose(db, "birthday", [12], template={"en": "Hi {given_name}!"})   # a text not (yet) saved

Each Greeting has the contact, its language, the likely channel (wechat, sms, email, paper), the
text, the first number and email. An unknown field in a template raises InvalidValue naming it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Optional, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Email, Phone, Purchase

from .. import settings
from .address_form import Person, address, chinese_family_name
from .language import is_chinese
from .occasions import Occasion, built_in
from .personal import language_of
from .template_text import fill
from .templates import fields_for, texts_in, default_text

_CHUNK = 500  # ids per IN (): well under SQLite's and PostgreSQL's limits


@dataclass(frozen=True)
class Greeting:
    contact_id: int
    display_name: str
    language: str
    channel: str  # wechat, sms, email or paper: how it is likely to go out
    text: str
    phone: Optional[str] = None
    email: Optional[str] = None
    birthday: Optional[object] = None  # greet.Birthday: the day a birthday greeting is for (lunar ones too)


@dataclass(frozen=True)
class Recipient:
    """What a template may say of one customer, in the language they are greeted in."""
    contact_id: int
    display_name: str
    language: str
    given_name: str
    honorific: str
    family_name: str
    company: str
    last_product: str
    phone: Optional[str]
    email: Optional[str]

    @property
    def channel(self) -> str:
        # In China greetings go by WeChat, reached through the mobile number.
        if self.phone:
            return "wechat" if self.language == "zh" else "sms"
        return "email" if self.email else "paper"

    def values(self, occasion: Occasion, sender: str, extra: Mapping[str, object]) -> dict[str, object]:
        return {"given_name": self.given_name, "honorific": self.honorific, "family_name": self.family_name,
                "company": self.company, "last_product": self.last_product,
                "occasion": occasion.name_in(self.language), "sender": sender, **extra}


def recipients(db: sessionmaker[Session], contact_ids: Sequence[int]) -> list[Recipient]:
    """The customers in the order given (trashed ones too: the caller chose them)."""
    found: dict[int, Recipient] = {}
    ids = list(dict.fromkeys(contact_ids))
    with db() as session:
        for start in range(0, len(ids), _CHUNK):
            found.update(_read(session, ids[start:start + _CHUNK]))
    return [found[i] for i in ids if i in found]


def _read(session: Session, ids: list[int]) -> dict[int, Recipient]:
    phones = _first(session, select(Phone.contact_id, func.coalesce(Phone.e164, Phone.raw))
                    .where(Phone.contact_id.in_(ids)).order_by(Phone.contact_id, Phone.id))
    emails = _first(session, select(Email.contact_id, Email.address)
                    .where(Email.contact_id.in_(ids)).order_by(Email.contact_id, Email.id))
    newest = (select(Purchase.contact_id, Purchase.product)
              .where(Purchase.contact_id.in_(ids))
              .order_by(Purchase.contact_id, Purchase.purchased_on.desc(), Purchase.id.desc()))
    products = _first(session, newest)
    out = {}
    for cid, name, language, given, family, title, gender, org in session.execute(
            select(Contact.id, Contact.display_name, Contact.language, Contact.given_name, Contact.family_name,
                   Contact.title, Contact.gender, Contact.organization).where(Contact.id.in_(ids))):
        language = language_of(language, name)
        person = Person(name, given, family, title, gender)
        out[cid] = Recipient(cid, name, language, _given(person), address(person, language), _family(person),
                             (org or "").strip(), products.get(cid, ""), phones.get(cid), emails.get(cid))
    return out


def _first(session: Session, statement) -> dict[int, str]:
    found: dict[int, str] = {}
    for cid, value in session.execute(statement):
        if value:
            found.setdefault(cid, value)
    return found


def _given(person: Person) -> str:
    if person.given_name and person.given_name.strip():
        return person.given_name.strip()
    name = person.display_name.strip()
    if is_chinese(name):
        family = chinese_family_name(person)
        return name[len(family):] if family and name.startswith(family) and len(name) > len(family) else ""
    words = name.split()
    return words[0] if len(words) > 1 else ""


def _family(person: Person) -> str:
    if person.family_name and person.family_name.strip():
        return person.family_name.strip()
    if is_chinese(person.display_name):
        return chinese_family_name(person) or ""
    words = person.display_name.split()
    return " ".join(words[1:]) if len(words) > 1 else ""


def texts_for(session: Session, occasion_key: str, contact_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """(language, text) of a built-in occasion's greeting to each of these customers, by id, written as
    `compose` writes it: from the template the desk shows (the user's, else the built-in one), signed as
    the desk signs. For a list read in `session`: today's birthdays copy the greeting the desk would send."""
    occasion = built_in(occasion_key)
    stored = texts_in(session, occasion.key)
    sender = settings.get_in(session, "greeting_sender") or ""
    allowed = fields_for(occasion.key)
    ids = list(dict.fromkeys(contact_ids))
    out = {}
    for start in range(0, len(ids), _CHUNK):
        for cid, r in _read(session, ids[start:start + _CHUNK]).items():
            out[cid] = r.language, fill(stored.get(r.language) or default_text(occasion.key, r.language),
                                        r.values(occasion, sender, {}), allowed)
    return out


def compose(db: sessionmaker[Session], occasion: str | Occasion, contact_ids: Sequence[int], *,
            extra: Optional[Mapping[str, object]] = None, sender: Optional[str] = None,
            template: Optional[Mapping[str, str]] = None) -> list[Greeting]:
    """One greeting per contact, in the order given. `template` (by language) overrides the stored texts."""
    occasion = occasion if isinstance(occasion, Occasion) else built_in(occasion)
    extra = dict(extra or {})
    allowed = fields_for(occasion.key) + tuple(k for k in extra if k not in fields_for(occasion.key))
    with db() as session:
        stored = texts_in(session, occasion.key)
        sender = sender if sender is not None else (settings.get_in(session, "greeting_sender") or "")
    texts = {**stored, **(template or {})}
    out = []
    for r in recipients(db, contact_ids):
        text = fill(texts.get(r.language) or default_text(occasion.key, r.language),
                    r.values(occasion, sender, extra), allowed)
        out.append(Greeting(r.contact_id, r.display_name, r.language, r.channel, text, r.phone, r.email))
    return out
