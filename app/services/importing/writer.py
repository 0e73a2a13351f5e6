"""Writing an import: every row through the bulk writer (app/services/bulk.py), in the caller's transaction.

New contacts get ids handed out here (max id + 1 onwards) so their child rows
can be written in the same executemany batches; the store has one writer.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable, Optional

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.models.portable import ids_written, lock_for_new_ids

from app.models import (
    SOURCE_FINGERPRINT, SOURCE_UID, Address, Contact, CustomField, Email, Group, ImportSource, Note, Phone, Photo,
    Website, contact_groups,
)

from ..bulk import IMPORT_CACHE_KIB, bulk_writer, phone_forms  # noqa: F401 - IMPORT_CACHE_KIB: bench/storage_bench.py
from ..dates import local_now
from ..derived import build_search_text, contact_sort_name
from ..desk.language import guess_language
from .drafts import Draft


@dataclass
class Rows:
    """Rows to insert, table by table."""

    contacts: list[dict] = field(default_factory=list)
    phones: list[dict] = field(default_factory=list)
    emails: list[dict] = field(default_factory=list)
    addresses: list[dict] = field(default_factory=list)
    websites: list[dict] = field(default_factory=list)
    custom: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)
    photos: list[dict] = field(default_factory=list)
    memberships: list[tuple[int, str]] = field(default_factory=list)  # (contact id, group name)
    sources: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, key) -> contact id
    filled: list[dict] = field(default_factory=list)  # {"id", field: value} for stored contacts
    touched: set[int] = field(default_factory=set)  # stored contacts that gained something
    renumbered: list[tuple[int, int, Optional[str], str]] = field(default_factory=list)
    # (contact id, phone id, e164 before, e164 now): numbers re-read under another region


SOURCE_COLUMNS = ("kind", "key", "contact_id", "batch_id")


def add_children(rows: Rows, contact_id: int, draft: Draft, batch_id: int) -> None:
    for phone, label in draft.phones:
        rows.phones.append({"contact_id": contact_id, "raw": phone.raw, "e164": phone.e164,
                            "extension": phone.extension, "label": label, "import_batch_id": batch_id})
    for address, label in draft.emails:
        rows.emails.append({"contact_id": contact_id, "address": address, "address_key": address.lower(),
                            "label": label, "import_batch_id": batch_id})
    for a in draft.addresses:
        rows.addresses.append({"contact_id": contact_id, "label": a.label, "street": a.street, "city": a.city,
                               "region": a.region, "postal_code": a.postal_code, "country": a.country,
                               "import_batch_id": batch_id})
    for url, label in draft.websites:
        rows.websites.append({"contact_id": contact_id, "url": url, "label": label, "import_batch_id": batch_id})
    for name, value in draft.custom:
        rows.custom.append({"contact_id": contact_id, "name": name, "value": value, "import_batch_id": batch_id})
    for body in draft.notes:
        rows.notes.append({"contact_id": contact_id, "body": body, "format": "plain", "import_batch_id": batch_id})
    if draft.photo:
        rows.photos.append({"contact_id": contact_id, "mime": draft.photo[0], "data": draft.photo[1],
                            "import_batch_id": batch_id})
    for name in draft.groups:
        rows.memberships.append((contact_id, name))


def register_source(rows: Rows, draft: Draft, contact_id: int) -> None:
    if draft.record.fingerprint:
        rows.sources.setdefault((SOURCE_FINGERPRINT, draft.record.fingerprint), contact_id)
    if draft.record.uid:
        rows.sources.setdefault((SOURCE_UID, draft.record.uid), contact_id)


def new_contact_row(contact_id: int, draft: Draft, batch_id: int) -> dict:
    now = local_now()
    row = {"id": contact_id, "display_name": draft.display_name, "uid": draft.record.uid,
           "import_batch_id": batch_id, "created_at": now, "updated_at": now, "status": "active"}
    for key in ("given_name", "family_name", "middle_name", "prefix", "suffix", "nickname", "phonetic_given_name",
                "phonetic_family_name", "organization", "department", "title", "gender", "birthday", "anniversary",
                "lunar_birthday"):
        row[key] = draft.scalars.get(key)
    lunar_columns(row)
    row["language"] = guess_language([draft.display_name, row["given_name"], row["family_name"]],
                                     [p.e164 for p, _ in draft.phones], [a.country for a in draft.addresses])
    row["sort_name"] = contact_sort_name(row)
    row["search_text"] = build_search_text(
        row, [p.raw for p, _ in draft.phones] + [p.e164 for p, _ in draft.phones if p.e164],
        [e for e, _ in draft.emails], draft.notes,
    )
    return row


def lunar_columns(values: dict) -> dict:
    """A parsed lunar birthday ("08-15", "04-18L" in a leap month) as the two columns that keep it."""
    lunar = values.get("lunar_birthday")
    if "lunar_birthday" in values or "lunar_leap" not in values:
        values["lunar_leap"] = bool(lunar and lunar.endswith("L"))
    if lunar:
        values["lunar_birthday"] = lunar[:5]
    return values


def next_contact_id(session: Session) -> int:
    """The first id of a block of new contacts (written with their ids: children point at them before
    the insert). write() moves PostgreSQL's id sequence past the block."""
    lock_for_new_ids(session, Contact.__tablename__)
    return (session.scalar(select(func.max(Contact.id))) or 0) + 1


