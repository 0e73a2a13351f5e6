"""Trash and restore, lost and won back, and deleting for good."""
from __future__ import annotations

import json
from datetime import date
from typing import Iterable, Optional

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import STATUS_ACTIVE, STATUS_LOST, Contact, Loss, Setting

from .backup import backup_before
from .contacts import load
from .dates import local_now, refuse_after_today
from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .team.versions import refuse_stale
from .today_kept.seam import touching

# Why customers are lost: an editable list kept in the settings under LOST_REASONS_KEY.
LOST_REASONS_KEY = "lost_reasons"
DEFAULT_LOST_REASONS = ("price", "service", "moved", "competitor", "no need", "other")

# What the user is told when a contact is deleted for good.
ERASURE_NOTICE = "Backups made before now still hold this data until they rotate out."


def trash(db: sessionmaker[Session], contact_ids: Iterable[int]) -> int:
    contact_ids = list(contact_ids)
    with db.begin() as session, touching(session, contact_ids, reorder=True):
        result = session.execute(
            update(Contact)
            .where(Contact.id.in_(list(contact_ids)), Contact.deleted_at.is_(None))
            .values(deleted_at=local_now())
        )
        return result.rowcount


def restore(db: sessionmaker[Session], contact_ids: Iterable[int]) -> int:
    contact_ids = list(contact_ids)
    with db.begin() as session, touching(session, contact_ids, reorder=True):
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
    with db.begin() as session, touching(session, ids, reorder=True):
        return session.execute(delete(Contact).where(Contact.id.in_(ids))).rowcount


def empty_trash(db: sessionmaker[Session]) -> int:
    with db() as session:
        ids = list(session.scalars(select(Contact.id).where(Contact.deleted_at.is_not(None))))
    return purge(db, ids)


def lost_reasons(db: sessionmaker[Session]) -> list[str]:
    with db() as session:
        return _lost_reasons(session)


def set_lost_reasons(db: sessionmaker[Session], reasons: Iterable[str]) -> list[str]:
    """Replace the list; contacts already lost keep the reason they were given."""
    cleaned: list[str] = []
    for reason in reasons:
        reason = " ".join(reason.split())
        if reason and reason.casefold() not in (r.casefold() for r in cleaned):
            cleaned.append(reason)
    if not cleaned:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "lost reasons: the list cannot be empty"))
    with db.begin() as session:
        session.merge(Setting(key=LOST_REASONS_KEY, value=json.dumps(cleaned, ensure_ascii=False)))
    return cleaned


def _lost_reasons(session: Session) -> list[str]:
    row = session.get(Setting, LOST_REASONS_KEY)
    return json.loads(row.value) if row else list(DEFAULT_LOST_REASONS)


@refuse_stale
def mark_lost(db: sessionmaker[Session], contact_id: int, reason: str, on: Optional[date] = None,
              today: Optional[date] = None) -> None:
    if on is not None:
        refuse_after_today(on, field=QT_TRANSLATE_NOOP("services", "lost on"), today=today)
    with db.begin() as session:
        reasons = _lost_reasons(session)
        wanted = " ".join((reason or "").split()).casefold()
        known = next((r for r in reasons if r.casefold() == wanted), None)
        if known is None:
            listing = ", ".join(reasons)
            if not wanted:
                raise InvalidValue(QT_TRANSLATE_NOOP("services", "reason: say why the customer was lost ({reasons})"),
                                   reasons=listing)
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "reason: '{reason}' is not one of the reasons for "
                                                             "losing a customer ({reasons}); add it to the list "
                                                             "first if it is a new one"),
                               reason=reason.strip(), reasons=listing)
        contact = load(session, contact_id)
        contact.status = STATUS_LOST
        contact.lost_reason = known
        contact.lost_on = on or local_now().date()
        open_loss = session.scalars(select(Loss).where(Loss.contact_id == contact_id, Loss.won_back_on.is_(None))
                                    ).first()
        if open_loss is None:  # lost again after a win-back: a new loss; still lost: the same one, corrected
            open_loss = Loss(contact_id=contact_id)
            session.add(open_loss)
        open_loss.lost_on, open_loss.reason = contact.lost_on, known


@refuse_stale
def reactivate(db: sessionmaker[Session], contact_id: int, on: Optional[date] = None) -> None:
    with db.begin() as session:
        reactivate_contact(session, load(session, contact_id), on)


def reactivate_contact(session: Session, contact: Contact, on: Optional[date] = None) -> None:
    """Active again; the loss stays on record as won back `on` (default today)."""
    if contact.status == STATUS_LOST:
        session.execute(update(Loss).where(Loss.contact_id == contact.id, Loss.won_back_on.is_(None))
                        .values(won_back_on=on or local_now().date()))
    contact.status = STATUS_ACTIVE
    contact.lost_on = None
    contact.lost_reason = None
