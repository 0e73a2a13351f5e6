"""app/services/first_screen.py: the window's first screen read with sqlite3 alone, or not at all.

It must read what the ORM services read (the same contacts in the same order, the same rows), and
refuse every store that is not exactly as Rapport left it, so that the window opens those the normal way.
"""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from app.models import Contact
from app.models.db import open_store
from app.services import clean_close, directory, first_screen
from bench.generate_store import customer_store

pytestmark = pytest.mark.sqlite_only("reads the SQLite file itself, before the store is opened")


def _as_left(path: Path) -> Path:
    """As a clean close leaves a store: no write-ahead log, checked and stamped."""
    clean_close.record_check(path)
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = customer_store(tmp_path_factory.mktemp("first"), 800)
    db = open_store(path)
    with db.begin() as session:  # some in the trash, some with no name to sort by
        session.execute(update(Contact).where(Contact.id % 53 == 0).values(deleted_at=datetime(2026, 1, 1)))
        session.execute(update(Contact).where(Contact.id % 71 == 0).values(sort_name=""))
    db.kw["bind"].dispose()
    return _as_left(path)


def test_it_reads_the_contacts_and_rows_the_services_read(store):
    fast = first_screen.open_current(store)
    assert fast is not None
    db = open_store(store)
    try:
        ids = fast.contact_ids()
        assert ids == directory.contact_ids(db) and 700 < len(ids) <= 800 - 800 // 53  # the trashed left out
        assert fast.rows(ids) == directory.rows(db, ids)  # names, tiers, dates, first city, phone, email, status
        assert fast.rows([]) == {} and fast.rows([10**9]) == {}
        head = fast.contact_head(50)  # a fast start's first screenful, and how many there are
        assert head.ids == ids[:50] and head.total == len(ids) and fast.contact_head(10**6).ids == ids
    finally:
        db.kw["bind"].dispose()
    assert fast.setting("derived_version") == 3 and fast.setting("language") is None


def _copy(store: Path, folder: Path) -> Path:
    copy = folder / "copy.db"
    copy.write_bytes(store.read_bytes())
    return _as_left(copy)


def _execute(path: Path, sql: str) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute(sql)
    connection.close()
    return _as_left(path)  # as if Rapport had written it and closed cleanly


def test_a_store_not_as_rapport_left_it_is_opened_the_normal_way(store, tmp_path):
    assert first_screen.open_current(_copy(store, tmp_path)) is not None
    assert first_screen.open_current(tmp_path / "none.db") is None
    assert first_screen.open_current(tmp_path) is None  # a folder
    old = _execute(_copy(store, tmp_path), "UPDATE alembic_version SET version_num = '0019'")
    assert first_screen.open_current(old) is None  # migrations to run
    derived = _execute(_copy(store, tmp_path), "UPDATE settings SET value = '2' WHERE key = 'derived_version'")
    assert first_screen.open_current(derived) is None  # derived columns to compute again
    unchecked = _copy(store, tmp_path)
    clean_close.forget(unchecked)
    assert first_screen.open_current(unchecked) is None  # no clean close: quick_check first
    changed = _copy(store, tmp_path)
    os.utime(changed, (1, 1))
    assert first_screen.open_current(changed) is None  # changed since Rapport closed it
    linked = _copy(store, tmp_path)
    os.link(linked, tmp_path / "other-name.db")
    assert first_screen.open_current(linked) is None  # refused with its message by the normal path
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database" * 100)
    assert first_screen.open_current(_as_left(garbage)) is None


def test_a_kept_lists_first_screenful_is_its_first_entries_as_shown_in_sections(store, tmp_path):
    from collections import Counter

    from app.services import calllist
    from app.services.store import close_store, open_for_use
    from bench.generate_store import TODAY

    path = _copy(store, tmp_path)
    db = open_for_use(path)
    calllist.today_list(db, TODAY)  # kept, and current once closed
    close_store(db, path)
    fast = first_screen.open_current(path)
    whole = fast.today_list(TODAY)
    # Two reasons in one section; warranty and thank_referrer in none: they go in the first.
    sections = (("reorder",), ("birthday", "cadence"), ("follow_up",))
    section = {reason: rank for rank, reasons in enumerate(sections) for reason in reasons}
    shown = sorted(range(len(whole)), key=lambda i: (section.get(whole[i].reason, 0), i))  # sections, list order in each
    assert len({section.get(e.reason, 0) for e in whole}) == 3 and len(whole) > 60
    for limit in (0, 1, 7, 30, 60, len(whole), len(whole) + 5):
        head = fast.today_head(TODAY, sections, limit)
        assert head.entries == [whole[i] for i in sorted(shown[:limit])]  # those, in the list's order
        assert head.total == len(whole) and head.reasons == Counter(e.reason for e in whole)
    assert fast.today_head(TODAY.replace(year=TODAY.year + 1), sections, 10) is None  # no list kept: computed
