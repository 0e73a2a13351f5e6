"""No silent overwrite: a save made over a version of a contact newer than the one its author loaded
is refused, with, for each field, what this person typed and what is stored now.

Every contact carries a version (app/models/contact.py). A caller that loaded the contact earlier (the
customer file, `rapport edit`) says which version it saw and the values it saw then (`was`); a field
someone else has not changed since is no conflict, and is saved over the newer version as it is.
A field both changed, differently, is refused. Inside one short transaction the ORM makes the same
check at the UPDATE (version_id_col): another process that saved in between makes it raise
StaleDataError, which `refuse_stale` turns into the same ContactConflict. This module is the one
place that does.
"""
from __future__ import annotations

import functools
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Iterator, Mapping, Optional, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.models import Contact

from ..errors import QT_TRANSLATE_NOOP, ServiceError, Term


class Labelled(str):
    """A phone, email, address or website as one line with its label, "612 345 678 (Mobile)": the
    text every comparison and message uses, which keeps its parts, so that a window can show the
    label in the user's language ("Mobile" is stored as the importers write it), as its file does."""

    text: str
    label: Optional[str]

    def __new__(cls, text: str, label: Optional[str]) -> "Labelled":
        value = super().__new__(cls, f"{text} ({label})" if label else text)
        value.text, value.label = text, label
        return value

    def __reduce__(self):  # copied or pickled, it keeps its parts
        return Labelled, (self.text, self.label)


@dataclass(frozen=True)
class FieldConflict:
    field: str  # a column of contacts: contacts.TEXT_FIELDS, DATE_FIELDS, language, owner…
    mine: Any  # what this person saved (a phone, email…: a Labelled)
    theirs: Any  # what is stored now


class ContactConflict(ServiceError):
    """Someone else saved the contact first; nothing was saved (params: contact_id, name, who, when,
    differences, conflicts: list[FieldConflict], version: the version now stored)."""

    @property
    def contact_id(self) -> int:
        return self.params.get("contact_id", 0)

    @property
    def conflicts(self) -> list[FieldConflict]:
        return list(self.params.get("conflicts", []))

    @property
    def version(self) -> Optional[int]:
        return self.params.get("version")

    @property
    def changed_by(self) -> Optional[str]:
        return self.params.get("changed_by")

    @property
    def changed_at(self) -> Optional[datetime]:
        return self.params.get("changed_at")


def check(contact: Contact, version: Optional[int], mine: Mapping[str, Any],
          was: Optional[Mapping[str, Any]] = None) -> None:
    """Refuse saving `mine` on `contact` (as stored now) when the author loaded `version` and someone
    has since changed one of these fields to something else. Nothing happens when `version` is None
    (the caller loaded the contact in this same transaction) or still current."""
    if version is None or contact.version_id == version:
        return
    conflicts = differences(contact, mine, was)
    if conflicts:
        raise conflict(contact, conflicts)


def check_part(contact: Contact, version: Optional[int], part: str, mine: Any, seen: Any, stored: Any) -> None:
    """Refuse changing one of the contact's own rows (a phone, an email…: `part`) to `mine` when the
    author loaded `version`, someone has saved the contact since (such a row moves the version too:
    app/models/contact_parts.py) and the row is no longer what the author saw (`seen`; `stored` now).
    Another row changed meanwhile is no conflict: this change is saved over it as it is."""
    if version is None or contact.version_id == version or _same(stored, seen):
        return
    raise conflict(contact, [FieldConflict(part, mine, stored)])


def differences(contact: Contact, mine: Mapping[str, Any], was: Optional[Mapping[str, Any]]) -> list[FieldConflict]:
    """The fields of `mine` whose stored value is neither what this person saves nor (when `was` says
    what they loaded) what they saw: the ones someone else changed differently."""
    found = []
    for name, value in mine.items():
        stored = getattr(contact, name)
        if _same(stored, value):
            continue
        if was is not None and name in was and _same(stored, was[name]):
            continue  # nobody else touched it: this save is the only change
        found.append(FieldConflict(name, value, stored))
    return found


def _same(a: Any, b: Any) -> bool:
    """Stored and typed values compared as the user sees them: blank and None are the same."""
    def norm(x: Any) -> Any:
        return (x.strip() or None) if isinstance(x, str) else x
    return norm(a) == norm(b)


def conflict(contact: Contact, conflicts: list[FieldConflict]) -> ContactConflict:
    who = contact.updated_by or Term(QT_TRANSLATE_NOOP("services", "someone else"))
    when = contact.updated_at.strftime("%Y-%m-%d %H:%M") + " UTC" if contact.updated_at else "?"
    listing = "; ".join(f"{c.field}: yours '{c.mine or ''}', stored '{c.theirs or ''}'" for c in conflicts)
    return ContactConflict(
        QT_TRANSLATE_NOOP("services", "{name}: {who} saved this customer ({when}) after you opened it; nothing "
                                      "was saved. {differences}"),
        name=contact.display_name, who=who, when=when, differences=listing, contact_id=contact.id,
        conflicts=conflicts, version=contact.version_id, changed_by=contact.updated_by,
        changed_at=contact.updated_at)


@contextmanager
def refusing_stale(db: sessionmaker[Session], contact_id: int, mine: Mapping[str, Any],
                   was: Optional[Mapping[str, Any]] = None) -> Iterator[None]:
    """Around a transaction that saves `mine` on one contact: another process that saved the contact
    between our read and our UPDATE is a ContactConflict with both values, not a lost write."""
    try:
        yield
    except StaleDataError:
        with db() as session:
            contact = session.scalars(select(Contact).where(Contact.id == contact_id)).one_or_none()
            if contact is None:
                raise
            raise conflict(contact, differences(contact, mine, was) or
                           [FieldConflict(name, value, getattr(contact, name)) for name, value in mine.items()]) \
                from None


F = TypeVar("F", bound=Callable[..., Any])


def refuse_stale(fn: F) -> F:
    """For a service that changes contacts it read in its own transaction (a tier, a stage, a merge, a
    sync): a save that lost the race against another process is refused with a message, never a
    traceback, and the user does it again over what is stored now."""
    @functools.wraps(fn)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StaleDataError:
            raise ContactConflict(QT_TRANSLATE_NOOP("services", "someone else saved one of these customers at the "
                                                                "same moment; nothing was saved. Try again.")) \
                from None
    return guarded  # type: ignore[return-value]
