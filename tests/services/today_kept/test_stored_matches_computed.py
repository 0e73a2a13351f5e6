"""The list kept in the store is the computed list, or says it is not current: after any writes.

The same random sequences of what a user does as test_kept_matches_computed (calls, snoozes,
follow-ups, tiers, birthdays, purchases, trash, merge, import and undo, a restored backup, a sync's
Core writes…), and besides: a note, a number, a setting, a follow-up done, and a write behind
Rapport's back with sqlite3. After each step, the kept list of each day read as a new process reads
it (stored.read, plain sqlite3) is either None (not current: the reader computes it) or exactly the
computed list with its details; the writes that name their contacts leave it current.
"""
from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.db import open_store
from app.models import Contact
from app.services import calllist, contacts, interactions, notes, reach
from app.services import settings as store_settings
from app.services.derived import refresh_everything_if_outdated
from app.services.today_kept import stored
from app.services.today_kept.follow import follow

from .test_kept_matches_computed import DAYS, NAMES, TODAY, _apply, _at, seeded  # noqa: F401 - seeded: a fixture

# Writes that name the contacts they change: the kept list is patched and stays current. (A purchase
# may add a product to the catalogue, a tier's cadence moves many: those mark it stale.)
PATCHED = {"call", "snooze", "follow_up", "follow_up_done", "birthday", "anniversary", "lunar", "rename", "note",
           "phone", "unbuy", "trash", "restore", "lost", "reactivate", "referral", "cadence"}

steps = st.lists(st.tuples(
    st.sampled_from(["call", "snooze", "follow_up", "follow_up_done", "tier", "cadence", "tier_cadence", "birthday",
                     "lunar", "anniversary", "buy", "unbuy", "trash", "restore", "lost", "reactivate", "merge",
                     "import", "undo_import", "backup_restore", "core_write", "rename", "referral", "note", "phone",
                     "setting", "behind_our_back"]),
    st.integers(0, len(NAMES) - 1), st.integers(-40, 40), st.integers(0, len(NAMES) - 1)), min_size=1, max_size=8)


def _expected(db, day: date) -> list[dict]:
    return [e.as_json() | {"phone_display": e.phone_display}
            for e in calllist.computed_today_list(db, day, details=True)]


def _apply_more(db, db_path, tmp_path, ids, step, saved) -> None:
    what, i, days, j = step
    cid = ids[i]
    with db() as session:
        alive = session.get(Contact, cid) is not None and session.get(Contact, cid).deleted_at is None
    if what == "note" and alive:
        notes.add_note(db, cid, f"note {days}\nsecond line")
    elif what == "phone" and alive:
        reach.add_phone(db, cid, f"+86 139 0000 {abs(days):04d}", "mobile")
    elif what == "setting":
        store_settings.put(db, "birthday_days_ahead", 3 + abs(days) % 10)
    elif what == "follow_up_done" and alive:  # a follow-up due, then the call that fulfils it
        calllist.schedule_follow_up(db, cid, TODAY - timedelta(days=1), "the quote")
        interactions.log_interaction(db, cid, "call", when=_at(TODAY), now=_at(TODAY))
    elif what == "behind_our_back":  # another program writes the file: nothing in Rapport hears of it
        with sqlite3.connect(db_path) as other:
            other.execute("UPDATE contacts SET display_name = ? WHERE id = ?", (f"Outside {days}", cid))
        other.close()
    else:
        _apply(db, db_path, tmp_path, ids, step, saved)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps, kept_days=st.lists(st.integers(0, len(DAYS) - 1), min_size=1, max_size=2, unique=True))
def test_the_stored_list_is_the_computed_list_or_not_current(tmp_path_factory, seeded, steps, kept_days):
    follow()  # as store.open_for_use does: this process keeps the stored lists current at each commit
    tmp_path = tmp_path_factory.mktemp("stored")
    db_path = tmp_path / "rapport.db"
    shutil.copy(seeded[0], db_path)
    db = open_store(db_path)
    refresh_everything_if_outdated(db)  # as store.open_for_use: a reader trusts only current derived columns
    try:
        ids, saved = seeded[1], []
        for step in steps:
            for k in kept_days:  # the settings' list read (and so kept) before the write
                calllist.today_list(db, DAYS[k])
                assert stored.read(db_path, DAYS[k]) == _expected(db, DAYS[k]), ("kept as computed", step)
            _apply_more(db, db_path, tmp_path, ids, step, saved)
            if step[0] == "backup_restore":
                db.kw["bind"].dispose()
            for k in kept_days:
                got = stored.read(db_path, DAYS[k])
                if step[0] == "behind_our_back":
                    assert got is None, "a write behind Rapport's back must make the kept list stale"
                elif step[0] in PATCHED:
                    assert got is not None, ("still current after a write that names its contacts", step)
                if got is not None:
                    assert got == _expected(db, DAYS[k]), (step, DAYS[k])
    finally:
        db.kw["bind"].dispose()


def test_a_list_in_another_locale_is_not_read(tmp_path, monkeypatch):
    """Language and phone region follow the system when the settings leave them: a list kept in one
    locale is not printed in another."""
    follow()
    db = open_store(tmp_path / "rapport.db")
    refresh_everything_if_outdated(db)
    try:
        cid = contacts.create_contact(db, contacts.NewContact(display_name="Ana", fields={}), region="ES")
        contacts.update_contact(db, cid, {"birthday": (TODAY + timedelta(days=2)).replace(year=1980).isoformat()})
        calllist.today_list(db, TODAY)
        assert stored.read(tmp_path / "rapport.db", TODAY) == _expected(db, TODAY)
        monkeypatch.setenv("RAPPORT_LANGUAGE", "es")
        assert stored.read(tmp_path / "rapport.db", TODAY) is None
        calllist.today_list(db, TODAY)  # kept again, for this locale
        kept = stored.read(tmp_path / "rapport.db", TODAY)
        assert kept is not None and kept == _expected(db, TODAY)
    finally:
        db.kw["bind"].dispose()