def write(session: Session, rows: Rows, batch_id: int, check_cancel: Callable[[], None]) -> None:
    # Rows as tuples through the database's bulk writer: the driver's executemany on SQLite.
    writer = bulk_writer(session.connection())
    tables = ((Contact, rows.contacts), (Phone, rows.phones), (Email, rows.emails), (Address, rows.addresses),
              (Website, rows.websites), (CustomField, rows.custom), (Note, rows.notes), (Photo, rows.photos))
    writer.expect(len(rows.contacts) + len(rows.phones))
    # Looked up while writing: links by group (the memberships below), rows by contact (none yet, kept anyway).
    with writer.loading([*(model.__table__ for model, _ in tables), contact_groups, ImportSource.__table__],
                        sum(len(table_rows) for _, table_rows in tables) + len(rows.sources),
                        lookups=("contact_id", "group_id")):
        _write(session, writer, rows, tables, batch_id, check_cancel)


def _write(session: Session, writer, rows: Rows, tables, batch_id: int, check_cancel: Callable[[], None]) -> None:
    for model, table_rows in tables:
        check_cancel()
        if table_rows:
            columns = list(table_rows[0])
            writer.insert(model.__table__, columns, (tuple(row[c] for c in columns) for row in table_rows))
    if rows.contacts:
        ids_written(session.connection(), Contact.__tablename__)  # PostgreSQL's id sequence past them
    if rows.memberships:
        ids = _group_ids(session, sorted({name for _, name in rows.memberships}))
        existing: set[tuple[int, int]] = set()
        for chunk in _chunks(list(ids.values())):
            existing.update(tuple(row) for row in session.execute(
                select(contact_groups.c.contact_id, contact_groups.c.group_id)
                .where(contact_groups.c.group_id.in_(chunk))))
        links = {(cid, ids[name]) for cid, name in rows.memberships} - existing
        if links:
            session.execute(insert(contact_groups), [
                {"contact_id": cid, "group_id": gid, "import_batch_id": batch_id} for cid, gid in sorted(links)])
    if rows.sources:
        # A UID seen before (on another card) keeps pointing at its first contact.
        writer.insert_missing(ImportSource.__table__, SOURCE_COLUMNS,
                              ((kind, key, cid, batch_id) for (kind, key), cid in rows.sources.items()),
                              key=("kind", "key"))
    for _cid, phone_id, _before, e164 in rows.renumbered:
        session.execute(update(Phone).where(Phone.id == phone_id).values(e164=e164, **phone_forms(e164)))
    if rows.filled:
        for row in rows.filled:  # few: only empty fields of stored contacts that this import filled
            cid = row["id"]
            session.execute(update(Contact).where(Contact.id == cid).values(
                lunar_columns({k: v for k, v in row.items() if k != "id"})))
    _versions_move(writer, rows)


def _versions_move(writer, rows: Rows) -> None:
    """A stored contact that gained a number, an email, a group… from this import was changed: its
    version moves (app/services/team/versions.py), so someone who opened it before is told, as after
    a change made in the window. The bulk inserts above do not flush through the ORM, which would
    have moved it; a filled field's UPDATE did already."""
    filled = {row["id"] for row in rows.filled}
    writer.changed(Contact.__table__, rows.touched - filled)


def _chunks(items: list, size: int = 500):
    """Look-ups in slices: SQLite refuses a statement with more than 32,766 parameters."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _group_ids(session: Session, names: list[str]) -> dict[str, int]:
    """Group name -> id, creating the groups not there yet in one insert (a card may bring
    100,000 categories: a flush per new group took minutes)."""
    ids: dict[str, int] = {}
    for chunk in _chunks(names):
        ids.update((name, gid) for name, gid in session.execute(select(Group.name, Group.id).where(Group.name.in_(chunk))))
    new = [{"name": name} for name in names if name not in ids]
    if new:
        session.execute(insert(Group.__table__), new)
        for chunk in _chunks([row["name"] for row in new]):
            ids.update((name, gid) for name, gid in session.execute(select(Group.name, Group.id).where(Group.name.in_(chunk))))
    return ids


def filled_json(rows: Rows) -> Optional[str]:
    """What undo puts back: [contact id, field, value] for a field filled, [contact id, "phone",
    [phone id, e164 before, e164 now]] for a number re-read."""
    if not rows.filled and not rows.renumbered:
        return None
    return json.dumps([[row["id"], key, value] for row in rows.filled for key, value in row.items() if key != "id"]
                      + [[cid, "phone", [phone_id, before, now]] for cid, phone_id, before, now in rows.renumbered],
                      ensure_ascii=False)
