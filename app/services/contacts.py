"""Contact CRUD: create, read, edit, and find a contact by what the user types."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from app.models import Contact, CustomField, Email, Group, Phone, Tier

from . import derived
from .dates import parse_partial_date, refuse_after_today
from .desk.language import guess_language, parse_language
from .desk.lunar import parse_month_day
from .contact_refs import MAX_ID, as_id, resolve_ref, unknown_group, unknown_tier  # noqa: F401 - MAX_ID, as_id: asked of contacts
from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from .names import compose_display_name
from .phones import normalise
from .team import versions
from .team.owners import clean_owner

# Plain text fields a user may edit on the customer file.
TEXT_FIELDS = (
    "display_name", "given_name", "family_name", "middle_name", "prefix", "suffix", "nickname",
    "phonetic_given_name", "phonetic_family_name", "organization", "department", "title", "gender",
    "source_channel", "sales_stage", "needs", "pain_points", "family", "hobbies", "personality", "preferences",
)
DATE_FIELDS = ("birthday", "anniversary")
NAME_INPUTS = ("given_name", "family_name", "middle_name", "nickname", "organization")


@dataclass
class NewContact:
    display_name: Optional[str] = None
    fields: dict[str, Any] = field(default_factory=dict)  # TEXT_FIELDS and DATE_FIELDS
    phones: list[tuple[str, Optional[str]]] = field(default_factory=list)  # (as written, label)
    emails: list[tuple[str, Optional[str]]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    tier: Optional[str] = None


def clean_fields(values: dict[str, Any], today: Optional[date] = None) -> dict[str, Any]:
    """Validate user-typed values; a bad one raises InvalidValue naming the field."""
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key in TEXT_FIELDS:
            clean[key] = value.strip() if isinstance(value, str) and value.strip() else None
        elif key == "language":  # the greetings' language: zh, es or en
            clean[key] = parse_language(value)
        elif key == "lunar_birthday":  # "MM-DD" of the lunar calendar
            clean[key] = parse_month_day(value) if value and str(value).strip() else None
        elif key == "lunar_leap":
            clean[key] = bool(value)
        elif key == "owner":  # whose customer: a person's name, or nobody
            clean[key] = clean_owner(value)
        elif key in DATE_FIELDS:
            clean[key] = parse_partial_date(value, field=key) if value and str(value).strip() else None
            if key == "birthday" and clean[key] and not clean[key].startswith("--"):  # nobody is born later
                refuse_after_today(date.fromisoformat(clean[key]), field=key, today=today)
        else:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: not a field of a contact"), field=key)
    return clean


def create_contact(db: sessionmaker[Session], new: NewContact, *, region: str = "US") -> int:
    from .reach import check_email, check_phone  # reach imports this module

    fields = clean_fields(new.fields)
    for raw, _label in new.phones:
        check_phone(raw)
    for address, _label in new.emails:
        check_email(address)
    with db.begin() as session:
        contact = Contact(**fields)
        contact.display_name = (new.display_name or "").strip() or compose_display_name(
            fields.get("given_name"), fields.get("family_name"), fields.get("middle_name"),
            nickname=fields.get("nickname"), organization=fields.get("organization"),
            email=new.emails[0][0] if new.emails else None, phone=new.phones[0][0] if new.phones else None,
        )
        if not contact.display_name:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "name: a contact needs a name, an organisation, a "
                                                             "phone or an email"))
        if contact.language is None:
            contact.language = guess_language(
                [contact.display_name, contact.given_name, contact.family_name],
                [normalise(raw, region).e164 for raw, _label in new.phones])
        session.add(contact)
        for raw, label in new.phones:
            _add_phone(contact, raw, label, region)
        for address, label in new.emails:
            _add_email(contact, address, label)
        for name in new.groups:
            contact.groups.append(group_by_name(session, name, create=True))
        if new.tier:
            from .tiers import apply_tier  # tiers imports this module

            apply_tier(session, contact, new.tier)
        session.flush()
        derived.refresh_all(session, [contact.id])
        return contact.id


def same_person(db: sessionmaker[Session], name: str, phones: list[str], *, region: str) -> list[tuple[int, str]]:
    """Contacts (not in the trash) with this name and one of these numbers: who a new contact would
    duplicate. The number matches as written or, when valid, as E.164 with its extension."""
    keys = {p.match_key for p in (normalise(raw, region) for raw in phones) if p.match_key}
    written = {raw.strip() for raw in phones if raw.strip()}
    if not name.strip() or not (keys or written):
        return []
    with db() as session:
        rows = session.scalars(
            select(Contact).join(Phone).where(Contact.deleted_at.is_(None), Phone.raw.in_(written) | Phone.e164.in_(
                {key.split(";")[0] for key in keys}), func.lower(Contact.display_name) == name.strip().lower())
            .options(selectinload(Contact.phones)).distinct().order_by(Contact.id)).all()
        return [(c.id, c.display_name) for c in rows
                if any(p.raw in written or (p.match_key and p.match_key in keys) for p in c.phones)]


def _add_phone(contact: Contact, raw: str, label: Optional[str], region: str) -> bool:
    phone = normalise(raw, region)
    if not phone.raw:
        return False
    for existing in contact.phones:  # the same number written twice is stored once
        if existing.raw == phone.raw or (phone.match_key and existing.match_key == phone.match_key):
            return False
    contact.phones.append(Phone(raw=phone.raw, e164=phone.e164, extension=phone.extension, label=label))
    return True


def _add_email(contact: Contact, address: str, label: Optional[str]) -> bool:
    address = address.strip()
    if not address or any(e.address_key == address.lower() for e in contact.emails):
        return False
    contact.emails.append(Email(address=address, address_key=address.lower(), label=label))
    return True


def update_contact(db: sessionmaker[Session], contact_id: int, values: dict[str, Any], *,
                   version: Optional[int] = None, was: Optional[dict[str, Any]] = None) -> int:
    """Save `values`; returns the contact's new version. A caller that loaded the contact earlier
    gives the `version` it loaded and the values it saw (`was`): a field someone else has changed
    since to something else is refused (team.versions.ContactConflict), never overwritten."""
    fields = clean_fields(values)
    if "display_name" in fields and not fields["display_name"]:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "display_name: a contact's name cannot be empty"))
    seen = clean_fields(was) if was else None
    with versions.refusing_stale(db, contact_id, fields, seen):
        with db.begin() as session:
            contact = load(session, contact_id)
            versions.check(contact, version, fields, seen)
            for key, value in fields.items():
                setattr(contact, key, value)
            session.flush()
            derived.refresh_search_text(session, [contact_id])
            return contact.version_id


def set_referrer(db: sessionmaker[Session], contact_id: int, referrer_id: Optional[int]) -> None:
    """Who referred the contact (None: nobody); a referrer that would close a circle is refused."""
    from .value.referrals import set_referrer as set_checked  # the referral rules live there

    set_checked(db, contact_id, referrer_id)


@versions.refuse_stale  # it moves the contact's version (app/models/contact_parts.py)
def set_custom_field(db: sessionmaker[Session], contact_id: int, name: str, value: Optional[str]) -> None:
    name = name.strip()
    if not name:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "custom field: the name cannot be empty"))
    with db.begin() as session:
        contact = load(session, contact_id)
        existing = [f for f in contact.custom_fields if f.name == name]
        for f in existing:
            contact.custom_fields.remove(f)
        if value is not None and value.strip():
            contact.custom_fields.append(CustomField(name=name, value=value))


def get_contact(db: sessionmaker[Session], contact_id: int) -> Contact:
    """The whole customer file, loaded for display (detached from the session)."""
    with db() as session:
        contact = session.scalars(
            select(Contact)
            .where(Contact.id == contact_id)
            .options(
                selectinload(Contact.phones), selectinload(Contact.emails), selectinload(Contact.addresses),
                selectinload(Contact.websites), selectinload(Contact.custom_fields), selectinload(Contact.groups),
                selectinload(Contact.notes), selectinload(Contact.interactions), selectinload(Contact.purchases),
                selectinload(Contact.photo), selectinload(Contact.referred_by),
            )
        ).one_or_none()
        if contact is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "contact {id}: no such contact"), id=contact_id)
        return contact


def load(session: Session, contact_id: int) -> Contact:
    """The contact, or NotFound naming the id."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "contact {id}: no such contact"), id=contact_id)
    return contact


