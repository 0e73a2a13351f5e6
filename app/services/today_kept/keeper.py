"""Keeping today's list in the store, for the next process to read at once (stored.py reads it).

- `keep`: a list computed whole (the first read of a day, or after a write that changed everything)
  is written with its details, and the store file's stamp recorded beside it.
- After every commit this process makes (seam.listen): when the kept lists were current before it,
  the touched contacts' entries are recomputed and written over theirs, in a short transaction of its
  own, and the stamp recorded again; a write the seam cannot pin on contacts, or a store that changed
  behind Rapport's back since the stamp, removes the stamp instead (the next reader computes and keeps).
- `after_close`: closing the store folds its write-ahead log into the file (the file changes, its
  content does not): the stamp is recorded again if it was current just before.

SQLite file stores only; on PostgreSQL a team writes the store and the list is computed per read.
"""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from app.models import StoreRevision, TodayEntry, TodayList
from app.models.calling import REASON_CADENCE, REASON_REORDER

from .. import calllist, settings
from ..greetings import language_from_locale
from ..importing.gc_pause import collector_paused
from ..private_files import open_private
from ..reorder.book import kept_forecasts
from . import seam, stored
from .book import with_referrers
from .follow import follow

_LISTS_AT_MOST = 4  # days kept at once: today, tomorrow, a --date or two
_PATCH_AT_MOST = 2_000  # touched contacts: more than this, the next reader computes the list whole
def store_file(db: sessionmaker[Session]) -> Optional[Path]:
    url = db.kw["bind"].url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


# (store, day, locale) kept by this process while the stamp is current: no SELECT per look.
_known: set[tuple[str, date, str]] = set()


def file_stamp(db: sessionmaker[Session]) -> Optional[list]:
    """The store file's stamp now (taken before a list is read, to keep it only if nothing wrote since)."""
    path = store_file(db)
    return stored.file_stamp(path) if path is not None else None


def wanted(db: sessionmaker[Session], day: date) -> bool:
    """Whether the settings' list of `day`, just computed or read, should be kept: the store keeps none
    that is current (a stat and a small read when this process kept it; else one SELECT)."""
    path = store_file(db)
    if path is None:
        return False
    known = (str(path), day, stored.locale_key())
    if known in _known and stored.is_current(path):
        return False
    if stored.has(path, day):
        _known.add(known)
        return False
    return True


def keep(db: sessionmaker[Session], day: date, entries: Iterable[calllist.CallEntry], computed_at: list) -> None:
    """Keep `entries` (the settings' list of `day`, details filled, in order) in the store, unless the
    store changed since `computed_at` (stored.file_stamp taken before the list was read)."""
    path = store_file(db)
    if path is None:
        return
    follow()
    entries = list(entries)
    with collector_paused(), db.kw["bind"].connect() as connection:
        with connection.begin():
            _take_write_lock(connection)
            now = stored.file_stamp(path)
            if now != computed_at:
                connection.rollback()  # written since it was computed: the next reader computes it
                return
            with Session(bind=connection) as session:  # joins this transaction; closed, it lets go of it
                setup = _setup(session)
            stamp = stored.read_stamp(path)
            if stamp is None or stamp.get("files") != now:
                connection.execute(delete(TodayList))  # the others were current until a change they missed
                _known.difference_update({k for k in _known if k[0] == str(path)})
            connection.execute(delete(TodayList).where(TodayList.day == day))
            _prune(connection)
            revision = _revision(connection)
            list_id = connection.execute(insert(TodayList).values(day=day, revision=revision, **setup)
                                         ).inserted_primary_key[0]
            _insert(connection, list_id, entries)
    write_stamp(path, revision)
    _known.add((str(path), day, stored.locale_key()))


def _take_write_lock(connection: Connection) -> None:
    """Take the store's write lock now (an update of no row does), so that no other writer commits
    between the check of the file and this transaction's own commit."""
    connection.execute(update(TodayList).where(TodayList.id == -1).values(revision=0))


def _setup(session: Session) -> dict:
    """What a list is computed with besides the day: the settings, and the locale where they defer to it."""
    days = settings.get_in(session, "birthday_days_ahead")
    language = settings.get_in(session, "language")
    region = settings.get_in(session, "phone_region")
    follows_locale = language is None or region is None
    return {"days_ahead": days, "language": language or language_from_locale(),
            "region": settings.display_region(session),
            "locale_key": stored.locale_key() if follows_locale else None}


def _revision(connection: Connection) -> int:
    return connection.execute(select(StoreRevision.revision).where(StoreRevision.id == 1)).scalar() or 0


