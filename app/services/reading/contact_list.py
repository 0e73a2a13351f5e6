"""The contact list as `rapport list` prints it, read in one query and handed out row by row.

The same rows, in the same order, as directory.list_contacts (filters, search, sort: the SQL below
is what directory.py's SQLAlchemy expressions compile to), but streamed from the cursor: a 100k
list is never held whole, and its first rows are out while the rest are read.
tests/services/reading/test_same_output.py compares the two on every option.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterator, Optional

from ..contact_refs import like_escape, search_terms, unknown_group, unknown_tier

# The first city, number (E.164, else as written) and address of each contact: the one stored first.
_FIRST_CITY = "(SELECT a.city FROM addresses a WHERE a.contact_id = c.id ORDER BY a.id LIMIT 1)"
_SELECT = f"""
SELECT c.id, c.display_name, c.organization, t.code, c.last_contact_at, c.next_due, {_FIRST_CITY},
       coalesce(p.e164, p.raw), (SELECT e.address FROM emails e WHERE e.contact_id = c.id ORDER BY e.id LIMIT 1),
       c.status, p.display_region, p.display_national, p.display_international
FROM contacts c
LEFT JOIN tiers t ON t.id = c.tier_id
LEFT JOIN phones p ON p.id = (SELECT id FROM phones WHERE contact_id = c.id ORDER BY id LIMIT 1)
"""
_ORDER = {  # directory._sort_columns, then the id
    "name": "c.sort_name",
    "organization": "c.organization IS NULL, lower(c.organization), c.sort_name",
    "tier": "t.rank IS NULL, t.rank, c.sort_name",
    "last_contact": "c.last_contact_at IS NULL, c.last_contact_at, c.sort_name",
    "next_due": "c.next_due IS NULL, c.next_due, c.sort_name",
    "city": f"{_FIRST_CITY} IS NULL, {_FIRST_CITY}, c.sort_name",
}


@dataclass(frozen=True)
class ListFilter:
    """directory.ContactFilter's options that the command line has."""
    search: Optional[str] = None
    group: Optional[str] = None
    tier: Optional[str] = None  # a tier's code, or "none"
    trash: bool = False
    owner: Optional[str] = None


# id, display_name, organization, tier, last_contact_at, next_due, city, phone, email, status,
# and the first phone's display forms (region, national, international: app/phone_display.py)
ListRow = tuple


def list_rows(conn: sqlite3.Connection, filt: ListFilter, sort: str = "name") -> Iterator[ListRow]:
    """The matching contacts in the list's order, one row at a time (the filters are checked, and a
    wrong group or tier raised, before the first row)."""
    where, params = _where(conn, filt)
    cursor = conn.execute(f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY {_ORDER[sort]}, c.id", params)
    cursor.arraysize = 1000
    while rows := cursor.fetchmany():
        yield from rows


def _where(conn: sqlite3.Connection, filt: ListFilter) -> tuple[list[str], list]:
    where = ["c.deleted_at IS NOT NULL" if filt.trash else "c.deleted_at IS NULL"]
    params: list = []
    terms = search_terms(filt.search) if filt.search else None
    for term in terms or ():
        where.append("c.search_text LIKE ? ESCAPE '\\'")
        params.append(f"%{like_escape(term)}%")
    if filt.group:
        found = conn.execute("SELECT id FROM groups WHERE name = ?", (filt.group,)).fetchone()
        if found is None:
            raise unknown_group(filt.group)
        where.append("c.id IN (SELECT contact_id FROM contact_groups WHERE group_id = ?)")
        params.append(found[0])
    if filt.tier:
        if filt.tier.lower() == "none":
            where.append("c.tier_id IS NULL")
        else:
            where.append("c.tier_id = ?")
            params.append(_tier_id(conn, filt.tier))
    if filt.owner is not None:
        where.append("c.owner = ?")
        params.append(filt.owner)
    return where, params


def _tier_id(conn: sqlite3.Connection, code: str) -> int:
    """As contacts.tier_by_code: the tier whose code this is, whatever its case."""
    found = conn.execute("SELECT id FROM tiers WHERE upper(code) = ?", (code.strip().upper(),)).fetchone()
    if found is None:
        raise unknown_tier(code, [row[0] for row in conn.execute("SELECT code FROM tiers ORDER BY rank")])
    return found[0]
