"""Calls, visits and the rest: logging one moves the contact's last contact and next due date."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import FollowUp, Interaction, InteractionKind

from . import derived
from .contacts import load
from .dates import local_now
from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound


def list_kinds(db: sessionmaker[Session]) -> list[InteractionKind]:
    with db() as session:
        return list(session.scalars(select(InteractionKind).order_by(InteractionKind.name)))


def log_interaction(
    db: sessionmaker[Session], contact_id: int, kind: str, *, when: Optional[datetime] = None,
    summary: Optional[str] = None, outcome: Optional[str] = None, follow_up_on: Optional[date] = None,
    now: Optional[datetime] = None,
) -> int:
    """Log it; `follow_up_on` also schedules the next call (about the outcome, else the summary), in the same
    transaction, so a failure leaves neither. Only what has happened is logged: an interaction dated after
    now would count as contact and hide the customer from the call list until long after."""
    now = now or local_now()
    when = when or now
    _refuse_future(when, now)
    if follow_up_on is not None and follow_up_on < when.date():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "follow-up: {day} is before the interaction ({when})"),
                           day=follow_up_on.isoformat(), when=when.date().isoformat())
    with db.begin() as session:
        interaction = record(session, contact_id, kind, when, summary=summary, outcome=outcome)
        if follow_up_on is not None:
            session.add(FollowUp(contact_id=contact_id, due_on=follow_up_on,
                                 summary=interaction.outcome or interaction.summary))
        return interaction.id


def record(session: Session, contact_id: int, kind: str, when: datetime, *, summary: Optional[str] = None,
           outcome: Optional[str] = None) -> Interaction:
    """`log_interaction` inside a transaction a service already holds (an event's attendance is logged with
    the guest's status, or neither): the follow-ups it fulfils closed, the contact's dates moved.
    The caller has refused a time after now."""
    load(session, contact_id)
    kind_row = _kind(session, kind)
    interaction = Interaction(
        contact_id=contact_id, kind=kind_row.code, occurred_at=when,
        summary=(summary or "").strip() or None, outcome=(outcome or "").strip() or None,
    )
    session.add(interaction)
    session.flush()
    if kind_row.counts_as_contact:
        from .calllist import close_follow_ups  # calllist reads what this module writes

        close_follow_ups(session, contact_id, interaction.occurred_at)
    derived.refresh_contact_dates(session, [contact_id])
    return interaction


def update_interaction(db: sessionmaker[Session], interaction_id: int, kind: str, *, when: datetime,
                       summary: Optional[str] = None, outcome: Optional[str] = None,
                       now: Optional[datetime] = None) -> None:
    """Correct a logged entry (History → Edit…): its kind, time, summary and outcome. The contact's last
    contact and next due date follow, as when it was logged; as then, only what has happened."""
    _refuse_future(when, now or local_now())
    with db.begin() as session:
        interaction = _interaction(session, interaction_id)
        kind_row = _kind(session, kind)
        interaction.kind, interaction.occurred_at = kind_row.code, when
        interaction.summary = (summary or "").strip() or None
        interaction.outcome = (outcome or "").strip() or None
        session.flush()
        derived.refresh_contact_dates(session, [interaction.contact_id])


def _refuse_future(when: datetime, now: datetime) -> None:
    if when > now:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "date: {when} is after now; a call or visit you plan is a "
                                                         "follow-up (the Follow-up date of the call you log, or "
                                                         "rapport followup CONTACT --on DATE)"),
                           when=when.isoformat(sep=" ", timespec="minutes"))


def _kind(session: Session, kind: str) -> InteractionKind:
    kind_row = session.get(InteractionKind, kind.strip().lower())
    if kind_row is None:
        kinds = ", ".join(session.scalars(select(InteractionKind.code).order_by(InteractionKind.code)))
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "kind: '{kind}' is not a kind of interaction (use one "
                                                         "of {kinds})"), kind=kind, kinds=kinds)
    return kind_row


def _interaction(session: Session, interaction_id: int) -> Interaction:
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "interaction {id}: no such interaction"), id=interaction_id)
    return interaction


def delete_interaction(db: sessionmaker[Session], interaction_id: int) -> None:
    with db.begin() as session:
        interaction = _interaction(session, interaction_id)
        contact_id = interaction.contact_id
        session.delete(interaction)
        session.flush()
        derived.refresh_contact_dates(session, [contact_id])


def history(db: sessionmaker[Session], contact_id: int) -> list[Interaction]:
    """Newest first."""
    with db() as session:
        return list(
            session.scalars(
                select(Interaction).where(Interaction.contact_id == contact_id)
                .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
            )
        )
