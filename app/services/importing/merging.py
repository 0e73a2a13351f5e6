"""Merging what an import read into contacts: another record of a new contact, or a stored contact.

Shared by the streaming import (stream.py) and the reference path (reference.py), so both merge
by the same rules: never overwrite what the user typed, keep everything once.
"""
from __future__ import annotations

from typing import Callable, Hashable, Iterable, Optional, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Address, Contact, CustomField, Email, Group, Note, Phone, Photo, Website, contact_groups

from .drafts import SCALAR_FIELDS, Draft
from .writer import Rows, add_children, register_source


def read_numbers_again(session: Session, seen_again: dict[int, list[Draft]], rows: Rows,
                       done: Optional[set[int]] = None) -> set[int]:
    """The same cards imported again, perhaps under another region (the first import read a Chinese
    phone's numbers as American): a number that import stored reads now as a valid number it did
    not before, so it is updated in place (no second contact, no stale invalid number). Numbers the
    user typed are left alone. Returns the contacts whose numbers changed."""
    ids = list(seen_again)
    changed: set[int] = set()
    done = set() if done is None else done  # phone ids (kept across calls by a streaming import)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stored: dict[tuple[int, str], list[tuple[int, Optional[str]]]] = {}
        for phone_id, cid, raw, e164 in session.execute(
                select(Phone.id, Phone.contact_id, Phone.raw, Phone.e164)
                .where(Phone.contact_id.in_(chunk), Phone.import_batch_id.is_not(None))):
            stored.setdefault((cid, raw), []).append((phone_id, e164))
        for cid in chunk:
            for draft in seen_again[cid]:
                for phone, _label in draft.phones:
                    for phone_id, e164 in stored.get((cid, phone.raw), []):
                        if phone.e164 and phone.e164 != e164 and phone_id not in done:
                            done.add(phone_id)
                            rows.renumbered.append((cid, phone_id, e164, phone.e164))
                            changed.add(cid)
    rows.touched |= changed
    return changed


def merge_draft(into: Draft, other: Draft) -> None:
    """Two records of one new contact in the same import: keep everything, once."""
    for key, value in other.scalars.items():
        into.scalars.setdefault(key, value)
    # Sets, not membership tests on lists: two cards of 100,000 categories each must not take minutes.
    def phone_key(p):
        return p[0].match_key or p[0].raw

    into.phones += unseen(other.phones, set(map(phone_key, into.phones)), phone_key)
    into.emails += unseen(other.emails, {e.lower() for e, _ in into.emails}, lambda e: e[0].lower())
    into.addresses += unseen(other.addresses, set(map(address_key, into.addresses)), address_key)
    into.websites += unseen(other.websites, set(into.websites))
    into.groups += unseen(other.groups, set(into.groups))
    into.custom += unseen(other.custom, set(into.custom))
    into.notes += unseen(other.notes, set(into.notes))
    into.photo = into.photo or other.photo
    into.merged_from.append(other)


T = TypeVar("T")


def address_key(a) -> tuple:
    return a.street, a.city, a.region, a.postal_code, a.country


def unseen(items: Iterable[T], seen: set, key: Callable[[T], Hashable] = lambda item: item) -> list[T]:
    """The items whose key is not in `seen` yet, adding their keys to it."""
    fresh = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            fresh.append(item)
    return fresh


def merge_into_stored(session: Session, targets: dict[int, list[Draft]], rows: Rows, batch_id: int) -> tuple[int, int]:
    """Add what is new to stored contacts, never overwriting what the user typed. Returns (merged, unchanged)."""
    if not targets:
        return 0, 0
    ids = list(targets)
    existing = existing_of(session, ids)
    merged = unchanged = 0
    for cid, drafts in targets.items():
        have = existing[cid]
        gained = False
        filled: dict = {}
        for draft in drafts:
            register_source(rows, draft, cid)
            extra = Draft(draft.record, draft.display_name, {})
            for key, value in draft.scalars.items():
                if not have["scalars"].get(key) and key not in filled:
                    filled[key] = value
            extra.phones = unseen(draft.phones, have["phones"], lambda p: p[0].match_key or p[0].raw)
            extra.emails = unseen(draft.emails, have["emails"], lambda e: e[0].lower())
            extra.addresses = unseen(draft.addresses, have["addresses"], address_key)
            extra.websites = unseen(draft.websites, have["websites"], lambda w: w[0])
            extra.custom = unseen(draft.custom, have["custom"])
            extra.notes = unseen(draft.notes, have["notes"])
            extra.groups = unseen(draft.groups, have["groups"])
            if draft.photo and not have["photo"]:
                have["photo"] = True
                extra.photo = draft.photo
            if extra.phones or extra.emails or extra.addresses or extra.websites or extra.custom or extra.notes \
                    or extra.groups or extra.photo:
                gained = True
                add_children(rows, cid, extra, batch_id)
        if filled:
            rows.filled.append({"id": cid, **filled})
            gained = True
        if gained:
            rows.touched.add(cid)
            merged += 1
        else:
            unchanged += 1
    return merged, unchanged


def existing_of(session: Session, ids: list[int]) -> dict[int, dict]:
    have: dict[int, dict] = {
        cid: {"scalars": {}, "phones": set(), "emails": set(), "addresses": set(), "websites": set(),
              "custom": set(), "notes": set(), "groups": set(), "photo": False}
        for cid in ids
    }
    columns = [getattr(Contact, key) for key in SCALAR_FIELDS]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(select(Contact.id, *columns).where(Contact.id.in_(chunk))):
            have[row[0]]["scalars"] = dict(zip(SCALAR_FIELDS, row[1:]))
        for cid, raw, e164, ext in session.execute(
                select(Phone.contact_id, Phone.raw, Phone.e164, Phone.extension).where(Phone.contact_id.in_(chunk))):
            have[cid]["phones"].update({raw, e164 + (f";ext={ext}" if ext else "")} if e164 else {raw})
        for cid, key in session.execute(select(Email.contact_id, Email.address_key).where(Email.contact_id.in_(chunk))):
            have[cid]["emails"].add(key)
        for cid, *key in session.execute(select(Address.contact_id, Address.street, Address.city, Address.region,
                                                Address.postal_code, Address.country).where(Address.contact_id.in_(chunk))):
            have[cid]["addresses"].add(tuple(key))
        for cid, url in session.execute(select(Website.contact_id, Website.url).where(Website.contact_id.in_(chunk))):
            have[cid]["websites"].add(url)
        for cid, name, value in session.execute(
                select(CustomField.contact_id, CustomField.name, CustomField.value).where(CustomField.contact_id.in_(chunk))):
            have[cid]["custom"].add((name, value))
        for cid, body in session.execute(select(Note.contact_id, Note.body).where(Note.contact_id.in_(chunk))):
            have[cid]["notes"].add(body)
        for cid, name in session.execute(
                select(contact_groups.c.contact_id, Group.name).join(Group, Group.id == contact_groups.c.group_id)
                .where(contact_groups.c.contact_id.in_(chunk))):
            have[cid]["groups"].add(name)
        for (cid,) in session.execute(select(Photo.contact_id).where(Photo.contact_id.in_(chunk))):
            have[cid]["photo"] = True
    return have
