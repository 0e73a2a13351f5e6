"""The contact list's search, in memory: every live contact's search text, read once.

A keystroke in the search box used to ask the store for a LIKE '%…%' over every contact (45-77 ms
at 100,000, before the table was reset). Here the texts are read once (on the worker, when the
list is first shown), in the list's name order. Most terms are looked up in the texts' runs
(search_runs.py: "zw", "王", "1381234" in well under a millisecond at 100,000); the rest are a
substring test of each text run in C (`map(contains, …)`, `compress`), with no Python bytecode
per contact; a query that grows as the user types ("mar" → "mart") tests only what the last one found.

It finds exactly what `directory.search_condition` finds (every term a substring of the text,
the same terms: tests/services/test_search_index.py compares the two on generated stores). It
answers for the live contacts; the caller intersects with its list (a group, a tier, another sort).
"""
from __future__ import annotations

import re
from itertools import compress, repeat
from operator import contains
from typing import Iterable, Optional, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact

from .directory import search_terms
from .search_runs import RunIndex

_ASCII_UPPER = re.compile("[A-Z]")
_ASCII_LOWER = str.maketrans({c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_NARROW_BELOW = 20_000  # the last search found fewer: check only those (else a scan is as quick)


class SearchIndex:
    """The search texts of the live contacts, in the contact list's name order.

    One str per contact rather than one long string: a str holding a single Chinese character
    takes two bytes a character, so one long string of mixed texts is twice the memory to scan,
    where each Latin text alone stays at one byte a character. The scan is `map(contains, …)`
    and `compress`: no Python bytecode runs per contact.
    """

    def __init__(self, ids: list[int], texts: list[Optional[str]]) -> None:
        self.ids = ids
        # SQLite's LIKE ignores the case of ASCII letters (only those): stored texts are lower-cased
        # already, so this is for a text some other program wrote. NULL: LIKE holds for none.
        self._texts = [_compact(_ascii_lower(text)) if text else "" for text in texts]  # made in list order: scanned in memory order
        self._without_text = {n for n, text in enumerate(texts) if text is None}
        self._positions: Optional[dict[int, int]] = None  # contact id → position, made when first asked
        self._last: tuple[list[str], list[int]] = ([], [])  # the last search: narrowed as the user types
        self._runs = RunIndex(self._texts)  # most terms answered without a scan

    @classmethod
    def load(cls, db: sessionmaker[Session]) -> "SearchIndex":
        """Read the index (on the worker: about a second of SQLite at 100,000 contacts, GIL mostly released).

        The texts are read in the table's own order and placed by the ordered ids, read from the
        covering index ix_contacts_live_by_name: reading texts in name order would seek once per row.
        """
        with db() as session:
            connection = session.connection()
            ids = list(connection.execute(select(Contact.id).where(Contact.deleted_at.is_(None))
                                          .order_by(Contact.sort_name, Contact.id)).scalars())
            texts = dict(connection.execute(select(Contact.id, Contact.search_text)
                                            .where(Contact.deleted_at.is_(None))).all())
        return cls(ids, list(map(texts.get, ids)))

    def __len__(self) -> int:
        return len(self.ids)

    def holds_current_texts(self, db: sessionmaker[Session], contact_ids: Iterable[int]) -> bool:
        """Whether these contacts are in the index as they are in the store now (a call logged leaves
        the text as it was; a new name or number does not). Runs on the worker."""
        contact_ids = list(contact_ids)
        with db() as session:
            stored = dict(session.connection().execute(
                select(Contact.id, Contact.search_text).where(Contact.id.in_(contact_ids),
                                                              Contact.deleted_at.is_(None))).all())
        if self._positions is None:
            self._positions = {cid: n for n, cid in enumerate(self.ids)}
        for cid in contact_ids:
            n = self._positions.get(cid)
            if (n is None) != (cid not in stored):
                return False  # new, trashed or restored since the index was read
            if n is not None and (n in self._without_text) != (stored[cid] is None):
                return False
            if n is not None and stored[cid] and self._texts[n] != _compact(_ascii_lower(stored[cid])):
                return False
        return True

    def find(self, query: str) -> Optional[list[int]]:
        """Ids of the live contacts whose text holds every term of `query`, in name order;
        None for a query with no terms (nothing to filter by)."""
        terms = search_terms(query)
        if terms is None:
            self._last = ([], [])  # the box cleared: the next query starts afresh
            return None
        words = sorted(set(terms), key=len, reverse=True)  # the longest first: it rules out the most
        hits, scan = self._looked_up(words)
        for word in scan:
            if not word:  # an empty run of digits ("---"): LIKE '%%' holds for every text but NULL
                hits = [n for n in hits if n not in self._without_text]
                continue
            texts = map(self._texts.__getitem__, hits) if isinstance(hits, list) else self._texts
            hits = list(compress(hits, map(contains, texts, repeat(word))))
        hits = hits if isinstance(hits, list) else list(hits)  # kept, never changed: the runs' lists
        self._last = (words, hits)
        return list(map(self.ids.__getitem__, hits))

    def _looked_up(self, words: list[str]) -> tuple[Sequence[int], list[str]]:
        """Where to look for `words`, and which of them to look for there: the texts the runs give
        for the first word they answer (nothing left to check if that word is a run), else what the
        last search found if the query grew ("mar" → "mart"), else every text."""
        for word in words:
            looked_up = self._runs.candidates(word) if word else None
            if looked_up is not None:
                found, exact = looked_up
                return found, [w for w in words if w != word] if exact else words
        last_words, last_hits = self._last
        if last_words and len(last_hits) < _NARROW_BELOW and all(any(old in new for new in words) for old in last_words):
            return last_hits, words  # only what the last query found can match
        return range(len(self.ids)), words


def _compact(text: str) -> str:
    """The text without the lines another of its lines holds ("8613812345678" within
    "+8613812345678", "王" within "王芳"): a term has no line break in it, so it is in the text
    exactly when it is in one of the lines kept. The texts shrink by about 40%, and so does a scan."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    kept = ""
    for line in sorted(set(lines), key=len, reverse=True):
        if line not in kept:
            kept = f"{kept}\n{line}" if kept else line
    return kept


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER) if _ASCII_UPPER.search(text) else text
