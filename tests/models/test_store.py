"""The store: pragmas, cascades, soft delete and derived last contact."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select, text

from app.models import Contact, Interaction, Note, Phone, Photo, Purchase
from app.services import contacts, interactions, lifecycle, notes, purchases, tiers
from app.services.contacts import NewContact
from app.services.purchases import PurchaseData


@pytest.mark.sqlite_only("SQLite's own pragmas; PostgreSQL has its settings on the server")
def test_every_connection_sets_the_safety_pragmas(db):
    with db() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_fresh_store_has_default_tiers_with_cadences(db):
    assert [(t.code, t.cadence_days) for t in tiers.list_tiers(db)] == [("A", 7), ("B", 14), ("C", 30), ("D", 90)]


def _full_contact(db) -> int:
    cid = contacts.create_contact(db, NewContact(display_name="Ana García", phones=[("+34 612 345 678", "Mobile")],
                                                 emails=[("ana@example.es", "Work")], groups=["VIP"]), region="ES")
    notes.add_note(db, cid, "Likes tea")
    interactions.log_interaction(db, cid, "call", when=datetime(2026, 1, 5, 10, 0))
    purchases.add_purchase(db, cid, PurchaseData(product="Purifier", purchased_on=date(2026, 1, 5), unit_price="1999"))
    with db.begin() as s:
        s.add(Photo(contact_id=cid, mime="image/png", data=b"\x89PNG..."))
    return cid


def test_deleting_a_contact_for_good_removes_everything_it_owns(db):
    cid = _full_contact(db)
    keep = contacts.create_contact(db, NewContact(display_name="Keep me", phones=[("+34 699 000 111", None)]), region="ES")
    assert lifecycle.purge(db, [cid]) == 1
    with db() as s:
        for model in (Phone, Note, Interaction, Purchase, Photo):
            owners = set(s.scalars(select(model.contact_id)))
            assert cid not in owners, model.__name__
        assert s.scalar(select(func.count(Phone.id))) == 1  # the other contact's phone stays
        assert s.get(Contact, keep) is not None


def test_trash_is_a_soft_delete_that_restore_undoes(db):
    cid = _full_contact(db)
    lifecycle.trash(db, [cid])
    contact = contacts.get_contact(db, cid)
    assert contact.in_trash and len(contact.notes) == 1 and len(contact.purchases) == 1
    lifecycle.restore(db, [cid])
    assert not contacts.get_contact(db, cid).in_trash


def test_empty_trash_purges_only_trashed_contacts(db):
    a = contacts.create_contact(db, NewContact(display_name="A"))
    b = contacts.create_contact(db, NewContact(display_name="B"))
    lifecycle.trash(db, [a])
    assert lifecycle.empty_trash(db) == 1
    with db() as s:
        assert s.get(Contact, a) is None and s.get(Contact, b) is not None


def test_last_contact_is_derived_from_interactions_that_count(db):
    cid = contacts.create_contact(db, NewContact(display_name="Bob"))
    interactions.log_interaction(db, cid, "call", when=datetime(2026, 3, 1, 9, 0))
    interactions.log_interaction(db, cid, "gift", when=datetime(2026, 4, 1, 9, 0))  # does not count
    assert contacts.get_contact(db, cid).last_contact_at == datetime(2026, 3, 1, 9, 0)
    visit = interactions.log_interaction(db, cid, "visit", when=datetime(2026, 3, 20, 15, 0))
    assert contacts.get_contact(db, cid).last_contact_at == datetime(2026, 3, 20, 15, 0)
    interactions.delete_interaction(db, visit)
    assert contacts.get_contact(db, cid).last_contact_at == datetime(2026, 3, 1, 9, 0)


def test_next_due_follows_tier_cadence_and_personal_override(db):
    cid = contacts.create_contact(db, NewContact(display_name="Chen"))
    assert contacts.get_contact(db, cid).next_due is None  # no tier, never due
    tiers.set_tier(db, [cid], "B")
    interactions.log_interaction(db, cid, "call", when=datetime(2026, 5, 1, 9, 0))
    assert contacts.get_contact(db, cid).next_due == date(2026, 5, 15)
    tiers.set_cadence(db, cid, 3)
    assert contacts.get_contact(db, cid).next_due == date(2026, 5, 4)
    tiers.set_cadence(db, cid, None)
    tiers.update_tier(db, "B", cadence_days=10)
    assert contacts.get_contact(db, cid).next_due == date(2026, 5, 11)


def test_the_same_number_written_twice_is_stored_once(db):
    cid = contacts.create_contact(
        db, NewContact(display_name="Wang", phones=[("138 1234 5678", "Mobile"), ("+86 138-1234-5678", "Work")]),
        region="CN")
    phones = contacts.get_contact(db, cid).phones
    assert [(p.raw, p.e164) for p in phones] == [("138 1234 5678", "+8613812345678")]


def test_a_number_that_cannot_be_normalised_is_kept_as_written(db):
    cid = contacts.create_contact(db, NewContact(display_name="Old", phones=[("ext 12 reception", None)]), region="US")
    phone = contacts.get_contact(db, cid).phones[0]
    assert phone.raw == "ext 12 reception" and phone.e164 is None and phone.number == "ext 12 reception"
