"""How a person names or looks for contacts on the command line and in the search box: an id or a
name (`as_id`), search words (`search_terms`). Plain Python, shared by the ORM services (contacts.py,
directory.py) and the read-only path (app/services/reading), so both read what was typed alike."""
from __future__ import annotations

import re
from typing import Optional, Protocol

from .errors import QT_TRANSLATE_NOOP, Ambiguous, InvalidValue, NotFound
from .names import fold_accents

SORT_KEYS = ("name", "organization", "tier", "last_contact", "next_due", "city")  # the list's orders
MAX_ID = 2**63 - 1  # SQLite's largest integer: a longer number is no id, and must not reach the query
_PHONE_QUERY = re.compile(r"^\+?[\d\s().\-]{3,}$")


def as_id(ref: str) -> Optional[int]:
    """`ref` as a row id when it is one SQLite can hold; None for a name (or a number too long)."""
    return int(ref) if ref.isdecimal() and len(ref) <= 19 and int(ref) <= MAX_ID else None


def search_terms(query: str) -> Optional[list[str]]:
    """What a search looks for: every term must appear somewhere in the contact's search text
    (None: the query has no terms).

    A phone-like query ("138 1234", "+86 138-1234") is matched as one run of digits,
    because numbers are stored both as written and as bare digits.
    """
    query = fold_accents(query.strip().lower())
    if not query:
        return None
    if _PHONE_QUERY.match(query):
        return [re.sub(r"\D", "", query)]
    return query.split()


def like_escape(term: str) -> str:
    """`term` for `LIKE … ESCAPE '\\'`: its own %, _ and \\ matched as themselves."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def unknown_group(name: str) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("services", "group '{name}': no such group"), name=name)


def unknown_tier(code: str, codes: list[str]) -> InvalidValue:
    """`codes`: the store's tier codes in rank order, offered instead."""
    return InvalidValue(QT_TRANSLATE_NOOP("services", "tier: '{code}' is not a tier (use one of {codes}, or none)"),
                        code=code, codes=", ".join(codes))


class ContactLookup(Protocol):
    """What resolve_ref asks of the store (the ORM's session, or the read path's sqlite3 connection)."""

    include_trash: bool

    def in_trash(self, contact_id: int) -> Optional[bool]:
        """None: no contact has this id."""

    def named(self, name: str, *, any_case: bool) -> list[tuple[int, str, Optional[str]]]:
        """(id, display name, organisation) of the contacts named so (the trash too if include_trash);
        any_case: SQL's lower() of the name equals name.lower()."""

    def trashed(self, contact_id: Optional[int], name: str) -> Optional[int]:
        """A contact in the trash with this id (or, without one, this name in any case)."""


def resolve_ref(ref: str, lookup: ContactLookup) -> int:
    """A contact id, or an exact display name (case-insensitive when that is unique); a clear
    NotFound (saying so when it is in the trash) or Ambiguous (listing them) otherwise."""
    ref = ref.strip()
    contact_id = as_id(ref)
    if contact_id is not None:
        in_trash = lookup.in_trash(contact_id)
        if in_trash is not None and (lookup.include_trash or not in_trash):
            return contact_id
    matches = lookup.named(ref, any_case=False) or lookup.named(ref, any_case=True)
    if len(matches) == 1:
        return matches[0][0]
    if not matches:
        trashed = not lookup.include_trash and lookup.trashed(contact_id, ref)
        if trashed:  # say where it is, not that it does not exist
            raise NotFound(QT_TRANSLATE_NOOP("services", "contact '{ref}': is in the trash (restore it first: "
                                                         "rapport restore-contact {id})"), ref=ref, id=trashed)
        raise NotFound(QT_TRANSLATE_NOOP("services", "contact '{ref}': no contact has that id or name"), ref=ref)
    listing = "; ".join(f"{cid} {name}" + (f" ({organization})" if organization else "")
                        for cid, name, organization in matches[:10])
    raise Ambiguous(QT_TRANSLATE_NOOP("services", "contact '{ref}': {count} contacts have that name: "
                                                  "{listing}. Use the id."),
                    ref=ref, count=len(matches), listing=listing)
