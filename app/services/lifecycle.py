"""Trash and restore, lost and won back, and deleting for good."""
from __future__ import annotations

from datetime import date
from typing import Iterable, Optional

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import STATUS_ACTIVE, STATUS_LOST, Contact

from .backup import backup_before
from .contacts import load
from .dates import local_now
from .errors import InvalidValue

# What the user is told when a contact is deleted for good.
ERASURE_NOTICE = "Backups made before now still hold this data until they rotate out."


def trash(db: sessionmaker[Session], contact_ids: Iterable[int]) -> int:
    with db.begin() as session:
        result = session.execute(
            update(Contact)
            .where(Contact.id.in_(list(contact_ids)), Contact.deleted_at.is_(None))
            .values(deleted_at=local_now())
        )
        return result.rowcount


def restore(db: sessionmaker[Session], contact_ids: Iterable[int]) -> int:
    with db.begin() as session:
        result = session.execute(
            update(Contact).where(Contact.id.in_(list(contact_ids)), Contact.deleted_at.is_not(None)).values(deleted_at=None)
        )
        return result.rowcount


def purge(db: sessionmaker[Session], contact_ids: Iterable[int]) -> int:
    """Delete for good: notes, interactions, purchases and photo go with the contact (ON DELETE CASCADE).

    A backup is made first; backups keep the data until they rotate out (ERASURE_NOTICE).
    """
    ids = list(contact_ids)
    if not ids:
        return 0
    backup_before(db, "delete")
    with db.begin() as session:
        return session.execute(delete(Contact).where(Contact.id.in_(ids))).rowcount


def empty_trash(db: sessionmaker[Session]) -> int:
    with db() as session:
        ids = list(session.scalars(select(Contact.id).where(Contact.deleted_at.is_not(None))))
    return purge(db, ids)


def mark_lost(db: sessionmaker[Session], contact_id: int, reason: str, on: Optional[date] = None) -> None:
    if not reason or not reason.strip():
        raise InvalidValue("reason: say why the customer was lost (price, service, moved, competitor, no need, other)")
    with db.begin() as session:
        contact = load(session, contact_id)
        contact.status = STATUS_LOST
        contact.lost_reason = reason.strip()
        contact.lost_on = on or local_now().date()


def reactivate(db: sessionmaker[Session], contact_id: int) -> None:
    with db.begin() as session:
        contact = load(session, contact_id)
        contact.status = STATUS_ACTIVE
        contact.lost_on = None
        contact.lost_reason = None

