"""Finding the batch an "undo" means: the one named, or the newest not undone yet.

Imports and tier applications are both undone as whole batches (a table with `id` and `undone_at`).
"""
from __future__ import annotations

from typing import Optional, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import InvalidValue, NotFound

B = TypeVar("B")


def pick_batch(session: Session, model: type[B], batch_id: Optional[int], *, nothing_left: str, missing: str,
               undone: str) -> B:
    """The messages are the caller's templates (marked with QT_TRANSLATE_NOOP): `nothing_left` when no
    batch is left to undo, `missing` ({id}) when the one named does not exist, `undone` ({id}, {when})
    when it was undone already."""
    if batch_id is None:
        batch = session.scalars(
            select(model).where(model.undone_at.is_(None)).order_by(model.id.desc()).limit(1)).first()
        if batch is None:
            raise NotFound(nothing_left)
        return batch
    batch = session.get(model, batch_id)
    if batch is None:
        raise NotFound(missing, id=batch_id)
    if batch.undone_at is not None:
        raise InvalidValue(undone, id=batch_id, when=f"{batch.undone_at:%Y-%m-%d %H:%M}")
    return batch
