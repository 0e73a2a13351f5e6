"""The kept list is the computed list: after any sequence of writes, on any day.

Random sequences of what a user does (log a call, snooze, follow-ups, tiers and cadences,
birthdays solar and lunar, purchases, trash and restore, lost, merge, import and undo, a restored
backup, a sync's Core writes) on a small store; after each step the kept list of a few days is
compared with `computed_today_list`, the whole computation it replaces.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import shutil

import pytest
from sqlalchemy import select, update

from app.models import Contact
from app.services import backup, calllist, contacts, interactions, lifecycle, merge, tiers
from app.services.contacts import NewContact
from app.services.importing.pipeline import import_files
from app.services.importing.undo import undo_import
from app.services.purchases import PurchaseData, add_purchase, delete_purchase, list_purchases

TODAY = date(2026, 11, 20)
DAYS = [TODAY, TODAY + timedelta(days=1), TODAY + timedelta(days=9), date(2027, 2, 27)]
NAMES = ["张伟", "Ana García", "Bob", "李娜", "Wang Fang"]


def _seed(db) -> list[int]:
    ids = []
    for n, name in enumerate(NAMES):
        ids.append(contacts.create_contact(db, NewContact(display_name=name, fields={}), region="CN"))
    tiers.set_tier(db, ids[:3], "A")
    tiers.set_tier(db, ids[3:4], "C")
    with db.begin() as session:
        session.get(Contact, ids[1]).referred_by_id = ids[0]
        session.get(Contact, ids[4]).referred_by_id = ids[0]
    return ids


def _at(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=10)


def _entries(entries) -> list[dict]:
    return [e.as_json() | {"extra": sorted((k, str(v)) for k, v in e.extra.items())} for e in entries]


# One step: (what, which contact, a number of days, a second contact).
steps = st.lists(st.tuples(
    st.sampled_from(["call", "snooze", "follow_up", "tier", "cadence", "tier_cadence", "birthday", "lunar",
                     "anniversary", "buy", "unbuy", "trash", "restore", "lost", "reactivate", "merge", "import",
                     "undo_import", "backup_restore", "core_write", "rename", "referral"]),
    st.integers(0, len(NAMES) - 1), st.integers(-40, 40), st.integers(0, len(NAMES) - 1)), min_size=1, max_size=8)


def _apply(db, db_path, tmp_path, ids, step, saved) -> None:
    what, i, days, j = step
    cid, other = ids[i], ids[j]
    with db() as session:
        stored = dict(session.execute(select(Contact.id, Contact.deleted_at.is_(None))).all())
    live = {c for c, alive in stored.items() if alive}
    if cid not in stored or (what in ("call", "snooze", "follow_up", "buy", "lost", "referral", "merge")
                             and cid not in live):
        return
    day = TODAY + timedelta(days=days)
    if what == "call" and day <= TODAY:
        interactions.log_interaction(db, cid, "call", when=_at(day), now=_at(TODAY))
    elif what == "snooze":
        calllist.snooze(db, cid, day)
    elif what == "follow_up":
        calllist.schedule_follow_up(db, cid, day, f"about {days}")
    elif what == "tier":
        tiers.set_tier(db, [cid], ["A", "B", "C", "D", None][(days + 40) % 5])
    elif what == "cadence":
        tiers.set_cadence(db, cid, None if days <= 0 else days)
    elif what == "tier_cadence":
        tiers.update_tier(db, "A", cadence_days=max(1, abs(days)))
    elif what in ("birthday", "anniversary"):
        contacts.update_contact(db, cid, {what: day.replace(year=1980).isoformat() if days % 3 else None})
    elif what == "lunar":
        contacts.update_contact(db, cid, {"lunar_birthday": f"{(days % 12) + 1:02d}-15" if days % 4 else None})
    elif what == "buy" and day <= TODAY:
        add_purchase(db, cid, PurchaseData(product="Toner", unit_price="100", purchased_on=day,
                                           warranty_until=day + timedelta(days=300 + days)))
    elif what == "unbuy":
        for purchase in list_purchases(db, cid)[:1]:
            delete_purchase(db, purchase.id)
    elif what == "trash":
        lifecycle.trash(db, [cid])
    elif what == "restore":
        lifecycle.restore(db, [cid])
    elif what == "lost":
        lifecycle.mark_lost(db, cid, "price", on=TODAY)
    elif what == "reactivate":
        with db() as session:
            lost = session.get(Contact, cid).status != "active"
        if lost:
            lifecycle.reactivate(db, cid, on=TODAY)
    elif what == "merge" and cid != other and other in live:
        merge.merge_contacts(db, cid, other)
    elif what == "import":
        card = tmp_path / f"import{len(saved)}.vcf"
        card.write_text(f"BEGIN:VCARD\nVERSION:3.0\nFN:Imported {days}\nTEL:+86 138 0000 {abs(days):04d}\n"
                        f"BDAY:1990-{TODAY.month:02d}-{min(28, TODAY.day + abs(days) % 5):02d}\nEND:VCARD\n")
        import_files(db, [card], region="CN")
        saved.append(card)
    elif what == "undo_import":
        try:
            undo_import(db)
        except Exception:  # nothing to undo
            pass
    elif what == "backup_restore":
        if saved and isinstance(saved[-1], tuple):
            backup.restore(db, saved.pop()[0])
        else:
            saved.append((backup.make_backup(db_path, tmp_path / f"b{len(saved)}.db"),))
    elif what == "core_write":  # a bulk writer's statement, as sync and import use (not the ORM)
        with db.begin() as session:
            session.execute(update(Contact).where(Contact.id == cid).values(display_name=f"Synced {days}"))
    elif what == "rename":
        contacts.update_contact(db, cid, {"display_name": f"{NAMES[i]} {days}"})
    elif what == "referral" and cid != other and other in stored:  # not merged away
        with db.begin() as session:
            session.get(Contact, other).referred_by_id = cid


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A seeded store made once; each example works on a copy."""
    from app.models.db import open_store

    path = tmp_path_factory.mktemp("seeded") / "rapport.db"
    db = open_store(path)
    ids = _seed(db)
    db.kw["bind"].dispose()
    return path, ids


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps, seed_days=st.lists(st.integers(0, len(DAYS) - 1), min_size=1, max_size=2))
def test_the_kept_list_is_the_computed_list_after_any_writes(tmp_path_factory, seeded, steps, seed_days):
    from app.models.db import open_store

    tmp_path = tmp_path_factory.mktemp("kept")
    db_path = tmp_path / "rapport.db"
    shutil.copy(seeded[0], db_path)
    db = open_store(db_path)
    try:
        ids = seeded[1]
        saved: list = []
        for n, step in enumerate(steps):
            for k in seed_days:  # read before the write, so the write patches a kept list
                calllist.today_list(db, DAYS[k], details=False)
            _apply(db, db_path, tmp_path, ids, step, saved)
            if step[0] == "backup_restore":
                db.kw["bind"].dispose()
            for day in DAYS:
                kept = calllist.today_list(db, day, details=False)
                assert _entries(kept) == _entries(calllist.computed_today_list(db, day, details=False)), (step, day)
    finally:
        db.kw["bind"].dispose()
