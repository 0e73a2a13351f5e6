"""A contact's phones, emails, addresses, websites, custom fields and photo are the contact: a flush
that adds, changes or removes one of them changes the contact's row too, so its version moves.

The version is how two people editing one customer are told of each other (app/services/team/
versions.py): the ORM bumps `version_id` when it updates the contact's row, and checks it there
(version_id_col). These rows live in tables of their own, so a change to only a phone used to leave
the contact's row, and its version, as they were: one person's new number could be overwritten by
another's who never saw it. Here, before every flush, such a change stamps the contact's
`updated_at` (and so `updated_by`, the author), and the ORM's own version check and bump follow:
one place for every service, none of them need remember it. Core statements are not flushes: the
few that change a contact that way move its version themselves (an import's bulk rows through the
bulk writer's `changed`, app/services/importing/writer.py, and its undoing, undo.py; a group's links,
app/services/groups.py).
"""
from __future__ import annotations

from itertools import chain

from sqlalchemy import event
from sqlalchemy.orm import Session

from .base import utcnow
from .contact import Address, Contact, CustomField, Email, Phone, Photo, Website

PARTS = (Phone, Email, Address, Website, CustomField, Photo)


@event.listens_for(Session, "before_flush")
def _parts_change_their_contact(session: Session, _context, _instances) -> None:
    changed: dict[int, Contact] = {}
    for row in chain(session.new, session.dirty, session.deleted):
        if not isinstance(row, PARTS):
            continue
        if row in session.dirty and not session.is_modified(row, include_collections=False):
            continue  # loaded and looked at, not changed
        contact = row.contact  # a new row made by id alone (Photo(contact_id=…)) has none yet: by its id
        if contact is None and row.contact_id is not None:
            contact = session.get(Contact, row.contact_id)
        if contact is None or contact in session.new or contact in session.deleted:
            continue  # a new contact starts at its first version; a deleted one has none
        changed[id(contact)] = contact
    for contact in changed.values():
        contact.updated_at = utcnow()