def _prune(connection: Connection) -> None:
    ids = connection.execute(select(TodayList.id).order_by(TodayList.id.desc())).scalars().all()
    if len(ids) >= _LISTS_AT_MOST:
        connection.execute(delete(TodayList).where(TodayList.id.in_(ids[_LISTS_AT_MOST - 1:])))
        _known.clear()  # which days went is not worth knowing: the next look asks the store


def _insert(connection: Connection, list_id: int, entries: list) -> None:
    if not entries:
        return
    rows = []
    for e in entries:
        if e.reason == REASON_CADENCE:
            k = calllist.cadence_key(e)
            keys = (0, k[0], k[1], k[2], 0, k[3] or 0, 0, "")
        else:
            k = calllist.dated_key(e)
            keys = (1, float(k[0].toordinal()), *k[1:])
        rows.append({"list_id": list_id, "contact_id": e.contact_id, "part": keys[0], "k_order": keys[1],
                     "k_rank": keys[2], "k_name": keys[3], "k_group": keys[4], "k_contact": keys[5],
                     "k_follow": keys[6], "k_detail": keys[7], "display_name": e.display_name, "tier": e.tier,
                     "reason": e.reason, "detail": e.detail, "due_date": e.due_date, "days_overdue": e.days_overdue,
                     "last_contact": e.last_contact, "phone_display": e.phone_display,
                     "data": json.dumps(e.as_json(), ensure_ascii=False)})  # as the command line writes it
    connection.execute(insert(TodayEntry), rows)


def write_stamp(path: Path, revision: int) -> None:
    target = stored.stamp_path(path)
    tmp = Path(str(target) + ".tmp")
    try:
        with open_private(tmp) as out:
            json.dump({"files": stored.file_stamp(path), "revision": revision}, out)
        os.replace(tmp, target)
    except OSError:
        forget(path)  # no stamp: the next reader computes the list


def forget(path: Path) -> None:
    """The kept lists are no longer current (the next reader computes the list and keeps it)."""
    _known.difference_update({k for k in _known if k[0] == str(path)})
    try:
        stored.stamp_path(path).unlink()
    except FileNotFoundError:
        pass


def committed(engine, path: Path, touched: seam.Touched) -> None:
    """After a commit of this process on a store that keeps lists (follow.py): patched, or forgotten."""
    stamp = stored.read_stamp(path)
    if stamp is None:
        return
    if (touched.stamp_before != stamp.get("files") or touched.everything or touched.details_everything
            or len(touched.contacts | touched.details) > _PATCH_AT_MOST):
        forget(path)
        return
    try:
        with collector_paused(), engine.connect() as connection:
            with connection.begin():
                if touched.contacts or touched.details or touched.reorder:
                    _patch(connection, touched)
                revision = _revision(connection)
    except Exception:  # the write itself is committed: only the kept list is lost, and computed again
        import traceback

        from ..error_log import write_error_log

        forget(path)
        write_error_log(traceback.format_exc())  # kept for a bug report; the user's write went through
        return
    write_stamp(path, revision)


def _patch(connection: Connection, touched: seam.Touched) -> None:
    with Session(bind=connection) as session:  # joins the caller's transaction; closed, it lets go of it
        setup = _setup(session)
        ids = with_referrers(session, touched.contacts) | touched.details
        for list_id, day, days, language, region, key in connection.execute(select(
                TodayList.id, TodayList.day, TodayList.days_ahead, TodayList.language, TodayList.region,
                TodayList.locale_key)).all():
            if (days, region, key) != (setup["days_ahead"], setup["region"], setup["locale_key"]):
                connection.execute(delete(TodayList).where(TodayList.id == list_id))  # another locale's
                continue
            _patch_list(session, connection, list_id, day, days, language, ids, touched.reorder)
    connection.execute(update(TodayList).values(revision=_revision(connection)))


def _patch_list(session: Session, connection: Connection, list_id: int, day: date, days: int, language: str,
                ids: set[int], reorder: bool) -> None:
    """The touched contacts' entries (and the holidays, and on a purchase every reorder entry) anew."""
    learned = None if reorder else kept_forecasts(session, day)
    cadence, others = calllist.today_parts(None, session, day, days, language, only=ids, reorder=not reorder,
                                           learned=learned)
    others += calllist.holiday_entries(session, day, settings.display_region(session), language)
    if reorder:
        others += calllist._reorder_entries(None, session, day, language)
    fresh = sorted(cadence, key=calllist.cadence_key) + sorted(others, key=calllist.dated_key)
    calllist.fill_contact_details(session, fresh)
    gone = TodayEntry.contact_id.in_(sorted(ids)) | TodayEntry.contact_id.is_(None)
    if reorder:
        gone |= (TodayEntry.part == 1) & (TodayEntry.k_group == calllist.dated_group(REASON_REORDER))
    connection.execute(delete(TodayEntry).where(TodayEntry.list_id == list_id, gone))
    _insert(connection, list_id, fresh)
