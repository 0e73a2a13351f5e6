"""Notes on a contact: plain text or sanitised HTML, pinned ones first."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import NOTE_HTML, NOTE_PLAIN, Note

from . import derived
from .contacts import load
from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound, ServiceError
from .html_nesting import MAX_DEPTH, MAX_NESTED
from .sanitise import sanitise_html, sanitise_note


class NoteFlattened(ServiceError):
    """Not raised: told beside a note that was saved with its deepest nesting flattened."""


@dataclass(frozen=True)
class SavedNote:
    id: int
    flattened: Optional[NoteFlattened] = None  # the note nested too deep and says so


def _clean(body: str, html: bool) -> tuple[str, Optional[NoteFlattened]]:
    flattened = None
    if html:
        cleaned = sanitise_note(body, redraw_pictures=True)
        body = cleaned.html
        if cleaned.cut:
            flattened = NoteFlattened(QT_TRANSLATE_NOOP("services", "note: it nested deeper than Rapport shows "
                                                                    "(more than {tables} tables, {lists} lists or "
                                                                    "{quotes} quotes one inside another, or {depth} "
                                                                    "levels in all); the deeper levels were "
                                                                    "flattened, their text kept"),
                                      tables=MAX_NESTED["table"], lists=MAX_NESTED["ul"],
                                      quotes=MAX_NESTED["blockquote"], depth=MAX_DEPTH)
    if not derived.plain_text(body, NOTE_HTML if html else NOTE_PLAIN).strip() and "<img" not in body:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "note: the note is empty"))
    return body, flattened


def add_note(db: sessionmaker[Session], contact_id: int, body: str, *, html: bool = False,
             pinned: bool = False) -> SavedNote:
    body, flattened = _clean(body, html)
    with db.begin() as session:
        load(session, contact_id)
        note = Note(contact_id=contact_id, body=body, format=NOTE_HTML if html else NOTE_PLAIN, pinned=pinned)
        session.add(note)
        session.flush()
        derived.refresh_search_text(session, [contact_id])
        return SavedNote(note.id, flattened)


def update_note(db: sessionmaker[Session], note_id: int, body: str) -> Optional[NoteFlattened]:
    with db.begin() as session:
        note = _get(session, note_id)
        note.body, flattened = _clean(body, note.format == NOTE_HTML)
        session.flush()
        derived.refresh_search_text(session, [note.contact_id])
        return flattened


def set_pinned(db: sessionmaker[Session], note_id: int, pinned: bool) -> None:
    with db.begin() as session:
        _get(session, note_id).pinned = pinned


def delete_note(db: sessionmaker[Session], note_id: int) -> None:
    with db.begin() as session:
        note = _get(session, note_id)
        contact_id = note.contact_id
        session.delete(note)
        session.flush()
        derived.refresh_search_text(session, [contact_id])


def list_notes(db: sessionmaker[Session], contact_id: int) -> list[Note]:
    """Pinned first, then newest first. HTML is sanitised again on the way out."""
    with db() as session:
        notes = list(
            session.scalars(
                select(Note).where(Note.contact_id == contact_id)
                .order_by(Note.pinned.desc(), Note.created_at.desc(), Note.id.desc())
            )
        )
        for note in notes:
            if note.format == NOTE_HTML:
                note.body = sanitise_html(note.body)
            session.expunge(note)
        return notes


def _get(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "note {id}: no such note"), id=note_id)
    return note
