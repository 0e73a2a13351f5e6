"""Undo an import as a whole: its new contacts go, what it added to existing ones goes,
and the empty fields it filled are emptied again (unless the user has changed them since)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import (
    Address, Contact, CustomField, Email, ImportBatch, ImportSource, Note, Phone, Photo, Website, contact_groups,
)

from .. import derived
from ..backup import backup_before
from ..bulk import bulk_writer, phone_forms
from ..dates import local_now
from ..errors import QT_TRANSLATE_NOOP
from ..undoable import pick_batch
from .drafts import SCALAR_FIELDS


@dataclass(frozen=True)
class BatchInfo:
    id: int
    created_at: str
    sources: str
    added: int
    merged: int
    unchanged: int
    problems: int
    undone: bool


def list_batches(db: sessionmaker[Session]) -> list[BatchInfo]:
    with db() as session:
        return [
            BatchInfo(b.id, b.created_at.isoformat(sep=" ", timespec="minutes"), b.sources, b.added, b.merged,
                      b.unchanged, b.problems, b.undone_at is not None)
            for b in session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        ]


def undo_import(db: sessionmaker[Session], batch_id: Optional[int] = None) -> BatchInfo:
    """Undo `batch_id`, or the newest import not undone yet (a backup is made first)."""
    with db() as session:
        _pick(session, batch_id)  # fail before making a pointless backup
    backup_before(db, "undo-import")
    with db.begin() as session:
        batch = _pick(session, batch_id)
        touched = set(session.scalars(select(ImportSource.contact_id).where(ImportSource.batch_id == batch.id)))
        session.execute(delete(Contact).where(Contact.import_batch_id == batch.id))
        lost: set[int] = set()  # stored contacts that lose a number, an email, a group… the import merged in
        for model in (Phone, Email, Address, Website, CustomField, Note, Photo):
            lost.update(session.scalars(delete(model).where(model.import_batch_id == batch.id)
                                        .returning(model.contact_id)))
        lost.update(session.scalars(delete(contact_groups).where(contact_groups.c.import_batch_id == batch.id)
                                    .returning(contact_groups.c.contact_id)))
        session.execute(delete(ImportSource).where(ImportSource.batch_id == batch.id))
        for contact_id, field, value in json.loads(batch.filled_fields or "[]"):
            if field == "phone":  # a number re-read under another region: as it was read before
                phone_id, before, now = value
                raw = session.scalar(select(Phone.raw).where(Phone.id == phone_id, Phone.e164 == now))
                if raw is not None:  # read as before, and shown as before
                    session.execute(update(Phone).where(Phone.id == phone_id)
                                    .values(e164=before, **phone_forms(before or raw)))
            elif field in SCALAR_FIELDS:
                column = getattr(Contact, field)
                session.execute(update(Contact).where(Contact.id == contact_id, column == value).values({field: None}))
        batch.undone_at = local_now()
        survivors = list(session.scalars(select(Contact.id).where(Contact.id.in_(touched))))
        derived.refresh_search_text(session, survivors)
        # Their versions move, as the import's merge moved them (writer.py): whoever opened one before is told.
        bulk_writer(session.connection()).changed(Contact.__table__, lost)
        return BatchInfo(batch.id, batch.created_at.isoformat(sep=" ", timespec="minutes"), batch.sources,
                         batch.added, batch.merged, batch.unchanged, batch.problems, True)


def _pick(session: Session, batch_id: Optional[int]) -> ImportBatch:
    return pick_batch(session, ImportBatch, batch_id,
                      nothing_left=QT_TRANSLATE_NOOP("services", "undo import: there is no import to undo"),
                      missing=QT_TRANSLATE_NOOP("services", "import {id}: no such import"),
                      undone=QT_TRANSLATE_NOOP("services", "import {id}: already undone on {when}"))
