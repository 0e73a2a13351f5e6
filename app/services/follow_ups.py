"""What the salesperson sets for one customer's place on today's list: a follow-up on a day, a snooze
until a day, and follow-ups fulfilled by a call or visit. calllist.py reads what these write."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import ALL_REASONS, FollowUp, Snooze


def schedule_follow_up(db: sessionmaker[Session], contact_id: int, on: date, summary: Optional[str] = None) -> int:
    from .contacts import load

    with db.begin() as session:
        load(session, contact_id)
        follow_up = FollowUp(contact_id=contact_id, due_on=on, summary=(summary or "").strip() or None)
        session.add(follow_up)
        session.flush()
        return follow_up.id


def snooze(db: sessionmaker[Session], contact_id: int, until: date, reason: str = ALL_REASONS) -> None:
    from .contacts import load

    with db.begin() as session:
        load(session, contact_id)
        session.merge(Snooze(contact_id=contact_id, reason=reason, until=until))


def close_follow_ups(session: Session, contact_id: int, when: datetime) -> None:
    """A contact-counting interaction fulfils the follow-ups that were due by then."""
    for follow_up in session.scalars(select(FollowUp).where(
            FollowUp.contact_id == contact_id, FollowUp.done_at.is_(None), FollowUp.due_on <= when.date())):
        follow_up.done_at = when
