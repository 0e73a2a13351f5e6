"""The kept lists: per store, each day's list that was asked for, patched at the next read.

A list is computed whole once (calllist.today_parts, the same computation as
`computed_today_list`); after that, a read first recomputes only the contacts the commits since
touched (and their referrers, whose "thank" entries follow them) and puts their entries back in
order. A purchase moves every reorder forecast, so the reorder entries are then computed again;
a write the seam cannot pin on contacts makes the next read compute the list whole.

Only SQLite stores are kept: one Rapport writes a store at a time (store.writer_lock), so every
write is seen here, and a change made behind Rapport's back (a restored file, sqlite3) shows in
the file's size and time and the list is computed whole. A PostgreSQL store is written by a team,
so its list is computed per read.
"""
from __future__ import annotations

import os
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact
from app.models.calling import REASON_CADENCE, REASON_REORDER

from .. import calllist, settings
from ..greetings import language_from_locale
from ..importing.gc_pause import collector_paused
from ..reorder.book import kept_forecasts
from . import seam

_LISTS_PER_STORE = 4  # days asked for at once: today, the plan's days, a test's dates
_PATCH_AT_MOST = 2_000  # touched contacts: more than this, computing the whole list is as quick


@dataclass
class _List:
    """One day's list: the cadence entries and the dated ones, each in order with its sort keys, and
    where each contact's entries are (to take them out without a pass over the whole list)."""
    cadence: list = field(default_factory=list)
    others: list = field(default_factory=list)
    cadence_keys: list = field(default_factory=list)
    other_keys: list = field(default_factory=list)
    of_contact: dict = field(default_factory=dict)  # contact id (None: holidays) → its entries
    touched: seam.Touched = field(default_factory=seam.Touched)

    def entries(self) -> list:
        return self.cadence + self.others


class _Store:
    def __init__(self, path: Optional[str]) -> None:
        self.path, self.lock = path, threading.RLock()  # re-entered if a read of ours ever commits
        self.lists: dict[tuple, _List] = {}
        self.settings: dict[str, object] = {}
        self.stamp = self._file_stamp()

    def changed(self, touched: seam.Touched) -> None:
        """After one of our commits: what it touched, and the file as that commit left it."""
        with self.lock:
            self.stamp = self._file_stamp()
            if touched.everything:
                self.lists.clear()
                self.settings.clear()
            for kept in self.lists.values():
                kept.touched.add(touched)

    def entries(self, db: sessionmaker[Session], today: date, days: Optional[int], language: Optional[str]
                ) -> list:
        with self.lock:
            stamp = self._file_stamp()
            if stamp != self.stamp:  # written behind Rapport's back (or checkpointed): compute anew
                self.lists.clear()
                self.settings.clear()
                self.stamp = stamp
            days = days if days is not None else self._setting(db, "birthday_days_ahead")
            language = language or self._setting(db, "language") or language_from_locale()
            key = (today, days, language)
            kept = self.lists.get(key)
            if kept is None:
                if len(self.lists) >= _LISTS_PER_STORE:
                    self.lists.pop(next(iter(self.lists)))
                kept = self.lists[key] = _computed(db, today, days, language)
            elif kept.touched.contacts or kept.touched.reorder:
                _patch(db, kept, today, days, language)
            return kept.entries()

    def _setting(self, db: sessionmaker[Session], key: str):
        if key not in self.settings:
            self.settings[key] = settings.get(db, key)
        return self.settings[key]

    def _file_stamp(self) -> tuple:
        if self.path is None:
            return ()
        out = []
        for name in (self.path, self.path + "-wal"):
            try:
                st = os.stat(name)
                out.append((st.st_ino, st.st_size, st.st_mtime_ns))
            except OSError:
                out.append(None)
        return tuple(out)


_STORES: dict[str, _Store] = {}
_STORES_LOCK = threading.Lock()


def _changed(url: str, touched: seam.Touched) -> None:
    store = _STORES.get(url)
    if store is not None:
        store.changed(touched)


