"""Contacts already in the store that are probably one person, strongest first.

Two live contacts are a pair when they share a valid number (E.164 plus extension), an
email (lower-cased), or their folded name (`sort_name`: accents off, Chinese as pinyin, so
"Ana García" meets "Ana Garcia" and 王芳 meets "Wang Fang"). SQLite groups each of those
indexed columns and hands over only the keys two or more contacts hold, so 100,000
contacts cost three index scans, never a comparison of every pair with every other.

Order: a shared number or email with names that agree; then a shared number or email
with names that differ (a family landline, a switchboard: for the user to judge); then
the same name with nothing else differing. A pair the user said is two people is kept
in the settings (DISMISSED_KEY: a JSON list of [id, id]) and not shown again.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable, Optional

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Email, Phone, Setting

from . import settings
from .contacts import load
from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .names import fold_accents, name_tokens, names_compatible
from .phones import display

DISMISSED_KEY = "duplicates_dismissed"
# A number or email on more contacts than this is a switchboard or a shared inbox: its
# contacts are paired only when their names agree, or one company makes thousands of pairs.
SHARED_LINE = 6
# A name borne by more contacts than this is a common name (the store's fifty 王伟): by the
# name alone none of them is more likely the same person as one than as another.
COMMON_NAME = 6
_CHUNK = 500

# DuplicatePair.rank, strongest first: a shared number or email with names that agree, or that differ;
# the same name and nothing against it; the same name with different numbers, emails or organisations.
NAMES_AGREE, NAMES_DIFFER, SAME_NAME_ONLY, SAME_NAME_DIFFERS = 0, 1, 2, 3
DIFFERS = "differs"  # a Reason's kind for what tells a same-name pair apart (its value: phone, email, organization)

Pair = tuple[int, int]  # (lower id, higher id)


@dataclass(frozen=True)
class Reason:
    kind: str  # "phone", "email", "name", "organization", or DIFFERS
    value: str  # the shared number (as shown: phones.display), address, folded name, organisation; or what differs

    def __str__(self) -> str:
        if self.kind == DIFFERS:
            return {"phone": "different phones", "email": "different emails"}.get(self.value, "different organisations")
        if self.kind == "organization":
            return f"same organisation {self.value}"
        return "same name" if self.kind == "name" else f"same {self.kind} {self.value}"


@dataclass(frozen=True)
class ContactBrief:
    """What a person needs to see to tell two contacts apart."""

    id: int
    display_name: str
    organization: Optional[str]
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    created_at: datetime

    def as_json(self) -> dict:
        return {"id": self.id, "display_name": self.display_name, "organization": self.organization,
                "phones": list(self.phones), "emails": list(self.emails)}


@dataclass
class DuplicatePair:
    a: ContactBrief  # the older (lower id)
    b: ContactBrief
    reasons: list[Reason]
    names_agree: bool

    @property
    def rank(self) -> int:
        return _rank(self.reasons, self.names_agree)

    @property
    def ids(self) -> Pair:
        return self.a.id, self.b.id

    def as_json(self) -> dict:
        return {"a": self.a.as_json(), "b": self.b.as_json(), "names_agree": self.names_agree,
                "reasons": [str(r) for r in self.reasons]}


@dataclass
class _Found:
    reasons: list[Reason] = field(default_factory=list)
    crowded: bool = True  # every shared key it came from is on more than SHARED_LINE contacts


def find_duplicates(db: sessionmaker[Session], limit: Optional[int] = None) -> list[DuplicatePair]:
    """Live contacts that are probably the same person, strongest first (at most `limit` pairs)."""
    hidden = dismissed_pairs(db)
    with db() as session:
        found: dict[Pair, _Found] = defaultdict(_Found)
        for kind, key, ids in _shared_keys(session):
            for pair in _pairs(ids):
                entry = found[pair]
                entry.reasons.append(Reason(kind, key))
                entry.crowded = entry.crowded and len(ids) > SHARED_LINE
        names = _names(session, {cid for pair in found for cid in pair})
        agree = {pair: _names_agree(names[pair[0]], names[pair[1]]) for pair in found}
        for pair, entry in list(found.items()):
            if entry.crowded and not agree[pair]:
                del found[pair]
            elif names[pair[0]].sort_name and names[pair[0]].sort_name == names[pair[1]].sort_name:
                entry.reasons.append(Reason("name", names[pair[0]].sort_name))
        for pair, sort_name, also in _same_name_pairs(session):
            if pair not in found:
                found[pair].reasons.extend([Reason("name", sort_name), *also])
                agree[pair] = True
        ranked = sorted(
            (pair for pair in found if pair not in hidden),
            key=lambda p: (_rank(found[p].reasons, agree[p]), -_shared(found[p].reasons), _differs(found[p].reasons), p),
        )
        if limit is not None:
            ranked = ranked[:max(0, limit)]
        briefs = contact_briefs(session, {cid for pair in ranked for cid in pair})
        region = settings.display_region(session)
        return [DuplicatePair(briefs[a], briefs[b], [_shown(r, region) for r in found[(a, b)].reasons], agree[(a, b)])
                for a, b in ranked]


def _shown(reason: Reason, region: str) -> Reason:
    """A shared number as numbers are shown everywhere ("+34 612 34 56 78"), not as the key it was found by."""
    if reason.kind != "phone":
        return reason
    number, _, extension = reason.value.partition(";ext=")
    return Reason("phone", display(number, region, extension or None))


def _rank(reasons: list[Reason], names_agree: bool) -> int:
    if any(r.kind in ("phone", "email") for r in reasons):
        return NAMES_AGREE if names_agree else NAMES_DIFFER
    return SAME_NAME_DIFFERS if any(r.kind == DIFFERS for r in reasons) else SAME_NAME_ONLY


def _shared(reasons: list[Reason]) -> int:
    return sum(r.kind != DIFFERS for r in reasons)


def _differs(reasons: list[Reason]) -> int:
    return sum(r.kind == DIFFERS for r in reasons)


def _pairs(ids: list[int]) -> Iterable[Pair]:
    ids = sorted(set(ids))
    for i, low in enumerate(ids):
        for high in ids[i + 1:]:
            yield low, high


def _shared_keys(session: Session) -> Iterable[tuple[str, str, list[int]]]:
    """("phone", "+34612345678", [contact ids]) for every number or email on two or more live contacts.

    Read from the grouped keys outwards (a few rows), never from every contact inwards."""
    by_key: dict[tuple[str, str], set[int]] = defaultdict(set)
    numbers = (select(Phone.e164).where(Phone.e164.is_not(None)).group_by(Phone.e164)
               .having(func.count() > 1).subquery())
    for e164, extension, contact_id in session.execute(
        select(Phone.e164, Phone.extension, Phone.contact_id).select_from(numbers)
        .join(Phone, Phone.e164 == numbers.c.e164).join(Contact, Contact.id == Phone.contact_id)
        .where(Contact.deleted_at.is_(None))
    ):
        by_key[("phone", e164 + (f";ext={extension}" if extension else ""))].add(contact_id)
    # A number that is not valid for any region (typed short, or for another country) is still the
    # same line when typed the same way twice: two "Juan Nuevo" with "1234 5678".
    typed = (select(Phone.raw).where(Phone.e164.is_(None)).group_by(Phone.raw).having(func.count() > 1).subquery())
    for raw, contact_id in session.execute(
        select(Phone.raw, Phone.contact_id).select_from(typed).join(Phone, (Phone.raw == typed.c.raw)
                                                                   & Phone.e164.is_(None))
        .join(Contact, Contact.id == Phone.contact_id).where(Contact.deleted_at.is_(None))
    ):
        by_key[("phone", raw)].add(contact_id)
    addresses = select(Email.address_key).group_by(Email.address_key).having(func.count() > 1).subquery()
    for address, contact_id in session.execute(
        select(Email.address_key, Email.contact_id).select_from(addresses)
        .join(Email, Email.address_key == addresses.c.address_key).join(Contact, Contact.id == Email.contact_id)
        .where(Contact.deleted_at.is_(None))
    ):
        by_key[("email", address)].add(contact_id)
    for (kind, key), ids in by_key.items():
        if len(ids) > 1:
            yield kind, key, sorted(ids)


@dataclass(frozen=True)
class _Name:
    sort_name: str
    tokens: frozenset[str]


def _names(session: Session, ids: set[int]) -> dict[int, _Name]:
    names: dict[int, _Name] = {}
    for chunk in _chunks(sorted(ids)):
        for cid, display, given, family, sort_name in session.execute(
            select(Contact.id, Contact.display_name, Contact.given_name, Contact.family_name, Contact.sort_name)
            .where(Contact.id.in_(chunk))
        ):
            # A contact named after its number (an import with no name) has no name to disagree with.
            tokens = frozenset(t for t in name_tokens(display, given, family) if not t.isdigit())
            names[cid] = _Name(sort_name or "", tokens)
    return names


def _names_agree(x: _Name, y: _Name) -> bool:
    """Compatible as the importer judges names, also across accents and pinyin ("王芳", "Fang Wang")."""
    return (names_compatible(x.tokens, y.tokens)
            or names_compatible(name_tokens(x.sort_name), name_tokens(y.sort_name)))


def _same_name_pairs(session: Session) -> Iterable[tuple[Pair, str, list[Reason]]]:
    """Live contacts with the same folded name, with what else they share and what tells them apart.

    Different birthdays are two people: no pair. Different numbers, emails or organisations are
    not proof (a new phone, a new job): such pairs come last, the weakest suggestions, saying what
    differs. Common names (more than COMMON_NAME contacts) make no pairs by name alone.
    """
    has_phone = exists().where(Phone.contact_id == Contact.id)
    has_email = exists().where(Email.contact_id == Contact.id)
    repeated = (select(Contact.sort_name).where(Contact.sort_name != "").group_by(Contact.sort_name)
                .having(func.count().between(2, COMMON_NAME)))
    groups: dict[str, list[tuple]] = defaultdict(list)
    for row in session.execute(
        select(Contact.id, Contact.sort_name, Contact.organization, Contact.birthday, has_phone, has_email,
               Contact.deleted_at)
        .where(Contact.sort_name.in_(repeated))  # trashed ones left out here: the index on names leads
    ):
        if row[6] is None:
            groups[row[1]].append(row)
    for sort_name, members in groups.items():
        if len(members) > COMMON_NAME:
            continue
        members.sort()
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if not _birthdays_agree(a[3], b[3]):
                    continue
                found = []
                if a[2] and b[2] and _same_or_missing(a[2], b[2]):
                    found.append(Reason("organization", a[2]))
                # Numbers or emails on both sides that are not shared (a shared one is found above).
                if a[4] and b[4]:
                    found.append(Reason(DIFFERS, "phone"))
                if a[5] and b[5]:
                    found.append(Reason(DIFFERS, "email"))
                if not _same_or_missing(a[2], b[2]):
                    found.append(Reason(DIFFERS, "organization"))
                yield (a[0], b[0]), sort_name, found


def _same_or_missing(x: Optional[str], y: Optional[str]) -> bool:
    if not x or not y:
        return True
    return fold_accents(" ".join(x.casefold().split())) == fold_accents(" ".join(y.casefold().split()))


def _birthdays_agree(x: Optional[str], y: Optional[str]) -> bool:
    """"--04-12" (year unknown) agrees with "1980-04-12"."""
    if not x or not y:
        return True
    if x[-5:] != y[-5:]:
        return False
    return x.startswith("--") or y.startswith("--") or x == y


def contact_briefs(session: Session, ids: set[int]) -> dict[int, ContactBrief]:
    rows: dict[int, tuple] = {}
    phones: dict[int, list[str]] = defaultdict(list)
    emails: dict[int, list[str]] = defaultdict(list)
    region = settings.display_region(session)
    for chunk in _chunks(sorted(ids)):
        for row in session.execute(select(Contact.id, Contact.display_name, Contact.organization,
                                          Contact.created_at).where(Contact.id.in_(chunk))):
            rows[row[0]] = row
        for cid, raw, e164, extension in session.execute(
            select(Phone.contact_id, Phone.raw, Phone.e164, Phone.extension)
            .where(Phone.contact_id.in_(chunk)).order_by(Phone.id)
        ):
            phones[cid].append(display(e164 or raw, region, extension))
        for cid, address in session.execute(
            select(Email.contact_id, Email.address).where(Email.contact_id.in_(chunk)).order_by(Email.id)
        ):
            emails[cid].append(address)
    return {cid: ContactBrief(cid, name, org, tuple(phones[cid]), tuple(emails[cid]), created)
            for cid, name, org, created in rows.values()}


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


# ------------------------------------------------------------------ "not the same person"


def dismissed_pairs(db: sessionmaker[Session]) -> set[Pair]:
    return {(min(a, b), max(a, b)) for a, b in settings.get(db, DISMISSED_KEY) or []}


def dismiss(db: sessionmaker[Session], a_id: int, b_id: int) -> None:
    """The user says `a_id` and `b_id` are two people: the pair is not suggested again."""
    if a_id == b_id:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "not the same person: {a} and {b} are one contact; "
                                                           "give two different ids"), a=a_id, b=b_id)
    with db() as session:
        load(session, a_id)
        load(session, b_id)
    pairs = dismissed_pairs(db) | {(min(a_id, b_id), max(a_id, b_id))}
    settings.put(db, DISMISSED_KEY, sorted([a, b] for a, b in pairs))


def forget_contact(session: Session, contact_id: int) -> None:
    """A contact is going away (merged): its dismissed pairs go too, inside the caller's
    transaction, so a new contact that SQLite gives the same id later is not hidden."""
    row = session.get(Setting, DISMISSED_KEY)
    if row is None:
        return
    pairs = [pair for pair in json.loads(row.value) if contact_id not in pair]
    row.value = json.dumps(pairs)
