"""Import history: each import is a batch that can be undone, and every card or
row it read is remembered so that importing the same file again adds nothing."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

SOURCE_UID = "uid"
SOURCE_FINGERPRINT = "fingerprint"


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sources: Mapped[str] = mapped_column(Text)  # file names, one per line
    added: Mapped[int] = mapped_column(default=0)
    merged: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    problems: Mapped[int] = mapped_column(default=0)
    # JSON list of [contact_id, field, value] for empty fields of existing
    # contacts that this import filled in: undo empties them again.
    filled_fields: Mapped[Optional[str]] = mapped_column(Text)
    undone_at: Mapped[Optional[datetime]]


class ImportSource(Base):
    """A record seen before: a vCard UID or a card/row fingerprint, and the contact it became."""

    __tablename__ = "import_sources"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    key: Mapped[str]
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
