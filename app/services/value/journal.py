"""Logging an interaction inside a caller's transaction, for actions that must change the
contact and record it together (moving a sales stage, winning a customer back)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Interaction, InteractionKind

from .. import derived
from ..calllist import close_follow_ups
from ..errors import QT_TRANSLATE_NOOP, InvalidValue


def log(session: Session, contact_id: int, kind: str, when: datetime, summary: str) -> Interaction:
    """What interactions.log_interaction does, without opening its own transaction."""
    kind_row = session.get(InteractionKind, kind.strip().lower())
    if kind_row is None:
        kinds = ", ".join(session.scalars(select(InteractionKind.code).order_by(InteractionKind.code)))
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "kind: '{kind}' is not a kind of interaction (use one of "
                                                         "{kinds})"), kind=kind, kinds=kinds)
    interaction = Interaction(contact_id=contact_id, kind=kind_row.code, occurred_at=when, summary=summary)
    session.add(interaction)
    session.flush()
    if kind_row.counts_as_contact:
        close_follow_ups(session, contact_id, when)
    derived.refresh_contact_dates(session, [contact_id])
    return interaction
