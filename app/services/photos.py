"""A customer's photo: one per contact, kept in its own table (list queries never read image bytes)."""
from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from app.models import Photo

from .contacts import load
from .errors import QT_TRANSLATE_NOOP, InvalidValue

MAX_BYTES = 2 * 1024 * 1024  # the window scales pictures down to far less; a vCard of 2 MB photos is no use
# What a photo's first bytes say it is: vCard and every address book carry these.
_SIGNATURES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"GIF87a", "image/gif"),
               (b"GIF89a", "image/gif"))


def image_type(data: bytes) -> str | None:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((mime for magic, mime in _SIGNATURES if data.startswith(magic)), None)


def set_photo(db: sessionmaker[Session], contact_id: int, data: bytes) -> str:
    """Store `data` as the contact's photo (replacing any); returns its type."""
    mime = image_type(data)
    if mime is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "photo: not a JPEG, PNG, GIF or WebP picture"))
    if len(data) > MAX_BYTES:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "photo: {size} KB is too big (at most {limit} KB)"),
                           size=len(data) // 1024, limit=MAX_BYTES // 1024)
    with db.begin() as session:
        load(session, contact_id)
        # Not from an import any more: undoing that import must not take the user's choice away.
        session.merge(Photo(contact_id=contact_id, mime=mime, data=data, import_batch_id=None))
    return mime


def remove_photo(db: sessionmaker[Session], contact_id: int) -> None:
    with db.begin() as session:
        load(session, contact_id)
        session.execute(delete(Photo).where(Photo.contact_id == contact_id))
