"""The store's side of a sync: contacts read as FieldSets in bulk, and merged fields written back.

Reading is a handful of queries for the whole store (a sync looks at every contact to see what
changed here; at 10,000 contacts that is a fraction of a second), never one query per contact.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Iterable, Optional

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from app.models.portable import insert_for

from app.models import (NOTE_PLAIN, Address, Contact, Email, Group, Interaction, Note, Phone, Photo, utcnow,
                        contact_groups)

from .. import derived
from ..contacts import group_by_name
from ..dates import local_now
from ..names import compose_display_name
from ..phones import normalise
from ..photos import MAX_BYTES
from .fields import FIELD_NAMES, SCALARS, FieldSet, address_key, email_key, phone_key
from .merge import Conflict

_CHUNK = 500


def read_contacts(session: Session, contact_ids: Optional[Iterable[int]] = None) -> dict[int, FieldSet]:
    """Every contact not in the trash (or those of `contact_ids`, trashed or not), as FieldSets."""
    if contact_ids is None:
        # The whole store: one query per table, no IN lists (a sync reads 10,000 contacts in one go).
        return _read(session, Contact.deleted_at.is_(None), lambda model: model.contact_id.in_(
            select(Contact.id).where(Contact.deleted_at.is_(None)).scalar_subquery()))
    ids = sorted(set(contact_ids))
    found: dict[int, FieldSet] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(_read(session, Contact.id.in_(chunk), lambda model, chunk=chunk: model.contact_id.in_(chunk)))
    return found


def _read(session: Session, which_contacts, which_rows) -> dict[int, FieldSet]:
    found: dict[int, FieldSet] = {}
    columns = [getattr(Contact, key) for key in SCALARS]
    for row in session.execute(select(Contact.id, *columns).where(which_contacts)):
        found[row[0]] = FieldSet(scalars={k: v for k, v in zip(SCALARS, row[1:]) if v})
    for pid, cid, raw, e164, ext, label in session.execute(
            select(Phone.id, Phone.contact_id, Phone.raw, Phone.e164, Phone.extension, Phone.label)
            .where(which_rows(Phone)).order_by(Phone.id)):
        found[cid].items["phones"][phone_key(e164 or raw, ext)] = {
            "id": pid, "raw": raw, "e164": e164, "extension": ext, "label": label}
    for eid, cid, address, label in session.execute(
            select(Email.id, Email.contact_id, Email.address, Email.label).where(which_rows(Email)).order_by(Email.id)):
        found[cid].items["emails"][email_key(address)] = {"id": eid, "address": address, "label": label}
    for aid, cid, label, street, city, region, postal_code, country in session.execute(
            select(Address.id, Address.contact_id, Address.label, Address.street, Address.city, Address.region,
                   Address.postal_code, Address.country).where(which_rows(Address)).order_by(Address.id)):
        found[cid].items["addresses"][address_key(label, street, city, region, postal_code, country)] = {
            "id": aid, "label": label, "street": street, "city": city, "region": region,
            "postal_code": postal_code, "country": country}
    for cid, gid, name in session.execute(
            select(contact_groups.c.contact_id, Group.id, Group.name)
            .join(Group, Group.id == contact_groups.c.group_id).where(which_rows(contact_groups.c))):
        found[cid].items["groups"][(name,)] = {"id": gid, "name": name}
    for nid, cid, body in session.execute(
            select(Note.id, Note.contact_id, Note.body)
            .where(which_rows(Note), Note.format == NOTE_PLAIN).order_by(Note.id)):
        if body.strip():
            found[cid].items["notes"][(body.strip(),)] = {"id": nid, "text": body}
    # A fingerprint, not a hash of the whole picture: reading every photo of the store at each
    # sync would cost more than the rest together; a new picture changes its length or its ends.
    for cid, mime, size, head, tail in session.execute(
            select(Photo.contact_id, Photo.mime, func.length(Photo.data), func.substr(Photo.data, 1, 256),
                   func.substr(Photo.data, -256)).where(which_rows(Photo))):
        found[cid].photo = hashlib.sha1(f"{mime}:{size}:".encode() + bytes(head) + bytes(tail)).hexdigest()
    return found


_FINGERPRINT = """
SELECT c.id, c.display_name, c.given_name, c.family_name, c.middle_name, c.prefix, c.suffix, c.nickname,
       c.organization, c.department, c.title, c.birthday,
  (SELECT {agg}(coalesce(e164, raw) || '|' || coalesce(extension, '') || '|' || coalesce(label, ''), {sep}{by_id})
     FROM phones WHERE contact_id = c.id),
  (SELECT {agg}(address || '|' || coalesce(label, ''), {sep}{by_id}) FROM emails WHERE contact_id = c.id),
  (SELECT {agg}(coalesce(label, '') || '|' || coalesce(street, '') || '|' || coalesce(city, '') || '|' ||
                       coalesce(region, '') || '|' || coalesce(postal_code, '') || '|' || coalesce(country, ''), {sep}{by_id})
     FROM addresses WHERE contact_id = c.id),
  (SELECT {agg}(g.name, {sep}{by_g_id}) FROM contact_groups cg JOIN groups g ON g.id = cg.group_id
     WHERE cg.contact_id = c.id),
  (SELECT {agg}(body, {sep}{by_id}) FROM notes WHERE contact_id = c.id AND format = 'plain'),
  (SELECT mime || length(data) || {photo_ends} FROM photos
     WHERE contact_id = c.id)
