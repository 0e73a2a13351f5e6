"""Who is who: match incoming records against the store and against each other.

A record is the same contact as a stored one when it was seen before (same
UID, or the same card or row as an earlier import), or when a valid number
(E.164 + extension) or an email matches and the names do not conflict. A
shared number with different names (a switchboard, a family landline) makes a
merge suggestion instead of a silent merge.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

from ..names import name_tokens, names_compatible

# app.models' SOURCE_UID and SOURCE_FINGERPRINT (import_sources.kind), here without loading the models
# (tests/services/importing/test_quick_import.py checks they are the same).
SOURCE_UID, SOURCE_FINGERPRINT = "uid", "fingerprint"


@dataclass
class Suggestion:
    """Two contacts that share a number or email but not a name: for the user to decide."""

    position: int  # the record in the file
    line: Optional[int]
    record_name: str
    contact_id: Optional[int]  # a stored contact, or None when the other one is new in this import
    contact_name: str
    shared: str  # the number or email they share


@dataclass
class StoreIndex:
    """What matching needs from the store, read once per import (a few queries, not one per record)."""

    by_source: dict[tuple[str, str], int] = field(default_factory=dict)
    by_phone: dict[str, list[int]] = field(default_factory=dict)
    by_email: dict[str, list[int]] = field(default_factory=dict)
    names: dict[int, frozenset[str]] = field(default_factory=dict)
    display: dict[int, str] = field(default_factory=dict)
    trashed: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session) -> "StoreIndex":
        from sqlalchemy import select  # here: the sqlite3 import path (quick.py) fills an index without them

        from app.models import Contact, Email, ImportSource, Phone

        index = cls()
        for kind, key, contact_id in session.execute(select(ImportSource.kind, ImportSource.key, ImportSource.contact_id)):
            index.by_source[(kind, key)] = contact_id
        for e164, ext, contact_id in session.execute(
            select(Phone.e164, Phone.extension, Phone.contact_id).where(Phone.e164.is_not(None))
        ):
            index.by_phone.setdefault(e164 + (f";ext={ext}" if ext else ""), []).append(contact_id)
        for key, contact_id in session.execute(select(Email.address_key, Email.contact_id)):
            index.by_email.setdefault(key, []).append(contact_id)
        for cid, display, given, family, deleted in session.execute(
            select(Contact.id, Contact.display_name, Contact.given_name, Contact.family_name, Contact.deleted_at)
        ):
            index.names[cid] = name_tokens(display, given, family)
            index.display[cid] = display
            if deleted is not None:
                index.trashed.add(cid)
        return index


# A match target is ("stored", contact id) or ("new", index into this import's new contacts).
Target = tuple[str, int]


class Matcher:
    def __init__(self, index: StoreIndex) -> None:
        self.index = index
        # Contacts this import creates, so one person twice in a file becomes one contact. Kept for
        # every new contact of the file, so kept small: a key's contact as an int (a list only when a
        # key has several), a name's words as one string (a frozenset and its words were three
        # times the size), made a set again only when a key is shared.
        self.new_by_key: dict[str, int | list[int]] = {}
        self.new_names: list[str] = []
        self.new_display: list[str] = []
        self.suggestions: list[Suggestion] = []

    def seen_before(self, uid: Optional[str], fingerprint: Optional[str]) -> tuple[Optional[int], bool]:
        """(stored contact, whether this very card/row was read before)."""
        if fingerprint and (SOURCE_FINGERPRINT, fingerprint) in self.index.by_source:
            return self.index.by_source[(SOURCE_FINGERPRINT, fingerprint)], True
        if uid and (SOURCE_UID, uid) in self.index.by_source:
            return self.index.by_source[(SOURCE_UID, uid)], False
        return None, False

    def match(self, keys: list[str], names: frozenset[str], position: int, line: Optional[int], display: str) -> Optional[Target]:
        """The contact that shares a key (phone or email) and a compatible name, if any."""
        suggested: set[Target] = set()
        for key in keys:
            for cid in self.index.by_phone.get(key, ()) if not key.startswith("mailto:") else self.index.by_email.get(key[7:], ()):
                if cid in self.index.trashed:
                    continue
                if names_compatible(names, self.index.names.get(cid, frozenset())):
                    return ("stored", cid)
                if ("stored", cid) not in suggested:
                    suggested.add(("stored", cid))
                    self.suggestions.append(Suggestion(position, line, display, cid, self.index.display.get(cid, ""), key.removeprefix("mailto:")))
            bucket = self.new_by_key.get(key, ())
            for new_id in (bucket,) if type(bucket) is int else bucket:
                if names_compatible(names, _unpacked(self.new_names[new_id])):
                    return ("new", new_id)
                if ("new", new_id) not in suggested:
                    suggested.add(("new", new_id))
                    self.suggestions.append(Suggestion(position, line, display, None, self.new_display[new_id], key.removeprefix("mailto:")))
        return None

    def add_new(self, keys: list[str], names: frozenset[str], display: str) -> int:
        new_id = len(self.new_names)
        self.new_names.append(_SEP.join(names))
        self.new_display.append(display)
        self.remember(("new", new_id), keys)
        return new_id

    def remember(self, target: Target, keys: list[str]) -> None:
        if target[0] == "new":
            new_id, by_key = target[1], self.new_by_key
            for key in keys:
                bucket = by_key.get(key)
                if bucket is None:
                    by_key[key] = new_id
                elif type(bucket) is int:
                    if bucket != new_id:
                        by_key[key] = [bucket, new_id]
                elif new_id not in bucket:
                    bucket.append(new_id)
        else:
            for key in keys:
                table = self.index.by_email if key.startswith("mailto:") else self.index.by_phone
                bucket = table.setdefault(key.removeprefix("mailto:"), [])
                if target[1] not in bucket:
                    bucket.append(target[1])


_SEP = "\x1f"  # between a name's words: they are runs of letters and digits (names.name_tokens), never this


def _unpacked(names: str) -> frozenset[str]:
    return frozenset(names.split(_SEP)) if names else frozenset()
