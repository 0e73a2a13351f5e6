"""The change marker: a number that grows with every write to the store (app/models/team.py), read
by an open window every few seconds to notice that another process or person wrote something."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import StoreRevision


def store_revision(db: sessionmaker[Session]) -> int:
    """One primary-key read: cheap enough to ask every two seconds."""
    with db() as session:
        return session.scalar(select(StoreRevision.revision).where(StoreRevision.id == 1)) or 0