FROM contacts c WHERE {where}
"""
# The same statement in each database's words: SQLite's group_concat, char() and hex(substr()) are
# PostgreSQL's string_agg, chr() and encode(substring()). A fingerprint is only ever compared with
# one made by the same database, so the two need not agree with each other. SQLite concatenates
# in the order it reads the contact's rows (by id, through the contact_id index); PostgreSQL is told.
_DIALECT_WORDS = {
    "sqlite": {"agg": "group_concat", "sep": "char(31)", "by_id": "", "by_g_id": "",
               "photo_ends": "hex(substr(data, 1, 64)) || hex(substr(data, -64))"},
    "postgresql": {"agg": "string_agg", "sep": "chr(31)", "by_id": " ORDER BY id", "by_g_id": " ORDER BY g.id",
                   "photo_ends": "encode(substring(data from 1 for 64), 'hex') || "
                                 "encode(substring(data from greatest(length(data) - 63, 1)), 'hex')"},
}



def fingerprints(session: Session, contact_ids: Optional[Iterable[int]] = None) -> dict[int, str]:
    """A hash of every synced field of each contact (not in the trash, or of `contact_ids`), gathered by
    SQLite itself: what a sync compares with the status rows to find what changed here. Reading the
    whole store as FieldSets for that took most of a sync with nothing to do at 10,000 contacts."""
    def digest(rows) -> dict[int, str]:
        return {row[0]: hashlib.sha1(repr(tuple(row[1:])).encode()).hexdigest() for row in rows}

    words = _DIALECT_WORDS[session.get_bind().dialect.name]
    if contact_ids is None:
        return digest(session.execute(text(_FINGERPRINT.format(where="c.deleted_at IS NULL", **words))))
    ids = sorted(set(contact_ids))
    found: dict[int, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(digest(session.execute(
            text(_FINGERPRINT.format(where="c.id IN :ids", **words)).bindparams(bindparam("ids", expanding=True)),
            {"ids": chunk})))
    return found


def photo_of(session: Session, contact_id: int) -> Optional[tuple[str, bytes]]:
    photo = session.get(Photo, contact_id)
    return (photo.mime, photo.data) if photo else None


def apply(session: Session, contact_id: int, local: FieldSet, merged: FieldSet, region: str) -> bool:
    """Make the contact hold `merged`; True when something changed."""
    changed = False
    values = {key: merged.scalars.get(key) for key in SCALARS if merged.scalars.get(key) != local.scalars.get(key)}
    if "display_name" in values and not values["display_name"]:
        s = merged.scalars
        values["display_name"] = compose_display_name(
            s.get("given_name"), s.get("family_name"), s.get("middle_name"), nickname=s.get("nickname"),
            organization=s.get("organization")) or local.scalars.get("display_name") or "(no name)"
    if values:
        session.execute(update(Contact).where(Contact.id == contact_id).values(**values, updated_at=utcnow()))
        changed = True
    tables = {"phones": Phone, "emails": Email, "addresses": Address, "notes": Note}
    for kind, model in tables.items():
        gone = [p["id"] for k, p in local.items[kind].items() if k not in merged.items[kind]]
        if gone:
            session.execute(delete(model).where(model.id.in_(gone)))
        new = [p for k, p in merged.items[kind].items() if k not in local.items[kind]]
        for payload in new:
            session.execute(insert(model).values(contact_id=contact_id, **_row(kind, payload, region)))
        relabelled = [(local.items[kind][k]["id"], p.get("label")) for k, p in merged.items[kind].items()
                      if p.get("relabel") and k in local.items[kind]]
        for row_id, label in relabelled:
            session.execute(update(model).where(model.id == row_id).values(label=label))
        changed = changed or bool(gone or new or relabelled)
    gone_groups = [p["id"] for k, p in local.items["groups"].items() if k not in merged.items["groups"]]
    if gone_groups:
        session.execute(delete(contact_groups).where(contact_groups.c.contact_id == contact_id,
                                                     contact_groups.c.group_id.in_(gone_groups)))
    for key in merged.items["groups"]:
        if key not in local.items["groups"]:
            group = group_by_name(session, key[0], create=True)
            session.execute(insert_for(session)(contact_groups).values(contact_id=contact_id, group_id=group.id)
                            .on_conflict_do_nothing())
    changed = changed or bool(gone_groups) or any(k not in local.items["groups"] for k in merged.items["groups"])
    if merged.photo != local.photo:
        if merged.photo_data and len(merged.photo_data[1]) <= MAX_BYTES:
            session.merge(Photo(contact_id=contact_id, mime=merged.photo_data[0], data=merged.photo_data[1]))
            changed = True
        elif merged.photo is None:
            session.execute(delete(Photo).where(Photo.contact_id == contact_id))
            changed = True
    if changed:
        derived.refresh_search_text(session, [contact_id])
    return changed


def _row(kind: str, payload: dict, region: str) -> dict:
    if kind == "phones":
        if "e164" in payload:
            return {"raw": payload["raw"], "e164": payload["e164"], "extension": payload.get("extension"),
                    "label": payload.get("label")}
        number = normalise(payload["raw"], region, payload.get("extension"))
        return {"raw": number.raw, "e164": number.e164, "extension": number.extension, "label": payload.get("label")}
    if kind == "emails":
        return {"address": payload["address"], "address_key": payload["address"].lower(), "label": payload.get("label")}
    if kind == "addresses":
        return {k: payload.get(k) for k in ("label", "street", "city", "region", "postal_code", "country")}
    return {"body": payload["text"], "format": NOTE_PLAIN}


def record_conflicts(session: Session, contact_id: int, book_label: str, conflicts: list[Conflict]) -> None:
    """The value that lost goes into the contact's history, so nothing typed on either side is lost."""
    lines = []
    for c in conflicts:
        what = FIELD_NAMES.get(c.field, c.field)
        if c.field == "photo":
            lines.append(f"photo: the one {'on the phone' if c.other_side == 'server' else 'here'} was replaced")
        else:
            lines.append(f"{what}: kept '{c.kept or ''}'; {'the phone had' if c.other_side == 'server' else 'Rapport had'}"
                         f" '{c.other or ''}'")
    session.add(Interaction(contact_id=contact_id, kind="other", occurred_at=local_now(),
                            summary=f"Sync with {book_label}: changed on both sides", outcome="\n".join(lines)))


