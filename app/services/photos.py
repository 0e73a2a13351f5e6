"""A customer's photo: one per contact, kept in its own table (list queries never read image bytes)."""
from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from app.models import Photo

from .contacts import load
from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .images import clean_image, image_type
from .team.versions import refuse_stale

__all__ = ["MAX_BYTES", "image_type", "set_photo", "remove_photo"]

MAX_BYTES = 2 * 1024 * 1024  # the window scales pictures down to far less; a vCard of 2 MB photos is no use


@refuse_stale  # it moves the contact's version (app/models/contact_parts.py)
def set_photo(db: sessionmaker[Session], contact_id: int, data: bytes) -> str:
    """Store `data` as the contact's photo (replacing any), decoded and written anew (see images.py);
    returns its type."""
    if image_type(data) is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "photo: not a JPEG, PNG, GIF or WebP picture"))
    if len(data) > MAX_BYTES:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "photo: {size} KB is too big (at most {limit} KB)"),
                           size=len(data) // 1024, limit=MAX_BYTES // 1024)
    mime, data = clean_image(data)
    with db.begin() as session:
        load(session, contact_id)
        # Not from an import any more: undoing that import must not take the user's choice away.
        session.merge(Photo(contact_id=contact_id, mime=mime, data=data, import_batch_id=None))
    return mime


@refuse_stale  # it moves the contact's version (app/models/contact_parts.py)
def remove_photo(db: sessionmaker[Session], contact_id: int) -> None:
    with db.begin() as session:
        load(session, contact_id)
        photo = session.get(Photo, contact_id)
        if photo is not None:  # deleted through the ORM, so the flush moves the contact's version
            session.delete(photo)
