"""Cards new to the store: linked to the contact they already are, or added as new contacts.

Both through the import's own machinery: its matching (same UID, the same card imported before,
or a valid number or email with compatible names) and its writer (bulk inserts, one batch that
File → Past imports lists). A match is linked, never copied, so the first sync of a phone whose
contacts were imported from a file adds no duplicate.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, ImportBatch

from ..importing.matching import Matcher, StoreIndex
from ..importing.writer import Rows, add_children, new_contact_row, next_contact_id, register_source, write
from .cards import RemoteCard


def find_matches(session: Session, cards: list[RemoteCard], linked: set[int]) -> list[Optional[int]]:
    """For each card, the stored contact it is (None: a new one). A contact is linked to one card at most,
    and never to one in the trash."""
    index = StoreIndex.load(session)
    matcher = Matcher(index)
    by_uid = {uid: cid for uid, cid in session.execute(
        select(Contact.uid, Contact.id).where(Contact.uid.is_not(None), Contact.deleted_at.is_(None)))}
    taken = set(linked)
    found: list[Optional[int]] = []
    for position, card in enumerate(cards, 1):
        draft = card.draft
        contact_id = by_uid.get(card.uid) if card.uid else None
        if contact_id is None:
            contact_id, _ = matcher.seen_before(draft.record.uid, draft.record.fingerprint)
        if contact_id is None:
            target = matcher.match(draft.keys, draft.names, position, None, draft.display_name)
            contact_id = target[1] if target and target[0] == "stored" else None
        if contact_id is not None and (contact_id in taken or contact_id in index.trashed):
            contact_id = None
        if contact_id is not None:
            taken.add(contact_id)
        found.append(contact_id)
    return found


def create_contacts(session: Session, label: str, cards: list[RemoteCard]) -> list[int]:
    """New contacts for `cards`, in their order, as one import batch."""
    if not cards:
        return []
    batch = ImportBatch(sources=f"CardDAV: {label}", added=len(cards))
    session.add(batch)
    session.flush()
    rows = Rows()
    first = next_contact_id(session)
    ids = []
    for offset, card in enumerate(cards):
        contact_id = first + offset
        row = new_contact_row(contact_id, card.draft, batch.id)
        row["uid"] = card.uid
        rows.contacts.append(row)
        add_children(rows, contact_id, card.draft, batch.id)
        register_source(rows, card.draft, contact_id)
        ids.append(contact_id)
    write(session, rows, batch.id, lambda: None)  # search text and sort name are built with the rows
    return ids
