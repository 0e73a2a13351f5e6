"""Derived columns: last contact, next due date and the search text.

They are never typed in. Every service that changes their inputs calls these
for the contacts it touched, inside its own transaction, so the call list and
search read indexed columns instead of walking interactions and child tables.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from typing import Iterable, Optional, Sequence

from sqlalchemy import bindparam, case, func, select, update
from sqlalchemy.orm import Session

from app.models import NOTE_HTML, Contact, Email, Interaction, InteractionKind, Note, Phone, Tier
from app.models.portable import add_days

from .derived_version import DERIVED_VERSION  # noqa: F401 - asked of derived by others too
from .search_text import build_search_text, contact_sort_name, searchable  # noqa: F401 - asked of derived by others
from .today_kept.seam import touching

_BLOCK_TAG = re.compile(r"<(?:/?(?:p|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|pre)|br)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_CHUNK = 500  # SQLite's bound-parameter limit is far above this; chunks keep statements small


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


_CONTACTS, _TIERS = Contact.__table__, Tier.__table__
_IDS = bindparam("ids", expanding=True)
_UNTOUCHED = {"updated_at": _CONTACTS.c.updated_at}  # derived columns are no edit: updated_at stays (sync reads it)

_LAST_CONTACT_AND_DUE = update(_CONTACTS).where(_CONTACTS.c.id.in_(_IDS)).values(last_contact_at=(
    select(func.max(Interaction.occurred_at))
    .join(InteractionKind, InteractionKind.code == Interaction.kind)
    .where(Interaction.contact_id == _CONTACTS.c.id, InteractionKind.counts_as_contact)
    .scalar_subquery()), **_UNTOUCHED)

# Due = last contact (or, never contacted, the day the cadence was set) + cadence.
_CADENCE = func.coalesce(_CONTACTS.c.cadence_days,
                         select(_TIERS.c.cadence_days).where(_TIERS.c.id == _CONTACTS.c.tier_id).scalar_subquery())
_NEXT_DUE = update(_CONTACTS).where(_CONTACTS.c.id.in_(_IDS)).values(next_due=case(
    (_CADENCE.is_(None), None),
    else_=add_days(func.coalesce(_CONTACTS.c.last_contact_at, _CONTACTS.c.cadence_since, _CONTACTS.c.created_at),
                   _CADENCE)), **_UNTOUCHED)


def refresh_contact_dates(session: Session, contact_ids: Iterable[int]) -> None:
    ids = sorted(set(contact_ids))
    with touching(session, ids):  # today's kept list recomputes these contacts
        for chunk in _chunks(ids):
            session.execute(_LAST_CONTACT_AND_DUE, {"ids": list(chunk)})
            session.execute(_NEXT_DUE, {"ids": list(chunk)})


def refresh_due_for_tier(session: Session, tier_id: int) -> None:
    """A tier's cadence changed: every contact on it gets a new due date."""
    ids = session.scalars(select(Contact.id).where(Contact.tier_id == tier_id)).all()
    for chunk in _chunks(list(ids)):
        session.execute(_NEXT_DUE, {"ids": list(chunk)})


def plain_text(body: str, fmt: str) -> str:
    """A note as text: paragraphs and list items on lines of their own, inline tags gone."""
    if fmt != NOTE_HTML:
        return body
    return html.unescape(_TAG.sub("", _BLOCK_TAG.sub("\n", body)))


_SEARCH_FIELDS = (
    Contact.id, Contact.display_name, Contact.given_name, Contact.family_name, Contact.nickname,
    Contact.organization, Contact.department, Contact.title, Contact.phonetic_family_name,
    Contact.phonetic_given_name,
)


def refresh_search_text(session: Session, contact_ids: Iterable[int]) -> None:
    ids = sorted(set(contact_ids))
    for chunk in _chunks(ids):
        chunk = list(chunk)
        rows = session.execute(select(*_SEARCH_FIELDS).where(Contact.id.in_(chunk))).mappings().all()
        phones: dict[int, list[str]] = defaultdict(list)
        for cid, raw, e164 in session.execute(
            select(Phone.contact_id, Phone.raw, Phone.e164).where(Phone.contact_id.in_(chunk))
        ):
            phones[cid].append(raw)
            if e164:
                phones[cid].append(e164)
        emails: dict[int, list[str]] = defaultdict(list)
        for cid, address in session.execute(select(Email.contact_id, Email.address).where(Email.contact_id.in_(chunk))):
            emails[cid].append(address)
        notes: dict[int, list[str]] = defaultdict(list)
        for cid, body, fmt in session.execute(
            select(Note.contact_id, Note.body, Note.format).where(Note.contact_id.in_(chunk))
        ):
            notes[cid].append(plain_text(body, fmt))
        if not rows:
            continue
        session.execute(
            _WRITE_SEARCH,
            [
                {"b_id": row["id"], "b_sort_name": contact_sort_name(row),
                 "b_search_text": build_search_text(row, phones[row["id"]], emails[row["id"]], notes[row["id"]])}
                for row in rows
            ],
        )


_CONTACTS = Contact.__table__
# Derived, not typed: the contact's version stays as it is, so a save from someone else's open
# customer file is not refused because only the search text changed.
_WRITE_SEARCH = (
    update(_CONTACTS).where(_CONTACTS.c.id == bindparam("b_id"))
    .values(sort_name=bindparam("b_sort_name"), search_text=bindparam("b_search_text"),
            version_id=_CONTACTS.c.version_id)
)


def refresh_all(session: Session, contact_ids: Iterable[int]) -> None:
    ids = list(set(contact_ids))
    refresh_contact_dates(session, ids)
    refresh_search_text(session, ids)


def refresh_everything_if_outdated(db) -> bool:
    """Recompute every contact's derived columns once after DERIVED_VERSION changed; True if it ran."""
    from app.models import Setting

    with db.begin() as session:
        row = session.get(Setting, "derived_version")
        if row is not None and row.value == str(DERIVED_VERSION):
            return False
        ids = list(session.scalars(select(Contact.id)))
        refresh_all(session, ids)
        session.merge(Setting(key="derived_version", value=str(DERIVED_VERSION)))
        return True
