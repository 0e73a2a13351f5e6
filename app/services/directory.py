"""Finding contacts: filters, search and sorting for the contact list (GUI and CLI).

The list is answered in two steps, as Anki's browser does: the ordered ids that
match (cheap, one indexed query), then the display rows for the ids on screen.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Optional, Sequence

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import STATUS_LOST, Address, Contact, Email, Group, Phone, Tier, contact_groups

from . import settings
from .contact_rows import ContactFilter, ContactRow  # noqa: F401 - where callers have always found them
from .contacts import tier_by_code
from .dates import month_day
from .contact_refs import SORT_KEYS, like_escape, search_terms, unknown_group  # noqa: F401 - asked of directory
from .errors import QT_TRANSLATE_NOOP, InvalidValue


def search_condition(query: str) -> Optional[ColumnElement[bool]]:
    """The search in SQL (the contact list searches in memory: search_index.py, which gives the same)."""
    terms = search_terms(query)
    if terms is None:
        return None
    return and_(*(Contact.search_text.like(f"%{like_escape(term)}%", escape="\\") for term in terms))


def _filtered(session: Session, filt: ContactFilter, query: Select) -> Select:
    query = query.where(Contact.deleted_at.is_not(None) if filt.trash else Contact.deleted_at.is_(None))
    if filt.search:
        condition = search_condition(filt.search)
        if condition is not None:
            query = query.where(condition)
    if filt.group:
        group_id = session.scalar(select(Group.id).where(Group.name == filt.group))
        if group_id is None:
            raise unknown_group(filt.group)
        query = query.where(
            Contact.id.in_(select(contact_groups.c.contact_id).where(contact_groups.c.group_id == group_id))
        )
    if filt.tier:
        if filt.tier.lower() == "none":
            query = query.where(Contact.tier_id.is_(None))
        else:
            query = query.where(Contact.tier_id == tier_by_code(session, filt.tier).id)
    if filt.lost is True:
        query = query.where(Contact.status == STATUS_LOST)
    elif filt.lost is False:
        query = query.where(Contact.status != STATUS_LOST)
    if filt.due_by is not None:
        query = query.where(Contact.next_due <= filt.due_by)
    if filt.birthdays_from is not None:
        query = query.where(month_day(Contact.birthday).in_(birthday_keys(filt.birthdays_from, filt.birthday_days)))
    if filt.never_contacted:
        query = query.where(Contact.last_contact_at.is_(None))
    if filt.owner is not None:
        query = query.where(Contact.owner == filt.owner)
    return query


def birthday_keys(first: date, days: int) -> list[str]:
    """The "MM-DD" endings of the birthdays that fall in `days` days from `first`.

    Birthdays are stored "YYYY-MM-DD" or "--MM-DD"; the last five characters are the
    day of the year. A 29 February birthday is celebrated on the 28th in other years.
    """
    keys = []
    for n in range(max(days, 0)):
        day = first + timedelta(days=n)
        keys.append(day.strftime("%m-%d"))
        if day.month == 2 and day.day == 28 and (day + timedelta(days=1)).month == 3:
            keys.append("02-29")
    return keys


def _first_city():
    return (
        select(Address.city).where(Address.contact_id == Contact.id).order_by(Address.id).limit(1).scalar_subquery()
    )


def _sort_columns(key: str):
    name = Contact.sort_name  # pronunciation order: 张伟 sorts as "zhang wei"
    if key == "name":
        return [name]
    if key == "organization":
        return [Contact.organization.is_(None), func.lower(Contact.organization), name]
    if key == "tier":
        return [select(Tier.rank).where(Tier.id == Contact.tier_id).scalar_subquery().is_(None),
                select(Tier.rank).where(Tier.id == Contact.tier_id).scalar_subquery(), name]
    if key == "last_contact":
        return [Contact.last_contact_at.is_(None), Contact.last_contact_at, name]
    if key == "next_due":
        return [Contact.next_due.is_(None), Contact.next_due, name]
    if key == "city":
        return [_first_city().is_(None), _first_city(), name]
    raise InvalidValue(QT_TRANSLATE_NOOP("services", "sort: '{key}' is not a column to sort by (use one of {keys})"),
                       key=key, keys=', '.join(SORT_KEYS))


def contact_ids(
    db: sessionmaker[Session], filt: ContactFilter = ContactFilter(), *, sort: str = "name", descending: bool = False
) -> list[int]:
    with db() as session:
        columns = _sort_columns(sort)
        if descending:
            columns = [c.desc() for c in columns]
        query = _filtered(session, filt, select(Contact.id)).order_by(*columns, Contact.id)
        return list(session.scalars(query))


def count(db: sessionmaker[Session], filt: ContactFilter = ContactFilter()) -> int:
    with db() as session:
        return session.scalar(_filtered(session, filt, select(func.count(Contact.id)))) or 0


def rows(db: sessionmaker[Session], ids: Sequence[int]) -> dict[int, ContactRow]:
    """Display rows for the given ids (a screenful, typically)."""
    if not ids:
        return {}
    first_phone = (
        select(func.coalesce(Phone.e164, Phone.raw)).where(Phone.contact_id == Contact.id).order_by(Phone.id).limit(1)
        .scalar_subquery()
    )
    first_email = select(Email.address).where(Email.contact_id == Contact.id).order_by(Email.id).limit(1).scalar_subquery()
    with db() as session:
        result = session.execute(
            select(
                Contact.id, Contact.display_name, Contact.organization, Tier.code, Tier.colour,
                Contact.last_contact_at, Contact.next_due, _first_city(), first_phone, first_email, Contact.status,
            )
            .outerjoin(Tier, Tier.id == Contact.tier_id)
            .where(Contact.id.in_(list(ids)))
        )
        region = settings.display_region(session)
        return {row[0]: ContactRow(*row, region=region) for row in result}


def list_contacts(db: sessionmaker[Session], filt: ContactFilter = ContactFilter(), *, sort: str = "name") -> list[ContactRow]:
    ids = contact_ids(db, filt, sort=sort)
    found: dict[int, ContactRow] = {}
    for start in range(0, len(ids), 500):
        found.update(rows(db, ids[start : start + 500]))
    return [found[i] for i in ids]


def names_starting(db: sessionmaker[Session], prefix: str, *, limit: int = 200) -> list[str]:
    """Display names of live contacts that start with `prefix` (case-insensitive), for shell completion."""
    escaped = like_escape(prefix)
    with db() as session:
        return list(session.scalars(
            select(Contact.display_name).where(Contact.deleted_at.is_(None),
                                               Contact.display_name.ilike(escaped + "%", escape="\\"))
            .order_by(Contact.sort_name, Contact.id).limit(limit)))