def trash(session: Session, contact_ids: list[int]) -> int:
    if not contact_ids:
        return 0
    return session.execute(update(Contact).where(Contact.id.in_(contact_ids), Contact.deleted_at.is_(None))
                           .values(deleted_at=local_now())).rowcount


def group_members(session: Session, by_uid: dict[str, int], group: str, uids: list[str]) -> int:
    """Apple's group card: its members (by UID) join the group of that name."""
    ids = [by_uid[u] for u in uids if u in by_uid]
    if not ids or not group.strip():
        return 0
    gid = group_by_name(session, group, create=True).id
    have = set(session.scalars(select(contact_groups.c.contact_id).where(contact_groups.c.group_id == gid)))
    new = [cid for cid in ids if cid not in have]
    if new:
        session.execute(insert(contact_groups), [{"contact_id": cid, "group_id": gid} for cid in new])
    return len(new)


def uids(session: Session) -> dict[str, int]:
    return {uid: cid for uid, cid in session.execute(select(Contact.uid, Contact.id).where(Contact.uid.is_not(None)))}


def by_id_names(session: Session, ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = defaultdict(str)
    for start in range(0, len(ids), _CHUNK):
        for cid, name in session.execute(select(Contact.id, Contact.display_name)
                                         .where(Contact.id.in_(ids[start : start + _CHUNK]))):
            out[cid] = name
    return out