def kept_entries(db: sessionmaker[Session], today: date, days: Optional[int] = None,
                 language: Optional[str] = None) -> Optional[list]:
    """The kept list of `today` (shared entries, in order), or None for a store that is not kept."""
    url = db.kw["bind"].url
    if url.get_backend_name() != "sqlite":
        return None
    with _STORES_LOCK:
        store = _STORES.get(str(url))
        if store is None:
            if not _STORES:
                seam.listen(_changed)
            database = url.database
            store = _STORES[str(url)] = _Store(
                os.path.abspath(database) if database and database != ":memory:" else None)
    return store.entries(db, today, days, language)


def _computed(db: sessionmaker[Session], today: date, days: int, language: str) -> _List:
    with collector_paused(), db() as session:
        cadence, others = calllist.today_parts(db, session, today, days, language)
    kept = _List()
    _fill(kept, cadence, others)
    return kept


def _fill(kept: _List, cadence: list, others: list) -> None:
    cadence.sort(key=calllist.cadence_key)
    others.sort(key=calllist.dated_key)
    kept.cadence, kept.others = cadence, others
    kept.cadence_keys = [calllist.cadence_key(e) for e in cadence]
    kept.other_keys = [calllist.dated_key(e) for e in others]
    kept.of_contact = {}
    for entry in cadence + others:
        kept.of_contact.setdefault(entry.contact_id, []).append(entry)


def _patch(db: sessionmaker[Session], kept: _List, today: date, days: int, language: str) -> None:
    touched, kept.touched = kept.touched, seam.Touched()
    with collector_paused(), db() as session:
        ids = with_referrers(session, touched.contacts)
        if len(ids) > _PATCH_AT_MOST:
            cadence, others = calllist.today_parts(db, session, today, days, language)
            _fill(kept, cadence, others)
            return
        # The forecasts as learned, unless a purchase, a name or a live customer changed them.
        learned = None if touched.reorder else kept_forecasts(session, today)
        cadence, others = calllist.today_parts(db, session, today, days, language, only=ids,
                                               reorder=not touched.reorder, learned=learned)
        # Holidays count the A and B customers; every reorder forecast may have moved.
        others += calllist.holiday_entries(session, today, settings.display_region(session), language)
        if touched.reorder:
            others += calllist._reorder_entries(db, session, today, language)
    if touched.reorder:  # thousands of entries anew: sorting them all is quicker than placing each
        _fill(kept, [e for e in kept.cadence if e.contact_id not in ids] + cadence,
              [e for e in kept.others if e.contact_id is not None and e.contact_id not in ids
               and e.reason != REASON_REORDER] + others)
        return
    for cid in (*ids, None):
        for entry in kept.of_contact.pop(cid, ()):
            _take_out(kept, entry)
    for entry in cadence:
        _put_in(kept.cadence, kept.cadence_keys, entry, calllist.cadence_key(entry))
        kept.of_contact.setdefault(entry.contact_id, []).append(entry)
    for entry in others:
        _put_in(kept.others, kept.other_keys, entry, calllist.dated_key(entry))
        kept.of_contact.setdefault(entry.contact_id, []).append(entry)


def _take_out(kept: _List, entry) -> None:
    if entry.reason == REASON_CADENCE:
        entries, keys, key = kept.cadence, kept.cadence_keys, calllist.cadence_key(entry)
    else:
        entries, keys, key = kept.others, kept.other_keys, calllist.dated_key(entry)
    at = bisect_left(keys, key)
    while entries[at] is not entry:  # equal keys: the same contact, day and text twice
        at += 1
    del entries[at], keys[at]


def _put_in(entries: list, keys: list, entry, key: tuple) -> None:
    at = bisect_right(keys, key)
    entries.insert(at, entry)
    keys.insert(at, key)


def with_referrers(session: Session, ids: set[int]) -> set[int]:
    """The touched contacts and whoever referred them (their "thank" entry follows the referred)."""
    if not ids or len(ids) > _PATCH_AT_MOST:
        return set(ids)
    referrers = session.scalars(select(Contact.referred_by_id).where(
        Contact.id.in_(sorted(ids)), Contact.referred_by_id.is_not(None))).all()
    return set(ids) | set(referrers)
