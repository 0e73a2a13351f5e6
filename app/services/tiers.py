"""Tiers (A/B/C/D) and contact cadences: who gets called how often."""
from __future__ import annotations

from typing import Iterable, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Tier

from . import derived
from .contacts import tier_by_code
from .dates import local_now
from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from .team.versions import refuse_stale

NO_TIER = ("none", "-", "")


def apply_tier(session: Session, contact: Contact, code: Optional[str]) -> None:
    had_cadence = contact.tier_id is not None or contact.cadence_days is not None
    if code is None or code.strip().lower() in NO_TIER:
        contact.tier = None
        contact.tier_id = None
    else:
        contact.tier = tier_by_code(session, code)
    if not had_cadence and contact.tier is not None:
        # The cadence clock of a never-contacted contact starts now, not at creation.
        contact.cadence_since = local_now()


@refuse_stale
def set_tier(db: sessionmaker[Session], contact_ids: Iterable[int], code: Optional[str]) -> int:
    """Set (or with None / "none" clear) the tier of several contacts; returns how many."""
    ids = list(contact_ids)
    with db.begin() as session:
        contacts = session.scalars(select(Contact).where(Contact.id.in_(ids))).all()
        if len(contacts) != len(set(ids)):
            raise NotFound(QT_TRANSLATE_NOOP("services", "tier: some of the chosen contacts no longer exist"))
        for contact in contacts:
            apply_tier(session, contact, code)
        session.flush()
        derived.refresh_contact_dates(session, ids)
        return len(contacts)


@refuse_stale
def set_cadence(db: sessionmaker[Session], contact_id: int, days: Optional[int]) -> None:
    """A personal cadence overrides the tier's; None goes back to the tier's."""
    if days is not None and not 1 <= days <= 3650:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "cadence: {days} is not a number of days between 1 and "
                                                         "3650"), days=days)
    with db.begin() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "contact {id}: no such contact"), id=contact_id)
        if days is not None and contact.cadence_days is None and contact.tier_id is None:
            contact.cadence_since = local_now()
        contact.cadence_days = days
        session.flush()
        derived.refresh_contact_dates(session, [contact_id])


def list_tiers(db: sessionmaker[Session]) -> list[Tier]:
    with db() as session:
        return list(session.scalars(select(Tier).order_by(Tier.rank)))


NO_VISITS = 0  # update_tier(visit_cadence_days=NO_VISITS): the tier is called only


def update_tier(
    db: sessionmaker[Session], code: str, *, name: Optional[str] = None, colour: Optional[str] = None,
    cadence_days: Optional[int] = None, visit_cadence_days: Optional[int] = None,
) -> None:
    """Change what is given; `visit_cadence_days=NO_VISITS` stops the tier's visits."""
    if cadence_days is not None and not 1 <= cadence_days <= 3650:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "cadence: {days} is not a number of days between 1 and "
                                                         "3650"), days=cadence_days)
    if visit_cadence_days not in (None, NO_VISITS) and not 1 <= visit_cadence_days <= 3650:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "visit cadence: {days} is not a number of days between 1 "
                                                         "and 3650"), days=visit_cadence_days)
    if colour is not None and not (colour.startswith("#") and len(colour) in (4, 7)):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "colour: '{colour}' is not a colour such as #d64541"),
                           colour=colour)
    with db.begin() as session:
        tier = tier_by_code(session, code)
        if name is not None:
            tier.name = name.strip() or tier.name
        if colour is not None:
            tier.colour = colour
        if visit_cadence_days is not None:
            tier.visit_cadence_days = visit_cadence_days or None
        if cadence_days is not None and cadence_days != tier.cadence_days:
            tier.cadence_days = cadence_days
            session.flush()
            derived.refresh_due_for_tier(session, tier.id)
