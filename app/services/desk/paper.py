"""What goes on paper for the customers who get it: their labels (address in their country's form)
and their greeting cards (the occasion's greeting in their language, through the desk's templates)."""
from __future__ import annotations

from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact

from . import occasions
from .compose import Greeting, compose
from .postal import MailingLabel, mailing_labels


def labels_for(db: sessionmaker[Session], contact_ids: Sequence[int]
               ) -> tuple[list[MailingLabel], list[tuple[int, str]]]:
    """(labels in the order given, (id, name) of those left out for having no address)."""
    found, without = mailing_labels(db, contact_ids)
    with db() as session:
        names = dict(session.execute(select(Contact.id, Contact.display_name)
                                     .where(Contact.id.in_(without[:1000]))).all())
    return found, [(cid, names.get(cid, str(cid))) for cid in without]


def cards_for(db: sessionmaker[Session], occasion: str, contact_ids: Sequence[int]) -> list[Greeting]:
    """One card per customer: the occasion's greeting in their language (its display_name, language, text)."""
    return compose(db, occasions.find(db, occasion), contact_ids)
