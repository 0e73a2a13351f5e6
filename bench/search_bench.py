"""Search speed in a large store: `directory.contact_ids` with a search, beside an
in-memory Python filter over the same search strings (the issue's alternative,
18-35 ms plus a model reset) and a raw sqlite3 scan of every contact id (the
floor for any query that looks at every row)."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy import select

from app.models import Contact
from app.models.db import open_store
from app.services.directory import _PHONE_QUERY, ContactFilter, contact_ids
from app.services.names import fold_accents

from .timing import Area, Result, median_seconds

QUERIES = [
    ("a one-character Chinese surname", "王"),
    ("a Latin name, 4 characters", "mart"),
    ("a phone fragment", "138 1234"),
    ("pinyin initials", "zw"),
]
_REPEATS = 5  # a query takes milliseconds: more runs, steadier medians


def _terms(query: str) -> list[str]:
    """The words `directory.search_condition` looks for, so both sides do the same work."""
    query = fold_accents(query.strip().lower())
    return [re.sub(r"\D", "", query)] if _PHONE_QUERY.match(query) else query.split()


def _memory_filter(texts: list[tuple[int, str]], query: str) -> list[int]:
    terms = _terms(query)
    if len(terms) == 1:  # the common case, as fast as Python goes
        term = terms[0]
        return [cid for cid, text in texts if term in text]
    return [cid for cid, text in texts if all(term in text for term in terms)]


def run(store: Path, runs: int) -> Area:
    area = Area("search")
    repeats = max(runs, _REPEATS)
    db = open_store(store)
    try:
        with db() as session:  # what a list model would hold: live contacts in name order
            texts = list(session.execute(select(Contact.id, Contact.search_text).where(Contact.deleted_at.is_(None))
                                         .order_by(Contact.sort_name, Contact.id)))
        n = len(texts)
        connection = sqlite3.connect(store)
        floor = median_seconds(lambda: connection.execute("SELECT id FROM contacts").fetchall(), repeats)
        connection.close()
        floor_case = f"raw sqlite3 `SELECT id FROM contacts`, {n:,} contacts"
        area.results.append(Result("search", floor_case, n, "contacts", floor))
        for label, query in QUERIES:
            found = contact_ids(db, ContactFilter(search=query))
            if found != _memory_filter(texts, query):
                raise AssertionError(f"search {query!r}: the in-memory filter finds other contacts")
            memory_case = f"in-memory filter of {n:,} strings: {label} ({query!r})"
            memory = median_seconds(lambda: _memory_filter(texts, query), repeats)
            area.results.append(Result("search", memory_case, len(found), "matches", memory, floor_case, floor))
            area.results.append(Result(
                "search", f"directory.contact_ids: {label} ({query!r})", len(found), "matches",
                median_seconds(lambda: contact_ids(db, ContactFilter(search=query)), repeats), memory_case, memory))
    finally:
        db.kw["bind"].dispose()
    area.details.append("Search is a LIKE '%…%' scan of contacts.search_text (lower-cased, accents folded, "
                        "pinyin forms and phone digits added), ordered by the indexed sort_name.")
    return area
