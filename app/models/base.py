"""Declarative base and the naming convention every table shares.

A naming convention gives constraints stable names, which Alembic needs to
alter them later on SQLite (batch mode recreates tables by constraint name).
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """Timestamps are stored naive in UTC; SQLite has no time zones."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class FromImport:
    """Rows an import wrote carry its batch, so "undo this import" removes exactly them.

    A plain indexed integer, not a foreign key: undo deletes by batch id, and the
    batch row itself stays as the record that the import happened and was undone.
    """

    import_batch_id: Mapped[Optional[int]] = mapped_column(index=True)