def resolve(db: sessionmaker[Session], ref: str, *, include_trash: bool = False) -> int:
    """A contact id, or an exact display name (case-insensitive when that is unique): contact_refs.resolve_ref."""
    with db() as session:
        return resolve_ref(ref, _Lookup(session, include_trash))


class _Lookup:
    """contact_refs.ContactLookup through the ORM."""

    def __init__(self, session: Session, include_trash: bool) -> None:
        self.session, self.include_trash = session, include_trash

    def in_trash(self, contact_id: int) -> Optional[bool]:
        contact = self.session.get(Contact, contact_id)
        return None if contact is None else contact.deleted_at is not None

    def named(self, name: str, *, any_case: bool) -> list[tuple[int, str, Optional[str]]]:
        query = select(Contact.id, Contact.display_name, Contact.organization)
        if not self.include_trash:
            query = query.where(Contact.deleted_at.is_(None))
        same = func.lower(Contact.display_name) == name.lower() if any_case else Contact.display_name == name
        return [tuple(row) for row in self.session.execute(query.where(same))]

    def trashed(self, contact_id: Optional[int], name: str) -> Optional[int]:
        return self.session.scalar(
            select(Contact.id).where(Contact.deleted_at.is_not(None),
                                     (Contact.id == contact_id) if contact_id is not None
                                     else func.lower(Contact.display_name) == name.lower()).limit(1))


def group_by_name(session: Session, name: str, *, create: bool = False) -> Group:
    name = name.strip()
    if not name:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "group: the name cannot be empty"))
    group = session.scalars(select(Group).where(Group.name == name)).one_or_none()
    if group is None:
        if not create:
            raise unknown_group(name)
        group = Group(name=name)
        session.add(group)
        session.flush()
    return group


def tier_by_code(session: Session, code: str) -> Tier:
    tier = session.scalars(select(Tier).where(func.upper(Tier.code) == code.strip().upper())).one_or_none()
    if tier is None:
        raise unknown_tier(code, list(session.scalars(select(Tier.code).order_by(Tier.rank))))
    return tier

